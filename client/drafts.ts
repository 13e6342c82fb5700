import { isRecord } from './storage'

/**
 * Text someone has written but not yet saved to a board lives in localStorage until it is saved, so a
 * reload, a crashed tab, a trip to another board, or a card moved by someone else mid-edit loses nothing.
 */

/** The half-written new card at the foot of one lane. */
export function addCardDraftKey(practiceId: string, lane: string): string {
  return `practicemap:draft:${practiceId}:${lane}`
}

/** The unsaved edit of one card. */
export function cardEditDraftKey(practiceId: string, cardId: string): string {
  return `practicemap:edit:${practiceId}:${cardId}`
}

/** An open card edit: the text the editor started from (to merge with others' changes) and the text now. */
export interface EditDraft {
  base: string
  text: string
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
  return { base: value.base, text: value.text }
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
