import { PointerSensor, type PointerSensorOptions, TouchSensor, type TouchSensorOptions } from '@dnd-kit/core'
import type { PointerEvent as ReactPointerEvent, TouchEvent as ReactTouchEvent } from 'react'

/**
 * Cards can be dragged by their whole surface, but pressing one of a card's buttons or fields must do
 * what that control does, never start a drag; the drag handle itself is the exception.
 */
function startsOnControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  const control = target.closest('button, a, input, textarea, select, [contenteditable="true"]')
  return control !== null && !control.hasAttribute('data-drag-handle')
}

/**
 * Mouse and pen only: touch goes to HoldTouchSensor, which waits for a press-and-hold so that a finger
 * swiping over cards scrolls the page instead of dragging a card.
 */
export class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (event.pointerType === 'touch' || !event.isPrimary || event.button !== 0) return false
        if (startsOnControl(event.target)) return false
        onActivation?.({ event })
        return true
      },
    },
  ]
}

export class HoldTouchSensor extends TouchSensor {
  static override activators = [
    {
      eventName: 'onTouchStart' as const,
      handler: ({ nativeEvent: event }: ReactTouchEvent, { onActivation }: TouchSensorOptions) => {
        if (event.touches.length > 1 || startsOnControl(event.target)) return false
        onActivation?.({ event })
        return true
      },
    },
  ]
}

/** Whether a drag was started by a finger (HoldTouchSensor's press-and-hold), from dnd-kit's activator event. */
export function startedByTouch(activatorEvent: Event | null): boolean {
  return typeof TouchEvent !== 'undefined' && activatorEvent instanceof TouchEvent
}

/**
 * A finger that picks up a card lets go of the text field holding the focus, typically the lane's "Add a
 * card" field the person has just written in (on a phone its keyboard closes, as it should: the board is
 * what they are working on now). Why it must: dnd-kit clears the page's text selection as a drag starts,
 * and a touch browser answers by scrolling the focused field's caret back into view at the finger's next
 * move. The board jumped by hundreds of pixels under the carried card, so it landed in another lane and the
 * lanes below shifted under the finger, each move again (Chromium on a phone; never with a mouse, and never
 * without a focused field). A field that loses the focus this way keeps what was typed in it.
 */
export function releaseFocusedField(): void {
  const focused = document.activeElement
  if (focused instanceof HTMLElement && focused.matches(TEXT_ENTRY)) focused.blur()
}

const TEXT_ENTRY = 'input, textarea, select, [contenteditable="true"]'
