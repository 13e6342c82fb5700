import * as Y from 'yjs'
import type { TransactionOrigin } from './origins'
import { readBoard, readPractices } from './readers'
import {
  BOARD_ROOT,
  type Board,
  type Card,
  LANES,
  type LaneId,
  PARTICIPATION_ROOT,
  type Practice,
  practicesMap,
  WORKSHOP_ROOT,
} from './schema'
import { applyTextChange } from './textDiff'

/**
 * Workshop history: snapshots of a workshop's content, what changed since one was taken, and restoring one.
 *
 * A restore never replaces documents: it edits the live ones, in one transaction each, until their content
 * equals the snapshot's. So it reaches every connected client as an ordinary change, merges with what
 * offline clients did meanwhile, and a card someone adds concurrently (after the restore was decided) stays.
 * The session (current phase, timer, voting settings, practice locks) is not content and is never restored:
 * a facilitator's running session must not jump back.
 */

export const HISTORY_REASONS = ['phaseChange', 'manual', 'beforeRestore'] as const
export type HistoryReason = (typeof HISTORY_REASONS)[number]

/** Labels longer than this are cut; a note is a reminder, not a document. */
export const HISTORY_LABEL_LIMIT = 200

/** What a list of snapshots shows; the documents are loaded only when one is opened. */
export interface HistorySnapshotSummary {
  id: string
  workshopId: string
  /** Milliseconds since the epoch (server time). */
  createdAt: number
  reason: HistoryReason
  /**
   * phaseChange: the new phase's name, or its kind (e.g. `vote`) when the facilitator did not rename it;
   * manual: the facilitator's note (may be empty); beforeRestore: the restored snapshot's id.
   */
  label: string
  /** Cards on all boards of the workshop when it was taken. */
  cardCount: number
}

// The API's answers (SnapshotList, SnapshotTaken, OpenedSnapshot, RestoreResult) are in shared/protocol.ts.

// ---- Comparing: a snapshot's content with the content now. ----

/** The content that history compares: the practices and each one's board. */
export interface WorkshopContent {
  practices: Practice[]
  /** Board by practice id; a practice without a board document has an empty board. */
  boards: ReadonlyMap<string, Board>
}

export interface HistoryDocuments {
  workshop: Y.Doc
  boards: ReadonlyMap<string, Y.Doc>
}

export function readWorkshopContent(documents: HistoryDocuments): WorkshopContent {
  const practices = readPractices(documents.workshop)
  const boards = new Map<string, Board>()
  for (const practice of practices) {
    const board = documents.boards.get(practice.id)
    boards.set(practice.id, board ? readBoard(board) : emptyBoard())
  }
  return { practices, boards }
}

function emptyBoard(): Board {
  return { lanes: { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] }, groups: new Map() }
}

export interface CardMove {
  card: Card
  from: LaneId
  to: LaneId
  /** Titles of the groups it was in then and is in now (empty when it stood alone or the group is untitled). */
  fromGroup: string | null
  toGroup: string | null
}

export interface CardEdit {
  card: Card
  /** The text then; `card.text` is the text now. */
  before: string
}

export interface PracticeChanges {
  practiceId: string
  /** The practice's title now, or then when it was removed since. */
  title: string
  /** Cards there now that were not there then. */
  added: Card[]
  /** Cards there then that are gone now (with their content then). */
  removed: Card[]
  /** Cards now in another lane or group than then (with their content now). */
  moved: CardMove[]
  /** Cards whose text changed (with their content now). */
  edited: CardEdit[]
}

export interface WorkshopChanges {
  practicesAdded: Practice[]
  practicesRemoved: Practice[]
  /** One entry per practice then or now, in the order of then's practices followed by those added since. */
  practices: PracticeChanges[]
  totals: { added: number; removed: number; moved: number; edited: number }
}

function cardsById(board: Board): Map<string, Card> {
  const cards = new Map<string, Card>()
  for (const lane of LANES) for (const card of board.lanes[lane]) cards.set(card.id, card)
  return cards
}

function groupOf(board: Board, card: Card): { id: string; title: string } | null {
  if (card.groupId === null) return null
  const group = board.groups.get(card.groupId)
  return group ? { id: group.id, title: group.title } : null
}

function compareBoards(practiceId: string, title: string, then: Board, now: Board): PracticeChanges {
  const before = cardsById(then)
  const after = cardsById(now)
  const changes: PracticeChanges = { practiceId, title, added: [], removed: [], moved: [], edited: [] }
  for (const [id, card] of before) if (!after.has(id)) changes.removed.push(card)
  for (const [id, card] of after) {
    const old = before.get(id)
    if (!old) {
      changes.added.push(card)
      continue
    }
    const oldGroup = groupOf(then, old)
    const newGroup = groupOf(now, card)
    if (old.lane !== card.lane || oldGroup?.id !== newGroup?.id) {
      changes.moved.push({
        card,
        from: old.lane,
        to: card.lane,
        fromGroup: oldGroup ? oldGroup.title : null,
        toGroup: newGroup ? newGroup.title : null,
      })
    }
    if (old.text !== card.text) changes.edited.push({ card, before: old.text })
  }
  return changes
}

