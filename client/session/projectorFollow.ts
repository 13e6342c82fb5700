import type { Summon } from '../../shared/schema'
import type { Peer } from '../store/presence'

/**
 * Projector mode follows the facilitator: a summon takes it along (decideSummon in follow.ts, as for
 * everyone who follows), and so does the facilitator moving to another board. These are the decisions
 * about the second, apart from navigation so they can be tested.
 */

/**
 * The board the facilitator is on now, or null (none is on a board). Every facilitator's tab counts except
 * this one: a facilitator often runs the projector from a second window of their own browser, and that
 * window is to follow the first. Several facilitators on boards: the one the last summon named, else the
 * first by id, so every projector picks the same.
 */
export function facilitatorBoard(peers: readonly Peer[], summon: Summon | null): string | null {
  const boards = peers
    .filter((peer) => !peer.isSelf && peer.role === 'facilitator' && peer.practiceId !== null)
    .map((peer) => peer.practiceId as string)
  if (summon && boards.includes(summon.practiceId)) return summon.practiceId
  return boards.sort()[0] ?? null
}

/**
 * Where the projector goes when the facilitator's board changes: to the new one, once. Only a change
 * moves it, so a projector opened on another board stays there until the facilitator moves, and the
 * facilitator going back to the practice list or the overview (no board) leaves the wall as it is.
 */
export function followFacilitatorMove(input: {
  /** The facilitator's board when the projector last looked. */
  before: string | null
  /** The facilitator's board now. */
  now: string | null
  /** The board the projector shows. */
  shown: string
}): string | null {
  const { before, now, shown } = input
  if (now === null || now === before || now === shown) return null
  return now
}
