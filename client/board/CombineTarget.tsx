import { useDndContext, useDroppable } from '@dnd-kit/core'
import { useContext } from 'react'
import type { LaneId } from '../../shared/schema'
import { useI18n } from '../i18n'
import { combineId, combineTargetOf } from './boardDrag'
import { BoardDragContext } from './combine'

/**
 * The middle of a card while a card is carried: dropping there groups the two. Its box is the band the
 * pointer must be in (the top and bottom edges still mean "before" and "after"); while the pointer is
 * in it, the whole card shows what a drop will do.
 *
 * Only the cards of the lane under the pointer have one (a grouped card is in its group's lane): each
 * zone is a dnd-kit droppable, and dnd-kit copies its whole list of droppables for every one that comes
 * or goes, so a zone on every card of a thousand-card board froze the page for most of a second when a
 * card was picked up, and again at the drop. The pointer can only be over a card of its own lane anyway.
 */
export function CombineTarget({ cardId, lane }: { cardId: string; lane: LaneId }) {
  const { combineLane } = useContext(BoardDragContext)
  return combineLane === lane ? <CombineZone cardId={cardId} /> : null
}

function CombineZone({ cardId }: { cardId: string }) {
  const { t } = useI18n()
  const { setNodeRef, isOver } = useDroppable({ id: combineId(cardId) })
  return (
    <>
      <div ref={setNodeRef} className="combine-zone" aria-hidden="true" />
      {isOver && (
        <div className="combine-hint" data-testid="combine-hint" aria-hidden="true">
          <span>{t.groups.groupWithThis}</span>
        </div>
      )}
    </>
  )
}

/** On the carried card, while a drop would group it: the card under it is hidden by it, so say it here too. */
export function CarryHint() {
  const { t } = useI18n()
  const { over } = useDndContext()
  if (!over || combineTargetOf(String(over.id)) === null) return null
  return (
    <span className="carry-hint" data-testid="carry-hint">
      {t.groups.dropToGroup}
    </span>
  )
}
