import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../i18n'
import { workshopPath } from '../router'
import { useSession } from '../session/sessionContext'
import { Icon } from './Icon'

/** Copies the workshop's link; where the clipboard is unavailable, shows the link selected to copy by hand. */
export function CopyLinkButton() {
  const { t } = useI18n()
  const session = useSession()
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle')
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const link = `${location.origin}${workshopPath(session.workshopId)}`

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  useEffect(() => {
    if (state === 'fallback') inputRef.current?.select()
  }, [state])

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(link)
      setState('copied')
    } catch {
      setState('fallback')
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button--small button--secondary" onClick={copy}>
        <Icon name={state === 'copied' ? 'check' : 'link'} size={16} />
        <span>{state === 'copied' ? t.workshop.linkCopied : t.workshop.copyLink}</span>
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.workshop.linkCopied : ''}
      </span>
      {state === 'fallback' && (
        <div className="copy-link__fallback popover">
          <label htmlFor={id}>{t.workshop.copyFallbackLabel}</label>
          <input
            id={id}
            ref={inputRef}
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
            data-testid="workshop-link"
          />
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setState('idle')}
          >
            {t.workshop.closeCopyFallback}
          </button>
        </div>
      )}
    </div>
  )
}