/** What changed from `then` (a snapshot) to `now`; cards of a practice removed since count as removed. */
export function compareWorkshops(then: WorkshopContent, now: WorkshopContent): WorkshopChanges {
  const nowIds = new Set(now.practices.map((practice) => practice.id))
  const thenIds = new Set(then.practices.map((practice) => practice.id))
  const practices: PracticeChanges[] = []
  for (const practice of then.practices) {
    const current = now.practices.find((candidate) => candidate.id === practice.id)
    practices.push(
      compareBoards(
        practice.id,
        current?.title ?? practice.title,
        then.boards.get(practice.id) ?? emptyBoard(),
        (current && now.boards.get(practice.id)) || emptyBoard(),
      ),
    )
  }
  for (const practice of now.practices) {
    if (thenIds.has(practice.id)) continue
    practices.push(
      compareBoards(practice.id, practice.title, emptyBoard(), now.boards.get(practice.id) ?? emptyBoard()),
    )
  }
  const totals = { added: 0, removed: 0, moved: 0, edited: 0 }
  for (const entry of practices) {
    totals.added += entry.added.length
    totals.removed += entry.removed.length
    totals.moved += entry.moved.length
    totals.edited += entry.edited.length
  }
  return {
    practicesAdded: now.practices.filter((practice) => !thenIds.has(practice.id)),
    practicesRemoved: then.practices.filter((practice) => !nowIds.has(practice.id)),
    practices,
    totals,
  }
}

export function countCards(content: WorkshopContent): number {
  let count = 0
  for (const board of content.boards.values()) {
    for (const lane of LANES) count += board.lanes[lane].length
  }
  return count
}

// ---- Restoring: making a live document's content equal to a snapshot's, as new changes. ----

/** What a restore leaves as it is now (see `restoreMap`). */
interface RestoreRules {
  /** Field names never restored, at any depth (a practice's `locked` belongs to the running session). */
  keepFields?: ReadonlySet<string>
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  // Plain values in our documents are small JSON objects (a position, an interest entry).
  return JSON.stringify(a) === JSON.stringify(b)
}

/** A fresh, unintegrated copy of `map` without the kept fields, for re-adding something removed since. */
function copyMap(map: Y.Map<unknown>, rules: RestoreRules): Y.Map<unknown> {
  const copy = new Y.Map<unknown>()
  map.forEach((value, key) => {
    if (rules.keepFields?.has(key)) return
    copy.set(key, copyValue(value))
  })
  return copy
}

function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) return copyMap(value, {})
  if (value instanceof Y.Text) return new Y.Text(value.toString())
  if (value instanceof Y.AbstractType) return value.clone()
  return value
}

/**
 * Edits `live` until it holds what `snapshot` holds: keys added since are deleted, keys removed since are
 * re-added (a copy of the snapshot's value, under the same key so ids stay), nested maps are restored field
 * by field, texts by their differing span only, and plain values are set only when they differ. Touching
 * only what differs keeps the change small and lets concurrent edits of untouched fields survive.
 */
export function restoreMap(live: Y.Map<unknown>, snapshot: Y.Map<unknown>, rules: RestoreRules = {}): void {
  for (const key of [...live.keys()]) {
    if (!snapshot.has(key) && !rules.keepFields?.has(key)) live.delete(key)
  }
  snapshot.forEach((value, key) => {
    if (rules.keepFields?.has(key)) return
    const current = live.get(key)
    if (value instanceof Y.Map) {
      if (current instanceof Y.Map) restoreMap(current, value, rules)
      else live.set(key, copyMap(value, rules))
    } else if (value instanceof Y.Text) {
      if (current instanceof Y.Text) applyTextChange(current, value.toString())
      else live.set(key, new Y.Text(value.toString()))
    } else if (value instanceof Y.AbstractType) {
      live.set(key, value.clone())
    } else if (!live.has(key) || !sameValue(current, value)) {
      live.set(key, value)
    }
  })
}

/** Fields of a practice that belong to the running session, not to its content. */
const SESSION_PRACTICE_FIELDS: ReadonlySet<string> = new Set(['locked'])

/**
 * The workshop document: its details and the practices list (re-adding removed practices, removing those
 * added since). The session and the agenda (`session`, `phases`) are left alone, and so is every
 * practice's lock.
 */
export function restoreWorkshopDocument(live: Y.Doc, snapshot: Y.Doc, origin?: TransactionOrigin): void {
  live.transact(() => {
    restoreMap(live.getMap(WORKSHOP_ROOT.details), snapshot.getMap(WORKSHOP_ROOT.details))
    restoreMap(practicesMap(live) as Y.Map<unknown>, practicesMap(snapshot) as Y.Map<unknown>, {
      keepFields: SESSION_PRACTICE_FIELDS,
    })
  }, origin)
}

/** A board document: cards (text, lane, order, colour, author, group, transfer and stakeholder fields), groups, votes. */
export function restoreBoardDocument(live: Y.Doc, snapshot: Y.Doc, origin?: TransactionOrigin): void {
  live.transact(() => {
    for (const root of Object.values(BOARD_ROOT)) restoreMap(live.getMap(root), snapshot.getMap(root))
  }, origin)
}

/** The participation document: the transfer-interest matrix. */
export function restoreParticipationDocument(live: Y.Doc, snapshot: Y.Doc, origin?: TransactionOrigin): void {
  live.transact(() => {
    for (const root of Object.values(PARTICIPATION_ROOT)) restoreMap(live.getMap(root), snapshot.getMap(root))
  }, origin)
}
