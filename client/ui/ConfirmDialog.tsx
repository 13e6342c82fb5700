import { useId, useRef } from 'react'
import { useI18n } from '../i18n'
import { useModalDialog } from './useModalDialog'

/** A modal question with a destructive answer and a safe one; the safe one has the focus. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string
  text: string
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const ids = useId()

  useModalDialog(ref, cancelRef)

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-text`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${ids}-title`}>{title}</h2>
      <p id={`${ids}-text`}>{text}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </dialog>
  )
}
