import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import { addCard } from './boardOperations'
import { newId } from './ids'
import type { TransactionOrigin } from './origins'
import { emptyRecord, ownField } from './ownKeys'
import {
  type Author,
  type CardColor,
  DEFAULT_CARD_COLOR,
  type Draft,
  draftsMap,
  isCardColor,
  isLaneId,
  type LaneId,
  LIMITS,
} from './schema'

/**
 * Private writing. While the current phase has private writing on, a participant's new cards are drafts
 * in a document that has no provider: it is kept on their device (IndexedDB) and never sent. Others see
 * only how many drafts each person has (through presence). When the phase ends, each device reveals its
 * drafts: every draft becomes a card on its board, under the draft's own id, so revealing twice (two tabs,
 * a retry after a dropped connection) still makes one card.
 */

export interface NewDraft {
  practiceId: string
  lane: LaneId
  text: string
  color?: CardColor
}

/** A draft's text as a card's will be (boardOperations.addCard): trimmed, cut, without bidi controls. */
function draftText(value: string): string {
  return withoutBidiControls(value).trim().slice(0, LIMITS.cardText)
}

export function addDraft(doc: Y.Doc, input: NewDraft, now: number, origin?: TransactionOrigin): string {
  if (!isLaneId(input.lane)) throw new Error(`Unknown lane: ${String(input.lane)}`)
  const id = newId()
  const draft: Draft = {
    id,
    practiceId: input.practiceId,
    lane: input.lane,
    text: draftText(input.text),
    color: input.color && isCardColor(input.color) ? input.color : DEFAULT_CARD_COLOR,
    createdAt: now,
  }
  doc.transact(() => draftsMap(doc).set(id, draft), origin)
  return id
}

export function editDraft(doc: Y.Doc, id: string, text: string, origin?: TransactionOrigin): boolean {
  const draft = readDraft(draftsMap(doc).get(id))
  if (!draft) return false
  doc.transact(() => draftsMap(doc).set(id, { ...draft, text: draftText(text) }), origin)
  return true
}

export function deleteDraft(doc: Y.Doc, id: string, origin?: TransactionOrigin): boolean {
  if (!draftsMap(doc).has(id)) return false
  doc.transact(() => draftsMap(doc).delete(id), origin)
  return true
}

function readDraft(value: unknown): Draft | null {
  const [id, practiceId, lane, text, color, createdAt] = [
    'id',
    'practiceId',
    'lane',
    'text',
    'color',
    'createdAt',
  ].map((key) => ownField(value, key))
  if (
    typeof id !== 'string' ||
    typeof practiceId !== 'string' ||
    !isLaneId(lane) ||
    typeof text !== 'string'
  ) {
    return null
  }
  return {
    id,
    practiceId,
    lane,
    text: withoutBidiControls(text),
    color: isCardColor(color) ? color : DEFAULT_CARD_COLOR,
    createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0,
  }
}

/** Drafts, oldest first. */
export function readDrafts(doc: Y.Doc): Draft[] {
  const drafts: Draft[] = []
  draftsMap(doc).forEach((value) => {
    const draft = readDraft(value)
    if (draft) drafts.push(draft)
  })
  return drafts.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Practice id → number of drafts, what others may see of them (a record without prototype: see ownKeys.ts). */
export function draftCounts(doc: Y.Doc): Record<string, number> {
  const counts = emptyRecord<number>()
  for (const draft of readDrafts(doc)) counts[draft.practiceId] = (counts[draft.practiceId] ?? 0) + 1
  return counts
}

/**
 * Turns every draft whose board is at hand into a card on that board, then removes it from the drafts.
 * Drafts without a board (not loaded) stay for a later reveal. Returns how many were revealed.
 */
export function revealDrafts(
  drafts: Y.Doc,
  boardOf: (practiceId: string) => Y.Doc | undefined,
  author: Author,
  now: number,
  origin?: TransactionOrigin,
): number {
  let revealed = 0
  for (const draft of readDrafts(drafts)) {
    const board = boardOf(draft.practiceId)
    if (!board) continue
    if (draft.text) {
      addCard(
        board,
        { id: draft.id, lane: draft.lane, text: draft.text, color: draft.color, author },
        now,
        origin,
      )
    }
    drafts.transact(() => draftsMap(drafts).delete(draft.id), origin)
    revealed++
  }
  return revealed
}

/** A fresh drafts document (the client persists it in IndexedDB and never connects it). */
export function newDraftsDocument(): Y.Doc {
  return new Y.Doc()
}
