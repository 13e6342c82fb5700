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
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MeasuringStrategy,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useDndContext,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { isLaneId, LANES, type LaneId } from '../../shared/schema'
import { useI18n } from '../i18n'
import { useMappingActions } from '../session/mappingActions'
import { useSession, useWorkshop } from '../session/sessionContext'
import type { LaneCardIds } from '../store/boardView'
import { EMPTY_BOARD } from '../store/workshopStore'
import { excerpt } from '../text'
import {
  combineTargetOf,
  type DragLayout,
  dropIndex,
  isGroup,
  landing,
  laneAt,
  laneOfDroppable,
  layoutOf,
  locate,
  mayCombine,
  type Place,
  previewOver,
  topLevelId,
  within,
} from './boardDrag'
import { GroupPreview } from './CardGroup'
import { CardPreview } from './CardView'
import { CarryHint } from './CombineTarget'
import { BoardDragContext, type BoardDragState, requestGroupTitleFocus } from './combine'
import { HoldTouchSensor, MouseAndPenSensor, releaseFocusedField, startedByTouch } from './dndSensors'
import { Lane } from './Lane'
import { useOrphanedEdits } from './useOrphanedEdits'
import { useVoteSortedItems } from './useVoteSortedItems'

type Containers = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableContainers']

/** The sensor's droppables without some: a map of the same kind, as sortableKeyboardCoordinates reads it. */
function without(containers: Containers, left: ReadonlySet<string>): Containers {
  const Kind = containers.constructor as new (entries: Iterable<[UniqueIdentifier, unknown]>) => Containers
  return new Kind([...containers.entries()].filter(([id]) => !left.has(String(id))))
}

/**
 * Droppables are measured while a drag is on (when it starts, and again whenever one comes or goes), as
 * dnd-kit does by default. Measuring them also at rest would measure every card's box again whenever a
 * card appears, a thousand times while a large board first renders, and nobody drags meanwhile.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }

/**
 * Measures every drop target again once the preview has moved the carried item into another lane (or out
 * of its group), in the same commit. dnd-kit by itself measures only the items of the lists whose items
 * changed, not the lanes around them nor the lists in between. On a wide screen that is enough: the lanes
 * stand side by side and keep their places. On a phone they are stacked, so a card moving from one lane to
 * another shifts every lane (and card) below by its height, and the collision detection went on with the
 * boxes from before: the finger seemed to be over the lane the card had just left, the card went back, the
 * lanes shifted back, and so on in one render after another until React gave up ("Maximum update depth
 * exceeded", a white page). With every box measured where it now is, the finger is over the lane it is
 * really over and the card stays.
 */
function MeasureWhenLanesShift({ preview }: { preview: DragLayout | null }) {
  const { active, droppableContainers, measureDroppableContainers } = useDndContext()
  const measured = useRef(preview)
  const everything = useRef(droppableContainers)
  everything.current = droppableContainers
  useLayoutEffect(() => {
    const before = measured.current
    measured.current = preview
    // The preview a drag starts with is the layout itself, measured as the drag starts.
    if (!active || before === null || preview === null || before === preview) return
    measureDroppableContainers([...everything.current.keys()])
  }, [active, preview, measureDroppableContainers])
  return null
}

/**
 * The four lanes and the drag and drop between them (the model is in boardDrag.ts). A drag is previewed
 * in local state only (items shift as you move, across lanes too) and written to the document once, on
 * drop: moveCard or moveGroup, or groupCards when a card is dropped on the middle of another card. A
 * cancelled drag simply drops the preview. Other people's changes keep arriving meanwhile.
 */
