import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { WorkshopState } from '../store/workshopStore'
import type { WorkshopSession } from './workshopSession'

/** The open workshop's session, provided by WorkshopRoot to everything under it. */
export const SessionContext = createContext<WorkshopSession | null>(null)

export function useSession(): WorkshopSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used inside an open workshop')
  return session
}

/** Subscribes to one narrow slice of the open workshop's store; return stored values, not new objects. */
export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useSession().store, selector)
}
