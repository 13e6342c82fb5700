import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { type BoardRules, boardRules, currentPhase } from '../../shared/sessionOperations'
import type { FacilitationState } from '../store/facilitationStore'
import { useSession, useWorkshop } from './sessionContext'
import type { FacilitationControls } from './workshopSession'

/** The open workshop's facilitation (phases, timer, votes, drafts, follow) and its actions. */
export function useFacilitationActions(): FacilitationControls {
  return useSession().facilitation
}

/** Subscribes to one narrow slice of the facilitation store; return stored values, not new objects. */
export function useFacilitation<T>(selector: (state: FacilitationState) => T): T {
  return useStore(useSession().facilitation.store, selector)
}

/** The current phase's rules on one board (the practice's own lock included). */
export function useBoardRules(practiceId: string): BoardRules {
  const session = useFacilitation((state) => state.session)
  const practice = useWorkshop((state) => state.practices[practiceId])
  const { locked, privateWriting, votingOpen } = boardRules(session, practice)
  // A new object each render is fine here: callers read its fields, nothing memoises on it.
  return { locked, privateWriting, votingOpen }
}

/** Whether dot voting is open now (the current phase has voting). */
export function useVotingOpen(): boolean {
  return useFacilitation((state) => currentPhase(state.session)?.voting ?? false)
}

/**
 * The server's clock, re-read every `intervalMs` while `active`: for a countdown that everyone sees alike,
 * whatever their device's clock says.
 */
export function useServerNow(active: boolean, intervalMs = 250): number {
  const offset = useFacilitation((state) => state.clockOffset)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [active, intervalMs])
  return now + offset
}
