import * as Y from 'yjs'
import {
  boardDocumentName,
  parseDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../shared/documentNames'
import {
  compareWorkshops,
  countCards,
  HISTORY_LABEL_LIMIT,
  type HistoryReason,
  type HistorySnapshotSummary,
  readWorkshopContent,
  restoreBoardDocument,
  restoreParticipationDocument,
  restoreWorkshopDocument,
} from '../shared/history'
import { newId } from '../shared/ids'
import type { OpenedSnapshot, RestoreResult } from '../shared/protocol'
import { readPractices } from '../shared/readers'
import { buildReport } from '../shared/report'
import { currentPhase, readSession } from '../shared/sessionOperations'
import type { Logger } from './log'
import type { Room, RoomRegistry } from './rooms'
import type { DocumentStore, HistorySnapshot, InitialDocument } from './storage/documentStore'
import { readWorkshopDocuments, type WorkshopDocuments } from './workshopDocuments'

/**
 * Workshop history on the server: taking snapshots (by hand, and automatically whenever a workshop's phase
 * changes), opening one next to the workshop as it is now, and restoring one. shared/history.ts holds the
 * pure parts (compare, restore); this file reads and writes documents and storage.
 */

export interface HistoryOptions {
  store: Pick<
    DocumentStore,
    'loadDocument' | 'saveHistorySnapshot' | 'listHistorySnapshots' | 'loadHistorySnapshot'
  >
  registry: RoomRegistry
  log: Logger
  now(): number
}

/** A snapshot's documents rebuilt into Y.Docs, by role; `release` destroys them. */
interface SnapshotDocuments {
  workshop: Y.Doc
  boards: Map<string, Y.Doc>
  participation: Y.Doc
  release(): void
}

function openSnapshotDocuments(snapshot: HistorySnapshot): SnapshotDocuments {
  const workshop = new Y.Doc()
  const participation = new Y.Doc()
  const boards = new Map<string, Y.Doc>()
  for (const { documentName, state } of snapshot.documents) {
    const address = parseDocumentName(documentName)
    if (!address || address.workshopId !== snapshot.workshopId) continue
    let doc: Y.Doc
    if (address.kind === 'workshop') doc = workshop
    else if (address.kind === 'participation') doc = participation
    else {
      doc = new Y.Doc()
      boards.set(address.practiceId, doc)
    }
    Y.applyUpdate(doc, state)
  }
  return {
    workshop,
    boards,
    participation,
    release: () => {
      workshop.destroy()
      participation.destroy()
      for (const board of boards.values()) board.destroy()
    },
  }
}

/** The documents a snapshot holds, by name: the workshop's, each of its boards', its participation. */
function documentsByName(workshopId: string, documents: WorkshopDocuments): Map<string, Y.Doc> {
  return new Map([
    [workshopDocumentName(workshopId), documents.workshop],
    ...[...documents.boards].map(
      ([practiceId, board]) => [boardDocumentName(workshopId, practiceId), board] as const,
    ),
    [participationDocumentName(workshopId), documents.participation],
  ])
}

/** What taking a snapshot gave: a new one, or (`taken` false) the latest one, whose content is the same. */
export interface TakenSnapshot {
  snapshot: HistorySnapshotSummary
  taken: boolean
}

function summaryOf({ documents: _documents, ...summary }: HistorySnapshot): HistorySnapshotSummary {
  return summary
}

/** Lets the event loop run (sockets, other rooms) between two documents of a long copy. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export class WorkshopHistory {
  /** Per workshop, the end of its queue of snapshots: one is taken at a time, in the order asked. */
  private readonly queues = new Map<string, Promise<void>>()
  /**
   * Per workshop, how many changes its rooms committed here (seen by watchPhaseChanges). A count, not a
   * storage sequence number: those are per document where instances share storage, so the highest one of
   * a workshop does not grow with every change.
   */
  private readonly committedChanges = new Map<string, number>()
  /** Per workshop, the count as it was when its latest snapshot read the documents. */
  private readonly snapshotChanges = new Map<string, number>()
  /** Per workshop, the label of the phase-change snapshot waiting in its queue, if one is waiting. */
  private readonly waitingPhase = new Map<string, string>()

  constructor(private readonly options: HistoryOptions) {}

  /** Runs `task` after every snapshot of the workshop asked for before it has finished. */
  private serially<T>(workshopId: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(workshopId) ?? Promise.resolve()).then(task)
    const end = run.then(
      () => {},
      () => {},
    )
    this.queues.set(workshopId, end)
    void end.then(() => {
      if (this.queues.get(workshopId) === end) this.queues.delete(workshopId)
    })
    return run
  }

  /** True when no change of the workshop was committed since its latest snapshot read the documents. */
  private unchangedSinceSnapshot(workshopId: string): boolean {
    const committed = this.committedChanges.get(workshopId)
    const snapshot = this.snapshotChanges.get(workshopId)
    return committed !== undefined && snapshot !== undefined && committed <= snapshot
  }

  private forget(workshopId: string): void {
    this.committedChanges.delete(workshopId)
    this.snapshotChanges.delete(workshopId)
    this.waitingPhase.delete(workshopId)
  }

  list(workshopId: string): Promise<HistorySnapshotSummary[]> {
    return this.options.store.listHistorySnapshots(workshopId)
  }

  /**
   * Snapshots the workshop as it is now: live rooms where loaded, else storage. When its content equals the
   * workshop's latest snapshot, nothing is stored and that snapshot is the answer (`taken` false): a
   * snapshot that changes nothing only takes room. A manual snapshot beyond MANUAL_SNAPSHOTS_LIMIT rejects
   * with ManualSnapshotLimitError.
   */
  take(workshopId: string, reason: HistoryReason, label: string): Promise<TakenSnapshot> {
    return this.serially(workshopId, () => this.takeNow(workshopId, reason, label))
  }

  /**
   * take() without the queue. Copying a big workshop takes a while, so the event loop gets a turn between
   * documents; changes committed meanwhile are in the next snapshot (the count is read first).
   */
  private async takeNow(workshopId: string, reason: HistoryReason, label: string): Promise<TakenSnapshot> {
    const { store, registry, now } = this.options
    const changes = this.committedChanges.get(workshopId)
    const documents = await readWorkshopDocuments(store, registry, workshopId)
    try {
      const named = documentsByName(workshopId, documents)
      const latest = await this.latestIfUnchanged(workshopId, named)
      if (latest) {
        if (changes !== undefined) this.snapshotChanges.set(workshopId, changes)
        return { snapshot: latest, taken: false }
      }
      const states: InitialDocument[] = []
      for (const [documentName, doc] of named) {
        await yieldToEventLoop()
        states.push({ documentName, state: Y.encodeStateAsUpdate(doc) })
      }
      const snapshot: HistorySnapshot = {
        id: newId(),
        workshopId,
        createdAt: now(),
        reason,
        label: label.trim().slice(0, HISTORY_LABEL_LIMIT),
        cardCount: countCards(readWorkshopContent(documents)),
        documents: states,
      }
      await store.saveHistorySnapshot(snapshot)
      if (changes !== undefined) this.snapshotChanges.set(workshopId, changes)
      this.options.log.info('history snapshot taken', { workshop: workshopId, snapshot: snapshot.id, reason })
      return { snapshot: summaryOf(snapshot), taken: true }
    } finally {
      documents.release()
    }
  }

  /**
   * The workshop's latest snapshot when it holds exactly the documents in `named` with the same content,
   * else null. Same content means the same state vector (no insertion since) and the same delete set (no
   * deletion since), document by document: what Y.equalSnapshots compares.
   */
  private async latestIfUnchanged(
    workshopId: string,
    named: Map<string, Y.Doc>,
  ): Promise<HistorySnapshotSummary | null> {
    const { store } = this.options
    const [latest] = await store.listHistorySnapshots(workshopId)
    if (!latest) return null
    const stored = await store.loadHistorySnapshot(workshopId, latest.id)
    if (!stored || stored.documents.length !== named.size) return null
    for (const { documentName, state } of stored.documents) {
      const now = named.get(documentName)
      if (!now) return null
      await yieldToEventLoop()
      const then = new Y.Doc()
      try {
        Y.applyUpdate(then, state)
        if (!Y.equalSnapshots(Y.snapshot(then), Y.snapshot(now))) return null
      } finally {
        then.destroy()
      }
    }
    return latest
  }

  /** The snapshot, the workshop as it was then, and what changed since; null when there is no such snapshot. */
  async open(workshopId: string, snapshotId: string): Promise<OpenedSnapshot | null> {
    const { store, registry } = this.options
    const snapshot = await store.loadHistorySnapshot(workshopId, snapshotId)
    if (!snapshot) return null
    const then = openSnapshotDocuments(snapshot)
    try {
      const current = await readWorkshopDocuments(store, registry, workshopId)
      try {
        return {
          snapshot: summaryOf(snapshot),
          report: buildReport(then),
          changes: compareWorkshops(readWorkshopContent(then), readWorkshopContent(current)),
        }
      } finally {
        current.release()
      }
    } finally {
      then.release()
    }
  }

  /**
   * Makes the workshop's content what the snapshot holds, as new changes in every live document, after
   * snapshotting the current state (so the restore can be undone by restoring that). Boards go first, so a
   * practice that comes back appears with its cards; the session (current phase, timer) is left alone.
   */
  async restore(workshopId: string, snapshotId: string): Promise<RestoreResult | null> {
    const { store, registry, log } = this.options
    const snapshot = await store.loadHistorySnapshot(workshopId, snapshotId)
    if (!snapshot) return null
    const { snapshot: before } = await this.take(workshopId, 'beforeRestore', snapshotId)
    const then = openSnapshotDocuments(snapshot)
    try {
      for (const practice of readPractices(then.workshop)) {
        const board = then.boards.get(practice.id) ?? new Y.Doc()
        await registry.change(boardDocumentName(workshopId, practice.id), (live) =>
          restoreBoardDocument(live, board),
        )
        if (!then.boards.has(practice.id)) board.destroy()
      }
      await registry.change(participationDocumentName(workshopId), (live) =>
        restoreParticipationDocument(live, then.participation),
      )
      await registry.change(workshopDocumentName(workshopId), (live) =>
        restoreWorkshopDocument(live, then.workshop),
      )
    } finally {
      then.release()
    }
    log.info('history snapshot restored', { workshop: workshopId, snapshot: snapshotId, before: before.id })
    return { restored: summaryOf(snapshot), before }
  }

  /**
   * Snapshots a workshop each time its current phase changes, once the change is committed. The phase a
   * workshop document has when its room opens is where it stood before; loading is not a change.
   *
   * Quick phase changes are coalesced: while one snapshot is being taken, at most one more waits, labelled
   * with the newest phase; when its turn comes and nothing was committed since the previous snapshot read
   * the documents (it already holds this phase), it is skipped without copying anything.
   */
  watchPhaseChanges(): () => void {
    const { registry, log } = this.options
    const phaseOf = (room: Room): string | null => readSession(room.doc).currentPhaseId
    const known = new WeakMap<Room, string | null>()
    const snapshotPhase = (workshopId: string, label: string) => {
      const waiting = this.waitingPhase.has(workshopId)
      this.waitingPhase.set(workshopId, label)
      if (waiting) return
      this.serially(workshopId, async () => {
        const newest = this.waitingPhase.get(workshopId) ?? label
        this.waitingPhase.delete(workshopId)
        if (registry.isWorkshopDeleted(workshopId)) return this.forget(workshopId)
        if (this.unchangedSinceSnapshot(workshopId)) return
        await this.takeNow(workshopId, 'phaseChange', newest)
      }).catch((error: unknown) => {
        // A workshop deleted meanwhile has no history to keep (storage refuses it): not an error.
        if (registry.isWorkshopDeleted(workshopId)) return this.forget(workshopId)
        log.error('could not take a history snapshot', { workshop: workshopId, error })
      })
    }
    return registry.watch({
      opened: (room) => {
        if (parseDocumentName(room.name)?.kind === 'workshop') known.set(room, phaseOf(room))
      },
      committed: (room) => {
        const address = parseDocumentName(room.name)
        if (!address) return
        this.committedChanges.set(
          address.workshopId,
          (this.committedChanges.get(address.workshopId) ?? 0) + 1,
        )
        if (!known.has(room)) return
        const session = readSession(room.doc)
        if (session.currentPhaseId === known.get(room)) return
        known.set(room, session.currentPhaseId)
        const phase = currentPhase(session)
        // Ending the session (no current phase) is not a new phase to remember.
        if (!phase) return
        snapshotPhase(address.workshopId, phase.name.trim() || phase.kind)
      },
    })
  }
}
