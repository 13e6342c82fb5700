import * as Y from 'yjs'
import type { LocalUserOrigin } from '../../shared/origins'
import type { UndoAvailability } from '../store/workshopStore'

/**
 * Undo that only undoes you: one UndoManager per document, tracking only this session's origin, so Ctrl+Z
 * never reverts what someone else did, nor what arrived from the server or the local copy.
 */

export type UndoScope = { kind: 'workshop' } | { kind: 'board'; practiceId: string }

type UndoScopeTypes = ConstructorParameters<typeof Y.UndoManager>[0]

/**
 * Every domain operation is one whole user step (typing happens in a local field and is written once, on
 * save), so no two operations are merged into one undo step, however quickly they follow each other.
 */
const UNDO_CAPTURE_MS = 0

/** An UndoManager over `scope` that reports what can be undone each time that may have changed. */
export function trackUndo(
  scope: UndoScopeTypes,
  origin: LocalUserOrigin,
  report: (availability: UndoAvailability) => void,
): Y.UndoManager {
  const undo = new Y.UndoManager(scope, {
    trackedOrigins: new Set([origin]),
    captureTimeout: UNDO_CAPTURE_MS,
  })
  const reportUndo = () => report({ canUndo: undo.canUndo(), canRedo: undo.canRedo() })
  undo.on('stack-item-added', reportUndo)
  undo.on('stack-item-popped', reportUndo)
  undo.on('stack-cleared', reportUndo)
  return undo
}

export function sameUndo(a: UndoAvailability, b: UndoAvailability): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo
}
