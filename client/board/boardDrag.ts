import { arrayMove } from '@dnd-kit/sortable'
import { emptyRecord } from '../../shared/ownKeys'
import { isLaneId, LANES, type LaneId } from '../../shared/schema'
import type { BoardView, LaneCardIds } from '../store/boardView'

/**
 * The board's drag and drop as plain data, apart from dnd-kit and React so it can be tested alone. A lane
 * holds top-level items (ungrouped cards and groups); a group holds its cards. A drag moves a card or a
 * whole group among top-level items, takes a card out of its group, or, dropped on the middle of another
 * card (its "combine" zone), groups the two.
 */
export interface DragLayout {
  /** Each lane's top-level items: ungrouped card ids and group ids. */
  items: LaneCardIds
  /** Each group's cards, in order. */
  groupCards: Readonly<Record<string, readonly string[]>>
}

export function layoutOf(view: Pick<BoardView, 'items' | 'groups'>): DragLayout {
  // Without a prototype: a card whose id is `constructor` must not look like a group (see shared/ownKeys.ts).
  const groupCards = emptyRecord<readonly string[]>()
  for (const [id, group] of Object.entries(view.groups)) groupCards[id] = group.cardIds
  return { items: view.items, groupCards }
}

const COMBINE_PREFIX = 'combine:'

/** The id of the droppable zone in the middle of a card: a drop there groups the dragged card with it. */
export function combineId(cardId: string): string {
  return COMBINE_PREFIX + cardId
}

/** The card whose combine zone `id` is, or null for any other droppable. */
export function combineTargetOf(id: string): string | null {
  return id.startsWith(COMBINE_PREFIX) ? id.slice(COMBINE_PREFIX.length) : null
}

export function isGroup(layout: DragLayout, id: string): boolean {
  return Object.hasOwn(layout.groupCards, id)
}

export interface Place {
  lane: LaneId
  /** The group holding the card, or null for a top-level item. */
  groupId: string | null
  /** Index among the lane's top-level items, or among the group's cards. */
  index: number
}

const placeCache = new WeakMap<DragLayout, ReadonlyMap<string, Place>>()

/**
 * Where every card and group is in the layout, worked out once per layout (layouts are never changed in
 * place: each change makes a new one). Same answers as looking each id up in turn: a top-level item
 * first, else the first group that holds the card and is itself in a lane.
 */
export function placesOf(layout: DragLayout): ReadonlyMap<string, Place> {
  const cached = placeCache.get(layout)
  if (cached) return cached
  const places = new Map<string, Place>()
  for (const lane of LANES) {
    layout.items[lane].forEach((id, index) => {
      if (!places.has(id)) places.set(id, { lane, groupId: null, index })
    })
  }
  for (const [groupId, cardIds] of Object.entries(layout.groupCards)) {
    const group = places.get(groupId)
    if (!group || group.groupId !== null) continue
    cardIds.forEach((id, index) => {
      if (!places.has(id)) places.set(id, { lane: group.lane, groupId, index })
    })
  }
  placeCache.set(layout, places)
  return places
}

/** Where a card or group is in the layout, or null if it is not there. */
export function locate(layout: DragLayout, id: string): Place | null {
  return placesOf(layout).get(id) ?? null
}

const boardLayouts = new WeakMap<Pick<BoardView, 'items' | 'groups'>, DragLayout>()

/**
 * The layout of a board as stored, the same object for the same board view: a card's selectors can ask
 * where it is without scanning the board once per card.
 */
export function boardLayout(view: Pick<BoardView, 'items' | 'groups'>): DragLayout {
  let layout = boardLayouts.get(view)
  if (!layout) {
    layout = layoutOf(view)
    boardLayouts.set(view, layout)
  }
  return layout
}

/** The top-level item that holds `id`: its group for a grouped card, else the item itself. */
export function topLevelId(layout: DragLayout, id: string): string {
  const place = locate(layout, id)
  return place?.groupId ?? id
}

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/** Whether `point` lies in `box`, edges included. */
export function within(point: { x: number; y: number }, box: Box): boolean {
  return point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom
}

/**
 * The lane whose box holds `point` (boxes by droppable id, as dnd-kit measures them), or undefined outside
 * every lane. Every card lies within its lane, so only that lane's cards can be under the pointer.
 */
export function laneAt(
  point: { x: number; y: number },
  boxes: ReadonlyMap<unknown, Box>,
): LaneId | undefined {
  return LANES.find((lane) => {
    const box = boxes.get(lane)
    return box !== undefined && within(point, box)
  })
}

/** The lane a droppable belongs to: a lane's own id, or the lane of the card or group. */
export function laneOfDroppable(layout: DragLayout, id: string): LaneId | undefined {
  if (isLaneId(id)) return id
  return locate(layout, id)?.lane
}

