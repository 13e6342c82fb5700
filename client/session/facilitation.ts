import * as Y from 'yjs'
import { addDraft, deleteDraft, draftCounts, editDraft, readDrafts, revealDrafts } from '../../shared/drafts'
import type { LocalUserOrigin } from '../../shared/origins'
import { copyRecord, withEntry } from '../../shared/ownKeys'
import { readBoard } from '../../shared/readers'
import { cardsMap, groupsMap, type LaneId, phasesMap, sessionMap, votesMap } from '../../shared/schema'
import { boardRules, currentPhase, readSession } from '../../shared/sessionOperations'
import { readBallots, tallyVotes } from '../../shared/voting'
import type { Identity } from '../identity'
import {
  createFacilitationStore,
  type FacilitationState,
  type FacilitationStore,
} from '../store/facilitationStore'
import { type FacilitationPresence, type Peer, type Presence, peerOf, samePeers } from '../store/presence'
import { canWrite, type WorkshopStore } from '../store/workshopStore'
import { ClockSync, fetchServerTime } from './clockSync'
import type { LocalCopy, OpenLocalCopy } from './syncedDocument'

/**
 * How a session runs, for one open workshop: the phases, timer, voting settings, summon and locks of the
 * workshop document; this device's private drafts (a document of their own that never leaves the
 * device); the votes of every board; the clock offset to the server; and what each tab says about itself
 * (done, raised hand, draft counts). The WorkshopSession owns one and hands it its documents; React reads
 * `store`. What changes the workshop's or a board's document is in facilitationActions.ts; what stays
 * here changes this device's own state (drafts, "done", a raised hand, following), each checked against
 * the role where it matters (the server checks again).
 */

export interface FacilitationHost {
  readonly workshopId: string
  readonly workshopDoc: Y.Doc
  /** The session's transaction origin (what its undo managers track). */
  readonly origin: LocalUserOrigin
  readonly store: WorkshopStore
  identity(): Identity
  /** The open board of a practice, if any. */
  boardDoc(practiceId: string): Y.Doc | undefined
  /** Whether the workshop document holds what this device or the server knows (not a blank copy). */
  workshopLoaded(): boolean
  /** Publishes this tab's awareness again (this module's fields changed). */
  republishPresence(): void
  /** Where the drafts are kept on this device (the session's choice, IndexedDB by default); null: nowhere. */
  readonly openLocalCopy: OpenLocalCopy | null
}

/** While drafts wait for a board that cannot take them yet (locked, not loaded), try again this often. */
const REVEAL_RETRY_MS = 5000

/** Kept under `practicemap:drafts:…` in IndexedDB (indexedDbCopy adds the prefix). */
function draftsDocumentName(workshopId: string, userId: string): string {
  return `drafts:${workshopId}:${userId}`
}

interface Remembered {
  following: boolean
  handledSummonId: string | null
}

function rememberedKey(workshopId: string): string {
  return `practicemap:follow:${workshopId}`
}

function readRemembered(workshopId: string): Remembered {
  try {
    const raw = JSON.parse(
      localStorage.getItem(rememberedKey(workshopId)) ?? 'null',
    ) as Partial<Remembered> | null
    return {
      following: raw?.following !== false,
      handledSummonId: typeof raw?.handledSummonId === 'string' ? raw.handledSummonId : null,
    }
  } catch {
    return { following: true, handledSummonId: null }
  }
}

interface WatchedBoard {
  doc: Y.Doc
  stop(): void
}

export class Facilitation {
  readonly store: FacilitationStore
  private readonly host: FacilitationHost
  private readonly drafts: Y.Doc
  private readonly draftsCopy: LocalCopy | null
  private draftsLoaded = false
  private readonly clock: ClockSync
  private readonly boards = new Map<string, WatchedBoard>()
  private readonly dirtyBoards = new Set<string>()
  private flushQueued = false
  private remembered: Remembered
  private revealTimer: ReturnType<typeof setInterval> | null = null
  /** Set while drafts are being revealed: each one removed fires an update that must not start another pass. */
  private revealing = false
  private readonly unsubscribe: () => void
  private destroyed = false
  /** When (this device's clock) the workshop was opened on this page: summons from before are history. */
  readonly openedAt = Date.now()

