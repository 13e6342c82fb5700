import { createHistogram, performance } from 'node:perf_hooks'
import type { Logger } from './log'
import { encodeStateWithoutPending } from './pendingUpdates'
import type { Room, RoomPeer } from './rooms'
import type { DocumentStore } from './storage/documentStore'

interface PendingUpdate {
  room: Room
  update: Uint8Array
  /** The connection that made it, if any: it gets its echo after everyone else. */
  author: RoomPeer | undefined
  /** performance.now() when it arrived: its wait for the commit is what storage adds to everyone's latency. */
  enqueuedAt: number
}

/** How long changes waited between arriving and being committed (so broadcast), since the server started. */
export interface CommitWait {
  count: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export interface CommitStats {
  batches: number
  updates: number
  lastBatchMs: number
  maxBatchMs: number
}

export interface PersistenceOptions {
  store: DocumentStore
  log: Logger
  /** Log rows of one document after which it is compacted into a snapshot. */
  compactionThreshold: number
  /** Called when a commit failed: those rooms' documents now hold changes that storage does not. */
  onCommitFailed(rooms: Room[]): void
}

/**
 * Commit before broadcast: every change a client makes is written to storage before any client, the
 * sender included, is told about it. So whatever a client has seen echoed survives `kill -9`, and what was
 * not yet committed is still held by its sender, whose provider re-sends it on reconnect (the CRDT makes
 * that idempotent).
 *
 * To keep that cheap, the changes of one event-loop turn, from all rooms, go into one transaction, flushed
 * by `setImmediate` right after the turn's I/O callbacks. Commits and compactions run one at a time, in
 * order, so broadcasts keep the order in which the changes were made and a compaction never races a commit.
 */
export class UpdatePersistence {
  private pending: PendingUpdate[] = []
  private flushScheduled = false
  private tail: Promise<void> = Promise.resolve()
  readonly stats: CommitStats = { batches: 0, updates: 0, lastBatchMs: 0, maxBatchMs: 0 }
  /** In microseconds: commit before broadcast puts this wait in front of every delivery. */
  private readonly waits = createHistogram()

  constructor(private readonly options: PersistenceOptions) {}

  /** Changes waiting for their commit: stays small unless storage cannot keep up. */
  get backlog(): number {
    return this.pending.length
  }

  get commitWait(): CommitWait {
    const ms = (micros: number) => (this.waits.count === 0 ? 0 : micros / 1000)
    return {
      count: this.waits.count,
      p50Ms: ms(this.waits.percentile(50)),
      p99Ms: ms(this.waits.percentile(99)),
      maxMs: ms(this.waits.max),
    }
  }

  enqueue(room: Room, update: Uint8Array, author?: RoomPeer): void {
    this.pending.push({ room, update, author, enqueuedAt: performance.now() })
    if (this.flushScheduled) return
    this.flushScheduled = true
    setImmediate(() => {
      this.flushScheduled = false
      void this.flush()
    })
  }

  /** Commits everything enqueued so far; resolves once it is committed and broadcast (or has failed). */
  flush(): Promise<void> {
    if (this.pending.length === 0) return this.tail
    // The batch is taken when its turn comes, not now: while a slow store is busy, every turn's changes
    // wait together and go into the next commit as one transaction, instead of queueing one commit each.
    return this.run(() => {
      const batch = this.pending
      this.pending = []
      return batch.length > 0 ? this.commit(batch) : Promise.resolve()
    })
  }

  /** Folds the room's log into a snapshot of its live document, after everything pending is committed. */
  compact(room: Room): Promise<void> {
    void this.flush()
    return this.run(() => this.compactNow(room))
  }

  private run(task: () => Promise<void>): Promise<void> {
    const next = this.tail.then(task).catch((error: unknown) => {
      this.options.log.error('persistence task failed', { error })
    })
    this.tail = next
    return next
  }

  private async commit(batch: PendingUpdate[]): Promise<void> {
    // Rooms discarded after a failed commit lost their connections; their changes are re-sent on reconnect.
    const live = batch.filter((entry) => entry.room.isOpen)
    if (live.length === 0) return
    const started = performance.now()
    let seqs: number[]
    try {
      seqs = await this.options.store.appendUpdates(
        live.map(({ room, update }) => ({ documentName: room.name, update })),
      )
    } catch (error) {
      const rooms = [...new Set(live.map((entry) => entry.room))]
      this.options.log.error('could not save document updates; closing their rooms', {
        error,
        updates: live.length,
        documents: rooms.map((room) => room.name),
      })
      this.options.onCommitFailed(rooms)
      return
    }
    this.record(live, started, performance.now())
    live.forEach((entry, index) => {
      entry.room.acceptCommitted(entry.update, seqs[index] ?? 0, entry.author)
    })
    for (const room of new Set(live.map((entry) => entry.room))) {
      if (room.logRows > this.options.compactionThreshold) await this.compactNow(room)
    }
  }

  private record(batch: readonly PendingUpdate[], started: number, committedAt: number): void {
    const milliseconds = committedAt - started
    this.stats.batches += 1
    this.stats.updates += batch.length
    this.stats.lastBatchMs = milliseconds
    this.stats.maxBatchMs = Math.max(this.stats.maxBatchMs, milliseconds)
    for (const entry of batch)
      this.waits.record(Math.max(1, Math.round((committedAt - entry.enqueuedAt) * 1000)))
  }

  private async compactNow(room: Room): Promise<void> {
    if (!room.isOpen || room.logRows === 0) return
    // Every committed row up to committedSeq is in the live document, so the snapshot covers them all.
    // Changes applied but not yet committed may be in it too; their rows come later and replay harmlessly.
    const coveredSeq = room.committedSeq
    const rowsFolded = room.logRows
    // Without pending changes: they are not in the document, and storage must not hold them as if they were.
    const snapshot = encodeStateWithoutPending(room.doc)
    try {
      await this.options.store.compactDocument(room.name, snapshot, coveredSeq)
    } catch (error) {
      // The log is intact, so nothing is lost; the next commit or unload tries again.
      this.options.log.warn('could not compact document', { document: room.name, error })
      return
    }
    room.noteCompacted(coveredSeq, rowsFolded, snapshot.byteLength)
    this.options.log.debug('compacted document', {
      document: room.name,
      rows: rowsFolded,
      bytes: snapshot.length,
    })
  }
}
