import { type FormEvent, useId, useState } from 'react'
import { MAX_TIMER_MS, ONE_MINUTE_MS } from '../../shared/clock'
import { useI18n } from '../i18n'
import { formatCountdown, type TimerStatus } from '../session/countdown'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { useRole } from '../session/sessionContext'
import { Disclosure } from '../ui/Disclosure'
import { Icon, type IconName } from '../ui/Icon'
import { useCountdown } from './useCountdown'

/** One tap for the lengths a workshop uses most. */
const PRESET_MINUTES = [3, 5, 10, 15] as const

/** Minutes as a person types them: "5", "1.5". */
function minutesText(durationMs: number): string {
  return String(Math.round(durationMs / 600) / 100)
}

/**
 * The shared countdown: the same on every screen (server time, corrected by each device's measured
 * offset), with a progress bar and a gentle signal at zero. Facilitators also get its controls: the one
 * that matters now (start, pause, resume, start again) and "+1 min" in the bar, the length in a panel.
 */
export function SessionTimer() {
  const { t } = useI18n()
  const role = useRole()
  const { view, ringing } = useCountdown()

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

/** The facilitator's timer buttons: what to do now, one more minute, and the panel with the length. */
function TimerControls({ status }: { status: TimerStatus }) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const unset = status === 'unset'
  // The one thing to do with the timer now; nothing until a length is set.
  const next: { label: string; text: string; icon: IconName; testId: string; run(): void } | null =
    status === 'running'
      ? {
          label: t.timer.pause,
          text: t.timer.pause,
          icon: 'pause',
          testId: 'timer-pause',
          run: () => actions.pauseTimer(),
        }
      : status === 'finished'
        ? {
            label: t.timer.restartLabel,
            text: t.timer.restart,
            icon: 'undo',
            testId: 'timer-restart',
            run: () => actions.restartTimer(),
          }
        : unset
          ? null
          : {
              label: status === 'paused' ? t.timer.resume : t.timer.start,
              text: status === 'paused' ? t.timer.resume : t.timer.start,
              icon: 'play',
              testId: 'timer-start',
              run: () => actions.startTimer(),
            }

  return (
    <fieldset className="timer__controls">
      <legend className="visually-hidden">{t.timer.controls}</legend>
      {next && (
        <button
          type="button"
          className="button button--small button--secondary timer__button"
          title={next.label}
          onClick={next.run}
          data-testid={next.testId}
        >
          <Icon name={next.icon} size={16} />
          <span className="timer__button-text">{next.text}</span>
        </button>
      )}
      {!unset && (
        <button
          type="button"
          className="button button--small button--ghost timer__button"
          title={t.timer.addMinuteLabel}
          onClick={() => actions.addTimerMinute()}
          data-testid="timer-add-minute"
        >
          {t.timer.addMinute}
        </button>
      )}
      <Disclosure
        // Named by "Set timer" while it shows that; by this once it is an icon.
        label={unset ? undefined : t.timer.settings}
        buttonTitle={t.timer.settings}
        buttonTestId="timer-settings"
        buttonClassName={
          unset
            ? 'button button--small button--secondary timer__settings-button'
            : 'icon-button timer__settings-button'
        }
        panelClassName="timer__panel"
        buttonContent={
          unset ? (
            <>
              <Icon name="clock" size={16} />
              <span>{t.timer.setTimer}</span>
            </>
          ) : (
            <Icon name="more" size={18} />
          )
        }
      >
        {(close) => <TimerSettings status={status} onDone={close} />}
      </Disclosure>
    </fieldset>
  )
}

/** The timer's length: a few usual ones, any other in minutes, and back to the full length. */
function TimerSettings({ status, onDone }: { status: TimerStatus; onDone(): void }) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const durationMs = useFacilitation((state) => state.session.timer.durationMs)
  // Opened each time afresh: it shows the length everyone's timer has now.
  const [minutes, setMinutes] = useState(() => (durationMs > 0 ? minutesText(durationMs) : '5'))
  const fieldId = useId()

  function setLength(ms: number) {
    actions.setTimerDuration(Math.min(MAX_TIMER_MS, Math.round(ms)))
    onDone()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const value = Number(minutes.replace(',', '.'))
    if (!Number.isFinite(value) || value <= 0) return
    setLength(value * ONE_MINUTE_MS)
  }

  return (
    <div data-testid="timer-panel">
      <h2 className="popover__heading">{t.timer.settingsHeading}</h2>
      <p className="timer__panel-hint">{t.timer.settingsHint}</p>
      <div className="timer__presets">
        {PRESET_MINUTES.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button button--small button--secondary"
            title={t.timer.presetLabel(preset)}
            onClick={() => setLength(preset * ONE_MINUTE_MS)}
          >
            {t.timer.preset(preset)}
          </button>
        ))}
      </div>
      <form className="timer__set" onSubmit={submit}>
        <label htmlFor={fieldId} className="timer__set-label">
          {t.timer.minutes}
        </label>
        <input
          id={fieldId}
          className="timer__minutes"
          type="number"
          inputMode="decimal"
          // Six seconds at least: enough for a test of the signal, or a quick countdown before a round.
          min={0.1}
          max={MAX_TIMER_MS / ONE_MINUTE_MS}
          step="any"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          data-testid="timer-minutes"
        />
        <button
          type="submit"
          className="button button--small button--primary"
          title={t.timer.setLabel}
          data-testid="timer-set"
        >
          {t.timer.set}
        </button>
      </form>
      {status !== 'unset' && status !== 'ready' && (
        <button
          type="button"
          className="button button--small button--ghost timer__reset"
          onClick={() => {
            actions.resetTimer()
            onDone()
          }}
          data-testid="timer-reset"
        >
          <Icon name="undo" size={16} />
          <span>{t.timer.resetTo(formatCountdown(durationMs))}</span>
        </button>
      )}
    </div>
  )
}
