import { useEffect, useRef, useState } from 'react'
import { reachedZero, type TimerStatus, timerView } from '../session/countdown'
import { useFacilitation, useServerNow } from '../session/facilitationContext'

/** How long the "time is up" pulse lasts. */
const RINGING_MS = 6000

/**
 * A short, soft two-note chime, only once the person has interacted with the page (browsers refuse sound
 * before that, and a sound nobody asked for is rude anyway).
 */
function playSoftChime(): void {
  try {
    if (!(navigator.userActivation?.hasBeenActive ?? false)) return
    const context = new AudioContext()
    const start = context.currentTime
    for (const [index, frequency] of [659.25, 880].entries()) {
      const at = start + index * 0.28
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0, at)
      gain.gain.linearRampToValueAtTime(0.07, at + 0.04)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(at)
      oscillator.stop(at + 0.95)
    }
    setTimeout(() => void context.close().catch(() => {}), 1500)
  } catch {
    // No audio here: the visual signal is enough.
  }
}

/**
 * The shared countdown as this screen shows it now, and whether it rings: it chimes once on reaching zero
 * and rings for a few seconds; a timer given more time (or reset) while it still rings stops at once.
 */
export function useCountdown(): { view: ReturnType<typeof timerView>; ringing: boolean } {
  const timer = useFacilitation((state) => state.session.timer)
  const now = useServerNow(timer.endsAt !== null)
  const view = timerView(timer, now)
  const previous = useRef<TimerStatus | null>(null)
  const [rang, setRang] = useState(false)

  useEffect(() => {
    const was = previous.current
    previous.current = view.status
    if (!reachedZero(was, view.status)) return
    setRang(true)
    playSoftChime()
    const stop = setTimeout(() => setRang(false), RINGING_MS)
    return () => clearTimeout(stop)
  }, [view.status])
  return { view, ringing: rang && view.status === 'finished' }
}
