import { IndexeddbPersistence } from 'y-indexeddb'
import { readAuthMessage } from 'y-protocols/auth'
import { messageAuth, messageSync, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addCard, deleteCard, editCardText, moveCard, setCardColor } from '../../shared/boardOperations'
import {
  boardDocumentName,
  type DocumentKind,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { isValidId } from '../../shared/ids'
import { readInterest } from '../../shared/interest'
import { type LocalUserOrigin, localUserOrigin } from '../../shared/origins'
import { copyRecord, ownValue, withEntry } from '../../shared/ownKeys'
import { CloseCode } from '../../shared/protocol'
import {
  type GroupRecord,
  readCard,
  readGroupRecord,
  readPractice,
  readWorkshop,
  readWorkshopOrigin,
} from '../../shared/readers'
import type { ReportSources } from '../../shared/report'
import type { Role } from '../../shared/roles'
import {
  type Author,
  type Card,
  type CardColor,
  cardsMap,
  groupsMap,
  interestMap,
  type LaneId,
  type Practice,
  practicesMap,
  type WorkshopDetails,
  type WorkshopOrigin,
  workshopDetailsMap,
} from '../../shared/schema'
import { VOTER_SECRET_PARAM, voterIdOf } from '../../shared/voter'
import {
  addPractice,
  movePractice,
  type PracticeInput,
  removePractice,
  updatePractice,
  updateWorkshopDetails,
} from '../../shared/workshopOperations'
import { getWorkshop } from '../api'
import type { Identity } from '../identity'
import { mirrorGroupRecords } from '../store/boardGroups'
import { mirrorInterest } from '../store/mappingSlice'
import { comparePeople, readPerson, samePeople } from '../store/presence'
import {
  type AccessState,
  type ConnectionStatus,
  canWrite,
  createWorkshopStore,
  EMPTY_BOARD,
  type FullReason,
  mirrorCards,
  mirrorDetails,
  mirrorEditors,
  mirrorPractices,
  NO_UNDO,
  type Person,
  type UndoAvailability,
  type WorkshopState,
  type WorkshopStore,
} from '../store/workshopStore'
import { voterSecret } from '../voter'
import { changedKeys } from './changedKeys'
import { Facilitation } from './facilitation'
import { connectionStatus, fullDocuments, isSyncStep1, refusalEffect } from './refusals'

/**
 * Everything one open workshop needs, in one place: its Y.Docs (the workshop's own, one board per
 * practice, and the participation document), their websocket providers and IndexedDB copies, presence,
 * one UndoManager per document, the aggregated connection state, and what this link's role may do. React
 * reads all of it through `store`; it changes documents only through the action methods below, which call
 * the shared domain operations with this session's origin, and only where the role may write: the server
 * drops any other write, and a change kept here but refused there would show to this user alone.
 */

export type UndoScope = { kind: 'workshop' } | { kind: 'board'; practiceId: string }

/** What the server says of this link when asked again: 'unknown' when it could not be asked. */
export type AccessCheck = { state: 'granted'; role: Role } | { state: 'revoked' | 'notFound' | 'unknown' }

export interface SessionOptions {
  workshopId: string
  identity: Identity
  /** The link's token: every provider passes it to the server, which maps it to `role`. */
  token: string
  /** The role the server granted this token (or, offline, the one it granted last). */
  role: Role
  /** Base URL of the sync endpoint; defaults to this page's origin + /sync. */
  syncUrl?: string
  /** Asks the server whether the token still works; defaults to GET /api/workshops/<id>. */
  checkAccess?: () => Promise<AccessCheck>
  /** The practice whose board the page opens on, if any: its board connects at once (setPracticeLocation). */
  practiceId?: string | null
}

type ProviderStatus = 'connecting' | 'connected' | 'disconnected'

/** Wait this long for the server before trusting an empty local copy as "empty". */
const TRUST_EMPTY_LOCAL_AFTER_MS = 3000
/** If even IndexedDB has not answered by then (it can be unavailable), show what there is. */
const GIVE_UP_WAITING_AFTER_MS = 10_000
/** A provider that opens or reconnects briefly should not flash "Reconnecting…" at everyone. */
const RECONNECTING_GRACE_MS = 1500
/**
 * Every domain operation is one whole user step (typing happens in a local field and is written once, on
 * save), so no two operations are merged into one undo step, however quickly they follow each other.
 */
const UNDO_CAPTURE_MS = 0

const STORAGE_PREFIX = 'practicemap:'

/**
 * Close codes after which the server will not take this link back (y-websocket stops reconnecting on
 * 4400–4499 and emits 'closed'). Others in that range are checked with the server over HTTP.
 */
const CLOSE_REVOKED = new Set<number>([4401, CloseCode.linkRevoked])
const CLOSE_NOT_FOUND = 4404
/** The server could not load or save the document. */
const CLOSE_COULD_NOT_SAVE = CloseCode.internalError
/** See SyncedDocument.saveFailedAt. */
const SAVE_TROUBLE_CLEARS_AFTER_MS = 10_000
/**
 * The server's stored copy of the document does not decode: it is refused until an operator restores it.
 * The provider keeps retrying; what this device has stays here.
 */
const CLOSE_DAMAGED = CloseCode.documentDamaged
/** The facilitator deleted the workshop. */
const CLOSE_DELETED = CloseCode.workshopDeleted
/**
 * A refused upgrade (401/403/404) reaches the browser as a plain failed socket, which y-websocket retries
 * for ever. After this many failed attempts in a row the session asks the server over HTTP why, at most
 * once per ACCESS_CHECK_INTERVAL_MS, so a revoked link shows its message instead of "Reconnecting…".
 */
const FAILURES_BEFORE_ACCESS_CHECK = 2
const ACCESS_CHECK_INTERVAL_MS = 15_000

interface SyncedDocument {
  readonly name: string
  /** A board's practice; null for the workshop's own and participation documents. */
  readonly practiceId: string | null
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly persistence: IndexeddbPersistence | null
  readonly undo: Y.UndoManager
  readonly openedAt: number
  readonly timers: ReturnType<typeof setTimeout>[]
  status: ProviderStatus
  localLoaded: boolean
  serverSynced: boolean
  /** Attempts in a row that closed before the socket opened. */
  failedAttempts: number
  /**
   * The server refused a change to it ('refused'); once this device sees the board locked too ('locked'),
   * the change is sent again when the board opens.
   */
  refusal: 'refused' | 'locked' | null
  /**
   * When the server last closed this document's connection because it could not save (1011: a full disk,
   * a broken database). The stock client reconnects and re-sends; until a connection has lasted a while,
   * people are told their changes are waiting on this device rather than shown a plain "Connected".
   */
  saveFailedAt: number | null
  /** The server refused the document because its stored copy is damaged; cleared when it syncs again. */
  damaged: boolean
  /**
   * The server refused changes sent faster than it takes them. It asks for them again (a sync step 1)
   * within seconds, which ends this; a new connection ends it too.
   */
  tooFast: boolean
  /** The server refuses changes to it because it, or its workshop, reached the size limit; until reconnected. */
  full: FullReason | null
}

type UndoScopeTypes = ConstructorParameters<typeof Y.UndoManager>[0]

interface DocumentHooks {
  /**
   * Whether this tab's presence (who and where it is) is published through this document. Only the
   * workshop document's is read; every other provider announces none, since each announced presence is
   * renewed every 15 s and relayed to everyone with that document open.
   */
  announcesPresence?: boolean
  scope(doc: Y.Doc): UndoScopeTypes
  hasContent(doc: Y.Doc): boolean
  onReady(ready: boolean): void
  onUndo(availability: UndoAvailability): void
}

export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`
}

export class WorkshopSession {
  readonly workshopId: string
  readonly store: WorkshopStore
  /**
   * The origin of every transaction this user makes. Each UndoManager tracks only this object, so
   * Ctrl+Z never reverts what someone else did, nor what arrived from the server or IndexedDB.
   */
  readonly origin: LocalUserOrigin = localUserOrigin()

  readonly token: string
  /**
   * The key of this device's ballot on every board: derived from its voter secret, which board connections
   * send so that the server lets them change this ballot and no other (client/voter.ts).
   */
  readonly voterId: string
  private readonly voterSecret: string
  private identity: Identity
  private readonly syncUrl: string
  private readonly checkAccess: () => Promise<AccessCheck>
  private readonly workshop: SyncedDocument
  /** Phases, timer, votes, private drafts, summon and the room's hands (see facilitation.ts). */
  readonly facilitation: Facilitation
  private readonly participation: SyncedDocument
  private readonly boards = new Map<string, SyncedDocument>()
  private lastAccessCheck = 0
  private checkingAccess = false
  private location: { practiceId: string | null; editingCardId: string | null } = {
    practiceId: null,
    editingCardId: null,
  }
  private reconnectingTimer: ReturnType<typeof setTimeout> | null = null
  private readonly stopWatchingRights: () => void
  private hidden = false
  private destroyed = false

  constructor(options: SessionOptions) {
    this.workshopId = options.workshopId
    this.identity = options.identity
    this.token = options.token
    this.voterSecret = voterSecret()
    this.voterId = voterIdOf(this.voterSecret)
    this.syncUrl = options.syncUrl ?? defaultSyncUrl()
    this.checkAccess = options.checkAccess ?? (() => checkWithServer(options.workshopId, options.token))
    this.store = createWorkshopStore(options.workshopId, options.role)

    this.workshop = this.openDocument(workshopDocumentName(this.workshopId), null, {
      announcesPresence: true,
      scope: (doc) => [workshopDetailsMap(doc), practicesMap(doc)],
      hasContent: (doc) => workshopDetailsMap(doc).size > 0 || practicesMap(doc).size > 0,
      onReady: (ready) => {
        this.setState((state) => (state.ready === ready ? state : { ready }))
        // A board opened early for the page (setPracticeLocation) closes if the server has no such practice.
        if (ready && this.workshop.serverSynced) this.reconcileBoards()
      },
      onUndo: (workshopUndo) =>
        this.setState((state) => (sameUndo(state.workshopUndo, workshopUndo) ? state : { workshopUndo })),
    })

    // Participants write here what they say about the workshop as a whole (the transfer-interest
    // matrix); nothing shows it yet, but it syncs and is kept offline like the rest.
    this.participation = this.openDocument(participationDocumentName(this.workshopId), null, {
      scope: (participation) => [interestMap(participation)],
      hasContent: (participation) => interestMap(participation).size > 0,
      onReady: (interestReady) =>
        this.setState((state) => (state.interestReady === interestReady ? state : { interestReady })),
      onUndo: () => {},
    })
    interestMap(this.participation.doc).observeDeep(() => this.mirrorParticipation())

    const doc = this.workshop.doc
    workshopDetailsMap(doc).observeDeep(() => this.mirrorWorkshopDetails())
    practicesMap(doc).observeDeep((events) => this.mirrorWorkshopPractices(events))

    const awareness = this.workshop.provider.awareness
    awareness.on('change', this.mirrorPresence)
    this.facilitation = new Facilitation({
      workshopId: this.workshopId,
      workshopDoc: doc,
      awareness,
      origin: this.origin,
      store: this.store,
      identity: () => this.identity,
      voterId: this.voterId,
      boardDoc: (practiceId) => this.boards.get(practiceId)?.doc,
      workshopLoaded: () =>
        this.workshop.serverSynced ||
        (this.workshop.localLoaded && (workshopDetailsMap(doc).size > 0 || practicesMap(doc).size > 0)),
      republishPresence: () => this.publishPresence(),
    })
    // The board the page opens on connects now, beside the workshop (setPracticeLocation publishes too).
    if (options.practiceId) this.setPracticeLocation(options.practiceId)
    else this.publishPresence()

    this.stopWatchingRights = this.store.subscribe(this.resendRefused)

    window.addEventListener('online', this.onOnline)
    window.addEventListener('offline', this.onOffline)
    window.addEventListener('pagehide', this.onPageHide)
    window.addEventListener('pageshow', this.onPageShow)
  }

  // ---- Rights ----

  get role(): Role {
    return this.store.getState().role
  }

  /** Whether this user may change that document now (see canWrite in the store). */
  canWrite(kind: DocumentKind, practiceId?: string): boolean {
    return canWrite(this.store.getState(), kind, practiceId)
  }

  /** The server confirmed a role for this token (it can differ from the one remembered offline). */
  setRole(role: Role): void {
    if (this.store.getState().role === role) return
    this.setState(() => ({ role }))
    this.publishPresence()
  }

  /**
   * A change the server refused stays in this device's copy (a card revealed onto a board that was locked a
   * moment before this device heard of it). Once this user may write that board again, reconnecting it
   * makes the server ask for everything it lacks, the refused change included: it reaches the others now,
   * not whenever this person happens to write there next.
   */
  private readonly resendRefused = (): void => {
    for (const [practiceId, entry] of this.boards) {
      if (entry.refusal === null) continue
      // Only after this device has seen the lock: while it has not, sending again would be refused again.
      if (!this.canWrite('board', practiceId)) entry.refusal = 'locked'
      else if (entry.refusal === 'locked' && entry.provider.shouldConnect) {
        entry.refusal = null
        entry.provider.disconnect()
        entry.provider.connect()
      }
    }
  }

  // ---- Workshop actions ----

  private get writableWorkshop(): Y.Doc | null {
    return this.canWrite('workshop') ? this.workshop.doc : null
  }

  updateDetails(details: Partial<WorkshopDetails>): void {
    const doc = this.writableWorkshop
    if (doc) updateWorkshopDetails(doc, details, this.origin)
  }

  addPractice(input: PracticeInput): string | null {
    const doc = this.writableWorkshop
    return doc ? addPractice(doc, input, Date.now(), this.origin) : null
  }

  updatePractice(id: string, patch: Partial<PracticeInput>): void {
    const doc = this.writableWorkshop
    if (doc) updatePractice(doc, id, patch, this.origin)
  }

  /** Moves the practice to `index` counted among the other practices. */
  movePractice(id: string, index: number): void {
    const doc = this.writableWorkshop
    if (doc) movePractice(doc, id, index, this.origin)
  }

  removePractice(id: string): void {
    const doc = this.writableWorkshop
    if (doc) removePractice(doc, id, this.origin)
  }

  // ---- Board actions ----

  /** The board's document, if this user may change it now (not locked, not an observer). */
  private writableBoard(practiceId: string): Y.Doc | null {
    const board = this.boards.get(practiceId)
    return board && this.canWrite('board', practiceId) ? board.doc : null
  }

  addCard(practiceId: string, lane: LaneId, text: string): string | null {
    // While the phase has private writing, a new card is a draft on this device until the reveal.
    if (this.facilitation.writesDrafts(practiceId)) return this.facilitation.addDraft(practiceId, lane, text)
    const doc = this.writableBoard(practiceId)
    if (!doc || !text.trim()) return null
    const { id, name, organisation } = this.identity
    return addCard(doc, { lane, text, author: { id, name, organisation } }, Date.now(), this.origin)
  }

  editCardText(practiceId: string, cardId: string, text: string): void {
    const doc = this.writableBoard(practiceId)
    if (doc) editCardText(doc, cardId, text, this.origin)
  }

  setCardColor(practiceId: string, cardId: string, color: CardColor): void {
    const doc = this.writableBoard(practiceId)
    if (doc) setCardColor(doc, cardId, color, this.origin)
  }

  /** Moves the card to `index` of `lane`, counted among the lane's other cards. */
  moveCard(practiceId: string, cardId: string, lane: LaneId, index: number): void {
    const doc = this.writableBoard(practiceId)
    if (doc) moveCard(doc, cardId, lane, index, this.origin)
  }

  deleteCard(practiceId: string, cardId: string): void {
    const doc = this.writableBoard(practiceId)
    if (doc) deleteCard(doc, cardId, this.origin)
  }

  // ---- For the mapping actions (mappingActions.ts): groups, structured fields, transfer interest ----

  /** The board's document, if this user may change it now. */
  boardForWriting(practiceId: string): Y.Doc | null {
    return this.writableBoard(practiceId)
  }

  /** The participation document, if this user may change it (not an observer). */
  participationForWriting(): Y.Doc | null {
    return this.canWrite('participation') ? this.participation.doc : null
  }

  /** Who this user is now, as written into what they change. */
  get author(): Author {
    const { id, name, organisation } = this.identity
    return { id, name, organisation }
  }

  /**
   * The documents the report is built from (shared/report.ts `buildReport`), read-only: the printable
   * report and the board image render what this device holds, live. Callers must not write to them.
   */
  reportSources(): ReportSources {
    const boards = new Map<string, Y.Doc>()
    for (const [practiceId, entry] of this.boards) boards.set(practiceId, entry.doc)
    return { workshop: this.workshop.doc, boards, participation: this.participation.doc }
  }

  // ---- Undo ----

  undo(scope: UndoScope): void {
    this.undoManager(scope)?.undo()
  }

  redo(scope: UndoScope): void {
    this.undoManager(scope)?.redo()
  }

  /** Undo writes too: none where this user may not write now (an observer, a locked board). */
  private undoManager(scope: UndoScope): Y.UndoManager | undefined {
    if (scope.kind === 'workshop') return this.canWrite('workshop') ? this.workshop.undo : undefined
    return this.canWrite('board', scope.practiceId) ? this.boards.get(scope.practiceId)?.undo : undefined
  }

  // ---- Presence ----

  setIdentity(identity: Identity): void {
    this.identity = identity
    this.publishPresence()
  }

  /** Where this user is: on a practice's board, or (null) on the practice list. */
  setPracticeLocation(practiceId: string | null): void {
    if (this.location.practiceId === practiceId) return
    this.location = { practiceId, editingCardId: null }
    // The board on screen need not wait for the workshop document to list its practice: both load side
    // by side, so opening a board link costs one round trip to the server, not two in a row.
    if (practiceId !== null && isValidId(practiceId) && !this.boards.has(practiceId))
      this.openBoard(practiceId)
    this.publishPresence()
  }

  setEditingCard(cardId: string | null): void {
    if (this.location.editingCardId === cardId) return
    this.location = { ...this.location, editingCardId: cardId }
    this.publishPresence()
  }

  private publishPresence(): void {
    if (this.destroyed || this.hidden) return
    // An observer (a projector, a guest) is not one of the people in the workshop: no presence at all.
    if (this.role === 'observer') {
      this.workshop.provider.awareness.setLocalState(null)
      return
    }
    const { id, name, organisation, color } = this.identity
    this.workshop.provider.awareness.setLocalState({
      user: { id, name, organisation, color },
      practiceId: this.location.practiceId,
      editingCardId: this.location.editingCardId,
      ...this.facilitation.presence(),
    })
  }

  private readonly mirrorPresence = (): void => {
    const awareness = this.workshop.provider.awareness
    const people: Person[] = []
    awareness.getStates().forEach((state, clientId) => {
      const person = readPerson(clientId, state, clientId === awareness.clientID)
      if (person) people.push(person)
    })
    people.sort(comparePeople)
    this.setState((state) => {
      if (samePeople(state.people, people)) return state
      const editorsByCard = mirrorEditors(state.editorsByCard, people)
      return { people, editorsByCard }
    })
  }

  // ---- Mirroring documents into the store ----

  private mirrorParticipation(): void {
    const next = readInterest(this.participation.doc)
    this.setState((state) => {
      const interest = mirrorInterest(state.interest, next)
      return interest === state.interest ? state : { interest }
    })
    this.evaluateReady(this.participation)
  }

  // ---- Origin: the workshop a follow-up continues (set once, so kept apart from the store's details) ----

  private originValue: WorkshopOrigin | null = null
  private readonly originListeners = new Set<() => void>()

  /** For useSyncExternalStore: the same object until the origin changes. */
  readonly getOrigin = (): WorkshopOrigin | null => this.originValue

  readonly subscribeOrigin = (listener: () => void): (() => void) => {
    this.originListeners.add(listener)
    return () => this.originListeners.delete(listener)
  }

  private mirrorOrigin(): void {
    const next = readWorkshopOrigin(this.workshop.doc)
    if (JSON.stringify(next) === JSON.stringify(this.originValue)) return
    this.originValue = next
    for (const listener of this.originListeners) listener()
  }

  private mirrorWorkshopDetails(): void {
    this.mirrorOrigin()
    const { title, date, place, createdAt } = readWorkshop(this.workshop.doc)
    this.setState((state) => {
      const details = mirrorDetails(state.details, { title, date, place, createdAt })
      return details === state.details ? state : { details }
    })
    this.evaluateReady(this.workshop)
  }

  private mirrorWorkshopPractices(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): void {
    const practices = practicesMap(this.workshop.doc)
    const changed = new Map<string, Practice | null>()
    for (const id of changedKeys(practices, events)) {
      const map = practices.get(id)
      changed.set(id, map instanceof Y.Map ? readPractice(id, map) : null)
    }
    this.setState((state) => {
      const next = mirrorPractices(state, changed)
      return next === state ? state : next
    })
    this.reconcileBoards()
    this.evaluateReady(this.workshop)
  }

  /**
   * Keeps one open board per practice: new practices get theirs, removed ones are closed. The board on
   * screen stays open until the server has synced the workshop: this device's copy may not know its
   * practice yet.
   */
  private reconcileBoards(): void {
    const ids = new Set(this.store.getState().practiceIds.filter(isValidId))
    for (const id of ids) if (!this.boards.has(id)) this.openBoard(id)
    const shown = this.workshop.serverSynced ? null : this.location.practiceId
    for (const id of [...this.boards.keys()]) if (!ids.has(id) && id !== shown) this.closeBoard(id)
  }

  private openBoard(practiceId: string): void {
    this.setState((state) => ({
      boards: withEntry(state.boards, practiceId, EMPTY_BOARD),
      boardUndo: withEntry(state.boardUndo, practiceId, NO_UNDO),
    }))
    const board = this.openDocument(
      boardDocumentName(this.workshopId, practiceId),
      practiceId,
      {
        scope: (doc) => [cardsMap(doc), groupsMap(doc)],
        hasContent: (doc) => cardsMap(doc).size > 0,
        onReady: (ready) =>
          this.updateBoard(practiceId, (view) => (view.ready === ready ? view : { ...view, ready })),
        onUndo: (availability) =>
          this.setState((state) => {
            const previous = ownValue(state.boardUndo, practiceId)
            if (!previous || sameUndo(previous, availability)) return state
            return { boardUndo: withEntry(state.boardUndo, practiceId, availability) }
          }),
      },
      { [VOTER_SECRET_PARAM]: this.voterSecret },
    )
    this.boards.set(practiceId, board)
    this.facilitation.boardOpened(practiceId, board.doc)
    const cards = cardsMap(board.doc)
    cards.observeDeep((events) => {
      const changed = new Map<string, Card | null>()
      for (const id of changedKeys(cards, events)) {
        const map = cards.get(id)
        changed.set(id, map instanceof Y.Map ? readCard(id, map) : null)
      }
      this.updateBoard(practiceId, (view) => mirrorCards(view, changed))
      this.evaluateReady(board)
    })
    const groups = groupsMap(board.doc)
    groups.observeDeep((events) => {
      const changed = new Map<string, GroupRecord | null>()
      for (const id of changedKeys(groups, events)) {
        const map = groups.get(id)
        changed.set(id, map instanceof Y.Map ? readGroupRecord(id, map) : null)
      }
      this.updateBoard(practiceId, (view) => mirrorGroupRecords(view, changed))
    })
    this.updateConnection()
  }

  private closeBoard(practiceId: string): void {
    const board = this.boards.get(practiceId)
    if (!board) return
    this.boards.delete(practiceId)
    this.facilitation.boardClosed(practiceId)
    this.closeDocument(board)
    this.publishFull()
    this.setState((state) => {
      const boards = copyRecord(state.boards)
      const boardUndo = copyRecord(state.boardUndo)
      delete boards[practiceId]
      delete boardUndo[practiceId]
      return { boards, boardUndo }
    })
    this.updateConnection()
  }

  private updateBoard(
    practiceId: string,
    update: (view: WorkshopState['boards'][string]) => WorkshopState['boards'][string],
  ): void {
    this.setState((state) => {
      const view = ownValue(state.boards, practiceId)
      if (!view) return state
      const next = update(view)
      return next === view ? state : { boards: withEntry(state.boards, practiceId, next) }
    })
  }

  private setState(update: (state: WorkshopState) => WorkshopState | Partial<WorkshopState>): void {
    if (!this.destroyed) this.store.setState(update)
  }

  // ---- Documents, providers, persistence ----

  private readonly readyHooks = new WeakMap<SyncedDocument, DocumentHooks>()

  /** `practiceId`: the board's, null for the workshop's own documents; `params`: sent besides the token. */
  private openDocument(
    name: string,
    practiceId: string | null,
    hooks: DocumentHooks,
    params: Record<string, string> = {},
  ): SyncedDocument {
    const doc = new Y.Doc()
    let persistence: IndexeddbPersistence | null = null
    try {
      persistence = new IndexeddbPersistence(STORAGE_PREFIX + name, doc)
    } catch {
      // No IndexedDB (some private modes): the document still syncs, it just is not kept offline.
    }
    const provider = new WebsocketProvider(this.syncUrl, name, doc, {
      connect: navigator.onLine,
      params: { ...params, token: this.token },
    })
    // Before the socket opens, so the stock empty presence `{}` is never announced.
    if (!hooks.announcesPresence) provider.awareness.setLocalState(null)
    const undo = new Y.UndoManager(hooks.scope(doc), {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: UNDO_CAPTURE_MS,
    })
    const entry: SyncedDocument = {
      name,
      practiceId,
      doc,
      provider,
      persistence,
      undo,
      openedAt: Date.now(),
      timers: [],
      status: 'connecting',
      localLoaded: persistence === null,
      serverSynced: false,
      failedAttempts: 0,
      refusal: null,
      saveFailedAt: null,
      damaged: false,
      tooFast: false,
      full: null,
    }
    this.readyHooks.set(entry, hooks)

    persistence?.whenSynced.then(() => {
      entry.localLoaded = true
      this.evaluateReady(entry)
    })
    provider.on('status', ({ status }) => {
      entry.status = status
      if (status === 'connected') {
        entry.failedAttempts = 0
        if (entry.saveFailedAt !== null) this.clearSaveFailureIfItLasts(entry, provider)
        // A new connection starts afresh: the server says so again if it still refuses.
        entry.tooFast = false
        if (entry.full !== null) {
          entry.full = null
          this.publishFull()
        }
      }
      this.updateConnection()
    })
    provider.on('connection-close', (event) => {
      if (event?.code === CLOSE_COULD_NOT_SAVE) {
        entry.saveFailedAt = Date.now()
        this.updateConnection()
      }
      if (event?.code === CLOSE_DAMAGED && !entry.damaged) {
        entry.damaged = true
        this.updateConnection()
      }
      // Emitted before the provider forgets the socket: wsconnected still tells whether it had opened.
      if (event === null || provider.wsconnected) return
      entry.failedAttempts++
      if (entry.failedAttempts >= FAILURES_BEFORE_ACCESS_CHECK) this.verifyAccess(false)
    })
    provider.on('closed', ({ code }) => this.onClosedForGood(code))
    // The server answers a change it does not take with a permission-denied message saying why (see
    // refusals.ts); the change stays here. For a role or a lock that changed, whatever made the UI offer
    // the change, ask again what this link may do.
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, doc, (_doc, reason) => {
        console.warn(`PracticeMap: the server refused a change to ${name}: ${reason}`)
        const effect = refusalEffect(reason)
        if (effect.kind === 'tooFast') {
          entry.tooFast = true
          this.updateConnection()
        } else if (effect.kind === 'full') {
          entry.full = effect.reason
          this.publishFull()
        } else {
          entry.refusal = 'refused'
          this.resendRefused()
          this.verifyAccess(false)
        }
      })
    }
    // The server's step 1 asks for everything it lacks: after "too fast", it takes changes again.
    const handleSync = provider.messageHandlers[messageSync]
    provider.messageHandlers[messageSync] = (encoder, decoder, syncProvider, emitSynced, type) => {
      if (entry.tooFast && isSyncStep1(decoder.arr, decoder.pos)) {
        entry.tooFast = false
        this.updateConnection()
      }
      handleSync?.(encoder, decoder, syncProvider, emitSynced, type)
    }
    provider.on('sync', (synced) => {
      if (synced) entry.serverSynced = true
      if (synced && entry.damaged) {
        entry.damaged = false
        this.updateConnection()
      }
      this.evaluateReady(entry)
    })
    const reportUndo = () => hooks.onUndo({ canUndo: undo.canUndo(), canRedo: undo.canRedo() })
    undo.on('stack-item-added', reportUndo)
    undo.on('stack-item-popped', reportUndo)
    undo.on('stack-cleared', reportUndo)
    for (const delay of [TRUST_EMPTY_LOCAL_AFTER_MS, GIVE_UP_WAITING_AFTER_MS]) {
      entry.timers.push(setTimeout(() => this.evaluateReady(entry), delay))
    }
    return entry
  }

  /**
   * A document is ready to show once the server has synced it, or once its copy on this device is
   * loaded and either has content, or we are offline, or the server has had a fair chance to answer.
   * Until then the UI shows "loading", never a misleading "empty".
   */
  private evaluateReady(entry: SyncedDocument): void {
    const hooks = this.readyHooks.get(entry)
    if (!hooks || this.destroyed) return
    const waited = Date.now() - entry.openedAt
    const ready =
      entry.serverSynced ||
      (entry.localLoaded &&
        (hooks.hasContent(entry.doc) || !navigator.onLine || waited >= TRUST_EMPTY_LOCAL_AFTER_MS)) ||
      waited >= GIVE_UP_WAITING_AFTER_MS
    hooks.onReady(ready)
  }

  private closeDocument(entry: SyncedDocument): void {
    for (const timer of entry.timers) clearTimeout(timer)
    entry.undo.destroy()
    entry.provider.destroy()
    // The persistence flushes what it has queued and closes; its data stays for the next visit.
    void entry.persistence?.destroy()
    entry.doc.destroy()
  }

  private allDocuments(): SyncedDocument[] {
    return [this.workshop, this.participation, ...this.boards.values()]
  }

  // ---- Access: a link revoked or a workshop deleted while it is open ----

  /**
   * This facilitator is replacing their own link (the share panel): the server closes every connection that
   * uses the old one with 4403, this session's too, and this device goes on with the new link, in a new
   * session (WorkshopRoot opens one per token). Until the server has answered, those closes do not end
   * access. Returns what ends the wait: if the replacement failed, the link is checked with the server.
   */
  replaceOwnLink(): () => void {
    this.replacingOwnLink = true
    return () => {
      this.replacingOwnLink = false
      if (this.closedWhileReplacing) {
        this.closedWhileReplacing = false
        this.verifyAccess(true)
      }
    }
  }

  private replacingOwnLink = false
  private closedWhileReplacing = false

  private onClosedForGood(code: number): void {
    if (CLOSE_REVOKED.has(code) && this.replacingOwnLink) {
      this.closedWhileReplacing = true
      return
    }
    if (CLOSE_REVOKED.has(code)) this.endAccess('revoked')
    else if (code === CLOSE_NOT_FOUND) this.endAccess('notFound')
    else if (code === CLOSE_DELETED) this.endAccess('deleted')
    // Another final code: the server knows why; ask it, and carry on if the link still works.
    else this.verifyAccess(true)
  }

  /** Asks the server whether the link still works; `force` skips the once-per-interval limit. */
  private verifyAccess(force: boolean): void {
    const now = Date.now()
    if (this.destroyed || this.checkingAccess || !navigator.onLine) return
    if (!force && now - this.lastAccessCheck < ACCESS_CHECK_INTERVAL_MS) return
    this.lastAccessCheck = now
    this.checkingAccess = true
    this.checkAccess()
      .then((result) => {
        if (this.destroyed) return
        if (result.state === 'granted') {
          this.setRole(result.role)
          // A provider stopped by a final close code is started again: the link still works.
          for (const entry of this.allDocuments()) if (!entry.provider.shouldConnect) entry.provider.connect()
        } else if (result.state !== 'unknown') this.endAccess(result.state)
      })
      .catch(() => {})
      .finally(() => {
        this.checkingAccess = false
      })
  }

  /** Stops all syncing for good: the UI shows why instead of the workshop. */
  private endAccess(access: Exclude<AccessState, 'granted'>): void {
    if (this.destroyed || this.store.getState().access !== 'granted') return
    for (const entry of this.allDocuments()) entry.provider.disconnect()
    this.setState(() => ({ access }))
  }

  // ---- Connection state ----

  /** A connection that stays open this long after a failed save has had its re-sent changes saved. */
  private clearSaveFailureIfItLasts(entry: SyncedDocument, provider: WebsocketProvider): void {
    const failedAt = entry.saveFailedAt
    entry.timers.push(
      setTimeout(() => {
        if (entry.saveFailedAt !== failedAt || !provider.wsconnected) return
        entry.saveFailedAt = null
        this.updateConnection()
      }, SAVE_TROUBLE_CLEARS_AFTER_MS),
    )
  }

  private updateConnection(): void {
    if (this.destroyed) return
    const documents = this.allDocuments()
    const status: ConnectionStatus = connectionStatus(
      navigator.onLine,
      documents.map((entry) => ({
        status: entry.status,
        saveFailed: entry.saveFailedAt !== null,
        tooFast: entry.tooFast,
        damaged: entry.damaged,
      })),
    )
    const everConnected = this.workshop.status === 'connected'
    const current = this.store.getState()
    if (status === 'reconnecting' && current.connection === 'connected') {
      // Show "Reconnecting…" only if it lasts: a new board connects within moments.
      this.reconnectingTimer ??= setTimeout(() => {
        this.reconnectingTimer = null
        this.applyConnection('reconnecting', false)
      }, RECONNECTING_GRACE_MS)
      return
    }
    this.applyConnection(status, everConnected)
  }

  /** Mirrors which documents are full into the store. */
  private publishFull(): void {
    if (this.destroyed) return
    const documents = this.allDocuments()
    this.setState((state) => {
      const full = fullDocuments(documents, state.full)
      return full === state.full ? state : { full }
    })
  }

  private applyConnection(status: ConnectionStatus, connectedNow: boolean): void {
    if (this.reconnectingTimer !== null) {
      clearTimeout(this.reconnectingTimer)
      this.reconnectingTimer = null
    }
    this.setState((state) => {
      const everConnected = state.everConnected || connectedNow
      return state.connection === status && state.everConnected === everConnected
        ? state
        : { connection: status, everConnected }
    })
  }

  // When the browser knows it is offline, sockets are dead anyway: stop retrying, and reconnect at once
  // when the network returns instead of waiting for the provider's backoff.
  private readonly onOffline = (): void => {
    for (const entry of this.allDocuments()) entry.provider.disconnect()
    this.applyConnection('offline', false)
    for (const entry of this.allDocuments()) this.evaluateReady(entry)
  }

  private readonly onOnline = (): void => {
    if (this.store.getState().access !== 'granted') return
    for (const entry of this.allDocuments()) entry.provider.connect()
    this.updateConnection()
  }

  private readonly onPageHide = (): void => {
    // Leave the room's presence at once rather than after the awareness timeout.
    this.hidden = true
    this.workshop.provider.awareness.setLocalState(null)
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return
    this.hidden = false
    this.publishPresence()
  }

  destroy(): void {
    if (this.destroyed) return
    this.workshop.provider.awareness.setLocalState(null)
    this.workshop.provider.awareness.off('change', this.mirrorPresence)
    this.destroyed = true
    this.stopWatchingRights()
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
    window.removeEventListener('pagehide', this.onPageHide)
    window.removeEventListener('pageshow', this.onPageShow)
    if (this.reconnectingTimer !== null) clearTimeout(this.reconnectingTimer)
    this.facilitation.destroy()
    for (const board of this.boards.values()) this.closeDocument(board)
    this.boards.clear()
    this.closeDocument(this.participation)
    this.closeDocument(this.workshop)
  }
}

async function checkWithServer(workshopId: string, token: string): Promise<AccessCheck> {
  const result = await getWorkshop(workshopId, token)
  if (result.ok) return { state: 'granted', role: result.value.role }
  switch (result.failure) {
    case 'forbidden':
    case 'noToken':
      return { state: 'revoked' }
    case 'notFound':
      return { state: 'notFound' }
    default:
      return { state: 'unknown' }
  }
}

function sameUndo(a: UndoAvailability, b: UndoAvailability): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo
}
