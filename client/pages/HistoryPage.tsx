import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react'
import { HISTORY_LABEL_LIMIT, type HistorySnapshotSummary, type PracticeChanges } from '../../shared/history'
import type { OpenedSnapshot } from '../../shared/protocol'
import type { ReportCard, ReportPractice } from '../../shared/report'
import { DEFAULT_PHASE_KINDS, type DefaultPhaseKind } from '../../shared/schema'
import type { ApiFailure } from '../api'
import { useFailureMessage } from '../apiErrorMessages'
import { listSnapshots, openSnapshot, restoreSnapshot, takeSnapshot } from '../historyApi'
import { type Messages, useI18n } from '../i18n'
import { workshopPath } from '../routes'
import { useFacilitation } from '../session/facilitationContext'
import { useRole, useSession, useWorkshop } from '../session/sessionContext'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'

/**
 * The workshop's history (facilitators only): take a snapshot, list them, open one read-only next to what
 * changed since, and restore it. Restoring happens on the server (server/history.ts) as ordinary changes,
 * so this page and everyone's boards receive it over sync like any edit.
 */
export function HistoryPage({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  const title = useWorkshop((state) => state.details.title)
  useDocumentTitle(t.history.heading, title || fallbackTitle)

  const back = (
    <Link href={workshopPath(session.workshopId)} className="back-link">
      <Icon name="left" size={16} />
      <span>{t.history.back}</span>
    </Link>
  )

  if (role !== 'facilitator') {
    return (
      <div className="message-page" data-testid="history-refused">
        {back}
        <h1 tabIndex={-1}>{t.history.heading}</h1>
        <p>{t.history.notForOthers}</p>
      </div>
    )
  }

  return (
    <div className="history" data-testid="history">
      {back}
      <header className="history__header">
        <h1 tabIndex={-1}>{t.history.heading}</h1>
        <p className="muted">{t.history.intro}</p>
      </header>
      <History />
    </div>
  )
}

/** "26 Nov 2026, 09:05" in the page's language. */
function useFormatTime(): (timestamp: number) => string {
  return useI18n().t.history.formatTime
}

/** Long enough for the server to store the phase change and then the snapshot it takes. */
const PHASE_SNAPSHOT_DELAY_MS = 1000

function History() {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const [snapshots, setSnapshots] = useState<HistorySnapshotSummary[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [openedId, setOpenedId] = useState<string | null>(null)
  /** Each item's Open button, by snapshot id: where focus goes back to when its snapshot closes. */
  const openButtons = useRef(new Map<string, HTMLButtonElement>())
  const returnFocusTo = useRef<string | null>(null)

  // Closing a snapshot removes the view that had focus: give it back to that item's Open button.
  useEffect(() => {
    if (openedId !== null || returnFocusTo.current === null) return
    openButtons.current.get(returnFocusTo.current)?.focus()
    returnFocusTo.current = null
  }, [openedId])

  const refresh = useCallback(async () => {
    const result = await listSnapshots(session.workshopId, session.token)
    if (result.ok) {
      setSnapshots(result.value.snapshots)
      setListError(null)
    } else setListError(failureMessage(result))
  }, [session.workshopId, session.token, failureMessage])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // A phase change (from the session bar above) makes the server take a snapshot once the change is
  // stored; list again a moment later so it appears without a reload.
  const currentPhaseId = useFacilitation((state) => state.session.currentPhaseId)
  const phaseSeen = useRef(currentPhaseId)
  useEffect(() => {
    if (phaseSeen.current === currentPhaseId) return
    phaseSeen.current = currentPhaseId
    const timer = setTimeout(() => void refresh(), PHASE_SNAPSHOT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [currentPhaseId, refresh])

  return (
    <div className={openedId ? 'history__layout history__layout--open' : 'history__layout'}>
      <div className="history__side">
        <TakeSnapshotForm onTaken={refresh} />
        <section className="history__list" aria-labelledby="history-list-heading">
          <h2 id="history-list-heading">{t.history.listHeading}</h2>
          {listError && (
            <p className="form__error" role="alert">
              {listError}
            </p>
          )}
          {snapshots === null ? (
            !listError && (
              <p className="loading" aria-busy="true">
                {t.app.loading}
              </p>
            )
          ) : snapshots.length === 0 ? (
            <p className="muted" data-testid="history-empty">
              {t.history.empty}
            </p>
          ) : (
            <ol className="history__items">
              {snapshots.map((snapshot) => (
                <SnapshotItem
                  key={snapshot.id}
                  snapshot={snapshot}
                  all={snapshots}
                  open={snapshot.id === openedId}
                  onOpen={() => setOpenedId(snapshot.id === openedId ? null : snapshot.id)}
                  buttonRef={(button) => {
                    if (button) openButtons.current.set(snapshot.id, button)
                    else openButtons.current.delete(snapshot.id)
                  }}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
      {openedId && (
        <SnapshotView
          key={openedId}
          snapshotId={openedId}
          all={snapshots ?? []}
          onClose={() => {
            returnFocusTo.current = openedId
            setOpenedId(null)
          }}
          onRestored={refresh}
        />
      )}
    </div>
  )
}

function TakeSnapshotForm({ onTaken }: { onTaken(): Promise<void> }) {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const ids = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setStatus(null)
    const result = await takeSnapshot(session.workshopId, session.token, note)
    setBusy(false)
    if (!result.ok) {
      const text = result.failure === 'conflict' ? t.history.manualLimit : failureMessage(result)
      setStatus({ ok: false, text })
      return
    }
    setNote('')
    setStatus({ ok: true, text: result.value.unchanged ? t.history.unchanged : t.history.taken })
    await onTaken()
  }

  return (
    <form className="history__take form" onSubmit={submit} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t.history.takeHeading}</h2>
      <div className="field">
        <label htmlFor={`${ids}-note`}>{t.history.noteLabel}</label>
        <input
          id={`${ids}-note`}
          data-testid="history-note"
          value={note}
          maxLength={HISTORY_LABEL_LIMIT}
          placeholder={t.history.notePlaceholder}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="history-take" disabled={busy}>
          {busy ? t.history.taking : t.history.take}
        </button>
        {status && (
          <p className={status.ok ? 'history__ok' : 'form__error'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </div>
    </form>
  )
}

function isDefaultPhaseKind(value: string): value is DefaultPhaseKind {
  return (DEFAULT_PHASE_KINDS as readonly string[]).includes(value)
}

/** Why the snapshot was taken, as a sentence. */
function useReason(): (snapshot: HistorySnapshotSummary, all: readonly HistorySnapshotSummary[]) => string {
  const { t } = useI18n()
  const formatTime = useFormatTime()
  return (snapshot, all) => {
    switch (snapshot.reason) {
      case 'phaseChange': {
        // The server knows no language: an unrenamed phase is stored as its kind, translated here.
        const phase = isDefaultPhaseKind(snapshot.label) ? t.phases.kinds[snapshot.label] : snapshot.label
        return t.history.reasonPhaseChange(phase)
      }
      case 'beforeRestore': {
        const restored = all.find((candidate) => candidate.id === snapshot.label)
        return restored
          ? t.history.reasonBeforeRestore(formatTime(restored.createdAt))
          : t.history.reasonBeforeRestoreUnknown
      }
      default:
        return snapshot.label ? t.history.reasonManualNote(snapshot.label) : t.history.reasonManual
    }
  }
}

function SnapshotItem({
  snapshot,
  all,
  open,
  onOpen,
  buttonRef,
}: {
  snapshot: HistorySnapshotSummary
  all: readonly HistorySnapshotSummary[]
  open: boolean
  onOpen(): void
  buttonRef(button: HTMLButtonElement | null): void
}) {
  const { t, formatRelative } = useI18n()
  const formatTime = useFormatTime()
  const reason = useReason()
  return (
    <li className={open ? 'history__item history__item--open' : 'history__item'} data-testid="history-item">
      <div className="history__item-text">
        <p className="history__reason">{reason(snapshot, all)}</p>
        <p className="muted history__when">
          <time dateTime={new Date(snapshot.createdAt).toISOString()}>
            {formatRelative(snapshot.createdAt)} · {formatTime(snapshot.createdAt)}
          </time>{' '}
          · {t.history.cards(snapshot.cardCount)}
        </p>
      </div>
      <button
        type="button"
        className={open ? 'button button--small button--primary' : 'button button--small button--secondary'}
        aria-expanded={open}
        data-testid="history-open"
        ref={buttonRef}
        onClick={onOpen}
      >
        {open ? t.history.close : t.history.open}
      </button>
    </li>
  )
}

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; failure: ApiFailure }
  | { state: 'ready'; opened: OpenedSnapshot }

function SnapshotView({
  snapshotId,
  all,
  onClose,
  onRestored,
}: {
  snapshotId: string
  all: readonly HistorySnapshotSummary[]
  onClose(): void
  onRestored(): Promise<void>
}) {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const formatTime = useFormatTime()
  const reason = useReason()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [confirming, setConfirming] = useState(false)
  const [restoring, setRestoring] = useState(false)
  const [restoreStatus, setRestoreStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const viewRef = useRef<HTMLElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const ready = loaded.state === 'ready'

  // Opened: focus goes to the snapshot's heading, so it is read out and Tab goes on inside the view.
  useEffect(() => {
    if (ready) headingRef.current?.focus()
  }, [ready])

  // A restore confirmed: the dialog gives focus back to the Restore button, which is disabled while the
  // restore runs (focus would fall to the page); the heading takes it, the outcome is announced below.
  useEffect(() => {
    if (restoring) headingRef.current?.focus()
  }, [restoring])

  // On a phone the snapshot opens below the list: bring it into view, or the tap seems to do nothing.
  useEffect(() => {
    if (window.matchMedia('(max-width: 899px)').matches) viewRef.current?.scrollIntoView({ block: 'start' })
  }, [])

  const load = useCallback(async () => {
    const result = await openSnapshot(session.workshopId, session.token, snapshotId)
    setLoaded(
      result.ok ? { state: 'ready', opened: result.value } : { state: 'failed', failure: result.failure },
    )
  }, [session.workshopId, session.token, snapshotId])

  useEffect(() => {
    void load()
  }, [load])

  async function restore() {
    setConfirming(false)
    setRestoring(true)
    setRestoreStatus(null)
    const result = await restoreSnapshot(session.workshopId, session.token, snapshotId)
    setRestoring(false)
    if (!result.ok) {
      setRestoreStatus({
        ok: false,
        text: result.failure === 'notFound' ? t.history.notFound : failureMessage(result),
      })
      return
    }
    setRestoreStatus({ ok: true, text: t.history.restored })
    await Promise.all([onRestored(), load()])
  }

  if (loaded.state !== 'ready') {
    return (
      <section ref={viewRef} className="history__view" aria-busy={loaded.state === 'loading'}>
        {loaded.state === 'loading' ? (
          <p className="loading">{t.history.opening}</p>
        ) : (
          <p className="form__error" role="alert">
            {loaded.failure === 'notFound' ? t.history.notFound : failureMessage(loaded)}
          </p>
        )}
      </section>
    )
  }

  const { snapshot, report, changes } = loaded.opened
  const byPractice = new Map(changes.practices.map((entry) => [entry.practiceId, entry]))
  const totals = changes.totals
  const unchanged =
    totals.added + totals.removed + totals.moved + totals.edited === 0 &&
    changes.practicesAdded.length === 0 &&
    changes.practicesRemoved.length === 0
  const removedPractices = new Set(changes.practicesRemoved.map((practice) => practice.id))

  return (
    <section
      ref={viewRef}
      className="history__view"
      aria-labelledby="history-view-heading"
      data-testid="history-view"
    >
      <div className="history__view-header">
        <div>
          <h2 id="history-view-heading" ref={headingRef} tabIndex={-1} data-testid="history-view-heading">
            {t.history.viewHeading(formatTime(snapshot.createdAt))}
          </h2>
          <p className="muted">{reason(snapshot, all)}</p>
        </div>
        <button type="button" className="button button--small button--ghost" onClick={onClose}>
          <Icon name="close" size={16} />
          <span>{t.history.close}</span>
        </button>
      </div>
      <p className="history__summary" data-testid="history-summary">
        {unchanged ? t.history.nothingChanged : t.history.sinceThen(totals)}
      </p>
      {changes.practicesAdded.length > 0 && (
        <p className="muted">
          {t.history.practicesAddedSince(
            changes.practicesAdded.map((practice) => practice.title || t.history.untitledPractice).join(', '),
          )}
        </p>
      )}
      <div className="history__restore">
        <button
          type="button"
          className="button button--danger"
          data-testid="history-restore"
          disabled={restoring}
          onClick={() => setConfirming(true)}
        >
          <Icon name="undo" size={16} />
          <span>{restoring ? t.history.restoring : t.history.restore}</span>
        </button>
        {/* Always present, so the success message is announced when it appears in it. */}
        <div role="status">
          {restoreStatus?.ok && (
            <p className="history__ok" data-testid="history-restore-status">
              {restoreStatus.text}
            </p>
          )}
        </div>
        {restoreStatus && !restoreStatus.ok && (
          <p className="form__error" role="alert" data-testid="history-restore-status">
            {restoreStatus.text}
          </p>
        )}
      </div>
      <p className="muted history__read-only">{t.history.readOnly}</p>
      {report.practices.map((practice) => (
        <SnapshotPractice
          key={practice.id}
          practice={practice}
          changes={byPractice.get(practice.id)}
          removedSince={removedPractices.has(practice.id)}
        />
      ))}
      {confirming && (
        <ConfirmDialog
          title={t.history.confirmTitle}
          text={t.history.confirmText}
          confirmLabel={t.history.confirm}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  )
}

/** What happened to one card since the snapshot, as marks on it. */
function cardMarks(t: Messages, changes: PracticeChanges | undefined, cardId: string): string[] {
  if (!changes) return []
  const marks: string[] = []
  if (changes.removed.some((card) => card.id === cardId)) marks.push(t.history.markRemoved)
  const move = changes.moved.find((entry) => entry.card.id === cardId)
  if (move) {
    marks.push(
      move.from === move.to
        ? t.history.markRegrouped
        : t.history.markMoved(t.lanes[move.from].title, t.lanes[move.to].title),
    )
  }
  if (changes.edited.some((entry) => entry.card.id === cardId)) marks.push(t.history.markEdited)
  return marks
}

function SnapshotPractice({
  practice,
  changes,
  removedSince,
}: {
  practice: ReportPractice
  changes: PracticeChanges | undefined
  removedSince: boolean
}) {
  const { t } = useI18n()
  const added = changes?.added ?? []
  return (
    <article className="history__practice" data-testid="history-practice">
      <h3>{practice.title || t.history.untitledPractice}</h3>
      {removedSince && (
        <p className="history__mark history__mark--removed">{t.history.practiceRemovedSince}</p>
      )}
      <div className="history__lanes">
        {practice.lanes.map((lane) => (
          <section key={lane.lane} className="history__lane" aria-label={t.lanes[lane.lane].title}>
            <h4>{t.lanes[lane.lane].title}</h4>
            {lane.cards.length === 0 ? (
              <p className="muted history__empty-lane">{t.history.emptyLane}</p>
            ) : (
              <ul>
                {lane.cards.map((card) => (
                  <SnapshotCard key={card.id} card={card} changes={changes} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {added.length > 0 && (
        <div className="history__added" data-testid="history-added">
          <h4>{t.history.addedSinceHeading}</h4>
          <ul>
            {added.map((card) => (
              <li key={card.id} className={`history__card card--${card.color}`}>
                <p className="history__card-text">{card.text}</p>
                <p className="muted history__card-meta">{t.history.inLane(t.lanes[card.lane].title)}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  )
}

function SnapshotCard({ card, changes }: { card: ReportCard; changes: PracticeChanges | undefined }) {
  const { t } = useI18n()
  const marks = cardMarks(t, changes, card.id)
  const edit = changes?.edited.find((entry) => entry.card.id === card.id)
  const removed = changes?.removed.some((entry) => entry.id === card.id) ?? false
  const classes = ['history__card', `card--${card.color}`]
  if (marks.length > 0) classes.push('history__card--changed')
  if (removed) classes.push('history__card--removed')
  return (
    <li className={classes.join(' ')} data-testid="history-card">
      <p className="history__card-text">{card.text}</p>
      {(card.authorName || card.groupTitle) && (
        <p className="muted history__card-meta">
          {[card.groupTitle, card.authorName].filter(Boolean).join(' · ')}
        </p>
      )}
      {marks.map((mark) => (
        <p key={mark} className={removed ? 'history__mark history__mark--removed' : 'history__mark'}>
          {mark}
        </p>
      ))}
      {edit && <p className="muted history__card-meta">{t.history.editedNow(edit.card.text)}</p>}
    </li>
  )
}
