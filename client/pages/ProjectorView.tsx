import { useEffect } from 'react'
import { displayLink } from '../access'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { navigate, workshopPath } from '../router'
import { useSession, useWorkshop } from '../session/sessionContext'
import { useShareLinks } from '../session/shareLinks'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { QrCode } from '../ui/QrCode'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { usePeopleCount } from '../workshop/usePeopleCount'
import { enterFullscreen, useFullscreen } from './useFullscreen'

/** A link regenerated on another device reaches the wall within this long. */
const REFRESH_LINKS_MS = 30_000

/**
 * For the wall of a room: the participant link as a QR code big enough to scan from the back, the link
 * as text for those who type it, the workshop's title, and how many people have joined so far.
 */
export function ProjectorView({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useWorkshop((state) => state.role)
  const title = useWorkshop((state) => state.details.title) || fallbackTitle || t.workshop.untitled
  const people = usePeopleCount()
  const { state, reload } = useShareLinks({ refreshEveryMs: REFRESH_LINKS_MS })
  const failureMessage = useFailureMessage()
  const fullscreen = useFullscreen()
  const back = workshopPath(session.workshopId)
  useDocumentTitle(t.share.projector, title)

  // Observers have no participant link to show.
  useEffect(() => {
    if (role === 'observer') navigate(back, { replace: true })
  }, [role, back])

  const link = state.status === 'ready' ? state.links.participant : null

  return (
    <main id="content" className="projector" data-testid="projector">
      <div className="projector__qr">
        {link ? (
          <QrCode text={link} label={t.share.qrLabel} />
        ) : state.status === 'failed' ? (
          <div className="projector__failed">
            <p role="alert">
              {t.share.failed} {failureMessage(state)}
            </p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t.workshop.retry}
            </button>
          </div>
        ) : (
          <p className="loading" aria-busy="true">
            {t.share.loading}
          </p>
        )}
      </div>
      <div className="projector__text">
        <h1 tabIndex={-1} className="projector__title" data-testid="projector-title">
          {title}
        </h1>
        {/* What the room reads first, as large as a heading: it is the heading of the way in. */}
        <h2 className="projector__scan">{t.projector.scanToJoin}</h2>
        {link && (
          <p className="projector__link">
            <span className="projector__or">{t.projector.orOpen}</span>
            <span className="projector__url" data-testid="projector-link">
              {displayLink(link)}
            </span>
          </p>
        )}
        <p className="projector__people" data-testid="people-count" aria-live="polite">
          <Icon name="people" size={40} />
          <span>{t.share.peopleJoined(people)}</span>
        </p>
        <div className="projector__tools">
          {!fullscreen && document.fullscreenEnabled && (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={enterFullscreen}
            >
              <Icon name="expand" size={16} />
              <span>{t.projector.fullScreen}</span>
            </button>
          )}
          {!fullscreen && (
            <Link href={back} className="button button--small button--ghost">
              <Icon name="left" size={16} />
              <span>{t.projector.back}</span>
            </Link>
          )}
        </div>
      </div>
    </main>
  )
}
