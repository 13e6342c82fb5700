import { ownValue } from '../../shared/ownKeys'
import type { Peer } from '../store/presence'

/**
 * The room as the facilitator sees it, from what each tab says about itself (store/presence.ts): who is
 * done with the current phase, whose hand is up, and how many private drafts each person holds.
 */

/** One person, however many tabs they have open. */
export interface PersonStatus {
  userId: string
  name: string
  organisation: string
  isSelf: boolean
}

export interface RaisedHand extends PersonStatus {
  raisedAt: number
}

export interface RoomStatus {
  /** Participants done with the current phase. */
  done: PersonStatus[]
  /** Participants not done yet. */
  waiting: PersonStatus[]
  /** Raised hands not acknowledged here, oldest first. */
  hands: RaisedHand[]
}

function byName(a: PersonStatus, b: PersonStatus): number {
  return a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
}

/**
 * Who is done with the current phase and who is waiting (participants only: facilitators and observers
 * are not asked), and whose hand is up. Someone with two tabs counts once: done if either tab says so,
 * hand up since the earlier of the two. A hand the facilitator acknowledged (lowered here) stays down
 * until it is raised again (a new time).
 */
export function roomStatus(
  peers: readonly Peer[],
  currentPhaseId: string | null,
  acknowledged: Readonly<Record<string, number>>,
): RoomStatus {
  const people = new Map<string, { status: PersonStatus; ready: boolean; raisedAt: number | null }>()
  for (const peer of peers) {
    if (peer.role !== 'participant') continue
    const known = people.get(peer.userId)
    const ready = currentPhaseId !== null && peer.ready === currentPhaseId
    if (!known) {
      people.set(peer.userId, {
        status: {
          userId: peer.userId,
          name: peer.name,
          organisation: peer.organisation,
          isSelf: peer.isSelf,
        },
        ready,
        raisedAt: peer.handRaisedAt,
      })
      continue
    }
    known.ready ||= ready
    known.status.isSelf ||= peer.isSelf
    if (peer.handRaisedAt !== null && (known.raisedAt === null || peer.handRaisedAt < known.raisedAt)) {
      known.raisedAt = peer.handRaisedAt
    }
  }
  const done: PersonStatus[] = []
  const waiting: PersonStatus[] = []
  const hands: RaisedHand[] = []
  for (const { status, ready, raisedAt } of people.values()) {
    if (currentPhaseId !== null) (ready ? done : waiting).push(status)
    if (raisedAt !== null && ownValue(acknowledged, status.userId) !== raisedAt)
      hands.push({ ...status, raisedAt })
  }
  hands.sort((a, b) => a.raisedAt - b.raisedAt || byName(a, b))
  return { done: done.sort(byName), waiting: waiting.sort(byName), hands }
}

export interface DraftCount {
  userId: string
  name: string
  count: number
}

/**
 * How many drafts each other person holds for a practice, most first (what others may know of them). Your
 * own other tabs are you: your drafts show as drafts, not as a count.
 */
export function draftCountsOn(peers: readonly Peer[], practiceId: string, selfUserId: string): DraftCount[] {
  const counts = new Map<string, DraftCount>()
  for (const peer of peers) {
    if (peer.isSelf || peer.userId === selfUserId) continue
    const count = ownValue(peer.drafts, practiceId) ?? 0
    if (count <= 0) continue
    const known = counts.get(peer.userId)
    // Two tabs of one person share their drafts: the larger count is the newer one.
    if (!known || count > known.count)
      counts.set(peer.userId, { userId: peer.userId, name: peer.name, count })
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}
