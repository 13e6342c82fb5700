import { LIMITS } from '../../shared/schema'

/**
 * A required title input with its "title is required" message, shared by the new-workshop form, the
 * workshop details form and the practice form. `missing` is cleared by the caller's `onFilled` once the
 * title has text again.
 */
export function RequiredTitleField({
  idPrefix,
  label,
  placeholder,
  requiredMessage,
  value,
  missing,
  onChange,
  onFilled,
  autoFocus,
}: {
  idPrefix: string
  label: string
  placeholder?: string
  requiredMessage: string
  value: string
  missing: boolean
  onChange(value: string): void
  onFilled(): void
  autoFocus?: boolean
}) {
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-title`}>{label}</label>
      <input
        id={`${idPrefix}-title`}
        value={value}
        maxLength={LIMITS.title}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: an edit form (practice, workshop details) replaces what the user just asked to edit
        autoFocus={autoFocus}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${idPrefix}-title-error` : undefined}
        onChange={(event) => {
          onChange(event.target.value)
          if (event.target.value.trim()) onFilled()
        }}
      />
      {missing && (
        <p id={`${idPrefix}-title-error`} className="field__error">
          {requiredMessage}
        </p>
      )}
    </div>
  )
}
