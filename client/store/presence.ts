import { withoutBidiControls } from '../../shared/bidi'
import { isPresenceColor } from '../identity'
import type { Person } from './workshopStore'

/** Presence as the store keeps it, read from what other clients publish through Yjs awareness. */

const FALLBACK_COLOR = '#5f6368'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function optionalId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null
}

/**
 * Presence comes from other clients: read it defensively, and cap what could be made huge. Its `role` is
 * the one exception: the server sets it to the role of the link each presence came with (see
 * server/presence.ts), so an observer (a projector, a guest) is never shown as a person in the room, whatever
 * its client says.
 */
export function readPerson(clientId: number, state: unknown, isSelf: boolean): Person | null {
  if (!isRecord(state) || !isRecord(state.user)) return null
  if (state.role === 'observer') return null
  const { id, name, organisation, color } = state.user
  if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return null
  return {
    clientId,
    isSelf,
    user: {
      id: id.slice(0, 64),
      name: withoutBidiControls(name).trim().slice(0, 80),
      organisation: typeof organisation === 'string' ? withoutBidiControls(organisation).slice(0, 120) : '',
      color: isPresenceColor(color) ? color : FALLBACK_COLOR,
    },
    practiceId: optionalId(state.practiceId),
    editingCardId: optionalId(state.editingCardId),
  }
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

/** One entry per person (someone with two tabs open appears once), this tab's user first. */
export function distinctPeople(people: readonly Person[]): Person[] {
  const byUser = new Map<string, Person>()
  for (const person of people) {
    const known = byUser.get(person.user.id)
    if (!known || (person.isSelf && !known.isSelf)) byUser.set(person.user.id, person)
  }
  return [...byUser.values()]
}
