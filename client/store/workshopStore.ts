import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DocumentKind } from '../../shared/documentNames'
import { sortOrdered } from '../../shared/ordering'
import { copyRecord, emptyRecord, ownValue } from '../../shared/ownKeys'
import { mayWrite, type Role } from '../../shared/roles'
import type { Card, Practice } from '../../shared/schema'
import { layoutBoard } from './boardGroups'
import type { BoardView, LaneCardIds } from './boardView'
import { initialMappingSlice, type MappingSlice } from './mappingSlice'

/**
 * A read-only mirror of one open workshop: its documents as plain objects, plus presence, connection and
 * undo state. Only the session's Yjs observers write here (via the pure `mirror*` functions below); React
 * components select narrow slices. Unchanged cards and practices keep their object identity, so a
 * memoised card re-renders only when that card changes.
 *
 * Every record here keyed by an id (practices, boards, cards, groups, editors, undo) has no prototype
 * (shared/ownKeys.ts): ids come from documents and addresses, and `state.boards[id]` must find nothing
 * for an id like `constructor`. Build them with emptyRecord/copyRecord, never with `{}` or a spread.
 */

/**
 * 'notSaving': connected or reconnecting, but the server has just failed to save changes; 'damaged': the
 * server refuses a document because its stored copy is damaged (see workshopSession). 'tooFast':
 * connected, but the server refused changes sent faster than it takes them; they are kept here and sent
 * again when it asks, within seconds.
 */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'offline' | 'notSaving' | 'damaged' | 'tooFast'

/** Why the server takes no more changes to a document: it reached the size limit, or its workshop did. */
export type FullReason = 'document' | 'workshop'

export interface FullDocuments {
  /** Practice id → why its board takes no more changes. */
  boards: ReadonlyMap<string, FullReason>
  /** The workshop's own document, or its participation document (the transfer-interest matrix). */
  workshop: FullReason | null
}

export const NOTHING_FULL: FullDocuments = { boards: new Map(), workshop: null }

/**
 * Whether this device may still use the workshop: 'revoked' once the server has closed the connection
 * for good because the link's token no longer works (or refuses it), 'notFound' if the workshop is gone,
 * 'deleted' when the server said its facilitator deleted it while it was open.
 * Both are final for this session: the UI replaces the workshop with a message.
 */
export type AccessState = 'granted' | 'revoked' | 'notFound' | 'deleted'

export interface PresenceUser {
  id: string
  name: string
  organisation: string
  color: string
}

export interface Person {
  /** The Yjs client id of one of this person's open tabs. */
  clientId: number
  user: PresenceUser
  practiceId: string | null
  editingCardId: string | null
  isSelf: boolean
}

export interface UndoAvailability {
  canUndo: boolean
  canRedo: boolean
}

export interface WorkshopDetailsView {
  title: string
  date: string
  place: string
  createdAt: number
}

export interface WorkshopState extends MappingSlice {
  workshopId: string
  /** What this device's link lets it do (see shared/roles.ts); the server enforces the same rights. */
  role: Role
  access: AccessState
  /** False until the workshop document is loaded from this device or the server. */
  ready: boolean
  details: WorkshopDetailsView
  practiceIds: readonly string[]
  practices: Readonly<Record<string, Practice>>
  boards: Readonly<Record<string, BoardView>>
  connection: ConnectionStatus
  /** Documents whose changes the server refuses because of their size; the changes stay on this device. */
  full: FullDocuments
  /** Whether any connection to the server has succeeded in this session ("Connecting…" before that). */
  everConnected: boolean
  people: readonly Person[]
  /** For each card someone else is editing right now: their names. */
  editorsByCard: Readonly<Record<string, readonly string[]>>
  workshopUndo: UndoAvailability
  boardUndo: Readonly<Record<string, UndoAvailability>>
  /** The current phase locks every board for participants (see session/facilitation.ts). */
  phaseLocked: boolean
}

export type WorkshopStore = StoreApi<WorkshopState>

export const NO_UNDO: UndoAvailability = { canUndo: false, canRedo: false }

const EMPTY_LANES: LaneCardIds = { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] }

export const EMPTY_BOARD: BoardView = {
  ready: false,
  cards: emptyRecord(),
  lanes: EMPTY_LANES,
  items: EMPTY_LANES,
  groups: emptyRecord(),
  groupRecords: emptyRecord(),
}

export function createWorkshopStore(workshopId: string, role: Role): WorkshopStore {
  return createStore<WorkshopState>()(() => ({
    workshopId,
    role,
    access: 'granted',
    ready: false,
    details: { title: '', date: '', place: '', createdAt: 0 },
    practiceIds: [],
    practices: emptyRecord(),
    boards: emptyRecord(),
    connection: navigator.onLine ? 'reconnecting' : 'offline',
    full: NOTHING_FULL,
    everConnected: false,
    people: [],
    editorsByCard: emptyRecord(),
    workshopUndo: NO_UNDO,
    boardUndo: emptyRecord(),
    phaseLocked: false,
    ...initialMappingSlice(),
  }))
}

