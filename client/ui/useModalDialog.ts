import { type RefObject, useEffect } from 'react'

/**
 * Opens `dialog` as a modal while the component is mounted, puts the focus on `initialFocus` (a question's
 * safe answer; without it the browser picks the first focusable element), and gives the focus back to
 * whatever had it before once the dialog goes.
 */
export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  initialFocus?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!element.open) element.showModal()
    initialFocus?.current?.focus()
    return () => {
      if (element.open) element.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [dialog, initialFocus])
}