/** The layout with `id` taken from wherever it is and put at `index` among `lane`'s top-level items. */
export function placeTopLevel(layout: DragLayout, id: string, lane: LaneId, index: number): DragLayout {
  const items = { ...layout.items }
  for (const other of LANES) {
    if (items[other].includes(id)) items[other] = items[other].filter((item) => item !== id)
  }
  const target = items[lane]
  const at = Math.max(0, Math.min(index, target.length))
  items[lane] = [...target.slice(0, at), id, ...target.slice(at)]
  let groupCards = layout.groupCards
  for (const [groupId, cardIds] of Object.entries(layout.groupCards)) {
    if (cardIds.includes(id)) groupCards = { ...groupCards, [groupId]: cardIds.filter((card) => card !== id) }
  }
  return { items, groupCards }
}

/**
 * Whether dropping `activeId` on the middle of card `targetId` groups them: only a card is dropped on a
 * card (a group moves whole), never on itself, nor on a card of its own group (it is already there).
 */
export function mayCombine(layout: DragLayout, activeId: string, targetId: string): boolean {
  if (activeId === targetId || isGroup(layout, activeId) || isGroup(layout, targetId)) return false
  const active = locate(layout, activeId)
  const target = locate(layout, targetId)
  if (!active || !target) return false
  return active.groupId === null || active.groupId !== target.groupId
}

/**
 * The preview once the dragged item is over `overId` (a lane, a card or a group), or null when it does
 * not change: within the item's own lane the sortable list previews the order itself, and a grouped card
 * stays in its group while it is over that group. Otherwise the item goes to the over item's place in
 * that lane (after it when `below`), out of its group if it was in one.
 */
export function previewOver(
  layout: DragLayout,
  activeId: string,
  overId: string,
  below: boolean,
): DragLayout | null {
  const from = locate(layout, activeId)
  const lane = laneOfDroppable(layout, overId)
  if (!from || !lane) return null
  const over = isLaneId(overId) ? null : topLevelId(layout, overId)
  if (from.groupId !== null) {
    if (over === from.groupId) return null
  } else if (from.lane === lane) return null
  const others = layout.items[lane].filter((item) => item !== activeId)
  const overIndex = over === null ? -1 : others.indexOf(over)
  const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : others.length
  return placeTopLevel(layout, activeId, lane, index)
}

/** Where the dragged item lands when dropped over `overId`: its lane and that lane's top-level items. */
export function landing(
  layout: DragLayout,
  activeId: string,
  overId: string,
): { lane: LaneId; list: readonly string[] } | null {
  const place = locate(layout, activeId)
  if (!place || place.groupId !== null) return null
  let list = layout.items[place.lane]
  const over = isLaneId(overId) ? null : topLevelId(layout, overId)
  if (over !== null && laneOfDroppable(layout, over) === place.lane) {
    const from = list.indexOf(activeId)
    const to = list.indexOf(over)
    if (from >= 0 && to >= 0 && from !== to) list = arrayMove([...list], from, to)
  }
  return { lane: place.lane, list }
}

/**
 * The index to write for an item shown at its place in `list` (the preview), counted among the lane's
 * other top-level items as they are now in the document (`current`): after the same neighbour as in the
 * preview, so items others added or removed meanwhile do not shift the drop.
 */
export function dropIndex(list: readonly string[], current: readonly string[], id: string): number {
  const position = list.indexOf(id)
  const others = current.filter((other) => other !== id)
  const before = position > 0 ? list[position - 1] : undefined
  if (before === undefined) return 0
  const neighbourIndex = others.indexOf(before)
  return neighbourIndex >= 0 ? neighbourIndex + 1 : Math.min(position, others.length)
}

/**
 * "Group with the card above" for a card standing alone: the card to drop it on, the one right above it
 * (the last card of the group right above, to join that group), or null at the top of its lane or for a
 * card already in a group.
 */
export function cardAbove(layout: DragLayout, cardId: string): string | null {
  const place = locate(layout, cardId)
  if (!place || place.groupId !== null || place.index === 0) return null
  const above = layout.items[place.lane][place.index - 1]
  if (above === undefined) return null
  if (!isGroup(layout, above)) return above
  return layout.groupCards[above]?.at(-1) ?? null
}

/** Where "Take out of the group" puts a grouped card: right after its group, among the lane's items. */
export function placeAfterGroup(layout: DragLayout, cardId: string): { lane: LaneId; index: number } | null {
  const place = locate(layout, cardId)
  if (!place || place.groupId === null) return null
  const group = locate(layout, place.groupId)
  return group ? { lane: group.lane, index: group.index + 1 } : null
}
