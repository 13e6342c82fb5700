import { useSyncExternalStore } from 'react'
import { withoutBidiControls } from '../shared/bidi'
import { newId } from '../shared/ids'
import { isRecord } from '../shared/ownKeys'
import { LIMITS } from '../shared/schema'
import { storedValue, stringField } from './storage'

/** Who is using this device: remembered in localStorage, with a random id that marks their cards. */
export interface Identity {
  id: string
  name: string
  organisation: string
  /** Avatar colour shown to the others; dark enough for white initials. */
  color: string
}

/** Avatar colours: each passes 4.5:1 contrast with white text. */
export const PRESENCE_COLORS = [
  '#2f6f4f',
  '#1f5f8b',
  '#7a3e9d',
  '#a2413b',
  '#8a5a00',
  '#2c6e78',
  '#6b4f2a',
  '#9b2f6a',
  '#4a52a8',
  '#4f6b12',
  '#b0481a',
  '#4d5b66',
] as const

const DEFAULT_COLOR = PRESENCE_COLORS[0]

export function isPresenceColor(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)
}

const stored = storedValue<Identity | null>('practicemap:identity', (raw) => {
  if (!isRecord(raw)) return null
  const id = stringField(raw, 'id')
  const name = stringField(raw, 'name').trim()
  if (!id || !name) return null
  const color = raw.color
  return {
    id,
    name,
    organisation: stringField(raw, 'organisation'),
    color: isPresenceColor(color) ? color : DEFAULT_COLOR,
  }
})

export function readIdentity(): Identity | null {
  return stored.get()
}

/** Saves the name and organisation; the id and colour are created once per device and then kept. */
export function saveIdentity(details: { name: string; organisation: string }): Identity {
  const previous = stored.get()
  const identity: Identity = {
    id: previous?.id ?? newId(),
    color:
      previous?.color ?? PRESENCE_COLORS[Math.floor(Math.random() * PRESENCE_COLORS.length)] ?? DEFAULT_COLOR,
    // Bidi controls would let a name show as another's (shared/bidi.ts): every card, ballot and presence
    // takes the name from here.
    name: withoutBidiControls(details.name).trim().slice(0, LIMITS.personName),
    organisation: withoutBidiControls(details.organisation).trim().slice(0, LIMITS.organisation),
  }
  stored.set(identity)
  return identity
}

export function useIdentity(): Identity | null {
  return useSyncExternalStore(stored.subscribe, stored.get)
}

/** Up to two initials for an avatar: "Ana Kowalska" → "AK". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]]
  return letters
    .map((word) => (word ? (Array.from(word)[0] ?? '') : ''))
    .join('')
    .toLocaleUpperCase()
}