  constructor(host: FacilitationHost) {
    this.host = host
    this.remembered = readRemembered(host.workshopId)
    this.store = createFacilitationStore(this.remembered.following)

    const doc = host.workshopDoc
    sessionMap(doc).observeDeep(this.mirrorSession)
    phasesMap(doc).observeDeep(this.mirrorSession)
    this.mirrorSession()

    // Drafts never leave this device: an IndexedDB copy and no provider at all.
    this.drafts = new Y.Doc()
    // An observer never writes, so it keeps no drafts on its device either. Without IndexedDB (some
    // private modes), drafts last as long as the page.
    const persistence =
      host.store.getState().role === 'observer'
        ? null
        : (host.openLocalCopy?.(draftsDocumentName(host.workshopId, host.identity().id), this.drafts) ?? null)
    this.draftsCopy = persistence
    this.draftsLoaded = persistence === null
    this.drafts.on('update', this.mirrorDrafts)
    persistence?.whenSynced.then(() => {
      this.draftsLoaded = true
      this.mirrorDrafts()
    })

    this.clock = new ClockSync({
      fetchServerTime,
      onOffset: (clockOffset) => this.set(() => ({ clockOffset })),
    })
    this.clock.start()

    let connection = host.store.getState().connection
    this.unsubscribe = host.store.subscribe((state, previous) => {
      if (state.connection !== connection) {
        const wasConnected = connection === 'connected'
        connection = state.connection
        if (connection === 'connected' && !wasConnected) this.clock.resample()
      }
      if (
        state.ready !== previous.ready ||
        state.practices !== previous.practices ||
        state.boards !== previous.boards ||
        state.role !== previous.role
      ) {
        this.revealIfDue()
      }
    })
  }

  // ---- Reading ----

  /** The server's clock as this device measures it. */
  serverNow(): number {
    return Date.now() + this.store.getState().clockOffset
  }

  /** The fields this tab adds to its awareness state. */
  presence(): FacilitationPresence {
    const { ready, handRaisedAt } = this.store.getState()
    return { role: this.host.store.getState().role, ready, handRaisedAt, drafts: draftCounts(this.drafts) }
  }

  /** Whether a new card on this board is a private draft now (the current phase has private writing). */
  writesDrafts(practiceId: string): boolean {
    const state = this.host.store.getState()
    return (
      state.role !== 'observer' &&
      canWrite(state, 'board', practiceId) &&
      boardRules(this.store.getState().session, state.practices[practiceId]).privateWriting
    )
  }

  // ---- Everyone: done, hands, follow ----

  setReady(done: boolean): void {
    const phaseId = this.store.getState().session.currentPhaseId
    this.setPresence({ ready: done ? phaseId : null })
  }

  setHandRaised(raised: boolean): void {
    this.setPresence({ handRaisedAt: raised ? this.serverNow() : null })
  }

  /** The facilitator lowers someone's hand on this device: it stays down until they raise it again. */
  acknowledgeHand(userId: string, raisedAt: number): void {
    this.set((state) => ({ acknowledgedHands: withEntry(state.acknowledgedHands, userId, raisedAt) }))
  }

  setFollowing(following: boolean): void {
    this.remember({ following })
    this.set((state) => (state.following === following ? state : { following }))
  }

  handledSummonId(): string | null {
    return this.remembered.handledSummonId
  }

  rememberHandledSummon(id: string | null): void {
    if (id !== this.remembered.handledSummonId) this.remember({ handledSummonId: id })
  }

  setSortedByVotes(practiceId: string, sorted: boolean): void {
    this.set((state) => ({ sortedByVotes: withEntry(state.sortedByVotes, practiceId, sorted) }))
  }

  private setPresence(patch: Partial<Pick<FacilitationState, 'ready' | 'handRaisedAt'>>): void {
    this.set(() => patch)
    this.host.republishPresence()
  }

  private remember(patch: Partial<Remembered>): void {
    this.remembered = { ...this.remembered, ...patch }
    try {
      localStorage.setItem(rememberedKey(this.host.workshopId), JSON.stringify(this.remembered))
    } catch {
      // Storage refused: the choice holds for this page.
    }
  }

  // ---- Private writing ----

  addDraft(practiceId: string, lane: LaneId, text: string): string | null {
    if (!text.trim() || !this.writesDrafts(practiceId)) return null
    return addDraft(this.drafts, { practiceId, lane, text }, Date.now(), this.host.origin)
  }

  editDraft(draftId: string, text: string): void {
    if (text.trim()) editDraft(this.drafts, draftId, text, this.host.origin)
  }

  deleteDraft(draftId: string): void {
    deleteDraft(this.drafts, draftId, this.host.origin)
  }

  private readonly mirrorDrafts = (): void => {
    if (this.destroyed) return
    const drafts = readDrafts(this.drafts)
    const previous = this.store.getState().drafts
    if (JSON.stringify(previous) !== JSON.stringify(drafts)) {
      this.set(() => ({ drafts }))
      this.host.republishPresence()
    }
    this.revealIfDue()
  }

