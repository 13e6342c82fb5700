import { useI18n } from '../i18n'
import { projectorPath } from '../router'
import { useRole, useSession } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'

/**
 * On a board, for the screens that show the room a board: the facilitator's and an observer's (a
 * projector's link). Participants look at their own screens and do not get it.
 */
export function ProjectorModeButton({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  if (role === 'participant') return null
  return (
    <Link
      href={projectorPath(session.workshopId, practiceId)}
      className="button button--small button--secondary"
      title={t.projector.modeHelp}
      data-testid="projector-mode"
    >
      <Icon name="screen" size={16} />
      <span>{t.projector.mode}</span>
    </Link>
  )
}
