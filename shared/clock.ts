import type { TimerState } from './schema'

/**
 * Server time on a client: every client measures its clock's offset to the server's and counts down to
 * the timer's server-time end, so everyone sees the same remaining time whatever their device clock says.
 */

export interface ClockSample {
  /** Client clock when the request left. */
  sentAt: number
  /** Server clock in the answer. */
  serverTime: number
  /** Client clock when the answer arrived. */
  receivedAt: number
}

/**
 * Offset to add to the client clock to get server time, from the sample with the shortest round trip
 * (the least room for asymmetric delay), assuming the server read its clock halfway through.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined
  for (const sample of samples) {
    if (sample.receivedAt < sample.sentAt) continue
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample
  }
  if (!best) return 0
  return best.serverTime - (best.sentAt + best.receivedAt) / 2
}

export function isTimerRunning(timer: TimerState): boolean {
  return timer.endsAt !== null
}

/** Milliseconds left at `serverNow`, never below zero. */
export function timerRemainingMs(timer: TimerState, serverNow: number): number {
  const remaining = timer.endsAt === null ? timer.remainingMs : timer.endsAt - serverNow
  return Math.max(0, remaining)
}

/** Share of the duration that has elapsed, 0..1, for a progress bar. */
export function timerProgress(timer: TimerState, serverNow: number): number {
  if (timer.durationMs <= 0) return 0
  return Math.min(1, Math.max(0, 1 - timerRemainingMs(timer, serverNow) / timer.durationMs))
}

export const NO_TIMER: TimerState = { durationMs: 0, endsAt: null, remainingMs: 0 }
export const ONE_MINUTE_MS = 60_000
/** A day: a longer countdown is a typing slip, not a workshop. */
export const MAX_TIMER_MS = 24 * 60 * ONE_MINUTE_MS

/** A stopped timer of `durationMs` (setting a duration stops a running one). */
export function timerWithDuration(durationMs: number): TimerState {
  const duration = Math.min(MAX_TIMER_MS, Math.max(0, Math.round(durationMs)))
  return { durationMs: duration, endsAt: null, remainingMs: duration }
}

export function startedTimer(timer: TimerState, serverNow: number): TimerState {
  if (isTimerRunning(timer) || timer.remainingMs <= 0) return timer
  return { ...timer, endsAt: serverNow + timer.remainingMs }
}

export function pausedTimer(timer: TimerState, serverNow: number): TimerState {
  if (!isTimerRunning(timer)) return timer
  return { ...timer, endsAt: null, remainingMs: timerRemainingMs(timer, serverNow) }
}

/** One more minute: on the clock if it runs (from now, if it had already reached zero), else on what is left. */
export function timerPlusMinute(timer: TimerState, serverNow: number): TimerState {
  const remaining = timerRemainingMs(timer, serverNow) + ONE_MINUTE_MS
  const durationMs = Math.min(
    MAX_TIMER_MS,
    Math.max(timer.durationMs, remaining, timer.durationMs + ONE_MINUTE_MS),
  )
  if (timer.endsAt !== null) return { durationMs, endsAt: serverNow + remaining, remainingMs: 0 }
  return { durationMs, endsAt: null, remainingMs: remaining }
}

export function resetTimer(timer: TimerState): TimerState {
  return { durationMs: timer.durationMs, endsAt: null, remainingMs: timer.durationMs }
}
