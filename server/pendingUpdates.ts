import * as Y from 'yjs'

/**
 * Changes Yjs holds back because they depend on a change it has not seen ("pending"): a client whose
 * earlier change was refused, two tabs racing each other, or a script sending a deliberate gap. Yjs keeps
 * them in the document's store, re-merges them with every new update, and includes them in every
 * `encodeStateAsUpdate`; nothing is stored or broadcast, since no change happened. Left alone they are
 * unbounded: memory grows with each one, and joiners download bytes nobody stored.
 *
 * So a room bounds them, in bytes and in age: past either they are dropped, and each connection that
 * contributed is sent a sync step 1. An honest client answers with everything the server lacks, which
 * includes what its change depended on (it had that, or could not have made the change); a gap nobody
 * can fill costs its sender one more round trip, and nobody else anything.
 */

export interface PendingLimits {
  maxPendingBytes: number
  maxPendingMs: number
}

/** The bytes a document holds pending. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
}

/**
 * Runs `encode` with the document's pending changes set aside, so what it encodes is only what the
 * document really contains: `Y.encodeStateAsUpdate` would add them otherwise.
 */
export function withoutPending<T>(doc: Y.Doc, encode: () => T): T {
  const { pendingStructs, pendingDs } = doc.store
  if (pendingStructs === null && pendingDs === null) return encode()
  doc.store.pendingStructs = null
  doc.store.pendingDs = null
  try {
    return encode()
  } finally {
    doc.store.pendingStructs = pendingStructs
    doc.store.pendingDs = pendingDs
  }
}

/** The whole document, or what a client with `stateVector` lacks, without pending changes. */
export function encodeStateWithoutPending(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  return withoutPending(doc, () => Y.encodeStateAsUpdate(doc, stateVector))
}

/** One room's pending changes: who sent them, since when, and the timer that ends their wait. */
export class PendingGuard<Peer> {
  private readonly contributors = new Set<Peer>()
  private since: number | null = null
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly doc: Y.Doc,
    private readonly limits: PendingLimits,
    /** Called with the connections whose pending changes were dropped, to ask them again. */
    private readonly onDropped: (contributors: Peer[], bytes: number) => void,
  ) {}

  /**
   * To be called after every client update is applied (`peer`: its sender), and after the document is
   * loaded (no peer: storage of an older server may hold pending changes in a snapshot).
   */
  afterApply(peer?: Peer): void {
    const bytes = pendingBytes(this.doc)
    if (bytes === 0) {
      this.clear()
      return
    }
    if (peer !== undefined) this.contributors.add(peer)
    if (bytes > this.limits.maxPendingBytes) {
      this.drop()
      return
    }
    if (this.since === null) {
      this.since = performance.now()
      this.timer = setTimeout(() => this.drop(), this.limits.maxPendingMs)
      this.timer.unref()
    }
  }

  /** A peer left: it is not asked again. */
  forget(peer: Peer): void {
    this.contributors.delete(peer)
  }

  private drop(): void {
    const bytes = pendingBytes(this.doc)
    this.doc.store.pendingStructs = null
    this.doc.store.pendingDs = null
    const contributors = [...this.contributors]
    this.clear()
    if (bytes > 0) this.onDropped(contributors, bytes)
  }

  private clear(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.since = null
    this.contributors.clear()
  }

  dispose(): void {
    this.clear()
  }
}