/**
 * Whether this user may change a document now: the workshop's structure, a practice's board (not when
 * it is locked, for participants), or the participation document. Built on the rights table the server
 * enforces, so the UI offers exactly what will be accepted.
 */
export function canWrite(
  state: Pick<WorkshopState, 'role' | 'practices' | 'access'> & Partial<Pick<WorkshopState, 'phaseLocked'>>,
  kind: DocumentKind,
  practiceId?: string,
): boolean {
  if (state.access !== 'granted') return false
  const locked =
    kind === 'board' &&
    practiceId !== undefined &&
    (ownValue(state.practices, practiceId)?.locked === true || state.phaseLocked === true)
  return mayWrite(state.role, kind, locked)
}

// ---- Pure mirror functions: previous view + what changed → next view, reusing what did not change. ----

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}

function sameCard(a: Card, b: Card): boolean {
  return (
    a.text === b.text &&
    a.lane === b.lane &&
    a.order === b.order &&
    a.color === b.color &&
    a.createdAt === b.createdAt &&
    a.author.id === b.author.id &&
    a.author.name === b.author.name &&
    a.author.organisation === b.author.organisation &&
    a.groupId === b.groupId &&
    a.transfer.owner === b.transfer.owner &&
    a.transfer.timeframe === b.transfer.timeframe &&
    a.transfer.resources === b.transfer.resources &&
    a.transfer.barriers === b.transfer.barriers &&
    a.stakeholder.type === b.stakeholder.type &&
    a.stakeholder.level === b.stakeholder.level
  )
}

function samePractice(a: Practice, b: Practice): boolean {
  return (
    a.title === b.title &&
    a.organisation === b.organisation &&
    a.description === b.description &&
    a.order === b.order &&
    a.createdAt === b.createdAt &&
    a.locked === b.locked
  )
}

/**
 * Applies re-read records (null = deleted) to a record map. Returns the previous map itself when nothing
 * really changed, and keeps the previous object of every record whose fields are equal.
 */
function applyChanges<T>(
  previous: Readonly<Record<string, T>>,
  changed: ReadonlyMap<string, T | null>,
  same: (a: T, b: T) => boolean,
): Readonly<Record<string, T>> {
  let next: Record<string, T> | null = null
  for (const [id, value] of changed) {
    const old = ownValue(previous, id)
    if (value === null) {
      if (old === undefined) continue
      next ??= copyRecord(previous)
      delete next[id]
    } else if (old === undefined || !same(old, value)) {
      next ??= copyRecord(previous)
      next[id] = value
    }
  }
  return next ?? previous
}

export function mirrorCards(board: BoardView, changed: ReadonlyMap<string, Card | null>): BoardView {
  const cards = applyChanges(board.cards, changed, sameCard)
  if (cards === board.cards) return board
  const { lanes, items, groups } = layoutBoard(board, cards, board.groupRecords)
  return { ...board, cards, lanes, items, groups }
}

export function mirrorPractices(
  state: Pick<WorkshopState, 'practices' | 'practiceIds'>,
  changed: ReadonlyMap<string, Practice | null>,
): Pick<WorkshopState, 'practices' | 'practiceIds'> {
  const practices = applyChanges(state.practices, changed, samePractice)
  if (practices === state.practices) return state
  const ids = sortOrdered(Object.values(practices)).map((practice) => practice.id)
  return { practices, practiceIds: sameIds(ids, state.practiceIds) ? state.practiceIds : ids }
}

export function mirrorDetails(previous: WorkshopDetailsView, next: WorkshopDetailsView): WorkshopDetailsView {
  return previous.title === next.title &&
    previous.date === next.date &&
    previous.place === next.place &&
    previous.createdAt === next.createdAt
    ? previous
    : next
}

/** Who edits which card, keeping each previous list when its names did not change. */
export function mirrorEditors(
  previous: Readonly<Record<string, readonly string[]>>,
  people: readonly Person[],
): Readonly<Record<string, readonly string[]>> {
  const names = emptyRecord<string[]>()
  for (const person of people) {
    if (person.isSelf || !person.editingCardId) continue
    const list = names[person.editingCardId] ?? []
    if (!list.includes(person.user.name)) list.push(person.user.name)
    names[person.editingCardId] = list
  }
  const next = emptyRecord<readonly string[]>()
  let changed = Object.keys(previous).length !== Object.keys(names).length
  for (const [cardId, list] of Object.entries(names)) {
    const old = ownValue(previous, cardId)
    if (old && sameIds(old, list)) next[cardId] = old
    else {
      next[cardId] = list
      changed = true
    }
  }
  return changed ? next : previous
}
