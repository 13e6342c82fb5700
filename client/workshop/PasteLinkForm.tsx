import { type FormEvent, useId, useState } from 'react'
import { parseWorkshopLink, saveToken } from '../access'
import { useI18n } from '../i18n'
import { navigate } from '../router'

/**
 * Where a link is missing or no longer valid: paste the new one and go on, without hunting for the
 * address bar (on a phone, the link often arrives in a chat app).
 */
export function PasteLinkForm({ label }: { label: string }) {
  const { t } = useI18n()
  const [value, setValue] = useState('')
  const [invalid, setInvalid] = useState(false)
  const ids = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    const link = parseWorkshopLink(value.trim(), location.origin)
    if (!link) {
      setInvalid(true)
      return
    }
    saveToken(link.workshopId, link.token)
    navigate(link.path)
  }

  return (
    <form className="form paste-link" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${ids}-link`}>{label}</label>
        <input
          id={`${ids}-link`}
          type="url"
          inputMode="url"
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${ids}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            setInvalid(false)
          }}
        />
        {invalid && (
          <p id={`${ids}-error`} className="field__error">
            {t.access.pasteInvalid}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t.access.pasteOpen}
      </button>
    </form>
  )
}
