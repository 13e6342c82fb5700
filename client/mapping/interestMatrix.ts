import { type InterestMatrix, interestKey, organisationKey } from '../../shared/interest'
import type { Role } from '../../shared/roles'
import { INTEREST_LEVELS, type InterestLevel } from '../../shared/schema'

/**
 * The transfer-interest matrix as a heat map: its rows (organisations), who may edit which row, and what
 * each cell shows. Pure, so the tests read them without a browser.
 */

export interface InterestRow {
  /** organisationKey of the name: one row per organisation however its name was typed. */
  key: string
  /** The name to show and to write under. */
  name: string
  /** The row of this user's own organisation. */
  own: boolean
  editable: boolean
}

/**
 * Whether this user may set a row's cells: facilitators any row, participants their own organisation's
 * row only, observers none. The participation document itself is writable by every participant (see
 * shared/roles.ts); keeping to one's own row is the workshop's rule, kept by the UI.
 */
export function mayEditInterestRow(role: Role, rowKey: string, ownOrganisation: string): boolean {
  if (role === 'facilitator') return true
  if (role === 'observer') return false
  const own = organisationKey(ownOrganisation)
  return own !== '' && own === rowKey
}

/**
 * Every organisation with an answer, plus this user's own organisation (so its row is there before it is
 * filled in) and any a facilitator added on this device: the user's own row first, then by name.
 */
export function interestRows(
  matrix: InterestMatrix,
  ownOrganisation: string,
  added: readonly string[],
  role: Role,
): InterestRow[] {
  const names = new Map<string, string>()
  for (const { key, name } of matrix.organisations) names.set(key, name)
  for (const name of [ownOrganisation, ...added]) {
    const key = organisationKey(name)
    if (key && !names.has(key)) names.set(key, name.normalize('NFC').trim().replace(/\s+/g, ' '))
  }
  const ownKey = organisationKey(ownOrganisation)
  return [...names.entries()]
    .map(([key, name]) => ({
      key,
      name,
      own: ownKey !== '' && key === ownKey,
      editable: mayEditInterestRow(role, key, ownOrganisation),
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1))
}

/** A cell's tone in the heat map: from no answer, through no interest, to a commitment. */
export type InterestTone = 'unset' | InterestLevel

export interface InterestCell {
  level: InterestLevel | null
  tone: InterestTone
  note: string
  /** Who set it last, and when (0: never). */
  updatedBy: string
  updatedAt: number
}

export function interestCell(matrix: InterestMatrix, organisation: string, practiceId: string): InterestCell {
  const entry = matrix.cells.get(interestKey(organisation, practiceId))
  if (!entry) return { level: null, tone: 'unset', note: '', updatedBy: '', updatedAt: 0 }
  return {
    level: entry.level,
    tone: entry.level,
    note: entry.note,
    updatedBy: entry.updatedBy.name,
    updatedAt: entry.updatedAt,
  }
}

/** A practice's column at a glance: how many of the rows gave each level. */
export function columnCounts(
  matrix: InterestMatrix,
  rows: readonly Pick<InterestRow, 'name'>[],
  practiceId: string,
): Record<InterestLevel, number> {
  const counts = Object.fromEntries(INTEREST_LEVELS.map((level) => [level, 0])) as Record<
    InterestLevel,
    number
  >
  for (const row of rows) {
    const { level } = interestCell(matrix, row.name, practiceId)
    if (level) counts[level]++
  }
  return counts
}
