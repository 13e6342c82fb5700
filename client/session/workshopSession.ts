import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addCard, deleteCard, editCardText, moveCard, setCardColor } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { isValidId } from '../../shared/ids'
import { readCard, readPractice, readWorkshop } from '../../shared/readers'
import {
  type Card,
  type CardColor,
  cardsMap,
  type LaneId,
  type Practice,
  practicesMap,
  type WorkshopDetails,
  workshopDetailsMap,
} from '../../shared/schema'
import {
  addPractice,
  movePractice,
  type PracticeInput,
  removePractice,
  updatePractice,
  updateWorkshopDetails,
} from '../../shared/workshopOperations'
import type { Identity } from '../identity'
import { comparePeople, readPerson, samePeople } from '../store/presence'
import {
  type ConnectionStatus,
  createWorkshopStore,
  EMPTY_BOARD,
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
import { changedKeys } from './changedKeys'

/**
 * Everything one open workshop needs, in one place: its Y.Docs (the workshop's own and one board per
 * practice), their websocket providers and IndexedDB copies, presence, one UndoManager per document, and
 * the aggregated connection state. React reads all of it through `store`; it changes documents only
 * through the action methods below, which call the shared domain operations with this session's origin.
 */

export type UndoScope = { kind: 'workshop' } | { kind: 'board'; practiceId: string }

export interface SessionOptions {
  workshopId: string
  identity: Identity
  /** Base URL of the sync endpoint; defaults to this page's origin + /sync. */
  syncUrl?: string
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

interface SyncedDocument {
  readonly name: string
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly persistence: IndexeddbPersistence | null
  readonly undo: Y.UndoManager
  readonly openedAt: number
  readonly timers: ReturnType<typeof setTimeout>[]
  status: ProviderStatus
  localLoaded: boolean
  serverSynced: boolean
}

type UndoScopeTypes = ConstructorParameters<typeof Y.UndoManager>[0]

interface DocumentHooks {
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
  readonly origin: object = Object.freeze({ source: 'practicemap:local-user' })

  private identity: Identity
  private readonly syncUrl: string
  private readonly workshop: SyncedDocument
  private readonly boards = new Map<string, SyncedDocument>()
  private location: { practiceId: string | null; editingCardId: string | null } = {
    practiceId: null,
    editingCardId: null,
  }
  private reconnectingTimer: ReturnType<typeof setTimeout> | null = null
  private hidden = false
  private destroyed = false

  constructor(options: SessionOptions) {
    this.workshopId = options.workshopId
    this.identity = options.identity
    this.syncUrl = options.syncUrl ?? defaultSyncUrl()
    this.store = createWorkshopStore(options.workshopId)

    this.workshop = this.openDocument(workshopDocumentName(this.workshopId), {
      scope: (doc) => [workshopDetailsMap(doc), practicesMap(doc)],
      hasContent: (doc) => workshopDetailsMap(doc).size > 0 || practicesMap(doc).size > 0,
      onReady: (ready) => this.setState((state) => (state.ready === ready ? state : { ready })),
      onUndo: (workshopUndo) =>
        this.setState((state) => (sameUndo(state.workshopUndo, workshopUndo) ? state : { workshopUndo })),
    })

    const doc = this.workshop.doc
    workshopDetailsMap(doc).observeDeep(() => this.mirrorWorkshopDetails())
    practicesMap(doc).observeDeep((events) => this.mirrorWorkshopPractices(events))

    const awareness = this.workshop.provider.awareness
    awareness.on('change', this.mirrorPresence)
    this.publishPresence()

    window.addEventListener('online', this.onOnline)
    window.addEventListener('offline', this.onOffline)
    window.addEventListener('pagehide', this.onPageHide)
    window.addEventListener('pageshow', this.onPageShow)
  }

  // ---- Workshop actions ----

  updateDetails(details: Partial<WorkshopDetails>): void {
    updateWorkshopDetails(this.workshop.doc, details, this.origin)
  }

  addPractice(input: PracticeInput): string {
    return addPractice(this.workshop.doc, input, Date.now(), this.origin)
  }

  updatePractice(id: string, patch: Partial<PracticeInput>): void {
    updatePractice(this.workshop.doc, id, patch, this.origin)
  }

  /** Moves the practice to `index` counted among the other practices. */
  movePractice(id: string, index: number): void {
    movePractice(this.workshop.doc, id, index, this.origin)
  }

  removePractice(id: string): void {
    removePractice(this.workshop.doc, id, this.origin)
  }

  // ---- Board actions ----

  addCard(practiceId: string, lane: LaneId, text: string): string | null {
    const board = this.boards.get(practiceId)
    if (!board || !text.trim()) return null
    const { id, name, organisation } = this.identity
    return addCard(board.doc, { lane, text, author: { id, name, organisation } }, Date.now(), this.origin)
  }

  editCardText(practiceId: string, cardId: string, text: string): void {
    const board = this.boards.get(practiceId)
    if (board) editCardText(board.doc, cardId, text, this.origin)
  }

  setCardColor(practiceId: string, cardId: string, color: CardColor): void {
    const board = this.boards.get(practiceId)
    if (board) setCardColor(board.doc, cardId, color, this.origin)
  }

  /** Moves the card to `index` of `lane`, counted among the lane's other cards. */
  moveCard(practiceId: string, cardId: string, lane: LaneId, index: number): void {
    const board = this.boards.get(practiceId)
    if (board) moveCard(board.doc, cardId, lane, index, this.origin)
  }

  deleteCard(practiceId: string, cardId: string): void {
    const board = this.boards.get(practiceId)
    if (board) deleteCard(board.doc, cardId, this.origin)
  }

  // ---- Undo ----

  undo(scope: UndoScope): void {
    this.undoManager(scope)?.undo()
  }

  redo(scope: UndoScope): void {
    this.undoManager(scope)?.redo()
  }

  private undoManager(scope: UndoScope): Y.UndoManager | undefined {
    return scope.kind === 'workshop' ? this.workshop.undo : this.boards.get(scope.practiceId)?.undo
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
    this.publishPresence()
  }

  setEditingCard(cardId: string | null): void {
    if (this.location.editingCardId === cardId) return
    this.location = { ...this.location, editingCardId: cardId }
    this.publishPresence()
  }

  private publishPresence(): void {
    if (this.destroyed || this.hidden) return
    const { id, name, organisation, color } = this.identity
    this.workshop.provider.awareness.setLocalState({
      user: { id, name, organisation, color },
      practiceId: this.location.practiceId,
      editingCardId: this.location.editingCardId,
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

  private mirrorWorkshopDetails(): void {
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

  /** Keeps one open board per practice: new practices get theirs, removed ones are closed. */
  private reconcileBoards(): void {
    const ids = new Set(this.store.getState().practiceIds.filter(isValidId))
    for (const id of ids) if (!this.boards.has(id)) this.openBoard(id)
    for (const id of [...this.boards.keys()]) if (!ids.has(id)) this.closeBoard(id)
  }

  private openBoard(practiceId: string): void {
    this.setState((state) => ({
      boards: { ...state.boards, [practiceId]: EMPTY_BOARD },
      boardUndo: { ...state.boardUndo, [practiceId]: NO_UNDO },
    }))
    const board = this.openDocument(boardDocumentName(this.workshopId, practiceId), {
      scope: (doc) => [cardsMap(doc)],
      hasContent: (doc) => cardsMap(doc).size > 0,
      onReady: (ready) =>
        this.updateBoard(practiceId, (view) => (view.ready === ready ? view : { ...view, ready })),
      onUndo: (availability) =>
        this.setState((state) => {
          const previous = state.boardUndo[practiceId]
          if (!previous || sameUndo(previous, availability)) return state
          return { boardUndo: { ...state.boardUndo, [practiceId]: availability } }
        }),
    })
    this.boards.set(practiceId, board)
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
    this.updateConnection()
  }

  private closeBoard(practiceId: string): void {
    const board = this.boards.get(practiceId)
    if (!board) return
    this.boards.delete(practiceId)
    this.closeDocument(board)
    this.setState((state) => {
      const boards = { ...state.boards }
      const boardUndo = { ...state.boardUndo }
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
      const view = state.boards[practiceId]
      if (!view) return state
      const next = update(view)
      return next === view ? state : { boards: { ...state.boards, [practiceId]: next } }
    })
  }

  private setState(update: (state: WorkshopState) => WorkshopState | Partial<WorkshopState>): void {
    if (!this.destroyed) this.store.setState(update)
  }

  // ---- Documents, providers, persistence ----

  private readonly readyHooks = new WeakMap<SyncedDocument, DocumentHooks>()

  private openDocument(name: string, hooks: DocumentHooks): SyncedDocument {
    const doc = new Y.Doc()
    let persistence: IndexeddbPersistence | null = null
    try {
      persistence = new IndexeddbPersistence(STORAGE_PREFIX + name, doc)
    } catch {
      // No IndexedDB (some private modes): the document still syncs, it just is not kept offline.
    }
    const provider = new WebsocketProvider(this.syncUrl, name, doc, { connect: navigator.onLine })
    const undo = new Y.UndoManager(hooks.scope(doc), {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: UNDO_CAPTURE_MS,
    })
    const entry: SyncedDocument = {
      name,
      doc,
      provider,
      persistence,
      undo,
      openedAt: Date.now(),
      timers: [],
      status: 'connecting',
      localLoaded: persistence === null,
      serverSynced: false,
    }
    this.readyHooks.set(entry, hooks)

    persistence?.whenSynced.then(() => {
      entry.localLoaded = true
      this.evaluateReady(entry)
    })
    provider.on('status', ({ status }) => {
      entry.status = status
      this.updateConnection()
    })
    provider.on('sync', (synced) => {
      if (synced) entry.serverSynced = true
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
    return [this.workshop, ...this.boards.values()]
  }

  // ---- Connection state ----

  private updateConnection(): void {
    if (this.destroyed) return
    const documents = this.allDocuments()
    const status: ConnectionStatus = !navigator.onLine
      ? 'offline'
      : documents.every((entry) => entry.status === 'connected')
        ? 'connected'
        : 'reconnecting'
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
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
    window.removeEventListener('pagehide', this.onPageHide)
    window.removeEventListener('pageshow', this.onPageShow)
    if (this.reconnectingTimer !== null) clearTimeout(this.reconnectingTimer)
    for (const board of this.boards.values()) this.closeDocument(board)
    this.boards.clear()
    this.closeDocument(this.workshop)
  }
}

function sameUndo(a: UndoAvailability, b: UndoAvailability): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo
}
