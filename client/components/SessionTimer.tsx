import { type FormEvent, useEffect, useRef, useState } from 'react'
import { MAX_TIMER_MS, ONE_MINUTE_MS } from '../../shared/clock'
import { useI18n } from '../i18n'
import { reachedZero, type TimerStatus, timerView } from '../session/countdown'
import { useFacilitation, useFacilitationActions, useServerNow } from '../session/facilitationContext'
import { useRole } from '../session/sessionContext'
import { Icon } from './Icon'

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
 * The shared countdown: the same on every screen (server time, corrected by each device's measured
 * offset), with a progress bar and a gentle signal at zero. Facilitators also get its controls.
 */
export function SessionTimer() {
  const { t } = useI18n()
  const role = useRole()
  const timer = useFacilitation((state) => state.session.timer)
  const running = timer.endsAt !== null
  const now = useServerNow(running)
  const view = timerView(timer, now)
  const previous = useRef<TimerStatus | null>(null)
  const [ringing, setRinging] = useState(false)

  useEffect(() => {
    const was = previous.current
    previous.current = view.status
    if (!reachedZero(was, view.status)) return
    setRinging(true)
    playSoftChime()
    const stop = setTimeout(() => setRinging(false), RINGING_MS)
    return () => clearTimeout(stop)
  }, [view.status])

  const isFacilitator = role === 'facilitator'
  if (view.status === 'unset' && !isFacilitator) return null

  const percent = Math.round(view.progress * 100)
  const className = ['timer', `timer--${view.status}`, ringing ? 'timer--ringing' : '']
    .filter(Boolean)
    .join(' ')

  return (
    <section className={className} aria-label={t.timer.label} data-testid="timer" data-status={view.status}>
      {view.status !== 'unset' && (
        <div className="timer__display">
          <span className="timer__icon">
            <Icon name="clock" size={18} />
          </span>
          <span className="timer__time" data-testid="timer-remaining">
            {view.text}
          </span>
          <div
            className="timer__track"
            role="progressbar"
            aria-label={t.timer.elapsed}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t.timer.left(view.text)}
            data-testid="timer-progress"
          >
            <div className="timer__fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="timer__state" role="status">
            {view.status === 'finished' ? t.timer.timeUp : view.status === 'paused' ? t.timer.paused : ''}
          </span>
        </div>
      )}
      {isFacilitator && <TimerControls status={view.status} />}
    </section>
  )
}

function TimerControls({ status }: { status: TimerStatus }) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const durationMs = useFacilitation((state) => state.session.timer.durationMs)
  const [minutes, setMinutes] = useState(() => (durationMs > 0 ? String(durationMs / ONE_MINUTE_MS) : '5'))

  function set(event: FormEvent) {
    event.preventDefault()
    const value = Number(minutes.replace(',', '.'))
    if (!Number.isFinite(value) || value <= 0) return
    actions.setTimerDuration(Math.min(MAX_TIMER_MS, Math.round(value * ONE_MINUTE_MS)))
  }

  return (
    <fieldset className="timer__controls">
      <legend className="visually-hidden">{t.timer.controls}</legend>
      <form className="timer__set" onSubmit={set}>
        {status === 'unset' && (
          <span className="timer__icon">
            <Icon name="clock" size={18} />
          </span>
        )}
        <input
          className="timer__minutes"
          type="number"
          inputMode="decimal"
          // Six seconds at least: enough for a test of the signal, or a quick countdown before a round.
          min={0.1}
          max={MAX_TIMER_MS / ONE_MINUTE_MS}
          step="any"
          value={minutes}
          aria-label={t.timer.minutes}
          title={t.timer.minutes}
          onChange={(event) => setMinutes(event.target.value)}
          data-testid="timer-minutes"
        />
        <span className="timer__unit" aria-hidden="true">
          {t.timer.minutesShort}
        </span>
        <button
          type="submit"
          className="button button--small button--secondary"
          title={t.timer.setLabel}
          data-testid="timer-set"
        >
          {status === 'unset' ? t.timer.setTimer : t.timer.set}
        </button>
      </form>
      {status === 'unset' ? null : status === 'running' ? (
        <button
          type="button"
          className="button button--small button--secondary timer__button"
          aria-label={t.timer.pause}
          onClick={() => actions.pauseTimer()}
          data-testid="timer-pause"
        >
          <Icon name="pause" size={16} />
          <span>{t.timer.pause}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--primary timer__button"
          aria-label={status === 'paused' ? t.timer.resume : t.timer.start}
          disabled={status === 'finished'}
          onClick={() => actions.startTimer()}
          data-testid="timer-start"
        >
          <Icon name="play" size={16} />
          <span>{status === 'paused' ? t.timer.resume : t.timer.start}</span>
        </button>
      )}
      {status !== 'unset' && (
        <>
          <button
            type="button"
            className="button button--small button--ghost timer__button"
            aria-label={t.timer.addMinuteLabel}
            title={t.timer.addMinuteLabel}
            onClick={() => actions.addTimerMinute()}
            data-testid="timer-add-minute"
          >
            {t.timer.addMinute}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t.timer.resetLabel}
            title={t.timer.resetLabel}
            disabled={status === 'ready'}
            onClick={() => actions.resetTimer()}
            data-testid="timer-reset"
          >
            <Icon name="undo" size={16} />
          </button>
        </>
      )}
    </fieldset>
  )
}
