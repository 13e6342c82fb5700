import { timerProgress, timerRemainingMs } from '../../shared/clock'
import type { TimerState } from '../../shared/schema'

/** What the timer shows at a moment of server time: the same on every device that measured its offset. */
export type TimerStatus = 'unset' | 'ready' | 'running' | 'paused' | 'finished'

export interface TimerView {
  status: TimerStatus
  remainingMs: number
  /** 0..1 of the duration elapsed. */
  progress: number
  /** "4:05", "1:02:03": whole seconds rounded up, so 0:00 shows only once time is really up. */
  text: string
}

export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

export function timerView(timer: TimerState, serverNow: number): TimerView {
  const remainingMs = timerRemainingMs(timer, serverNow)
  const status: TimerStatus =
    timer.durationMs <= 0
      ? 'unset'
      : remainingMs <= 0
        ? 'finished'
        : timer.endsAt !== null
          ? 'running'
          : remainingMs >= timer.durationMs
            ? 'ready'
            : 'paused'
  return {
    status,
    remainingMs,
    progress: timerProgress(timer, serverNow),
    text: formatCountdown(remainingMs),
  }
}

/** Whether the timer just reached zero while this device watched it (the moment for a gentle signal). */
export function reachedZero(previous: TimerStatus | null, next: TimerStatus): boolean {
  return previous === 'running' && next === 'finished'
}
