import { isRecord } from '../shared/ownKeys'

/**
 * Text someone has written but not yet saved to a board lives in localStorage until it is saved, so a
 * reload, a crashed tab, a trip to another board, or a card moved by someone else mid-edit loses nothing.
 */

/** The half-written new card at the foot of one lane. */
export function addCardDraftKey(practiceId: string, lane: string): string {
  return `practicemap:draft:${practiceId}:${lane}`
}

function editDraftPrefix(practiceId: string): string {
  return `practicemap:edit:${practiceId}:`
}

/** The half-written new practice of one workshop. */
export function newPracticeDraftKey(workshopId: string): string {
  return `practicemap:draft:${workshopId}:new-practice`
}

export interface PracticeDraft {
  title: string
  organisation: string
  description: string
}

export function parsePracticeDraft(raw: string): PracticeDraft | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value)) return null
  const field = (key: string) => (typeof value[key] === 'string' ? value[key] : '')
  return { title: field('title'), organisation: field('organisation'), description: field('description') }
}

/** Keeps a new practice's fields; all empty removes the draft. */
export function writePracticeDraft(key: string, draft: PracticeDraft): void {
  const empty = !draft.title && !draft.organisation && !draft.description
  writeDraftText(key, empty ? '' : JSON.stringify(draft))
}

export function readPracticeDraft(key: string): PracticeDraft | null {
  const raw = readDraftText(key)
  return raw ? parsePracticeDraft(raw) : null
}

/** The unsaved edit of one card. */
export function cardEditDraftKey(practiceId: string, cardId: string): string {
  return editDraftPrefix(practiceId) + cardId
}

/** The card whose edit `key` keeps, if it is an edit draft of this practice's board. */
export function cardIdOfEditDraftKey(key: string, practiceId: string): string | null {
  const prefix = editDraftPrefix(practiceId)
  return key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null
}

/**
 * An open card edit: the text the editor started from (to merge with others' changes), the text now, and
 * the card's lane, so the text can be offered back there if someone deletes the card meanwhile.
 */
export interface EditDraft {
  base: string
  text: string
  lane?: string
}

/** An edit kept for a card that is no longer on the board. */
export interface OrphanedEdit {
  key: string
  cardId: string
  draft: EditDraft
}

export function parseEditDraft(raw: string | null): EditDraft | null {
  if (raw === null) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value) || typeof value.base !== 'string' || typeof value.text !== 'string') return null
  return typeof value.lane === 'string'
    ? { base: value.base, text: value.text, lane: value.lane }
    : { base: value.base, text: value.text }
}

/** Edit drafts among `keys` (this device's stored keys) whose card is not among `cardIds`. */
export function orphanedEdits(
  keys: Iterable<string>,
  practiceId: string,
  cardIds: ReadonlySet<string>,
  read: (key: string) => EditDraft | null,
): OrphanedEdit[] {
  const found: OrphanedEdit[] = []
  for (const key of keys) {
    const cardId = cardIdOfEditDraftKey(key, practiceId)
    if (cardId === null || cardIds.has(cardId)) continue
    const draft = read(key)
    if (draft?.text.trim()) found.push({ key, cardId, draft })
  }
  return found
}

function storedKeys(): string[] {
  try {
    return Object.keys(localStorage)
  } catch {
    return []
  }
}

/** This device's kept edits of cards no longer on the practice's board (someone deleted them). */
export function readOrphanedEdits(practiceId: string, cardIds: ReadonlySet<string>): OrphanedEdit[] {
  return orphanedEdits(storedKeys(), practiceId, cardIds, readEditDraft)
}

export function readDraftText(key: string): string {
  try {
    return localStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

/** Keeps `text` under `key`; an empty text removes the draft. */
export function writeDraftText(key: string, text: string): void {
  try {
    if (text) localStorage.setItem(key, text)
    else localStorage.removeItem(key)
  } catch {
    // No storage (private mode, quota): the draft lives as long as the page.
  }
}

export function readEditDraft(key: string): EditDraft | null {
  return parseEditDraft(readDraftText(key) || null)
}

/** Keeps an open edit; null (or an edit that changes nothing) removes it. */
export function writeEditDraft(key: string, draft: EditDraft | null): void {
  writeDraftText(key, draft && draft.text !== draft.base ? JSON.stringify(draft) : '')
}