  /**
   * When the current phase has no private writing, this device's drafts become cards, each on its board
   * once that board is loaded and this user may write it (a locked board keeps them waiting: the server
   * would refuse the cards, and the drafts would be gone). Not before the workshop document is known: a
   * blank copy says "no phase", which would reveal drafts in the middle of silent writing.
   */
  private revealIfDue(): void {
    if (this.destroyed || !this.draftsLoaded || this.revealing) return
    const drafts = readDrafts(this.drafts)
    if (drafts.length === 0) {
      this.stopRevealRetries()
      return
    }
    if (!this.host.workshopLoaded() || currentPhase(this.store.getState().session)?.privateWriting) {
      this.stopRevealRetries()
      return
    }
    const state = this.host.store.getState()
    const boardOf = (practiceId: string) =>
      state.boards[practiceId]?.ready && canWrite(state, 'board', practiceId)
        ? this.host.boardDoc(practiceId)
        : undefined
    // A draft another tab of this device revealed already is a card by now: drop it rather than write the
    // card again over whatever happened to it since.
    for (const draft of drafts) {
      const board = boardOf(draft.practiceId)
      if (board && cardsMap(board).has(draft.id)) deleteDraft(this.drafts, draft.id, this.host.origin)
    }
    const { id, name, organisation } = this.host.identity()
    this.revealing = true
    try {
      revealDrafts(this.drafts, boardOf, { id, name, organisation }, Date.now(), this.host.origin)
    } finally {
      this.revealing = false
    }
    if (readDrafts(this.drafts).length > 0) this.startRevealRetries()
    else this.stopRevealRetries()
  }

  private startRevealRetries(): void {
    this.revealTimer ??= setInterval(() => this.revealIfDue(), REVEAL_RETRY_MS)
  }

  private stopRevealRetries(): void {
    if (this.revealTimer !== null) clearInterval(this.revealTimer)
    this.revealTimer = null
  }

  // ---- Votes ----

  /** Called by the session for each board it opens: its votes, cards and groups feed the tally. */
  boardOpened(practiceId: string, doc: Y.Doc): void {
    this.boardClosed(practiceId)
    const changed = () => this.markBoard(practiceId)
    const roots = [cardsMap(doc), groupsMap(doc), votesMap(doc)]
    for (const root of roots) root.observeDeep(changed)
    this.boards.set(practiceId, {
      doc,
      stop: () => {
        for (const root of roots) root.unobserveDeep(changed)
      },
    })
    this.markBoard(practiceId)
    this.revealIfDue()
  }

  boardClosed(practiceId: string): void {
    const watched = this.boards.get(practiceId)
    if (!watched) return
    watched.stop()
    this.boards.delete(practiceId)
    this.markBoard(practiceId)
  }

  private markBoard(practiceId: string): void {
    this.dirtyBoards.add(practiceId)
    if (this.flushQueued) return
    this.flushQueued = true
    // Several transactions in a row (a sync, a reveal) read the board once.
    queueMicrotask(() => {
      this.flushQueued = false
      this.flushBoards()
    })
  }

  private flushBoards(): void {
    if (this.destroyed || this.dirtyBoards.size === 0) return
    const next = copyRecord(this.store.getState().voteBoards)
    for (const practiceId of this.dirtyBoards) {
      const watched = this.boards.get(practiceId)
      if (watched) {
        next[practiceId] = { practiceId, board: readBoard(watched.doc), ballots: readBallots(watched.doc) }
      } else delete next[practiceId]
    }
    this.dirtyBoards.clear()
    this.set((state) => ({
      voteBoards: next,
      tallies: tallyVotes(Object.values(next), state.session.voting),
    }))
  }

  // ---- Mirroring ----

  private readonly mirrorSession = (): void => {
    if (this.destroyed) return
    const session = readSession(this.host.workshopDoc)
    const previous = this.store.getState().session
    if (JSON.stringify(previous) === JSON.stringify(session)) return
    const votingChanged = JSON.stringify(previous.voting) !== JSON.stringify(session.voting)
    this.set((state) => ({
      session,
      tallies: votingChanged ? tallyVotes(Object.values(state.voteBoards), session.voting) : state.tallies,
    }))
    // The phase's lock decides what this user may write, as the server decides it.
    const phaseLocked = currentPhase(session)?.locked ?? false
    if (this.host.store.getState().phaseLocked !== phaseLocked) this.host.store.setState({ phaseLocked })
    this.revealIfDue()
  }

  /** What the tabs in the room say about themselves (read once by the session: store/presence.ts). */
  mirrorPeers(presences: readonly Presence[]): void {
    if (this.destroyed) return
    const peers: Peer[] = presences.map(peerOf)
    if (!samePeers(this.store.getState().peers, peers)) this.set(() => ({ peers }))
  }

  private set(update: (state: FacilitationState) => FacilitationState | Partial<FacilitationState>): void {
    if (!this.destroyed) this.store.setState(update)
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.unsubscribe()
    this.clock.stop()
    this.stopRevealRetries()
    sessionMap(this.host.workshopDoc).unobserveDeep(this.mirrorSession)
    phasesMap(this.host.workshopDoc).unobserveDeep(this.mirrorSession)
    for (const watched of this.boards.values()) watched.stop()
    this.boards.clear()
    this.drafts.off('update', this.mirrorDrafts)
    // The persistence flushes what it has queued; the drafts stay on the device for the next visit.
    void this.draftsCopy?.destroy()
    this.drafts.destroy()
  }
}
