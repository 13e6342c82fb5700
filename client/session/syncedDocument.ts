import { IndexeddbPersistence } from 'y-indexeddb'
import { readAuthMessage } from 'y-protocols/auth'
import type { Awareness } from 'y-protocols/awareness'
import { messageAuth, messageSync, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { FullReason } from '../store/workshopStore'
import { type DocumentConnection, isSyncStep1, refusalEffect } from './refusals'

/**
 * One document the workshop opens, kept in sync: its y-websocket provider, its copy on this device, whether
 * it is ready to show, what the server's closes and refusals say about it, and its connection's state. The
 * session opens one per document (the workshop's own, the participation document, one per board) and
 * decides what the signals below mean for the workshop as a whole (see workshopSession.ts).
 */

/** The copy of a document kept on this device (IndexedDB in the browser). */
export interface LocalCopy {
  readonly whenSynced: Promise<unknown>
  destroy(): Promise<unknown> | undefined
}

/** Opens the local copy of a document, or returns null where there is none (no IndexedDB). */
export type OpenLocalCopy = (name: string, doc: Y.Doc) => LocalCopy | null

const STORAGE_PREFIX = 'practicemap:'

export const indexedDbCopy: OpenLocalCopy = (name, doc) => {
  try {
    return new IndexeddbPersistence(STORAGE_PREFIX + name, doc)
  } catch {
    // No IndexedDB (some private modes): the document still syncs, it just is not kept offline.
    return null
  }
}

/** Why the server will not take this document's connection back. */
export type FinalClose =
  /** The link was replaced (the facilitator regenerated it). */
  | 'revoked'
  | 'deleted'
  /** Another final code: only the server knows why; ask it over HTTP. */
  | 'unexplained'

export function finalCloseOf(code: number): FinalClose {
  if (code === CloseCode.linkRevoked) return 'revoked'
  if (code === CloseCode.workshopDeleted) return 'deleted'
  return 'unexplained'
}

export interface SyncedDocumentEvents {
  /** Whether the document is ready to show, each time that is evaluated (the same value may repeat). */
  ready(ready: boolean): void
  /** What `connection()` reports changed. */
  connectionChanged(): void
  /** `full` changed. */
  fullChanged(): void
  /** The server refused a change for this link's rights (its role, a lock): ask it what this link may do. */
  rightsRefused(): void
  /**
   * Connections keep failing before they open. The server refuses an upgrade it will not take (an unknown
   * workshop, a wrong token) with a plain HTTP status, which reaches a browser as a failed socket that
   * y-websocket retries for ever: only a question over HTTP tells why.
   */
  accessInDoubt(): void
  /** The server closed the connection with a code after which y-websocket does not reconnect. */
  closedForGood(reason: FinalClose): void
}

export interface SyncedDocumentOptions {
  name: string
  /** Base URL of the sync endpoint (the document's name is appended). */
  syncUrl: string
  /** Sent with every connection (the link's token, a voter secret). */
  params: Record<string, string>
  /**
   * Whether this tab's presence is published through this document. Every other provider announces none,
   * since each announced presence is renewed every 15 s and relayed to everyone with the document open.
   */
  announcesPresence?: boolean
  /** Whether the copy holds anything: a loaded local copy with content is shown without waiting. */
  hasContent(doc: Y.Doc): boolean
  events: SyncedDocumentEvents
  /** Whether the browser thinks it is online; defaults to navigator.onLine. */
  isOnline?: () => boolean
  /** Defaults to IndexedDB; null keeps no copy on this device. */
  openLocalCopy?: OpenLocalCopy | null
  /** For tests: a socket that is not the browser's. */
  WebSocketPolyfill?: typeof WebSocket
  /** For tests: no BroadcastChannel between providers of one process. */
  disableBc?: boolean
}

/** Wait this long for the server before trusting an empty local copy as "empty". */
export const TRUST_EMPTY_LOCAL_AFTER_MS = 3000
/** If even the local copy has not answered by then (IndexedDB can be unavailable), show what there is. */
export const GIVE_UP_WAITING_AFTER_MS = 10_000
/** A connection that stays open this long after a failed save has had its re-sent changes saved. */
export const SAVE_TROUBLE_CLEARS_AFTER_MS = 10_000
/** Failed attempts in a row after which the link is in doubt (see accessInDoubt). */
export const FAILURES_BEFORE_ACCESS_CHECK = 2

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected'

export class SyncedDocument {
  readonly name: string
  readonly doc = new Y.Doc()
  private readonly provider: WebsocketProvider
  private readonly localCopy: LocalCopy | null
  private readonly events: SyncedDocumentEvents
  private readonly hasContent: (doc: Y.Doc) => boolean
  private readonly isOnline: () => boolean
  private readonly openedAt = Date.now()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private destroyed = false

  status: ProviderStatus = 'connecting'
  private localLoaded: boolean
  /** The server has synced this document at least once since it was opened. */
  serverSynced = false
  /** Attempts in a row that closed before the socket opened. */
  private failedAttempts = 0
  /**
   * When the server last closed the connection because it could not save (1011: a full disk, a broken
   * database). The provider reconnects and re-sends; until a connection has lasted a while, people are
   * told their changes are waiting on this device rather than shown a plain "Connected".
   */
  private saveFailedAt: number | null = null
  /**
   * The server's stored copy does not decode: it is refused until an operator restores it. The provider
   * keeps retrying; what this device has stays here. Cleared when it syncs again.
   */
  private damaged = false
  /**
   * The server refused changes sent faster than it takes them. It asks for them again (a sync step 1)
   * within seconds, which ends this; a new connection ends it too.
   */
  private tooFast = false
  /** The server refuses changes because the document, or its workshop, reached the size limit; until reconnected. */
  full: FullReason | null = null

  constructor(options: SyncedDocumentOptions) {
    this.name = options.name
    this.events = options.events
    this.hasContent = options.hasContent
    this.isOnline = options.isOnline ?? (() => navigator.onLine)
    const doc = this.doc
    const openLocalCopy = options.openLocalCopy === undefined ? indexedDbCopy : options.openLocalCopy
    this.localCopy = openLocalCopy?.(options.name, doc) ?? null
    this.localLoaded = this.localCopy === null
    const provider = new WebsocketProvider(options.syncUrl, options.name, doc, {
      connect: this.isOnline(),
      params: options.params,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      ...(options.disableBc ? { disableBc: true } : {}),
    })
    this.provider = provider
    // Before the socket opens, so the stock empty presence `{}` is never announced.
    if (!options.announcesPresence) provider.awareness.setLocalState(null)

    this.localCopy?.whenSynced.then(() => {
      this.localLoaded = true
      this.evaluateReady()
    })
    provider.on('status', ({ status }) => this.onStatus(status))
    provider.on('connection-close', (event) => this.onConnectionClose(event?.code ?? null))
    provider.on('closed', ({ code }) => {
      if (!this.destroyed) this.events.closedForGood(finalCloseOf(code))
    })
    // The server answers a change it does not take with a permission-denied message saying why (see
    // refusals.ts); the change stays here.
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, doc, (_doc, reason) => this.onRefusal(reason))
    }
    // The server's step 1 asks for everything it lacks: after "too fast", it takes changes again.
    const handleSync = provider.messageHandlers[messageSync]
    provider.messageHandlers[messageSync] = (encoder, decoder, syncProvider, emitSynced, type) => {
      if (this.tooFast && isSyncStep1(decoder.arr, decoder.pos)) {
        this.tooFast = false
        this.events.connectionChanged()
      }
      handleSync?.(encoder, decoder, syncProvider, emitSynced, type)
    }
    provider.on('sync', (synced) => {
      if (synced) this.serverSynced = true
      if (synced && this.damaged) {
        this.damaged = false
        this.events.connectionChanged()
      }
      this.evaluateReady()
    })
    for (const delay of [TRUST_EMPTY_LOCAL_AFTER_MS, GIVE_UP_WAITING_AFTER_MS]) {
      this.after(delay, () => this.evaluateReady())
    }
  }

  /** The document's awareness (presence): only the workshop document's is published and read. */
  get awareness(): Awareness {
    return this.provider.awareness
  }

  /** What this document's connection contributes to the connection badge (refusals.ts connectionStatus). */
  connection(): DocumentConnection {
    return {
      status: this.status,
      saveFailed: this.saveFailedAt !== null,
      tooFast: this.tooFast,
      damaged: this.damaged,
    }
  }

  /**
   * A document is ready to show once the server has synced it, or once its copy on this device is loaded
   * and either has content, or we are offline, or the server has had a fair chance to answer. Until then
   * the UI shows "loading", never a misleading "empty". Call it again when the content changes.
   */
  evaluateReady(): void {
    if (this.destroyed) return
    const waited = Date.now() - this.openedAt
    const ready =
      this.serverSynced ||
      (this.localLoaded &&
        (this.hasContent(this.doc) || !this.isOnline() || waited >= TRUST_EMPTY_LOCAL_AFTER_MS)) ||
      waited >= GIVE_UP_WAITING_AFTER_MS
    this.events.ready(ready)
  }

  /** Whether the document's copy on this device, or the server's, has been read (not a blank copy). */
  get loaded(): boolean {
    return this.serverSynced || (this.localLoaded && this.hasContent(this.doc))
  }

  connect(): void {
    this.provider.connect()
  }

  disconnect(): void {
    this.provider.disconnect()
  }

  /** Connects again if a final close stopped it (the link turned out to work after all). */
  resume(): void {
    if (!this.provider.shouldConnect) this.provider.connect()
  }

  /**
   * A new connection, if one is wanted: the server asks for everything it lacks, so a change it refused
   * before is sent again.
   */
  reconnect(): void {
    if (!this.provider.shouldConnect) return
    this.provider.disconnect()
    this.provider.connect()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.provider.destroy()
    // The local copy flushes what it has queued and closes; its data stays for the next visit.
    void this.localCopy?.destroy()
    this.doc.destroy()
  }

  private onStatus(status: ProviderStatus): void {
    if (this.destroyed) return
    this.status = status
    if (status === 'connected') {
      this.failedAttempts = 0
      if (this.saveFailedAt !== null) this.clearSaveTroubleIfItLasts()
      // A new connection starts afresh: the server says so again if it still refuses.
      this.tooFast = false
      if (this.full !== null) {
        this.full = null
        this.events.fullChanged()
      }
    }
    this.events.connectionChanged()
  }

  /** `code` is null when this side closed the connection. */
  private onConnectionClose(code: number | null): void {
    if (this.destroyed) return
    if (code === CloseCode.internalError) {
      this.saveFailedAt = Date.now()
      this.events.connectionChanged()
    }
    if (code === CloseCode.documentDamaged && !this.damaged) {
      this.damaged = true
      this.events.connectionChanged()
    }
    // Emitted before the provider forgets the socket: wsconnected still tells whether it had opened.
    if (code === null || this.provider.wsconnected) return
    this.failedAttempts++
    if (this.failedAttempts >= FAILURES_BEFORE_ACCESS_CHECK) this.events.accessInDoubt()
  }

  private onRefusal(reason: string): void {
    console.warn(`PracticeMap: the server refused a change to ${this.name}: ${reason}`)
    const effect = refusalEffect(reason)
    if (effect.kind === 'tooFast') {
      this.tooFast = true
      this.events.connectionChanged()
    } else if (effect.kind === 'full') {
      this.full = effect.reason
      this.events.fullChanged()
    } else this.events.rightsRefused()
  }

  private clearSaveTroubleIfItLasts(): void {
    const failedAt = this.saveFailedAt
    this.after(SAVE_TROUBLE_CLEARS_AFTER_MS, () => {
      if (this.saveFailedAt !== failedAt || !this.provider.wsconnected) return
      this.saveFailedAt = null
      this.events.connectionChanged()
    })
  }

  private after(delay: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, delay)
    this.timers.add(timer)
  }
}
