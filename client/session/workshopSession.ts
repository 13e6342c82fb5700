import type * as Y from 'yjs'
import {
  boardDocumentName,
  type DocumentKind,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { isValidId } from '../../shared/ids'
import { type LocalUserOrigin, localUserOrigin } from '../../shared/origins'
import { copyRecord, ownValue, withEntry } from '../../shared/ownKeys'
import type { ReportSources } from '../../shared/report'
import type { Role } from '../../shared/roles'
import {
  type Author,
  cardsMap,
  groupsMap,
  interestMap,
  practicesMap,
  type WorkshopOrigin,
  workshopDetailsMap,
} from '../../shared/schema'
import { VOTER_SECRET_PARAM, voterIdOf } from '../../shared/voter'
import type { Identity } from '../identity'
import { comparePeople, type Presence, personOf, readPresences, samePeople } from '../store/presence'
import {
  type AccessState,
  canWrite,
  createWorkshopStore,
  EMPTY_BOARD,
  mirrorEditors,
  NO_UNDO,
  type WorkshopState,
  type WorkshopStore,
} from '../store/workshopStore'
import { voterSecret } from '../voter'
import { ConnectionBadge } from './connectionBadge'
import {
  mirrorBoardDocument,
  mirrorParticipationDocument,
  mirrorWorkshopDocument,
  OriginMirror,
  updateBoard,
} from './documentMirrors'
import { Facilitation } from './facilitation'
import { type FacilitationActions, facilitationActions } from './facilitationActions'
import { type AccessCheck, checkWithServer, LinkAccess } from './linkAccess'
import { LocalPresence } from './localPresence'
import { fullDocuments } from './refusals'
import {
  indexedDbCopy,
  type OpenLocalCopy,
  SyncedDocument,
  type SyncedDocumentEvents,
} from './syncedDocument'
import { sameUndo, trackUndo, type UndoScope } from './undo'
import {
  type ActionContext,
  type BoardActions,
  boardActions,
  type WorkshopActions,
  workshopActions,
} from './workshopActions'

/**
 * Everything one open workshop needs, composed: a SyncedDocument for each of its documents (the
 * workshop's own, one board per practice, the participation document), one UndoManager each (undo.ts),
 * presence, the aggregated connection state, whether the link still works (linkAccess.ts), and what this
 * link's role may do. React reads all of it through `store`; it changes documents only through the action
 * modules (workshopActions.ts, facilitationActions.ts, mappingActions.ts), which the session lends the
 * documents this role may write now.
 */

export type { AccessCheck } from './linkAccess'
export type { UndoScope } from './undo'

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
  /** Where each document is kept on this device; defaults to IndexedDB, null keeps none. */
  openLocalCopy?: OpenLocalCopy | null
  /** For tests: the socket every document connects with, instead of the browser's WebSocket. */
  WebSocketPolyfill?: typeof WebSocket
}

/** The facilitation with its actions, as components use it (facilitationContext.ts). */
export type FacilitationControls = Facilitation & FacilitationActions

/** The open workshop as components see it: the session and the workshop's and boards' actions. */
export type WorkshopSession = Session & WorkshopActions & BoardActions

export function openWorkshopSession(options: SessionOptions): WorkshopSession {
  const session = new Session(options)
  return Object.assign(
    session,
    workshopActions(session.actionContext),
    boardActions(session.actionContext, session.facilitation),
  )
}

/** A document the session opened, with its undo. */
interface OpenDocument {
  readonly synced: SyncedDocument
  readonly undo: Y.UndoManager
  /** Stops mirroring it into the store. */
  readonly stopMirroring: () => void
}

/**
 * A board the server refused a change to ('refused'); once this device sees the board locked too
 * ('locked'), the change is sent again when the board opens.
 */
type BoardRefusal = 'refused' | 'locked'

