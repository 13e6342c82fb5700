import { type ClockSample, estimateClockOffset } from '../../shared/clock'

/**
 * The client's measured offset to the server's clock, which the shared timer counts in. A round of a few
 * `GET /api/time` requests at the start, again every few minutes (clocks drift, laptops sleep) and after
 * every reconnection (the network path, and so the delays, may have changed). The request with the
 * shortest round trip of a round gives the offset (estimateClockOffset); a round without a single answer
 * keeps the previous one.
 */

export const CLOCK_SAMPLING = {
  samplesPerRound: 5,
  /** Between two requests of a round: the round takes about a second, and no request queues behind another. */
  gapMs: 200,
  everyMs: 5 * 60_000,
  /** After a round without any answer (offline, server restarting). */
  retryMs: 30_000,
  /** A reconnection within this long of the last round's start does not start another one. */
  minIntervalMs: 10_000,
} as const

/** The offset after a round: from its usable samples, else the previous offset (null: none yet). */
export function offsetAfterRound(previous: number | null, samples: readonly ClockSample[]): number | null {
  const usable = samples.filter(
    (sample) =>
      Number.isFinite(sample.serverTime) &&
      Number.isFinite(sample.sentAt) &&
      Number.isFinite(sample.receivedAt) &&
      sample.receivedAt >= sample.sentAt,
  )
  return usable.length === 0 ? previous : estimateClockOffset(usable)
}

/** How long after a round the next one starts: soon after a failed round, else after the usual interval. */
export function nextRoundDelay(roundHadAnswer: boolean): number {
  return roundHadAnswer ? CLOCK_SAMPLING.everyMs : CLOCK_SAMPLING.retryMs
}

/** Whether a reconnection at `now` starts a round at once (not when one ran moments ago or runs now). */
export function resampleOnReconnect(
  now: number,
  lastRoundStartedAt: number | null,
  running: boolean,
): boolean {
  if (running) return false
  return lastRoundStartedAt === null || now - lastRoundStartedAt >= CLOCK_SAMPLING.minIntervalMs
}

export interface ClockSyncOptions {
  /** The server's clock, in ms; rejects when the server cannot be asked. */
  fetchServerTime(): Promise<number>
  onOffset(offset: number): void
  /** The client clock; Date.now by default. */
  now?: () => number
}

/** Runs the rounds; `resample()` after a reconnection, `stop()` when the workshop closes. */
export class ClockSync {
  private offset: number | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private running = false
  private lastRoundStartedAt: number | null = null
  private stopped = false
  private readonly now: () => number

  constructor(private readonly options: ClockSyncOptions) {
    this.now = options.now ?? Date.now
  }

  start(): void {
    void this.round()
  }

  resample(): void {
    if (this.stopped || !resampleOnReconnect(this.now(), this.lastRoundStartedAt, this.running)) return
    void this.round()
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private async round(): Promise<void> {
    if (this.stopped || this.running) return
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.running = true
    this.lastRoundStartedAt = this.now()
    const samples: ClockSample[] = []
    for (let index = 0; index < CLOCK_SAMPLING.samplesPerRound && !this.stopped; index++) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, CLOCK_SAMPLING.gapMs))
      const sentAt = this.now()
      try {
        const serverTime = await this.options.fetchServerTime()
        samples.push({ sentAt, serverTime, receivedAt: this.now() })
      } catch {
        // One lost answer on a flaky connection: the others of the round may do.
      }
    }
    this.running = false
    if (this.stopped) return
    const offset = offsetAfterRound(this.offset, samples)
    if (offset !== null && offset !== this.offset) {
      this.offset = offset
      this.options.onOffset(offset)
    }
    this.timer = setTimeout(() => void this.round(), nextRoundDelay(samples.length > 0))
  }
}

/** `GET /api/time`, never from a cache: a stored answer would be a wrong clock. */
export async function fetchServerTime(): Promise<number> {
  const controller = new AbortController()
  const timeout = setTimeout(() => controller.abort(), 5000)
  try {
    const response = await fetch('/api/time', { cache: 'no-store', signal: controller.signal })
    if (!response.ok) throw new Error(`GET /api/time answered ${response.status}`)
    const body = (await response.json()) as { now?: unknown }
    if (typeof body.now !== 'number' || !Number.isFinite(body.now)) throw new Error('no time in the answer')
    return body.now
  } finally {
    clearTimeout(timeout)
  }
}
