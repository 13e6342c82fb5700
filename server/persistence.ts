import { createHistogram, performance } from 'node:perf_hooks'
import type * as Y from 'yjs'
import type { CommitWait } from '../shared/protocol'
import type { Logger } from './log'
import { encodeStateWithoutPending } from './pendingUpdates'
import type { DocumentStore } from './storage/documentStore'

/**
 * What persistence needs of a document it commits changes for (a room, in rooms.ts): it reads where the
 * document's storage stands and reports back through the two methods; it changes nothing else of it.
 */
export interface PersistedDocument<Author> {
  readonly name: string
  readonly doc: Y.Doc
  /** False once the document was closed or discarded: its changes are no longer committed. */
  readonly isOpen: boolean
  /** Highest storage sequence number the document contains. */
  readonly committedSeq: number
  /** Log rows stored since the last snapshot. */
  readonly logRows: number
  /** Changes applied to the document whose commit has not succeeded yet. */
  readonly uncommittedUpdates: number
  /** `update` is committed as row `seq`: only now may anyone see it; `author` gets its echo last. */
  acceptCommitted(update: Uint8Array, seq: number, author?: Author): void
  /** A snapshot covering rows up to `coveredSeq` replaced `rowsFolded` log rows. */
  noteCompacted(coveredSeq: number, rowsFolded: number, snapshotBytes: number): void
}

/** Between two attempts at a failing commit. */
const RETRY_PAUSE_MS = 250

interface PendingUpdate<Author, Target extends PersistedDocument<Author>> {
  room: Target
  update: Uint8Array
  /** The connection that made it, if any: it gets its echo after everyone else. */
  author: Author | undefined
  /** performance.now() when it arrived: its wait for the commit is what storage adds to everyone's latency. */
  enqueuedAt: number
}

export interface CommitStats {
  batches: number
  updates: number
  /** Logs folded into a snapshot (a compaction another instance was already running counts too). */
  compactions: number
  lastBatchMs: number
  maxBatchMs: number
}

export interface PersistenceOptions<Target> {
  store: DocumentStore
  log: Logger
  /** Log rows of one document after which it is compacted into a snapshot. */
  compactionThreshold: number
  /**
   * How long a failing commit is tried again before `onCommitFailed` (0: never). Meanwhile nothing is
   * echoed; a database on another machine restarting or failing over is then a pause, not a disconnect.
   */
  commitRetryMs?: number
  /** Called when a commit failed: those rooms' documents now hold changes that storage does not. */
  onCommitFailed(rooms: Target[]): void
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
export class UpdatePersistence<Author, Target extends PersistedDocument<Author> = PersistedDocument<Author>> {
  private pending: PendingUpdate<Author, Target>[] = []
  private flushScheduled = false
  private tail: Promise<void> = Promise.resolve()
  readonly stats: CommitStats = { batches: 0, updates: 0, compactions: 0, lastBatchMs: 0, maxBatchMs: 0 }
  /** In microseconds: commit before broadcast puts this wait in front of every delivery. */
  private readonly waits = createHistogram()

  constructor(private readonly options: PersistenceOptions<Target>) {}

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

  enqueue(room: Target, update: Uint8Array, author?: Author): void {
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
  compact(room: Target): Promise<void> {
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

  private async commit(batch: PendingUpdate<Author, Target>[]): Promise<void> {
    // Rooms discarded after a failed commit lost their connections; their changes are re-sent on reconnect.
    const live = batch.filter((entry) => entry.room.isOpen)
    if (live.length === 0) return
    const started = performance.now()
    let seqs: number[]
    try {
      seqs = await this.appendRetrying(live)
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

  private async appendRetrying(live: readonly PendingUpdate<Author, Target>[]): Promise<number[]> {
    const giveUpAt = performance.now() + (this.options.commitRetryMs ?? 0)
    const rows = live.map(({ room, update }) => ({ documentName: room.name, update }))
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.options.store.appendUpdates(rows)
      } catch (error) {
        // A room closed meanwhile (its workshop deleted) gives up at once: its clients were told already.
        if (performance.now() >= giveUpAt || live.some((entry) => !entry.room.isOpen)) throw error
        if (attempt === 1) this.options.log.warn('could not save document updates; trying again', { error })
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS))
      }
    }
  }

  private record(
    batch: readonly PendingUpdate<Author, Target>[],
    started: number,
    committedAt: number,
  ): void {
    const milliseconds = committedAt - started
    this.stats.batches += 1
    this.stats.updates += batch.length
    this.stats.lastBatchMs = milliseconds
    this.stats.maxBatchMs = Math.max(this.stats.maxBatchMs, milliseconds)
    for (const entry of batch)
      this.waits.record(Math.max(1, Math.round((committedAt - entry.enqueuedAt) * 1000)))
  }

  private async compactNow(room: Target): Promise<void> {
    if (!room.isOpen || room.logRows === 0) return
    // Shared with other instances, a snapshot may hold only committed changes: one of them may apply it and
    // show it, and should this room's commit then fail, a later snapshot from an instance that never had
    // those changes would replace it. The next commit tries again.
    if (this.options.store.sharedByInstances && room.uncommittedUpdates > 0) return
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
    this.stats.compactions += 1
    room.noteCompacted(coveredSeq, rowsFolded, snapshot.byteLength)
    this.options.log.debug('compacted document', {
      document: room.name,
      rows: rowsFolded,
      bytes: snapshot.length,
    })
  }
}
