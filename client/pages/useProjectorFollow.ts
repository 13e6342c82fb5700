import { useEffect, useMemo, useRef } from 'react'
import { navigate, projectorPath } from '../router'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { decideSummon } from '../session/follow'
import { facilitatorBoard, followFacilitatorMove } from '../session/projectorFollow'
import { useSession } from '../session/sessionContext'

/**
 * Keeps projector mode on the board the room is looking at: it goes along with "Bring everyone here"
 * whatever this device's role (a wall has no "Follow" button to turn off), and with the facilitator
 * moving to another board. It stays in projector mode on the way.
 */
export function useProjectorFollow(practiceId: string): void {
  const session = useSession()
  const actions = useFacilitationActions()
  const summon = useFacilitation((state) => state.session.summon)
  const offset = useFacilitation((state) => state.clockOffset)
  const peers = useFacilitation((state) => state.peers)
  const lead = useMemo(() => facilitatorBoard(peers, summon), [peers, summon])
  const previousLead = useRef(lead)

  useEffect(() => {
    const decision = decideSummon({
      summon,
      handledId: actions.handledSummonId(),
      following: true,
      serverNow: Date.now() + offset,
      currentPracticeId: practiceId,
      // A wall goes where the room was last brought, even when it was switched on after the call.
      visitStartedAt: Number.NEGATIVE_INFINITY,
    })
    actions.rememberHandledSummon(decision.handledId)
    if (decision.goTo) navigate(projectorPath(session.workshopId, decision.goTo))
  }, [summon, offset, practiceId, actions, session])

  useEffect(() => {
    const before = previousLead.current
    previousLead.current = lead
    const goTo = followFacilitatorMove({ before, now: lead, shown: practiceId })
    if (goTo) navigate(projectorPath(session.workshopId, goTo))
  }, [lead, practiceId, session])
}