export function BoardLanes({ practiceId, lanes }: { practiceId: string; lanes: LaneCardIds }) {
  const { t } = useI18n()
  const session = useSession()
  const mapping = useMappingActions()
  const storedItems = useWorkshop((state) => state.boards[practiceId]?.items ?? EMPTY_BOARD.items)
  // Sorted by votes when this person chose so after voting (a drop then lands beside its neighbours there).
  const items = useVoteSortedItems(practiceId, storedItems)
  const groups = useWorkshop((state) => state.boards[practiceId]?.groups ?? EMPTY_BOARD.groups)
  const layout = useMemo(() => layoutOf({ items, groups }), [items, groups])
  const [preview, setPreviewState] = useState<DragLayout | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  /**
   * Where the drag may group cards: the lane under the pointer while a card is carried by pointer or touch
   * (keyboard uses the card's menu), else null. Its cards take a drop on their middle (see CombineTarget).
   */
  const [combineLane, setCombineLaneState] = useState<LaneId | null>(null)
  const activeCard = useWorkshop((state) =>
    activeId ? state.boards[practiceId]?.cards[activeId] : undefined,
  )
  const activeGroup = activeId ? groups[activeId] : undefined

  const previewRef = useRef<DragLayout | null>(null)
  const layoutRef = useRef(layout)
  layoutRef.current = layout
  const combiningRef = useRef(false)
  const combineLaneRef = useRef<LaneId | null>(null)
  /** The lane under the pointer as the last collision detection found it (undefined outside every lane). */
  const pointerLaneRef = useRef<LaneId | undefined>(undefined)
  const startRef = useRef<Place | null>(null)
  const lastOverId = useRef<UniqueIdentifier | null>(null)
  const movedToNewLane = useRef(false)
  /** What the screen reader hears next: set by each drag handler, read by the announcement that follows it. */
  const spoken = useRef<string | undefined>(undefined)
  /**
   * Where the last announcement said the carried item is. dnd-kit reports the item "over" its own place
   * right after it is picked up: saying that again would replace "Picked up card …" in the live region
   * before a screen reader had read it, so only a new place is announced.
   */
  const announcedPlace = useRef<string | null>(null)

  function sayWhere(place: string, message: string) {
    spoken.current = place === announcedPlace.current ? undefined : message
    announcedPlace.current = place
  }

  const shown = preview ?? layout
  const recovered = useOrphanedEdits(practiceId, lanes)

  function setPreview(next: DragLayout | null) {
    previewRef.current = next
    setPreviewState(next)
  }

  // Set only when the lane changes: every card reads it, so it must not change on each pointer step.
  function setCombineLane(lane: LaneId | null) {
    if (lane === combineLaneRef.current) return
    combineLaneRef.current = lane
    setCombineLaneState(lane)
  }

  // Between lanes (or outside the board) the last lane keeps its zones: the pointer is over none of them
  // there, and they need not go and come back when it crosses the gap to the same lane.
  function followPointerLane() {
    if (combiningRef.current && pointerLaneRef.current !== undefined) setCombineLane(pointerLaneRef.current)
  }

  // A group carried by the keyboard must not stop at its own cards (they sit just right of and below its
  // own edge): the arrow keys look for the next place among everything else.
  const keyboardCoordinates: KeyboardCoordinateGetter = useCallback((event, args) => {
    const active = args.context.active
    const current = previewRef.current ?? layoutRef.current
    const own = active ? current.groupCards[String(active.id)] : undefined
    if (!own || own.length === 0) return sortableKeyboardCoordinates(event, args)
    const droppableContainers = without(args.context.droppableContainers, new Set(own))
    return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers } })
  }, [])

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(HoldTouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  )

  // As in dnd-kit's multiple-containers example: the lane under the pointer, else the one the item
  // overlaps; inside a lane with items, the closest top-level item (a card in a group counts as its
  // group); when nothing matches, the last match. Before all that, a card carried over the middle of
  // another card (its combine zone) is over that zone: dropping there groups the two.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const current = previewRef.current ?? layoutRef.current
      const dragged = String(args.active.id)
      const pointer = args.pointerCoordinates
      // Every card lies within its lane: with the lane under the pointer known (four boxes), only that
      // lane's droppables can hold the pointer, and a board of a thousand cards is not searched on each
      // move. Outside every lane, all of them are, as before.
      const pointerLane = pointer === null ? undefined : laneAt(pointer, args.droppableRects)
      pointerLaneRef.current = pointerLane
      const inPointerLane = (id: string) =>
        pointerLane === undefined || laneOfDroppable(current, id) === pointerLane
      if (combiningRef.current && pointer) {
        for (const container of args.droppableContainers) {
          const target = combineTargetOf(String(container.id))
          if (target === null || !inPointerLane(target) || !mayCombine(current, dragged, target)) continue
          const rect = args.droppableRects.get(container.id)
          if (rect && within(pointer, rect)) {
            lastOverId.current = container.id
            return [{ id: container.id }]
          }
        }
      }
      const containers = args.droppableContainers.filter(
        (container) => combineTargetOf(String(container.id)) === null,
      )
      const scoped = { ...args, droppableContainers: containers }
      const pointerHits =
        pointerLane === undefined
          ? pointerWithin(scoped)
          : pointerWithin({
              ...args,
              droppableContainers: containers.filter((container) => inPointerLane(String(container.id))),
            })
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(scoped)
      let overId = getFirstCollision(hits, 'id')
      if (overId != null) {
        if (isLaneId(overId) && current.items[overId].length > 0) {
          const laneItems = new Set(current.items[overId])
          const closest = closestCenter({
            ...scoped,
            droppableContainers: containers.filter((container) => laneItems.has(String(container.id))),
          })[0]?.id
          if (closest != null) overId = closest
        } else if (!isLaneId(overId)) overId = topLevelId(current, String(overId))
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
  const groupTitle = (id: string) => groups[id]?.title || t.groups.untitled
  const itemName = (id: string) => (isGroup(layoutRef.current, id) ? groupTitle(id) : cardText(id))
  const laneTitle = (lane: LaneId) => t.lanes[lane].title

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    const id = String(active.id)
    const place = locate(layout, id)
    if (!place) return
    startRef.current = place
    lastOverId.current = null
    if (startedByTouch(activatorEvent)) releaseFocusedField()
    const viaKeyboard = typeof KeyboardEvent !== 'undefined' && activatorEvent instanceof KeyboardEvent
    combiningRef.current = !viaKeyboard && !isGroup(layout, id)
    // The card is picked up in its lane, under the pointer.
    setCombineLane(combiningRef.current ? place.lane : null)
    setActiveId(id)
    setPreview(layout)
    announcedPlace.current =
      place.groupId !== null
        ? `group:${place.groupId}`
        : `${place.lane}:${place.index}:${layout.items[place.lane].length}`
    if (place.groupId !== null) {
      const cardIds = layout.groupCards[place.groupId] ?? []
      spoken.current = t.groups.pickedUpInGroup(
        cardText(id),
        groupTitle(place.groupId),
        place.index + 1,
        cardIds.length,
      )
      return
    }
    const count = layout.items[place.lane].length
    spoken.current = isGroup(layout, id)
      ? t.groups.pickedUp(groupTitle(id), laneTitle(place.lane), place.index + 1, count)
      : t.dnd.pickedUp(cardText(id), laneTitle(place.lane), place.index + 1, count)
  }

  function onDragOver({ active, over }: DragOverEvent) {
    followPointerLane()
    const current = previewRef.current ?? layout
    const id = String(active.id)
    if (!over) {
      sayWhere('nowhere', t.dnd.notOver)
      return
    }
    const target = combineTargetOf(String(over.id))
    if (target !== null) {
      sayWhere(`on:${target}`, t.groups.overCard(cardText(target)))
      return
    }
    const translated = active.rect.current.translated
    const below = translated !== null && translated.top > over.rect.top + over.rect.height
    const next = previewOver(current, id, String(over.id), below)
    const shown = next ?? current
    const place = locate(shown, id)
    if (!place) return
    if (place.groupId !== null) {
      sayWhere(`group:${place.groupId}`, t.groups.overOwnGroup(groupTitle(place.groupId)))
      return
    }
    const list = shown.items[place.lane]
    const overTop = isLaneId(over.id) ? id : topLevelId(shown, String(over.id))
    const position = next ? place.index : list.indexOf(overTop)
    const index = position >= 0 ? position : place.index
    sayWhere(
      `${place.lane}:${index}:${list.length}`,
      t.dnd.over(laneTitle(place.lane), index + 1, list.length),
    )
    if (!next) return
    movedToNewLane.current = true
    requestAnimationFrame(() => {
      movedToNewLane.current = false
    })
    setPreview(next)
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id)
    const current = previewRef.current ?? layout
    const start = startRef.current
    finish()
    if (!over || !start) {
      spoken.current = t.dnd.droppedNowhere
      return
    }
    const target = combineTargetOf(String(over.id))
    if (target !== null) {
      if (!mayCombine(current, id, target)) return
      const joinsGroup = locate(current, target)?.groupId ?? null
      const groupId = mapping.groupCards(practiceId, target, id)
      spoken.current = t.groups.grouped(cardText(id), cardText(target))
      if (groupId && joinsGroup === null) requestGroupTitleFocus(groupId)
      return
    }
    const landed = landing(current, id, String(over.id))
    if (!landed) {
      spoken.current = t.dnd.droppedNowhere
      return
    }
    const { lane, list } = landed
    const position = list.indexOf(id)
    spoken.current = isGroup(current, id)
      ? t.groups.dropped(laneTitle(lane), position + 1, list.length)
      : t.dnd.dropped(laneTitle(lane), position + 1, list.length)
    const index = dropIndex(list, layoutRef.current.items[lane], id)
    if (start.groupId === null && lane === start.lane && index === start.index) return
    if (isGroup(current, id)) mapping.moveGroup(practiceId, id, lane, index)
    else session.moveCard(practiceId, id, lane, index)
  }

  function onDragCancel({ active }: { active: { id: UniqueIdentifier } }) {
    spoken.current = t.dnd.cancelled(itemName(String(active.id)))
    finish()
  }

  function finish() {
    setPreview(null)
    setActiveId(null)
    combiningRef.current = false
    setCombineLane(null)
    pointerLaneRef.current = undefined
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

  const targetLane = activeId ? laneOfDroppable(shown, activeId) : undefined
  const dragState = useMemo<BoardDragState>(() => ({ combineLane }), [combineLane])

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={MEASURING}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.dnd.instructions } }}
      onDragStart={onDragStart}
      onDragMove={followPointerLane}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <MeasureWhenLanesShift preview={preview} />
      <BoardDragContext.Provider value={dragState}>
        <div className="board" data-testid="board">
          {LANES.map((lane) => (
            <Lane
              key={lane}
              practiceId={practiceId}
              lane={lane}
              cardIds={lanes[lane]}
              items={shown.items[lane]}
              groupCards={shown.groupCards}
              isDropTarget={targetLane === lane}
              recovered={recovered.byLane[lane]}
              onRecovered={recovered.refresh}
            />
          ))}
        </div>
      </BoardDragContext.Provider>
      <DragOverlay>
        {activeGroup ? (
          <GroupPreview group={activeGroup} />
        ) : activeCard ? (
          <div className="carried">
            <CarryHint />
            <CardPreview card={activeCard} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
