import { useEffect, useRef, useState } from 'react'
import { boardPath, navigate } from '../router'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { decideSummon, stopsFollowing } from '../session/follow'
import { useRole, useSession } from '../session/sessionContext'

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
