import { useCallback, useEffect, useMemo } from 'react'
import { LANES } from '../../shared/schema'
import { currentPhase } from '../../shared/sessionOperations'
import { useVoteSortedItems } from '../board/useVoteSortedItems'
import { phaseName } from '../facilitation/phaseName'
import { useCountdown } from '../facilitation/useCountdown'
import { useI18n } from '../i18n'
import { boardPath, navigate } from '../router'
import { useBoardRules, useFacilitation } from '../session/facilitationContext'
import { useSession, useWorkshop } from '../session/sessionContext'
import { useShareLinks } from '../session/shareLinks'
import { EMPTY_BOARD } from '../store/workshopStore'
import { Icon } from '../ui/Icon'
import { QrCode } from '../ui/QrCode'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { ConnectionBadge } from '../workshop/ConnectionBadge'
import { ProjectorLane } from './ProjectorLane'
import { projectorItems } from './projectorItems'
import { enterFullscreen, useFullscreen } from './useFullscreen'
import { useProjectorFollow } from './useProjectorFollow'
import './projector.css'

/** A participant link regenerated on another device reaches the wall's QR code within this long. */
const REFRESH_LINKS_MS = 30_000

/**
 * Projector mode: one board for the wall of the room. The four lanes fill the screen in type the back row
 * can read (each lane fits itself, see ProjectorLane), with the practice, the phase and the timer large
 * above them and the join QR code in the corner where this device has the participant link. Read-only
 * for everyone; it follows the facilitator from board to board. Escape or the visible button leaves it
 * for the ordinary board.
 */
export function ProjectorBoard({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const session = useSession()
  const ready = useWorkshop((state) => state.ready)
  const practice = useWorkshop((state) => state.practices[practiceId])
  const workshopTitle = useWorkshop((state) => state.details.title)
  const title = practice ? practice.title || t.practices.untitled : null
  useDocumentTitle(t.projector.mode, title, workshopTitle)
  useProjectorFollow(practiceId)

  const exit = useCallback(() => {
    // Full screen was for the wall: the ordinary board goes back into the window.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    navigate(boardPath(session.workshopId, practiceId))
  }, [session.workshopId, practiceId])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
        return
      event.preventDefault()
      exit()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [exit])

  return (
    <main id="content" className="pj" data-testid="projector-board">
      <header className="pj__head">
        <div className="pj__practice">
          <h1 tabIndex={-1} className="pj__title" data-testid="practice-title">
            {title ?? workshopTitle}
          </h1>
          {practice?.organisation && <p className="pj__organisation">{practice.organisation}</p>}
        </div>
        <ProjectorPhase />
        <ProjectorTimer />
        <ProjectorJoinCode />
        <ProjectorTools onExit={exit} />
      </header>
      {!ready ? (
        <p className="pj__message loading" aria-busy="true">
          {t.board.loading}
        </p>
      ) : practice ? (
        <ProjectorLanes practiceId={practiceId} />
      ) : (
        <div className="pj__message">
          <h2>{t.board.removedTitle}</h2>
          <p>{t.board.removedText}</p>
        </div>
      )}
    </main>
  )
}

