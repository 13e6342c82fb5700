import { LIMITS } from '../../shared/schema'
import { useI18n } from '../i18n'

/**
 * A workshop's date and place, side by side: the same two fields wherever a workshop gets its details
 * (creating one, editing one, starting a follow-up). `idPrefix` comes from the form's useId.
 */
export function DateAndPlaceFields({
  idPrefix,
  date,
  place,
  onDateChange,
  onPlaceChange,
  markOptional = false,
  placePlaceholder,
}: {
  idPrefix: string
  date: string
  place: string
  onDateChange(value: string): void
  onPlaceChange(value: string): void
  /** Says "optional" beside each label (where the title is the only required field in view). */
  markOptional?: boolean
  placePlaceholder?: string
}) {
  const { t } = useI18n()
  const optional = markOptional ? <span className="field__optional">{t.common.optional}</span> : null
  return (
    <div className="form__row">
      <div className="field">
        <label htmlFor={`${idPrefix}-date`}>
          {t.home.dateLabel} {optional}
        </label>
        <input
          id={`${idPrefix}-date`}
          type="date"
          value={date}
          onChange={(event) => onDateChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-place`}>
          {t.home.placeLabel} {optional}
        </label>
        <input
          id={`${idPrefix}-place`}
          value={place}
          maxLength={LIMITS.place}
          placeholder={placePlaceholder}
          onChange={(event) => onPlaceChange(event.target.value)}
        />
      </div>
    </div>
  )
}
