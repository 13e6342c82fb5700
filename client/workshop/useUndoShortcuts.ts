import { useEffect } from 'react'
import { useSession } from '../session/sessionContext'
import type { UndoScope } from '../session/workshopSession'

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true
  }
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo: only this user's own changes in `scope`. Inside a
 * text field the browser's own undo of the typing wins.
 */
export function useUndoShortcuts(scope: UndoScope): void {
  const session = useSession()
  const practiceId = scope.kind === 'board' ? scope.practiceId : null
  useEffect(() => {
    const current: UndoScope = practiceId === null ? { kind: 'workshop' } : { kind: 'board', practiceId }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return
      if (isTextEntry(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) session.undo(current)
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.metaKey)) {
        session.redo(current)
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [session, practiceId])
}
