import { type ReactNode, useId, useRef } from 'react'
import { Icon } from './Icon'
import { useModalDialog } from './useModalDialog'

/**
 * A modal panel with a heading and a close button (the agenda, voting results): Escape and the button
 * close it, focus returns to whatever opened it. Full width on a phone.
 */
export function PanelDialog({
  title,
  closeLabel,
  onClose,
  testId,
  className = '',
  children,
}: {
  title: string
  closeLabel: string
  onClose(): void
  testId?: string
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const ids = useId()

  useModalDialog(ref)

  return (
    <dialog
      ref={ref}
      className={`dialog panel-dialog ${className}`}
      aria-labelledby={`${ids}-title`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="panel-dialog__header">
        <h2 id={`${ids}-title`}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={closeLabel}
          title={closeLabel}
          onClick={onClose}
        >
          <Icon name="close" size={18} />
        </button>
      </header>
      {children}
    </dialog>
  )
}
