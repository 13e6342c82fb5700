import { useEffect, useId, useRef, useState } from 'react'
import { LIMITS } from '../../shared/schema'
import { readEditDraft, writeEditDraft } from '../drafts'
import { useI18n } from '../i18n'
import { isSaveKey } from '../keys'

/** Pressing a button keeps the focus in the field, so the field's blur (which saves) cannot come first. */
function keepFocus(event: { preventDefault(): void }) {
  event.preventDefault()
}

/**
 * Editing a card's text in place. Enter saves, Shift+Enter adds a line, Escape cancels. Leaving the field
 * any other way (tapping elsewhere) saves too: what someone wrote is never thrown away silently. Until it
 * is saved or cancelled the text is kept on the device under `draftKey`, so a reload, a trip to another
 * page, or the card being moved to another lane by someone else (which remounts it) reopens the editor
 * with the text as it was.
 */
export function CardEditor({
  initialText,
  draftKey,
  lane,
  label,
  saveLabel,
  onSave,
  onCancel,
}: {
  initialText: string
  draftKey: string
  /** The field's and the save button's names, when the text is not a card's (a private draft). */
  label?: string
  saveLabel?: string
  /** The card's lane now, kept with the draft: there the text is offered back if the card is deleted. */
  lane: string
  /**
   * `base`: the text the edit started from, to merge with what others changed meanwhile.
   * `viaKeyboard`: the editor closed by a key, so focus should go back to the card.
   */
  onSave(text: string, base: string, viaKeyboard: boolean): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const [{ base, restored }] = useState(() => {
    const draft = readEditDraft(draftKey)
    return { base: draft?.base ?? initialText, restored: draft?.text ?? initialText }
  })
  const [text, setText] = useState(restored)
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

  useEffect(() => {
    if (!closed.current) writeEditDraft(draftKey, { base, text, lane })
  }, [draftKey, base, text, lane])

  function save(viaKeyboard: boolean) {
    if (closed.current) return
    closed.current = true
    writeEditDraft(draftKey, null)
    onSave(text, base, viaKeyboard)
  }

  function cancel() {
    if (closed.current) return
    closed.current = true
    writeEditDraft(draftKey, null)
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
        aria-label={label ?? t.cards.editLabel}
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
        <button
          type="button"
          className="button button--small button--primary"
          onMouseDown={keepFocus}
          onClick={() => save(true)}
        >
          {saveLabel ?? t.cards.save}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onMouseDown={keepFocus}
          onClick={cancel}
        >
          {t.common.cancel}
        </button>
      </div>
    </div>
  )
}
