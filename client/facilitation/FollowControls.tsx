import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n'
import { useIdentity } from '../identity'
import { boardPath, navigate } from '../router'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { decideSummon, followTarget, stopsFollowing } from '../session/follow'
import { useRole, useSession } from '../session/sessionContext'
import { Icon } from '../ui/Icon'

/** How long "The facilitator brought you here" stays. */
const ARRIVED_NOTICE_MS = 8000

/**
 * Goes along with the facilitator's "Bring everyone here" while following is on, and turns following off
 * when the person then leaves that board themselves. Returns whether the last move was a summon (for a
 * short notice). Facilitators summon; they do not follow. Observers (a projector, a guest) always follow
 * and have no toggle: a screen in the room shows what the room is looking at.
 */
export function useFollowFacilitator(practiceId: string | null): boolean {
  const session = useSession()
  const actions = useFacilitationActions()
  const role = useRole()
  const summon = useFacilitation((state) => state.session.summon)
  const following = useFacilitation((state) => state.following)
  const offset = useFacilitation((state) => state.clockOffset)
  const [arrived, setArrived] = useState(false)
  /** Where this hook is taking the person: arriving there is not "leaving". */
  const expected = useRef<string | null>(null)
  const previous = useRef(practiceId)

  useEffect(() => {
    if (role === 'facilitator') return
    const decision = decideSummon({
      summon,
      handledId: actions.handledSummonId(),
      following: following || role === 'observer',
      serverNow: Date.now() + offset,
      currentPracticeId: practiceId,
      visitStartedAt: actions.openedAt + offset,
    })
    actions.rememberHandledSummon(decision.handledId)
    if (decision.goTo) {
      expected.current = decision.goTo
      navigate(boardPath(session.workshopId, decision.goTo))
      setArrived(true)
    }
  }, [summon, following, offset, practiceId, role, actions, session])

  useEffect(() => {
    const from = previous.current
    previous.current = practiceId
    if (from === practiceId) return
    const target = expected.current
    expected.current = null
    if (role !== 'participant' || (target !== null && target === practiceId)) return
    setArrived(false)
    const state = actions.store.getState()
    const leaving = stopsFollowing({
      from,
      to: practiceId,
      expected: target,
      summon: state.session.summon,
      serverNow: actions.serverNow(),
      following: state.following,
    })
    if (leaving) actions.setFollowing(false)
  }, [practiceId, role, actions])

  useEffect(() => {
    if (!arrived) return
    const timer = setTimeout(() => setArrived(false), ARRIVED_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [arrived])

  return arrived
}

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
