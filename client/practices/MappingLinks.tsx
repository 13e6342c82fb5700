import { useI18n } from '../i18n'
import { interestPath, overviewPath } from '../routes'
import { useRole, useSession } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'

/**
 * On the workshop page: the way to the transfer-interest matrix (everyone) and to the facilitator
 * overview (facilitators, and observers, who may look at it too).
 */
export function MappingLinks() {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  return (
    <nav className="mapping-links" aria-label={t.overview.linksLabel}>
      {role !== 'participant' && (
        <Link href={overviewPath(session.workshopId)} className="button button--small button--secondary">
          <Icon name="chart" size={16} />
          <span>{t.overview.link}</span>
        </Link>
      )}
      <Link href={interestPath(session.workshopId)} className="button button--small button--secondary">
        <Icon name="people" size={16} />
        <span>{t.interest.link}</span>
      </Link>
    </nav>
  )
}
