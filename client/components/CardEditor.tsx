import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { LIMITS } from '../../shared/schema'
import { useI18n } from '../i18n'

/** True for the Enter that should save: not Shift+Enter (new line), not while an IME is composing. */
export function isSaveKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing
}

/**
 * Editing a card's text in place. Enter saves, Shift+Enter adds a line, Escape cancels. Leaving the field
 * any other way (tapping elsewhere) saves too: what someone wrote is never thrown away silently.
 */
export function CardEditor({
  initialText,
  onSave,
  onCancel,
}: {
  initialText: string
  /** `viaKeyboard`: the editor closed by a key, so focus should go back to the card. */
  onSave(text: string, viaKeyboard: boolean): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const [text, setText] = useState(initialText)
  const rootRef = useRef<HTMLDivElement>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const closed = useRef(false)
  const hintId = useId()

  useEffect(() => {
    const field = fieldRef.current
    if (!field) return
    field.focus()
    field.setSelectionRange(field.value.length, field.value.length)
  }, [])

  function save(viaKeyboard: boolean) {
    if (closed.current) return
    closed.current = true
    onSave(text, viaKeyboard)
  }

  function cancel() {
    if (closed.current) return
    closed.current = true
    onCancel()
  }

  return (
    <div className="card-editor" ref={rootRef}>
      <textarea
        ref={fieldRef}
        className="card-editor__field"
        value={text}
        rows={3}
        maxLength={LIMITS.cardText}
        aria-label={t.cards.editLabel}
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isSaveKey(event)) {
            event.preventDefault()
            save(true)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            cancel()
          }
        }}
        onBlur={(event) => {
          if (rootRef.current?.contains(event.relatedTarget as Node | null)) return
          save(false)
        }}
      />
      <p id={hintId} className="card-editor__hint">
        {t.cards.keysHint}
      </p>
      <div className="card-editor__actions">
        <button type="button" className="button button--small button--primary" onClick={() => save(true)}>
          {t.cards.save}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={cancel}>
          {t.common.cancel}
        </button>
      </div>
    </div>
  )
}
