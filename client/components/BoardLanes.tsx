import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useCallback, useMemo, useRef, useState } from 'react'
import { isLaneId, LANES, type LaneId } from '../../shared/schema'
import { useI18n } from '../i18n'
import { useSession, useWorkshop } from '../session/sessionContext'
import type { LaneCardIds } from '../store/workshopStore'
import { excerpt } from '../text'
import { CardPreview } from './CardView'
import { HoldTouchSensor, MouseAndPenSensor } from './dndSensors'
import { Lane } from './Lane'
import { useOrphanedEdits } from './RecoveredEdits'

function laneOf(lanes: LaneCardIds, id: UniqueIdentifier): LaneId | undefined {
  if (isLaneId(id)) return id
  return LANES.find((lane) => lanes[lane].includes(String(id)))
}

/**
 * The four lanes and the drag and drop between them. A drag is previewed in local state only (the
 * cards shift as you move, across lanes too) and written to the document once, on drop, with
 * moveCard; a cancelled drag simply drops the preview. Other people's changes keep arriving meanwhile.
 */
export function BoardLanes({ practiceId, lanes }: { practiceId: string; lanes: LaneCardIds }) {
  const { t } = useI18n()
  const session = useSession()
  const [preview, setPreviewState] = useState<LaneCardIds | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const activeCard = useWorkshop((state) =>
    activeId ? state.boards[practiceId]?.cards[activeId] : undefined,
  )

  const previewRef = useRef<LaneCardIds | null>(null)
  const lanesRef = useRef(lanes)
  lanesRef.current = lanes
  const startRef = useRef<{ lane: LaneId; index: number } | null>(null)
  const lastOverId = useRef<UniqueIdentifier | null>(null)
  const movedToNewLane = useRef(false)
  /** What the screen reader hears next: set by each drag handler, read by the announcement that follows it. */
  const spoken = useRef<string | undefined>(undefined)

  const shown = preview ?? lanes
  const recovered = useOrphanedEdits(practiceId, lanes)

  function setPreview(next: LaneCardIds | null) {
    previewRef.current = next
    setPreviewState(next)
  }

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(HoldTouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  // As in dnd-kit's multiple-containers example: the lane under the pointer, else the one the card
  // overlaps; inside a lane with cards, the closest card; when nothing matches, the last match.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const current = previewRef.current ?? lanesRef.current
      const pointerHits = pointerWithin(args)
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args)
      let overId = getFirstCollision(hits, 'id')
      if (overId != null) {
        if (isLaneId(overId) && current[overId].length > 0) {
          const laneCards = current[overId]
          const closest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter((container) =>
              laneCards.includes(String(container.id)),
            ),
          })[0]?.id
          if (closest != null) overId = closest
        }
        lastOverId.current = overId
        return [{ id: overId }]
      }
      if (movedToNewLane.current) lastOverId.current = activeId
      return lastOverId.current != null ? [{ id: lastOverId.current }] : []
    },
    [activeId],
  )

  const cardText = (id: UniqueIdentifier) =>
    excerpt(session.store.getState().boards[practiceId]?.cards[String(id)]?.text ?? '')
  const laneTitle = (lane: LaneId) => t.lanes[lane].title

  function onDragStart({ active }: DragStartEvent) {
    const id = String(active.id)
    const lane = laneOf(lanes, id)
    if (!lane) return
    const index = lanes[lane].indexOf(id)
    startRef.current = { lane, index }
    lastOverId.current = null
    setActiveId(id)
    setPreview(lanes)
    spoken.current = t.dnd.pickedUp(cardText(id), laneTitle(lane), index + 1, lanes[lane].length)
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = previewRef.current ?? lanes
    const id = String(active.id)
    if (!over) {
      spoken.current = t.dnd.notOver
      return
    }
    const fromLane = laneOf(current, id)
    const toLane = laneOf(current, over.id)
    if (!fromLane || !toLane) return
    if (fromLane === toLane) {
      const list = current[toLane]
      const position = isLaneId(over.id) ? list.indexOf(id) : list.indexOf(String(over.id))
      spoken.current = t.dnd.over(laneTitle(toLane), position + 1, list.length)
      return
    }
    const target = current[toLane]
    let index = target.length
    if (!isLaneId(over.id)) {
      const overIndex = target.indexOf(String(over.id))
      const translated = active.rect.current.translated
      const below = translated !== null && translated.top > over.rect.top + over.rect.height
      index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length
    }
    const next: LaneCardIds = {
      ...current,
      [fromLane]: current[fromLane].filter((other) => other !== id),
      [toLane]: [...target.slice(0, index), id, ...target.slice(index)],
    }
    movedToNewLane.current = true
    requestAnimationFrame(() => {
      movedToNewLane.current = false
    })
    setPreview(next)
    spoken.current = t.dnd.over(laneTitle(toLane), index + 1, next[toLane].length)
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id)
    const current = previewRef.current ?? lanes
    const start = startRef.current
    const lane = laneOf(current, id)
    finish()
    if (!over || !lane || !start) {
      spoken.current = t.dnd.droppedNowhere
      return
    }
    let list = current[lane]
    if (laneOf(current, over.id) === lane && !isLaneId(over.id)) {
      const from = list.indexOf(id)
      const to = list.indexOf(String(over.id))
      if (from >= 0 && to >= 0 && from !== to) list = arrayMove([...list], from, to)
    }
    const position = list.indexOf(id)
    spoken.current = t.dnd.dropped(laneTitle(lane), position + 1, list.length)

    // The index among the lane's other cards as they are now in the document, placed after the same
    // neighbour as in the preview: cards others added or removed meanwhile do not shift the drop.
    const others = lanesRef.current[lane].filter((other) => other !== id)
    const before = position > 0 ? list[position - 1] : undefined
    const neighbourIndex = before === undefined ? -1 : others.indexOf(before)
    const index =
      before === undefined ? 0 : neighbourIndex >= 0 ? neighbourIndex + 1 : Math.min(position, others.length)
    if (lane === start.lane && index === start.index) return
    session.moveCard(practiceId, id, lane, index)
  }

  function onDragCancel({ active }: { active: { id: UniqueIdentifier } }) {
    spoken.current = t.dnd.cancelled(cardText(active.id))
    finish()
  }

  function finish() {
    setPreview(null)
    setActiveId(null)
    startRef.current = null
  }

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: () => spoken.current,
      onDragOver: () => spoken.current,
      onDragEnd: () => spoken.current,
      onDragCancel: () => spoken.current,
    }),
    [],
  )

  const targetLane = activeId ? laneOf(shown, activeId) : undefined

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.dnd.instructions } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="board" data-testid="board">
        {LANES.map((lane) => (
          <Lane
            key={lane}
            practiceId={practiceId}
            lane={lane}
            cardIds={shown[lane]}
            isDropTarget={targetLane === lane}
            recovered={recovered.byLane[lane]}
            onRecovered={recovered.refresh}
          />
        ))}
      </div>
      <DragOverlay>{activeCard ? <CardPreview card={activeCard} /> : null}</DragOverlay>
    </DndContext>
  )
}
