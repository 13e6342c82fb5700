import { MessageType, SyncMessageType } from '../shared/protocol'
import { MessageBudget, TokenBucket } from './budget'
import { type ClientMessage, decodeClientMessage } from './protocol'

/**
 * What one connection may send, and what happens beyond it. A person pasting 200 cards or dragging fast
 * stays well within the defaults; a script does not.
 *
 * - Sync messages spend from a budget of messages and bytes (budget.ts). Beyond it the connection is
 *   throttled until the budget is half full again: its changes are refused (the connection tells the
 *   client why, once, and the client keeps them), a step 1 or an awareness query is answered at the end,
 *   and then the server asks for everything it lacks with a sync step 1 (`catchUp`), so the refused changes
 *   arrive as one.
 * - Presence frames spend from a budget of frames: the stock client relays every presence change it hears,
 *   so an honest client sends one per presence frame the room sends (at most one per presenceIntervalMs).
 * - A connection far past either (throttled and sending more than a whole burst anyway, or out of presence
 *   frames) is not read until its budget is half full, and twice as long each time it is paused again right
 *   after (up to LONGEST_PAUSE_MS): reading frames only to refuse them would still cost the server. Frames
 *   already read meanwhile are dropped unread, noting what they owe (a step 1 to answer, changes to ask for
 *   again). Pausing closes nothing, so a script gains nothing by reconnecting, and an honest client that
 *   somehow got there loses nothing: what it sent is asked for again.
 */

/**
 * A connection paused again within a second of being read again is paused twice as long each time, up to
 * this: a script that floods without pause then costs the server one socket read every ten seconds. It
 * stays well below the heartbeat interval (30 s), so the connection's pongs are still read in time.
 */
export const LONGEST_PAUSE_MS = 10_000
const PAUSED_AGAIN_WITHIN_MS = 1000

export interface SendingLimits {
  connectionMessageBurst: number
  connectionMessagesPerSecond: number
  connectionByteBurst: number
  connectionBytesPerSecond: number
  presenceFrameBurst: number
  presenceFramesPerSecond: number
}

/** What the connection is owed an answer for, or must ask for again, once the client may send again. */
export interface Owed {
  /** The latest state vector of a step 1 not answered yet. */
  step1: Uint8Array | null
  awareness: boolean
  /** Changes were dropped unread (refused ones are the connection's to count). */
  changesDropped: boolean
}

export interface BudgetHost {
  pauseReading(): void
  resumeReading(): void
  /** Throttling ended: ask for what the server lacks, answer what is owed. */
  catchUp(owed: Owed): void
  /** Called once per connection, the first time it is throttled and the first time it is paused. */
  note(event: 'throttled' | 'paused'): void
}

export class ConnectionBudget {
  private readonly messages: MessageBudget
  private readonly presenceFrames: TokenBucket
  private throttleTimer: NodeJS.Timeout | undefined
  private refusedWhileThrottled = 0
  private pauseTimer: NodeJS.Timeout | undefined
  /** Pauses in a row, each soon after the previous one ended, and when the last one ended. */
  private pausesInARow = 0
  private resumedAt = Number.NEGATIVE_INFINITY
  private owed: Owed = { step1: null, awareness: false, changesDropped: false }
  private readonly noted = new Set<'throttled' | 'paused'>()

  constructor(
    private readonly limits: SendingLimits,
    private readonly host: BudgetHost,
  ) {
    this.messages = new MessageBudget({
      messageBurst: limits.connectionMessageBurst,
      messagesPerSecond: limits.connectionMessagesPerSecond,
      byteBurst: limits.connectionByteBurst,
      bytesPerSecond: limits.connectionBytesPerSecond,
    })
    this.presenceFrames = new TokenBucket(limits.presenceFrameBurst, limits.presenceFramesPerSecond)
  }

  /** Reading is paused: frames still delivered are to be dropped (`dropUnread`). */
  get paused(): boolean {
    return this.pauseTimer !== undefined
  }

  /**
   * Whether `message` (a frame of `bytes`) may be handled now. When not, a step 1 or a query is owed an
   * answer, and a change is to be refused as too fast by the caller.
   */
  admit(message: ClientMessage, bytes: number): boolean {
    if (message.kind === 'awareness') {
      if (this.presenceFrames.trySpend(1)) return true
      this.once('paused')
      this.pause(this.presenceFrames.msUntil(this.limits.presenceFrameBurst / 2))
      return false
    }
    if (this.throttleTimer === undefined && this.messages.trySpend(bytes)) return true
    if (this.throttleTimer === undefined) {
      this.refusedWhileThrottled = 0
      this.throttleTimer = setTimeout(this.endThrottle, this.messages.msUntilRecovered())
      this.once('throttled')
    }
    this.refusedWhileThrottled += 1
    if (message.kind === 'syncStep1') this.owed.step1 = message.stateVector
    else if (message.kind === 'queryAwareness') this.owed.awareness = true
    if (this.refusedWhileThrottled > this.limits.connectionMessageBurst) {
      this.once('paused')
      this.pause(this.messages.msUntilRecovered())
    }
    return false
  }

  /** A frame delivered while reading is paused (the rest of what was read at once): not handled. */
  dropUnread(frame: Uint8Array): void {
    if (frame[0] === MessageType.queryAwareness) this.owed.awareness = true
    if (frame[0] !== MessageType.sync) return
    if (frame[1] !== SyncMessageType.step1) {
      this.owed.changesDropped = true
      return
    }
    const decoded = decodeClientMessage(frame)
    if (decoded.ok && decoded.message.kind === 'syncStep1') this.owed.step1 = decoded.message.stateVector
  }

  private once(event: 'throttled' | 'paused'): void {
    if (this.noted.has(event)) return
    this.noted.add(event)
    this.host.note(event)
  }

  private pause(ms: number): void {
    if (this.pauseTimer !== undefined) return
    const again = performance.now() - this.resumedAt < PAUSED_AGAIN_WITHIN_MS
    this.pausesInARow = again ? this.pausesInARow + 1 : 0
    this.host.pauseReading()
    const wait = Math.min(LONGEST_PAUSE_MS, Math.max(1, ms) * 2 ** this.pausesInARow)
    this.pauseTimer = setTimeout(this.resume, wait)
  }

  private readonly resume = (): void => {
    clearTimeout(this.pauseTimer)
    this.pauseTimer = undefined
    this.resumedAt = performance.now()
    this.host.resumeReading()
    if (this.throttleTimer === undefined) this.settle()
  }

  private readonly endThrottle = (): void => {
    this.throttleTimer = undefined
    if (this.pauseTimer !== undefined) this.resume()
    else this.settle()
  }

  private settle(): void {
    const owed = this.owed
    this.owed = { step1: null, awareness: false, changesDropped: false }
    this.host.catchUp(owed)
  }

  dispose(): void {
    clearTimeout(this.throttleTimer)
    clearTimeout(this.pauseTimer)
    this.throttleTimer = undefined
    this.pauseTimer = undefined
  }
}
