import type * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import type { TransactionOrigin } from './origins'
import { ownField } from './ownKeys'
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

/**
 * One key per organisation however its name was typed: Unicode-normalised, without bidi controls (which
 * only change how it shows), spaces collapsed, lower case.
 */
export function organisationKey(name: string): string {
  return withoutBidiControls(name.normalize('NFC')).trim().replace(/\s+/g, ' ').toLowerCase()
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
  origin?: TransactionOrigin,
): boolean {
  const organisation = withoutBidiControls(input.organisation.normalize('NFC'))
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, LIMITS.organisation)
  if (!organisation || !isInterestLevel(input.level)) return false
  const entry: InterestEntry = {
    organisation,
    practiceId: input.practiceId,
    level: input.level,
    note: withoutBidiControls(input.note ?? '')
      .trim()
      .slice(0, NOTE_LIMIT),
    updatedBy: { id: by.id, name: withoutBidiControls(by.name).slice(0, LIMITS.personName) },
    updatedAt: now,
  }
  doc.transact(() => interestMap(doc).set(interestKey(organisation, input.practiceId), entry), origin)
  return true
}

function userText(value: unknown): string {
  return typeof value === 'string' ? withoutBidiControls(value) : ''
}

/** A cell's plain value, field by field (see ownField: a hostile client may give it any prototype). */
function readEntry(value: unknown): InterestEntry | null {
  const organisation = userText(ownField(value, 'organisation'))
  const practiceId = ownField(value, 'practiceId')
  const level = ownField(value, 'level')
  if (!organisation.trim() || typeof practiceId !== 'string' || !isInterestLevel(level)) return null
  const by = ownField(value, 'updatedBy')
  const byId = ownField(by, 'id')
  const updatedAt = ownField(value, 'updatedAt')
  return {
    organisation,
    practiceId,
    level,
    note: userText(ownField(value, 'note')),
    updatedBy: { id: typeof byId === 'string' ? byId : '', name: userText(ownField(by, 'name')) },
    updatedAt: typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : 0,
  }
}

export interface InterestMatrix {
  /** Organisations with at least one entry, by display name (the latest spelling), sorted by key. */
  organisations: { key: string; name: string }[]
  /** interestKey(organisation, practiceId) → entry (a Map: organisations are names people typed). */
  cells: ReadonlyMap<string, InterestEntry>
}

export function readInterest(doc: Y.Doc): InterestMatrix {
  const cells = new Map<string, InterestEntry>()
  const names = new Map<string, InterestEntry>()
  interestMap(doc).forEach((value, storedKey) => {
    const entry = readEntry(value)
    if (!entry) return
    // An entry lies under the key of its own organisation and practice, or it is no cell of the matrix.
    // Keys written before bidi controls were folded away still name their cell once folded.
    const key = interestKey(entry.organisation, entry.practiceId)
    if (storedKey !== key && withoutBidiControls(storedKey.normalize('NFC')) !== key) return
    const known = cells.get(key)
    if (known && known.updatedAt > entry.updatedAt) return
    cells.set(key, entry)
    const orgKey = organisationKey(entry.organisation)
    const named = names.get(orgKey)
    if (!named || entry.updatedAt > named.updatedAt) names.set(orgKey, entry)
  })
  const organisations = [...names.entries()]
    .map(([key, entry]) => ({ key, name: entry.organisation }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { organisations, cells }
}
