import { LIMITS } from '../../shared/schema'
import { useI18n } from '../i18n'

/** Name and organisation inputs, shared by the join form and the "you" menu. */
export function IdentityFields({
  idPrefix,
  name,
  organisation,
  nameMissing,
  onName,
  onOrganisation,
  autoFocus = false,
}: {
  idPrefix: string
  name: string
  organisation: string
  nameMissing: boolean
  onName(value: string): void
  onOrganisation(value: string): void
  autoFocus?: boolean
}) {
  const { t } = useI18n()
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t.join.nameLabel}</label>
        <input
          id={`${idPrefix}-name`}
          value={name}
          maxLength={LIMITS.personName}
          autoComplete="name"
          // biome-ignore lint/a11y/noAutofocus: the field is the only thing to do on this screen
          autoFocus={autoFocus}
          aria-invalid={nameMissing || undefined}
          aria-describedby={nameMissing ? `${idPrefix}-name-error` : undefined}
          onChange={(event) => onName(event.target.value)}
        />
        {nameMissing && (
          <p id={`${idPrefix}-name-error`} className="field__error">
            {t.join.nameRequired}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-organisation`}>
          {t.join.organisationLabel} <span className="field__optional">{t.common.optional}</span>
        </label>
        <input
          id={`${idPrefix}-organisation`}
          value={organisation}
          maxLength={LIMITS.organisation}
          autoComplete="organization"
          placeholder={t.join.organisationPlaceholder}
          onChange={(event) => onOrganisation(event.target.value)}
        />
      </div>
    </>
  )
}
