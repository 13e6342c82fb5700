import { useSyncExternalStore } from 'react'
import { readAccess } from '../access'
import { useI18n } from '../i18n'
import { workshopPath } from '../routes'
import { useSession } from '../session/sessionContext'
import { Link } from '../ui/Link'

/** "Follow-up of <title> (<date>)" in a follow-up's header; a link when this device can open the origin. */
export function FollowUpOrigin() {
  const { t, formatDate } = useI18n()
  const session = useSession()
  const origin = useSyncExternalStore(session.subscribeOrigin, session.getOrigin)
  if (!origin) return null
  const text = t.lifecycle.followUpOf(origin.title || t.workshop.untitled, formatDate(origin.date))
  return (
    <p className="page-header__origin" data-testid="follow-up-origin">
      {readAccess(origin.workshopId) ? <Link href={workshopPath(origin.workshopId)}>{text}</Link> : text}
    </p>
  )
}
