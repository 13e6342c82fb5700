import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

/**
 * A button that opens a small panel below it (presence list, "you" menu). The panel closes on Escape
 * (focus returns to the button) and on a click or tap outside it.
 */
export function Disclosure({
  label,
  buttonContent,
  buttonClassName = 'button button--small button--ghost',
  buttonTitle,
  buttonTestId,
  panelClassName = '',
  children,
}: {
  /**
   * The button's accessible name where its content does not give one (an icon). A button that shows words
   * is named by them, so that what a person sees is what they say to a speech tool ("click Export"); say
   * more in `buttonTitle`, which becomes the button's description.
   */
  label?: string
  buttonContent: ReactNode
  buttonClassName?: string
  buttonTitle?: string
  buttonTestId?: string
  panelClassName?: string
  children: (close: () => void) => ReactNode
}) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        buttonRef.current?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  return (
    <div className="disclosure" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        title={buttonTitle}
        data-testid={buttonTestId}
        onClick={() => setOpen((value) => !value)}
      >
        {buttonContent}
      </button>
      <div id={panelId} className={`popover ${panelClassName}`} hidden={!open}>
        {open &&
          children(() => {
            setOpen(false)
            buttonRef.current?.focus()
          })}
      </div>
    </div>
  )
}
