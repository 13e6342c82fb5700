import { type FormEvent, useId, useState } from 'react'
import { FOLLOW_UP_CARRY, type FollowUpCarry } from '../../shared/followUp'
import { LIMITS } from '../../shared/schema'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { startFollowUp } from '../lifecycleApi'
import { useSession, useWorkshop } from '../session/sessionContext'
import { DateAndPlaceFields } from '../ui/DateAndPlaceFields'
import { openAsFacilitator } from '../ui/openAsFacilitator'
import { PanelDialog } from '../ui/PanelDialog'

/**
 * "Start a follow-up": a new workshop for the next meeting, carrying this one's practices and cards. On
 * success the facilitator lands in the new workshop, as its facilitator (its link's token kept here).
 */
export function FollowUpDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const sourceTitle = useWorkshop((state) => state.details.title)
  const [title, setTitle] = useState(() =>
    t.lifecycle.followUpDefaultTitle(sourceTitle || t.workshop.untitled).slice(0, LIMITS.title),
  )
  const [date, setDate] = useState('')
  const [place, setPlace] = useState('')
  const [carry, setCarry] = useState<FollowUpCarry>('everything')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  const hints: Record<FollowUpCarry, { label: string; hint: string }> = {
    everything: { label: t.lifecycle.carryEverything, hint: t.lifecycle.carryEverythingHint },
    transferAndInterest: { label: t.lifecycle.carryTransfer, hint: t.lifecycle.carryTransferHint },
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setError(t.home.titleRequired)
      return
    }
    setBusy(true)
    setError(null)
    const details = { title: title.trim(), date, place: place.trim(), carry }
    const result = await startFollowUp(session.workshopId, session.token, details)
    setBusy(false)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    // Closed only once the new workshop opens: on failure the dialog stays, showing why.
    if (!openAsFacilitator(result.value, details.title)) {
      setError(t.errors.server)
      return
    }
    onClose()
  }

  return (
    <PanelDialog
      title={t.lifecycle.followUpTitle}
      closeLabel={t.common.cancel}
      onClose={onClose}
      testId="follow-up-dialog"
      className="follow-up"
    >
      <p className="follow-up__intro">{t.lifecycle.followUpIntro}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-title`}>{t.home.titleLabel}</label>
          <input
            id={`${ids}-title`}
            value={title}
            maxLength={LIMITS.title}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <DateAndPlaceFields
          idPrefix={ids}
          date={date}
          place={place}
          onDateChange={setDate}
          onPlaceChange={setPlace}
        />
        <fieldset className="follow-up__carry">
          <legend>{t.lifecycle.carryLegend}</legend>
          {FOLLOW_UP_CARRY.map((option) => (
            <label key={option} className="follow-up__option">
              <input
                type="radio"
                name={`${ids}-carry`}
                value={option}
                checked={carry === option}
                onChange={() => setCarry(option)}
              />
              <span>
                <strong>{hints[option].label}</strong>
                <span className="muted">{hints[option].hint}</span>
              </span>
            </label>
          ))}
          <p className="muted follow-up__votes">{t.lifecycle.votesNotCarried}</p>
        </fieldset>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="create-follow-up"
          >
            {busy ? t.lifecycle.creating : t.lifecycle.create}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
        </div>
      </form>
    </PanelDialog>
  )
}
