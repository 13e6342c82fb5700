import { createStore, type StoreApi } from 'zustand/vanilla'
import { NO_TIMER } from '../../shared/clock'
import { emptyRecord } from '../../shared/ownKeys'
import type { Draft, SessionState } from '../../shared/schema'
import { DEFAULT_VOTING } from '../../shared/sessionOperations'
import type { BoardVotes, VoteTallies } from '../../shared/voting'
import type { Peer } from './presence'

/**
 * How the session runs, mirrored for React next to the workshop store (a slice of its own, so the two grow
 * apart without stepping on each other): phases, timer and voting settings from the workshop document,
 * this device's private drafts, the votes of every board with their tally, what the others say about
 * themselves (done, hands, draft counts), and this device's own choices (follow, acknowledged hands).
 * Only session/facilitation.ts writes here.
 */
export interface FacilitationState {
  session: SessionState
  /** Add to Date.now() for the server's clock (0 until measured). */
  clockOffset: number
  /** This device's drafts, oldest first. */
  drafts: readonly Draft[]
  /** Practice id → its board as the tally reads it, with every ballot (records keyed by id have no prototype: see ownKeys.ts). */
  voteBoards: Readonly<Record<string, BoardVotes>>
  tallies: VoteTallies
  /** Every tab in the workshop that says who it is, this one included. */
  peers: readonly Peer[]
  /** This tab's "done" (the phase id) and raised hand (server time). */
  ready: string | null
  handRaisedAt: number | null
  /** Whether "Bring everyone here" takes this device along. */
  following: boolean
  /** Hands the facilitator lowered on this device: user id → the raise it acknowledged. */
  acknowledgedHands: Readonly<Record<string, number>>
  /** Boards shown sorted by votes on this device. */
  sortedByVotes: Readonly<Record<string, boolean>>
}

export type FacilitationStore = StoreApi<FacilitationState>

export const NO_SESSION: SessionState = {
  phases: [],
  currentPhaseId: null,
  timer: NO_TIMER,
  voting: DEFAULT_VOTING,
  summon: null,
}

export function createFacilitationStore(following: boolean): FacilitationStore {
  return createStore<FacilitationState>()(() => ({
    session: NO_SESSION,
    clockOffset: 0,
    drafts: [],
    voteBoards: emptyRecord(),
    tallies: new Map(),
    peers: [],
    ready: null,
    handRaisedAt: null,
    following,
    acknowledgedHands: emptyRecord(),
    sortedByVotes: emptyRecord(),
  }))
}
