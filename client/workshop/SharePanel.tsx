import { useEffect, useId, useRef, useState } from 'react'
import type { RegenerableRole } from '../../shared/roles'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { sharePath } from '../router'
import { useSession, useWorkshop } from '../session/sessionContext'
import { ownLinkReplacedShown, useShareLinks, wasOwnLinkReplaced } from '../session/shareLinks'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { QrCode } from '../ui/QrCode'
import { useModalDialog } from '../ui/useModalDialog'
import { CopyField } from './CopyField'
import { usePeopleCount } from './usePeopleCount'

/** The top bar's "Share" button: facilitators and participants have a link to hand on; observers none. */
export function ShareButton() {
  const { t } = useI18n()
  const { workshopId } = useSession()
  const role = useWorkshop((state) => state.role)
  // Open at once, saying so, on the page that goes on with the facilitator's new link.
  const [replaced, setReplaced] = useState(() => wasOwnLinkReplaced(workshopId))
  const [open, setOpen] = useState(replaced)
  useEffect(() => {
    if (replaced) ownLinkReplacedShown(workshopId)
  }, [replaced, workshopId])
  if (role === 'observer') return null
  return (
    <>
      <button
        type="button"
        className="button button--small button--secondary"
        aria-haspopup="dialog"
        // On a phone only the icon shows: the name stays for screen readers and as a tooltip.
        aria-label={t.share.button}
        title={t.share.button}
        onClick={() => setOpen(true)}
        data-testid="share-button"
      >
        <Icon name="share" size={16} />
        <span>{t.share.button}</span>
      </button>
      {open && (
        <SharePanel
          initialMessage={replaced ? t.share.facilitatorRegenerated : undefined}
          onClose={() => {
            setOpen(false)
            setReplaced(false)
          }}
        />
      )}
    </>
  )
}

/**
 * The participant link as text and QR code, the live number of people joined, and, for facilitators, the
 * observer link, new links for both, and the projector view. A modal dialog, full screen on a phone.
 */
export function SharePanel({ onClose, initialMessage }: { onClose(): void; initialMessage?: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useWorkshop((state) => state.role)
  const people = usePeopleCount()
  const { state, reload, regenerate } = useShareLinks()
  const failureMessage = useFailureMessage()
  const [confirming, setConfirming] = useState<RegenerableRole | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(
    initialMessage ? { text: initialMessage, error: false } : null,
  )
  const ref = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const isFacilitator = role === 'facilitator'

  useModalDialog(ref)

  async function makeNewLink(which: RegenerableRole) {
    setConfirming(null)
    setBusy(true)
    setMessage(null)
    const result = await regenerate(which)
    setBusy(false)
    setMessage(
      result.ok ? { text: t.share.regenerated, error: false } : { text: failureMessage(result), error: true },
    )
  }

  const links = state.status === 'ready' ? state.links : null

  return (
    <dialog
      ref={ref}
      className="dialog share"
      aria-labelledby={`${ids}-title`}
      data-testid="share-panel"
      onCancel={(event) => {
        event.preventDefault()
        if (!confirming) onClose()
      }}
    >
      <header className="share__header">
        <h2 id={`${ids}-title`}>{t.share.heading}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t.share.close}
          title={t.share.close}
          onClick={onClose}
        >
          <Icon name="close" size={18} />
        </button>
      </header>
      {state.status === 'loading' && (
        <p className="loading" aria-busy="true">
          {t.share.loading}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="share__failed">
          <p className="form__error" role="alert">
            {t.share.failed} {failureMessage(state)}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={reload}>
            {t.workshop.retry}
          </button>
        </div>
      )}
      {links && (
        <div className="share__body">
          <div className="share__qr">
            <QrCode text={links.participant} label={t.share.qrLabel} />
            <p className="share__people" data-testid="people-count" aria-live="polite">
              <Icon name="people" size={18} />
              <span>{t.share.peopleJoined(people)}</span>
            </p>
          </div>
          <div className="share__links">
            <section className="share__section">
              <CopyField
                label={t.share.participantLabel}
                hint={isFacilitator ? t.share.participantHint : t.share.participantHintForParticipant}
                value={links.participant}
                copyLabel={t.share.copyParticipant}
                testId="participant-link"
              />
              {isFacilitator && (
                <button
                  type="button"
                  className="button button--small button--ghost share__new"
                  disabled={busy}
                  onClick={() => setConfirming('participant')}
                >
                  {t.share.newParticipant}
                </button>
              )}
            </section>
            {isFacilitator && links.observer && (
              <section className="share__section share__section--secondary">
                <CopyField
                  label={t.share.observerLabel}
                  hint={t.share.observerHint}
                  value={links.observer}
                  copyLabel={t.share.copyObserver}
                  testId="observer-link"
                />
                <button
                  type="button"
                  className="button button--small button--ghost share__new"
                  disabled={busy}
                  onClick={() => setConfirming('observer')}
                >
                  {t.share.newObserver}
                </button>
              </section>
            )}
            {isFacilitator && links.facilitator && (
              <section className="share__section share__section--secondary">
                <CopyField
                  label={t.share.facilitatorLabel}
                  hint={t.share.facilitatorHint}
                  value={links.facilitator}
                  concealed
                  copyLabel={t.share.copyFacilitator}
                  testId="facilitator-link"
                />
                <button
                  type="button"
                  className="button button--small button--ghost share__new"
                  disabled={busy}
                  onClick={() => setConfirming('facilitator')}
                >
                  {t.share.newFacilitator}
                </button>
              </section>
            )}
            <p
              className={message?.error ? 'form__error' : 'share__message'}
              role="status"
              data-testid="share-message"
            >
              {message?.text ?? ''}
            </p>
            {isFacilitator && (
              <Link href={sharePath(session.workshopId)} className="button button--primary share__projector">
                <Icon name="screen" size={18} />
                <span>{t.share.projector}</span>
              </Link>
            )}
          </div>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={
            confirming === 'participant'
              ? t.share.confirmParticipantTitle
              : confirming === 'observer'
                ? t.share.confirmObserverTitle
                : t.share.confirmFacilitatorTitle
          }
          text={
            confirming === 'participant'
              ? t.share.confirmParticipantText
              : confirming === 'observer'
                ? t.share.confirmObserverText
                : t.share.confirmFacilitatorText
          }
          confirmLabel={t.share.confirmNew}
          onConfirm={() => void makeNewLink(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </dialog>
  )
}
