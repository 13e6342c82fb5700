import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { DocumentKind } from '../../shared/documentNames'
import type { Role } from '../../shared/roles'
import { canWrite, type WorkshopState } from '../store/workshopStore'
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

/** This link's role in the open workshop. */
export function useRole(): Role {
  return useWorkshop((state) => state.role)
}

/**
 * Whether this user may change that document now: the UI offers a control only where this is true
 * (the server drops any other write). For a board, pass its practice: a locked board is read-only for
 * participants.
 */
export function useCanWrite(kind: DocumentKind, practiceId?: string): boolean {
  return useWorkshop((state) => canWrite(state, kind, practiceId))
}
