import { useEffect, useId, useRef, useState } from 'react'
import { withHiddenToken } from '../access'
import { useI18n } from '../i18n'
import { Icon } from '../ui/Icon'

/**
 * A link shown in full (read-only, selected on focus) with a Copy button beside it. Where the clipboard
 * is unavailable (plain http, an old browser), the link is selected for copying by hand. A `concealed`
 * link (the facilitator's own, in a panel that may be on a projector) shows without its token, and in
 * full only when it has to be copied by hand.
 */
export function CopyField({
  label,
  hint,
  value,
  copyLabel,
  testId,
  concealed = false,
}: {
  label: string
  hint?: string
  value: string
  /** The Copy button's accessible name: which link it copies. */
  copyLabel: string
  testId?: string
  concealed?: boolean
}) {
  const { t } = useI18n()
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle')
  const shown = concealed && state !== 'fallback' ? withHiddenToken(value) : value
  const inputRef = useRef<HTMLInputElement>(null)
  const ids = useId()

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('fallback')
      // After the render that shows the whole link, when it is concealed.
      setTimeout(() => {
        inputRef.current?.focus()
        inputRef.current?.select()
      })
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={`${ids}-value`} className="copy-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${ids}-hint`} className="copy-field__hint">
          {hint}
        </p>
      )}
      <div className="copy-field__row">
        <input
          id={`${ids}-value`}
          ref={inputRef}
          className="copy-field__input"
          readOnly
          value={shown}
          aria-describedby={hint ? `${ids}-hint` : undefined}
          onFocus={(event) => event.target.select()}
          data-testid={testId}
        />
        <button
          type="button"
          className="button button--small button--secondary copy-field__button"
          aria-label={copyLabel}
          onClick={copy}
        >
          <Icon name={state === 'copied' ? 'check' : 'link'} size={16} />
          <span>{state === 'copied' ? t.share.copied : t.share.copy}</span>
        </button>
      </div>
      <p className={state === 'fallback' ? 'copy-field__note' : 'visually-hidden'} role="status">
        {state === 'copied' ? t.share.copied : state === 'fallback' ? t.share.copyFallback : ''}
      </p>
    </div>
  )
}
