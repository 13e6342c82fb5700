import type { Summon } from '../../shared/schema'
import type { Peer } from '../store/presence'

/**
 * "Bring everyone here" and "Follow facilitator": the decisions, apart from navigation and storage so
 * they can be tested. A summon is a new id in the workshop document; each device acts on each id once.
 */

/** A summon older than this (someone was offline, or opens the workshop much later) is history, not a call. */
export const SUMMON_FRESH_MS = 10 * 60_000

export interface SummonDecision {
  /** The board to go to now, or null. */
  goTo: string | null
  /** The summon id to remember as handled (unchanged when there was nothing new). */
  handledId: string | null
}

/**
 * What to do with the workshop's latest summon. A new one takes a following person to its board when it
 * is recent; either way it is then handled, so turning "follow" on later, or a reload, does not replay an
 * old call (turning follow on goes to where the facilitator is now instead, see followTarget).
 */
export function decideSummon(input: {
  summon: Summon | null
  handledId: string | null
  following: boolean
  serverNow: number
  /** The board this person is on (null: not on a board). */
  currentPracticeId: string | null
  /**
   * When (server time) this page was opened. A summon from before is no call to this person: they chose
   * the page they opened (a projector put on the interest matrix, someone joining late), and "the
   * facilitator brought you here" would not be true.
   */
  visitStartedAt: number
}): SummonDecision {
  const { summon, handledId, following, serverNow, currentPracticeId, visitStartedAt } = input
  if (!summon || summon.id === handledId) return { goTo: null, handledId }
  const fresh = serverNow - summon.at < SUMMON_FRESH_MS && summon.at >= visitStartedAt
  const goTo = following && fresh && summon.practiceId !== currentPracticeId ? summon.practiceId : null
  return { goTo, handledId: summon.id }
}

/**
 * Where "Follow facilitator" takes you: the board a facilitator is on now (the one the last summon named,
 * if several facilitators are on boards), else the last summon's board, else nowhere (null). A peer's
 * role is the one the server gave its presence (the role of its link), not what its client claims.
 */
export function followTarget(
  peers: readonly Peer[],
  summon: Summon | null,
  selfUserId: string,
): string | null {
  const boards = peers
    .filter((peer) => peer.role === 'facilitator' && peer.userId !== selfUserId && peer.practiceId !== null)
    .map((peer) => peer.practiceId as string)
  if (summon && boards.includes(summon.practiceId)) return summon.practiceId
  return boards.sort()[0] ?? summon?.practiceId ?? null
}

/**
 * Whether a change of board turns following off: the person left the board everyone was recently brought
 * to, by themselves (`expected` is where a summon or the follow button was taking them). Before any
 * recent summon people roam freely and keep following, so the next "Bring everyone here" still finds them.
 */
export function stopsFollowing(input: {
  from: string | null
  to: string | null
  expected: string | null
  summon: Summon | null
  serverNow: number
  following: boolean
}): boolean {
  const { from, to, expected, summon, serverNow, following } = input
  if (!following || from === to || (expected !== null && to === expected) || summon === null) return false
  return serverNow - summon.at < SUMMON_FRESH_MS && from === summon.practiceId
}