export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`
}

export class Session {
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
  /** Where every document (and the drafts) is kept on this device: IndexedDB unless the options say otherwise. */
  private readonly openLocalCopy: OpenLocalCopy | null
  private readonly WebSocketPolyfill: typeof WebSocket | undefined
  private readonly access: LinkAccess
  private readonly workshop: OpenDocument
  /** Phases, timer, votes, private drafts, summon and the room's hands (see facilitation.ts). */
  readonly facilitation: FacilitationControls
  private readonly participation: OpenDocument
  private readonly boards = new Map<string, OpenDocument>()
  private readonly refusedBoards = new Map<string, BoardRefusal>()
  private readonly followUpOrigin = new OriginMirror()
  private readonly presence: LocalPresence
  private readonly badge: ConnectionBadge
  private readonly stopWatchingRights: () => void
  private destroyed = false

  /** What the action modules work over: the documents this user may change now. */
  readonly actionContext: ActionContext

  constructor(options: SessionOptions) {
    this.workshopId = options.workshopId
    this.identity = options.identity
    this.token = options.token
    this.voterSecret = voterSecret()
    this.voterId = voterIdOf(this.voterSecret)
    this.syncUrl = options.syncUrl ?? defaultSyncUrl()
    this.openLocalCopy = options.openLocalCopy === undefined ? indexedDbCopy : options.openLocalCopy
    this.WebSocketPolyfill = options.WebSocketPolyfill
    this.store = createWorkshopStore(options.workshopId, options.role)
    this.badge = new ConnectionBadge(this.setState, () => this.store.getState())
    const checkAccess = options.checkAccess ?? (() => checkWithServer(options.workshopId, options.token))
    this.access = new LinkAccess({
      check: checkAccess,
      isOnline: () => navigator.onLine,
      granted: (role) => {
        this.setRole(role)
        // A document stopped by a final close code is started again: the link still works.
        for (const entry of this.allDocuments()) entry.synced.resume()
      },
      ended: (access) => this.endAccess(access),
    })
    this.actionContext = {
      origin: this.origin,
      writableWorkshop: () => (this.canWrite('workshop') ? this.workshop.synced.doc : null),
      writableBoard: (practiceId) => {
        const board = this.boards.get(practiceId)
        return board && this.canWrite('board', practiceId) ? board.synced.doc : null
      },
      writableParticipation: () => (this.canWrite('participation') ? this.participation.synced.doc : null),
      author: () => this.author,
    }

    const workshop = this.openDocument(workshopDocumentName(this.workshopId), null, {
      announcesPresence: true,
      hasContent: (doc) => workshopDetailsMap(doc).size > 0 || practicesMap(doc).size > 0,
      ready: (ready) => {
        this.setState((state) => (state.ready === ready ? state : { ready }))
        // A board opened early for the page (setPracticeLocation) closes if the server has no such practice.
        if (ready && this.workshop.synced.serverSynced) this.reconcileBoards()
      },
    })
    this.workshop = {
      synced: workshop,
      undo: trackUndo(
        [workshopDetailsMap(workshop.doc), practicesMap(workshop.doc)],
        this.origin,
        (workshopUndo) =>
          this.setState((state) => (sameUndo(state.workshopUndo, workshopUndo) ? state : { workshopUndo })),
      ),
      stopMirroring: mirrorWorkshopDocument(workshop.doc, this.setState, {
        details: () => {
          this.followUpOrigin.read(workshop.doc)
          workshop.evaluateReady()
        },
        practices: () => {
          this.reconcileBoards()
          workshop.evaluateReady()
        },
      }),
    }

    // Participants write here what they say about the workshop as a whole (the transfer-interest
    // matrix); it syncs and is kept offline like the rest.
    const participation = this.openDocument(participationDocumentName(this.workshopId), null, {
      hasContent: (doc) => interestMap(doc).size > 0,
      ready: (interestReady) =>
        this.setState((state) => (state.interestReady === interestReady ? state : { interestReady })),
    })
    this.participation = {
      synced: participation,
      undo: trackUndo([interestMap(participation.doc)], this.origin, () => {}),
      stopMirroring: mirrorParticipationDocument(participation.doc, this.setState, () =>
        participation.evaluateReady(),
      ),
    }

    const facilitation = new Facilitation({
      workshopId: this.workshopId,
      workshopDoc: workshop.doc,
      origin: this.origin,
      store: this.store,
      identity: () => this.identity,
      boardDoc: (practiceId) => this.boards.get(practiceId)?.synced.doc,
      workshopLoaded: () => workshop.loaded,
      republishPresence: () => this.publishPresence(),
      openLocalCopy: this.openLocalCopy,
    })
    this.facilitation = Object.assign(
      facilitation,
      facilitationActions({
        ...this.actionContext,
        serverNow: () => facilitation.serverNow(),
        voterId: this.voterId,
        openBoard: (practiceId) => this.boards.get(practiceId)?.synced.doc,
        workshopState: () => this.store.getState(),
        facilitationState: () => facilitation.store.getState(),
        rememberHandledSummon: (id) => facilitation.rememberHandledSummon(id),
      }),
    )
    this.presence = new LocalPresence(workshop.awareness, {
      role: () => this.role,
      identity: () => this.identity,
      facilitation: () => facilitation.presence(),
    })
    workshop.awareness.on('change', this.mirrorPresence)
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
    for (const [practiceId, refusal] of this.refusedBoards) {
      const board = this.boards.get(practiceId)
      if (!board) {
        this.refusedBoards.delete(practiceId)
        continue
      }
      // Only after this device has seen the lock: while it has not, sending again would be refused again.
      if (!this.canWrite('board', practiceId)) this.refusedBoards.set(practiceId, 'locked')
      else if (refusal === 'locked') {
        this.refusedBoards.delete(practiceId)
        board.synced.reconnect()
      }
    }
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
    for (const [practiceId, entry] of this.boards) boards.set(practiceId, entry.synced.doc)
    return { workshop: this.workshop.synced.doc, boards, participation: this.participation.synced.doc }
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
    if (!this.presence.moveTo(practiceId)) return
    // The board on screen need not wait for the workshop document to list its practice: both load side
    // by side, so opening a board link costs one round trip to the server, not two in a row.
    if (practiceId !== null && isValidId(practiceId) && !this.boards.has(practiceId))
      this.openBoard(practiceId)
    this.publishPresence()
  }

  setEditingCard(cardId: string | null): void {
    this.presence.setEditingCard(cardId)
  }

  private publishPresence(): void {
    if (!this.destroyed) this.presence.publish()
  }

  /** Each tab's presence, read once (store/presence.ts), shown as the people here and the room's status. */
  private readonly mirrorPresence = (): void => {
    const presences: Presence[] = readPresences(this.workshop.synced.awareness)
    const people = presences.map(personOf).filter((person) => person !== null)
    people.sort(comparePeople)
    this.setState((state) => {
      if (samePeople(state.people, people)) return state
      const editorsByCard = mirrorEditors(state.editorsByCard, people)
      return { people, editorsByCard }
    })
    this.facilitation.mirrorPeers(presences)
  }

  // ---- Origin: the workshop a follow-up continues ----

  /** For useSyncExternalStore: the same object until the origin changes. */
  readonly getOrigin = (): WorkshopOrigin | null => this.followUpOrigin.get()

  readonly subscribeOrigin = (listener: () => void): (() => void) => this.followUpOrigin.subscribe(listener)

  // ---- Boards ----

  /**
   * Keeps one open board per practice: new practices get theirs, removed ones are closed. The board on
   * screen stays open until the server has synced the workshop: this device's copy may not know its
   * practice yet.
   */
  private reconcileBoards(): void {
    const ids = new Set(this.store.getState().practiceIds.filter(isValidId))
    for (const id of ids) if (!this.boards.has(id)) this.openBoard(id)
    const shown = this.workshop.synced.serverSynced ? null : this.presence.location.practiceId
    for (const id of [...this.boards.keys()]) if (!ids.has(id) && id !== shown) this.closeBoard(id)
  }

  private openBoard(practiceId: string): void {
    this.setState((state) => ({
      boards: withEntry(state.boards, practiceId, EMPTY_BOARD),
      boardUndo: withEntry(state.boardUndo, practiceId, NO_UNDO),
    }))
    const synced = this.openDocument(
      boardDocumentName(this.workshopId, practiceId),
      practiceId,
      {
        hasContent: (doc) => cardsMap(doc).size > 0,
        ready: (ready) =>
          updateBoard(this.setState, practiceId, (view) =>
            view.ready === ready ? view : { ...view, ready },
          ),
      },
      { [VOTER_SECRET_PARAM]: this.voterSecret },
    )
    this.boards.set(practiceId, {
      synced,
      undo: trackUndo([cardsMap(synced.doc), groupsMap(synced.doc)], this.origin, (availability) =>
        this.setState((state) => {
          const previous = ownValue(state.boardUndo, practiceId)
          if (!previous || sameUndo(previous, availability)) return state
          return { boardUndo: withEntry(state.boardUndo, practiceId, availability) }
        }),
      ),
      stopMirroring: mirrorBoardDocument(practiceId, synced.doc, this.setState, () => synced.evaluateReady()),
    })
    this.facilitation.boardOpened(practiceId, synced.doc)
    this.updateConnection()
  }

  private closeBoard(practiceId: string): void {
    const board = this.boards.get(practiceId)
    if (!board) return
    this.boards.delete(practiceId)
    this.refusedBoards.delete(practiceId)
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

  private readonly setState = (
    update: (state: WorkshopState) => WorkshopState | Partial<WorkshopState>,
  ): void => {
    if (!this.destroyed) this.store.setState(update)
  }

  // ---- Documents ----

  /**
   * `practiceId`: the board's, null for the workshop's own documents; `params`: sent besides the token.
   * What each document's signals mean for the whole workshop is decided here.
   */
  private openDocument(
    name: string,
    practiceId: string | null,
    document: { announcesPresence?: boolean; hasContent(doc: Y.Doc): boolean; ready(ready: boolean): void },
    params: Record<string, string> = {},
  ): SyncedDocument {
    const events: SyncedDocumentEvents = {
      ready: (ready) => {
        if (!this.destroyed) document.ready(ready)
      },
      connectionChanged: () => this.updateConnection(),
      fullChanged: () => this.publishFull(),
      // For a role or a lock that changed, whatever made the UI offer the change: ask again what this
      // link may do.
      rightsRefused: () => {
        if (practiceId !== null) this.refusedBoards.set(practiceId, 'refused')
        this.resendRefused()
        this.access.verify(false)
      },
      accessInDoubt: () => this.access.verify(false),
      closedForGood: (reason) => this.access.closedForGood(reason),
    }
    return new SyncedDocument({
      name,
      syncUrl: this.syncUrl,
      params: { ...params, token: this.token },
      announcesPresence: document.announcesPresence ?? false,
      hasContent: document.hasContent,
      events,
      openLocalCopy: this.openLocalCopy,
      // A test's sockets live in one process: no BroadcastChannel between its sessions either.
      ...(this.WebSocketPolyfill ? { WebSocketPolyfill: this.WebSocketPolyfill, disableBc: true } : {}),
    })
  }

  private closeDocument(entry: OpenDocument): void {
    entry.stopMirroring()
    entry.undo.destroy()
    entry.synced.destroy()
  }

  private allDocuments(): OpenDocument[] {
    return [this.workshop, this.participation, ...this.boards.values()]
  }

  // ---- Access: a link revoked or a workshop deleted while it is open ----

  /** See LinkAccess.replaceOwnLink. */
  replaceOwnLink(): () => void {
    return this.access.replaceOwnLink()
  }

  /** Stops all syncing for good: the UI shows why instead of the workshop. */
  private endAccess(access: Exclude<AccessState, 'granted'>): void {
    if (this.destroyed || this.store.getState().access !== 'granted') return
    for (const entry of this.allDocuments()) entry.synced.disconnect()
    this.setState(() => ({ access }))
  }

  // ---- Connection state ----

  private updateConnection(): void {
    if (this.destroyed) return
    this.badge.update(
      navigator.onLine,
      this.allDocuments().map((entry) => entry.synced.connection()),
      this.workshop.synced.status === 'connected',
    )
  }

  /** Mirrors which documents are full into the store. */
  private publishFull(): void {
    if (this.destroyed) return
    const documents = [
      { practiceId: null, full: this.workshop.synced.full },
      { practiceId: null, full: this.participation.synced.full },
      ...[...this.boards].map(([practiceId, entry]) => ({ practiceId, full: entry.synced.full })),
    ]
    this.setState((state) => {
      const full = fullDocuments(documents, state.full)
      return full === state.full ? state : { full }
    })
  }

  // When the browser knows it is offline, sockets are dead anyway: stop retrying, and reconnect at once
  // when the network returns instead of waiting for the provider's backoff.
  private readonly onOffline = (): void => {
    for (const entry of this.allDocuments()) entry.synced.disconnect()
    this.badge.offline()
    for (const entry of this.allDocuments()) entry.synced.evaluateReady()
  }

  private readonly onOnline = (): void => {
    if (this.store.getState().access !== 'granted') return
    for (const entry of this.allDocuments()) entry.synced.connect()
    this.updateConnection()
  }

  private readonly onPageHide = (): void => this.presence.hide()

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.presence.show()
  }

  destroy(): void {
    if (this.destroyed) return
    this.presence.leave()
    this.workshop.synced.awareness.off('change', this.mirrorPresence)
    this.destroyed = true
    this.access.destroy()
    this.stopWatchingRights()
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
    window.removeEventListener('pagehide', this.onPageHide)
    window.removeEventListener('pageshow', this.onPageShow)
    this.badge.destroy()
    this.facilitation.destroy()
    for (const board of this.boards.values()) this.closeDocument(board)
    this.boards.clear()
    this.closeDocument(this.participation)
    this.closeDocument(this.workshop)
  }
}
