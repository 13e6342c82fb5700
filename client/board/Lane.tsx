import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { memo, useId, useMemo } from 'react'
import type { LaneId } from '../../shared/schema'
import type { OrphanedEdit } from '../drafts'
import { useI18n } from '../i18n'
import { useCanWrite } from '../session/sessionContext'
import { AddCardForm } from './AddCardForm'
import { DraftCards } from './DraftCards'
import { RecoveredEdit } from './RecoveredEdits'
import { MissingStakeholderTypes } from './StakeholderTags'
import { useDraftCount } from './useDraftCount'
import { LaneItems } from './WindowedCards'

/**
 * One lane of a board: its heading and hint, its cards in order (a drop target even when empty), and the
 * field to add one. A long lane draws its far cards light (WindowedCards.tsx).
 */
export const Lane = memo(function Lane({
  practiceId,
  lane,
  cardIds,
  items,
  groupCards,
  isDropTarget,
  recovered,
  onRecovered,
}: {
  practiceId: string
  lane: LaneId
  /** The lane's cards in display order. */
  cardIds: readonly string[]
  /** The lane's top-level items as shown (during a drag, the preview): ungrouped card ids and group ids. */
  items: readonly string[]
  /** Each group's cards as shown. */
  groupCards: Readonly<Record<string, readonly string[]>>
  isDropTarget: boolean
  /** This device's unsaved edits of cards in this lane that someone deleted meanwhile. */
  recovered: readonly OrphanedEdit[]
  onRecovered(): void
}) {
  const { t } = useI18n()
  const { setNodeRef } = useDroppable({ id: lane })
  const headingId = useId()
  const sortable = useMemo(() => [...items], [items])
  const { title, hint } = t.lanes[lane]
  const canEdit = useCanWrite('board', practiceId)
  const drafts = useDraftCount(practiceId, lane)

  return (
    <section
      // The whole lane takes a drop, its header too: a card carried over the heading of an empty lane
      // lands in it, however tall the header is.
      ref={setNodeRef}
      id={`lane-${lane}`}
      className={isDropTarget ? `lane lane--${lane} lane--target` : `lane lane--${lane}`}
      data-testid={`lane-${lane}`}
      aria-labelledby={headingId}
    >
      <header className="lane__header">
        <div className="lane__title-row">
          <h2 id={headingId} className="lane__title">
            {title}
          </h2>
          <span className="lane__count">{t.cards.count(cardIds.length)}</span>
        </div>
        <p className="lane__hint">{hint}</p>
        {lane === 'stakeholders' && <MissingStakeholderTypes practiceId={practiceId} />}
      </header>
      <div className="lane__drop">
        <SortableContext id={lane} items={sortable} strategy={verticalListSortingStrategy}>
          <ul className="lane__cards" aria-labelledby={headingId}>
            <LaneItems practiceId={practiceId} items={items} groupCards={groupCards} />
          </ul>
        </SortableContext>
        <DraftCards practiceId={practiceId} lane={lane} />
        {items.length === 0 && drafts === 0 && (
          <p className="lane__empty">{canEdit ? t.cards.emptyLane : t.cards.emptyLaneReadOnly}</p>
        )}
      </div>
      {recovered.map((edit) => (
        <RecoveredEdit key={edit.key} practiceId={practiceId} lane={lane} edit={edit} onDone={onRecovered} />
      ))}
      {canEdit && <AddCardForm practiceId={practiceId} lane={lane} laneTitle={title} />}
    </section>
  )
})