/** The four lanes, read-only: cards and groups in the board's order (by votes, if this device sorts so). */
function ProjectorLanes({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const board = useWorkshop((state) => state.boards[practiceId] ?? EMPTY_BOARD)
  const items = useVoteSortedItems(practiceId, board.items)
  const tally = useFacilitation((state) => state.tallies.get(practiceId))
  const { votingOpen } = useBoardRules(practiceId)
  const lanes = useMemo(
    () =>
      LANES.map((lane) => ({
        lane,
        items: projectorItems(items[lane], board.cards, board.groups, tally, !votingOpen),
      })),
    [items, board.cards, board.groups, tally, votingOpen],
  )

  if (!board.ready) {
    return (
      <p className="pj__message loading" aria-busy="true">
        {t.board.loading}
      </p>
    )
  }
  return (
    <div className="pj__lanes" data-testid="projector-lanes">
      {lanes.map(({ lane, items: laneItems }) => (
        <ProjectorLane key={lane} lane={lane} items={laneItems} />
      ))}
    </div>
  )
}

/** The current phase, large: where the session is and what the phase allows. */
function ProjectorPhase() {
  const { t } = useI18n()
  const session = useFacilitation((state) => state.session)
  const phase = currentPhase(session)
  if (!phase) return null
  const index = session.phases.indexOf(phase)
  const rules = [
    phase.privateWriting && { key: 'private', icon: 'eyeOff' as const, text: t.phases.privateWriting },
    phase.voting && { key: 'voting', icon: 'check' as const, text: t.phases.votingOpen },
    phase.locked && { key: 'locked', icon: 'lock' as const, text: t.phases.boardsLocked },
  ].filter((rule) => rule !== false)
  return (
    <section className="pj-phase" aria-label={t.phases.current} data-testid="projector-phase">
      <span className="pj-phase__position">{t.phases.position(index + 1, session.phases.length)}</span>
      <strong className="pj-phase__name" data-testid="current-phase">
        {phaseName(t, phase)}
      </strong>
      {rules.length > 0 && (
        <span className="pj-phase__rules">
          {rules.map((rule) => (
            <span key={rule.key} className={`pj-phase__rule pj-phase__rule--${rule.key}`}>
              <Icon name={rule.icon} size={18} />
              <span>{rule.text}</span>
            </span>
          ))}
        </span>
      )}
    </section>
  )
}

/** The shared countdown, large, with its bar; it pulses and chimes once at zero, as on every screen. */
function ProjectorTimer() {
  const { t } = useI18n()
  const { view, ringing } = useCountdown()

  if (view.status === 'unset') return null
  const percent = Math.round(view.progress * 100)
  return (
    <section
      className={`pj-timer pj-timer--${view.status}${ringing ? ' pj-timer--ringing' : ''}`}
      aria-label={t.timer.label}
      data-testid="projector-timer"
      data-status={view.status}
    >
      <span className="pj-timer__time" data-testid="timer-remaining">
        {view.text}
      </span>
      <div
        className="pj-timer__track"
        role="progressbar"
        aria-label={t.timer.elapsed}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t.timer.left(view.text)}
      >
        <div className="pj-timer__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="pj-timer__state" role="status">
        {view.status === 'finished' ? t.timer.timeUp : view.status === 'paused' ? t.timer.paused : ''}
      </span>
    </section>
  )
}

/**
 * The participant link's QR code, for latecomers. Only a device that has the link shows it: the
 * facilitator's (an observer's link must not lead to the participant link, or a guest could write).
 */
function ProjectorJoinCode() {
  const { t } = useI18n()
  const { state } = useShareLinks({ refreshEveryMs: REFRESH_LINKS_MS })
  if (state.status !== 'ready') return null
  return (
    <figure className="pj-join" data-testid="projector-join">
      <QrCode text={state.links.participant} label={t.share.qrLabel} className="pj-join__qr" />
      <figcaption className="pj-join__caption">{t.projector.scanToJoin}</figcaption>
    </figure>
  )
}

/** Small, in the corner: whether the wall is live, full screen, and the way out (Escape does it too). */
function ProjectorTools({ onExit }: { onExit(): void }) {
  const { t } = useI18n()
  const fullscreen = useFullscreen()
  const connection = useWorkshop((state) => state.connection)
  return (
    <div className="pj__tools">
      {connection !== 'connected' && <ConnectionBadge />}
      {!fullscreen && document.fullscreenEnabled && (
        <button type="button" className="button button--small button--secondary" onClick={enterFullscreen}>
          <Icon name="expand" size={16} />
          <span>{t.projector.fullScreen}</span>
        </button>
      )}
      <button
        type="button"
        className="button button--small button--secondary pj__exit"
        aria-keyshortcuts="Escape"
        onClick={onExit}
        data-testid="projector-exit"
      >
        <Icon name="close" size={16} />
        <span>{t.projector.exit}</span>
        <span className="pj__key" aria-hidden="true">
          {t.projector.exitKey}
        </span>
      </button>
    </div>
  )
}
