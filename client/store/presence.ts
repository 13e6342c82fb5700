import type { Awareness } from 'y-protocols/awareness'
import { withoutBidiControls } from '../../shared/bidi'
import { emptyRecord, isRecord } from '../../shared/ownKeys'
import { isRole, type Role } from '../../shared/roles'
import { isPresenceColor } from '../identity'
import type { Person, PresenceUser } from './workshopStore'

/**
 * What each tab says about itself through the workshop document's awareness, read once: who it is, where
 * (a board, the card being edited), and what the facilitation adds (its role, "done" with a phase, a raised
 * hand, how many drafts it holds per practice, never the drafts themselves). The workshop store shows it
 * as the people in the room (`Person`), the facilitation store as the room's status (`Peer`).
 *
 * It comes from other clients: read it defensively, and cap what could be made huge. It only ever
 * informs, it never grants anything. Its `role` alone is the server's word: the server sets it to the role
 * of the link each presence came with (server/presence.ts), so an observer (a projector, a guest) is never
 * shown as a person in the room, nor can a participant pass for a facilitator, whom "Follow facilitator"
 * follows (session/follow.ts), whatever its client says.
 */

export interface Presence {
  /** The Yjs client id of the tab. */
  clientId: number
  isSelf: boolean
  user: PresenceUser
  role: Role | null
  practiceId: string | null
  editingCardId: string | null
  /** The phase this person marked "done", or null. */
  ready: string | null
  /** Server time the hand went up, or null. */
  handRaisedAt: number | null
  /** Practice id → number of private drafts. */
  drafts: Readonly<Record<string, number>>
}

/** One tab as the facilitation sees it (session/participantStatus.ts). */
export interface Peer {
  clientId: number
  isSelf: boolean
  userId: string
  name: string
  organisation: string
  role: Role | null
  practiceId: string | null
  ready: string | null
  handRaisedAt: number | null
  drafts: Readonly<Record<string, number>>
}

/** The fields the facilitation adds to this tab's awareness state. */
export interface FacilitationPresence {
  role: Role
  ready: string | null
  handRaisedAt: number | null
  drafts: Record<string, number>
}

const FALLBACK_COLOR = '#5f6368'
const MAX_DRAFT_ENTRIES = 200

function shortId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null
}

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

/** One tab's awareness state, or null if it names no usable person. */
export function readPresence(clientId: number, state: unknown, isSelf: boolean): Presence | null {
  if (!isRecord(state) || !isRecord(state.user)) return null
  const { id, name, organisation, color } = state.user
  if (typeof id !== 'string' || !id || typeof name !== 'string' || !name.trim()) return null
  const handRaisedAt = state.handRaisedAt
  return {
    clientId,
    isSelf,
    user: {
      id: id.slice(0, 64),
      name: withoutBidiControls(name).trim().slice(0, 80),
      organisation:
        typeof organisation === 'string' ? withoutBidiControls(organisation).trim().slice(0, 120) : '',
      color: isPresenceColor(color) ? color : FALLBACK_COLOR,
    },
    role: isRole(state.role) ? state.role : null,
    practiceId: shortId(state.practiceId),
    editingCardId: shortId(state.editingCardId),
    ready: shortId(state.ready),
    handRaisedAt: typeof handRaisedAt === 'number' && Number.isFinite(handRaisedAt) ? handRaisedAt : null,
    drafts: readDraftCounts(state.drafts),
  }
}

/** Every tab's presence that names a person, by client id. */
export function readPresences(awareness: Awareness): Presence[] {
  const presences: Presence[] = []
  awareness.getStates().forEach((state, clientId) => {
    const presence = readPresence(clientId, state, clientId === awareness.clientID)
    if (presence) presences.push(presence)
  })
  return presences.sort((a, b) => a.clientId - b.clientId)
}

/** The person in the room a presence shows, or null for an observer's. */
export function personOf({
  clientId,
  isSelf,
  user,
  role,
  practiceId,
  editingCardId,
}: Presence): Person | null {
  return role === 'observer' ? null : { clientId, isSelf, user, practiceId, editingCardId }
}

export function peerOf(presence: Presence): Peer {
  const { clientId, isSelf, user, role, practiceId, ready, handRaisedAt, drafts } = presence
  return {
    clientId,
    isSelf,
    userId: user.id,
    name: user.name,
    organisation: user.organisation,
    role,
    practiceId,
    ready,
    handRaisedAt,
    drafts,
  }
}

/** readPresence, as the people in the room show it. */
export function readPerson(clientId: number, state: unknown, isSelf: boolean): Person | null {
  const presence = readPresence(clientId, state, isSelf)
  return presence && personOf(presence)
}

/** readPresence, as the facilitation reads it. */
export function readPeer(clientId: number, state: unknown, isSelf: boolean): Peer | null {
  const presence = readPresence(clientId, state, isSelf)
  return presence && peerOf(presence)
}

/** This tab's user first, then by name, then by client id, so the list does not jump around. */
export function comparePeople(a: Person, b: Person): number {
  if (a.isSelf !== b.isSelf) return a.isSelf ? -1 : 1
  return a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId
}

export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        person.clientId === other.clientId &&
        person.isSelf === other.isSelf &&
        person.practiceId === other.practiceId &&
        person.editingCardId === other.editingCardId &&
        person.user.id === other.user.id &&
        person.user.name === other.user.name &&
        person.user.organisation === other.user.organisation &&
        person.user.color === other.user.color
      )
    })
  )
}

export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return a.length === b.length && a.every((peer, index) => JSON.stringify(peer) === JSON.stringify(b[index]))
}

/** One entry per person (someone with two tabs open appears once), this tab's user first. */
export function distinctPeople(people: readonly Person[]): Person[] {
  const byUser = new Map<string, Person>()
  for (const person of people) {
    const known = byUser.get(person.user.id)
    if (!known || (person.isSelf && !known.isSelf)) byUser.set(person.user.id, person)
  }
  return [...byUser.values()]
}
