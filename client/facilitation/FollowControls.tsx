import { useEffect, useState } from 'react'
import { useI18n } from '../i18n'
import { useIdentity } from '../identity'
import { boardPath, navigate } from '../router'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { followTarget } from '../session/follow'
import { useRole, useSession } from '../session/sessionContext'
import { Icon } from '../ui/Icon'

/**
 * "Follow facilitator": on, a summon takes you along; off (you left), pressing it takes you to where the
 * facilitator is now and turns it on again.
 */
export function FollowButton() {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  const identity = useIdentity()
  const actions = useFacilitationActions()
  const following = useFacilitation((state) => state.following)
  const peers = useFacilitation((state) => state.peers)
  const summon = useFacilitation((state) => state.session.summon)
  if (role !== 'participant') return null

  function toggle() {
    if (following) {
      actions.setFollowing(false)
      return
    }
    actions.setFollowing(true)
    const target = followTarget(peers, summon, identity?.id ?? '')
    if (target) navigate(boardPath(session.workshopId, target))
  }

  return (
    <button
      type="button"
      className={
        following ? 'button button--small follow follow--on' : 'button button--small button--secondary follow'
      }
      aria-pressed={following}
      title={following ? t.follow.followHelp : t.follow.notFollowingHelp}
      onClick={toggle}
      data-testid="follow-toggle"
    >
      <Icon name="follow" size={16} />
      <span className="follow__text">{t.follow.follow}</span>
      <span className="follow__text-short" aria-hidden="true">
        {t.follow.followShort}
      </span>
    </button>
  )
}

/** On a board, for facilitators: "Bring everyone here". */
export function SummonButton({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const role = useRole()
  const actions = useFacilitationActions()
  const [sent, setSent] = useState(false)

  useEffect(() => {
    if (!sent) return
    const timer = setTimeout(() => setSent(false), 5000)
    return () => clearTimeout(timer)
  }, [sent])

  if (role !== 'facilitator') return null
  return (
    <span className="summon">
      <button
        type="button"
        className="button button--small button--secondary"
        title={t.follow.summonHelp}
        onClick={() => {
          actions.summonEveryone(practiceId)
          setSent(true)
        }}
        data-testid="summon-button"
      >
        <Icon name="summon" size={16} />
        <span>{t.follow.summon}</span>
      </button>
      <span className="summon__sent" role="status">
        {sent ? t.follow.summoned : ''}
      </span>
    </span>
  )
}
