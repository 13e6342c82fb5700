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
