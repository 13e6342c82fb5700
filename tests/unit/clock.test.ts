import { describe, expect, it } from 'vitest'
import {
  estimateClockOffset,
  NO_TIMER,
  pausedTimer,
  resetTimer,
  startedTimer,
  timerPlusMinute,
  timerProgress,
  timerRemainingMs,
  timerWithDuration,
} from '../../shared/clock'

describe('clock offset', () => {
  it('takes the sample with the shortest round trip and assumes the server read its clock halfway', () => {
    // The client's clock is 10 s behind the server's.
    const offset = estimateClockOffset([
      { sentAt: 1000, serverTime: 11_400, receivedAt: 1600 }, // slow, asymmetric: 600 ms round trip
      { sentAt: 2000, serverTime: 12_020, receivedAt: 2040 }, // 40 ms round trip
      { sentAt: 3000, serverTime: 13_100, receivedAt: 3300 },
    ])
    expect(offset).toBe(10_000)
  })

  it('is zero without usable samples', () => {
    expect(estimateClockOffset([])).toBe(0)
    expect(estimateClockOffset([{ sentAt: 10, serverTime: 99, receivedAt: 5 }])).toBe(0)
  })

  it('gives two clients with different device clocks the same remaining time', () => {
    const timer = startedTimer(timerWithDuration(300_000), 1_000_000)
    const serverNow = 1_060_000
    const fastDevice = { clock: serverNow + 90_000, offset: -90_000 }
    const slowDevice = { clock: serverNow - 45_000, offset: 45_000 }
    for (const device of [fastDevice, slowDevice]) {
      expect(timerRemainingMs(timer, device.clock + device.offset)).toBe(240_000)
    }
  })
})

describe('timer', () => {
  const fiveMinutes = timerWithDuration(300_000)

  it('counts down from its end time while running and never below zero', () => {
    const running = startedTimer(fiveMinutes, 1000)
    expect(running.endsAt).toBe(301_000)
    expect(timerRemainingMs(running, 61_000)).toBe(240_000)
    expect(timerProgress(running, 151_000)).toBeCloseTo(0.5)
    expect(timerRemainingMs(running, 999_999)).toBe(0)
    expect(timerProgress(running, 999_999)).toBe(1)
  })

  it('pauses with what is left, resumes from there, and ignores a second start', () => {
    const running = startedTimer(fiveMinutes, 0)
    const paused = pausedTimer(running, 100_000)
    expect(paused).toEqual({ durationMs: 300_000, endsAt: null, remainingMs: 200_000 })
    expect(timerRemainingMs(paused, 9_999_999)).toBe(200_000)
    const resumed = startedTimer(paused, 500_000)
    expect(resumed.endsAt).toBe(700_000)
    expect(startedTimer(resumed, 600_000)).toBe(resumed)
  })

  it('adds a minute to a running, a paused and an expired timer', () => {
    const running = startedTimer(fiveMinutes, 0)
    expect(timerRemainingMs(timerPlusMinute(running, 100_000), 100_000)).toBe(260_000)
    expect(timerPlusMinute(pausedTimer(running, 100_000), 0).remainingMs).toBe(260_000)
    const expired = timerPlusMinute(running, 400_000)
    expect(timerRemainingMs(expired, 400_000)).toBe(60_000)
    expect(timerProgress(expired, 400_000)).toBeLessThan(1)
  })

  it('resets to the full duration, stopped', () => {
    expect(resetTimer(pausedTimer(startedTimer(fiveMinutes, 0), 10_000))).toEqual(fiveMinutes)
  })

  it('does not start at zero and caps absurd durations at a day', () => {
    expect(startedTimer(NO_TIMER, 5).endsAt).toBeNull()
    expect(timerWithDuration(1e12).durationMs).toBe(24 * 60 * 60_000)
    expect(timerWithDuration(-5).durationMs).toBe(0)
  })
})
