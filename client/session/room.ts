import { withoutBidiControls } from '../../shared/bidi'
import { emptyRecord, ownValue } from '../../shared/ownKeys'
import { isRole, type Role } from '../../shared/roles'

/**
 * What each tab says about itself in the workshop document's awareness, beyond who and where it is (see
 * store/presence.ts): "done" with a phase, a raised hand, and how many drafts it holds per practice
 * (never the drafts themselves), and its role. Read defensively: it comes from other clients, so it only
 * ever informs, it never grants anything. The role alone is the server's word: it sets each presence's
 * `role` to the role of the link the presence came with (server/presence.ts), so an observer or a
 * participant cannot pass for a facilitator, whom "Follow facilitator" follows (follow.ts).
 */

export interface Peer {
  clientId: number
  isSelf: boolean
  userId: string
  name: string
  organisation: string
  role: Role | null
  practiceId: string | null
  /** The phase this person marked "done", or null. */
  ready: string | null
  /** Server time the hand went up, or null. */
  handRaisedAt: number | null
  /** Practice id → number of private drafts. */
  drafts: Readonly<Record<string, number>>
}

/** The fields this module adds to a tab's awareness state. */
export interface FacilitationPresence {
  role: Role
  ready: string | null
  handRaisedAt: number | null
  drafts: Record<string, number>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function shortId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null
}

const MAX_DRAFT_ENTRIES = 200

function readDraftCounts(value: unknown): Record<string, number> {
  // Keyed by whatever practice ids another client sends: no prototype (see shared/ownKeys.ts).
  const counts = emptyRecord<number>()
  if (!isRecord(value)) return counts
  for (const [practiceId, count] of Object.entries(value).slice(0, MAX_DRAFT_ENTRIES)) {
    if (shortId(practiceId) && typeof count === 'number' && Number.isInteger(count) && count > 0) {
      counts[practiceId] = Math.min(count, 9999)
    }
  }
  return counts
}

export function readPeer(clientId: number, state: unknown, isSelf: boolean): Peer | null {
  if (!isRecord(state) || !isRecord(state.user)) return null
  const { id, name, organisation } = state.user
  if (typeof id !== 'string' || !id || typeof name !== 'string' || !name.trim()) return null
  const handRaisedAt = state.handRaisedAt
  return {
    clientId,
    isSelf,
    userId: id.slice(0, 64),
    name: withoutBidiControls(name).trim().slice(0, 80),
    organisation:
      typeof organisation === 'string' ? withoutBidiControls(organisation).trim().slice(0, 120) : '',
    role: isRole(state.role) ? state.role : null,
    practiceId: shortId(state.practiceId),
    ready: shortId(state.ready),
    handRaisedAt: typeof handRaisedAt === 'number' && Number.isFinite(handRaisedAt) ? handRaisedAt : null,
    drafts: readDraftCounts(state.drafts),
  }
}

export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return a.length === b.length && a.every((peer, index) => JSON.stringify(peer) === JSON.stringify(b[index]))
}

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
