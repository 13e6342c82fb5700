import type * as Y from 'yjs'
import {
  type Author,
  INTEREST_LEVELS,
  type InterestEntry,
  type InterestLevel,
  interestMap,
  LIMITS,
} from './schema'

/**
 * The transfer-interest matrix: for each partner organisation × practice, how much that organisation
 * wants to adapt the practice. It lives in the participation document, which participants may write.
 * Organisations are the names people give when they join (there are no accounts), matched loosely so
 * "City of Żyrardów" and "city of  żyrardów" are one row.
 */

const NOTE_LIMIT = 1000

export function isInterestLevel(value: unknown): value is InterestLevel {
  return typeof value === 'string' && (INTEREST_LEVELS as readonly string[]).includes(value)
}

/** One key per organisation however its name was typed: Unicode-normalised, spaces collapsed, lower case. */
export function organisationKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

export function interestKey(organisation: string, practiceId: string): string {
  return `${organisationKey(organisation)}|${practiceId}`
}

export interface InterestInput {
  organisation: string
  practiceId: string
  level: InterestLevel
  note?: string
}

/** Sets one cell; returns false for an empty organisation or an unknown level. */
export function setInterest(
  doc: Y.Doc,
  input: InterestInput,
  by: Author,
  now: number,
  origin?: unknown,
): boolean {
  const organisation = input.organisation
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, LIMITS.organisation)
  if (!organisation || !isInterestLevel(input.level)) return false
  const entry: InterestEntry = {
    organisation,
    practiceId: input.practiceId,
    level: input.level,
    note: (input.note ?? '').trim().slice(0, NOTE_LIMIT),
    updatedBy: { id: by.id, name: by.name.slice(0, LIMITS.personName) },
    updatedAt: now,
  }
  doc.transact(() => interestMap(doc).set(interestKey(organisation, input.practiceId), entry), origin)
  return true
}

function readEntry(value: unknown): InterestEntry | null {
  if (typeof value !== 'object' || value === null) return null
  const { organisation, practiceId, level, note, updatedBy, updatedAt } = value as Record<string, unknown>
  if (typeof organisation !== 'string' || !organisation.trim() || typeof practiceId !== 'string') return null
  if (!isInterestLevel(level)) return null
  const by = typeof updatedBy === 'object' && updatedBy !== null ? (updatedBy as Record<string, unknown>) : {}
  return {
    organisation,
    practiceId,
    level,
    note: typeof note === 'string' ? note : '',
    updatedBy: {
      id: typeof by.id === 'string' ? by.id : '',
      name: typeof by.name === 'string' ? by.name : '',
    },
    updatedAt: typeof updatedAt === 'number' ? updatedAt : 0,
  }
}

export interface InterestMatrix {
  /** Organisations with at least one entry, by display name (the latest spelling), sorted by key. */
  organisations: { key: string; name: string }[]
  /** interestKey(organisation, practiceId) → entry. */
  cells: Record<string, InterestEntry>
}

export function readInterest(doc: Y.Doc): InterestMatrix {
  const cells: Record<string, InterestEntry> = {}
  const names = new Map<string, InterestEntry>()
  interestMap(doc).forEach((value, key) => {
    const entry = readEntry(value)
    if (!entry || key !== interestKey(entry.organisation, entry.practiceId)) return
    cells[key] = entry
    const orgKey = organisationKey(entry.organisation)
    const known = names.get(orgKey)
    if (!known || entry.updatedAt > known.updatedAt) names.set(orgKey, entry)
  })
  const organisations = [...names.entries()]
    .map(([key, entry]) => ({ key, name: entry.organisation }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { organisations, cells }
}
