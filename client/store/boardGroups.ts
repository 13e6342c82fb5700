import { copyRecord, emptyRecord, ownValue } from '../../shared/ownKeys'
import { arrangeBoard, type GroupRecord } from '../../shared/readers'
import { type Card, type CardGroup, LANES } from '../../shared/schema'
import type { BoardView, LaneCardIds } from './boardView'

/**
 * How a board's cards and groups are laid out in the store: each lane's cards in display order (`lanes`),
 * each lane's top-level items, ungrouped cards and groups (`items`), and the groups with their cards.
 * Built by the shared `arrangeBoard`, so every client shows the same layout; every list and group that
 * did not change keeps its object, so a memoised lane, group or card re-renders only when it changed.
 */

export type BoardLayout = Pick<BoardView, 'lanes' | 'items' | 'groups'>

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}

function sameGroup(a: CardGroup, b: CardGroup): boolean {
  return a.title === b.title && a.lane === b.lane && a.order === b.order && sameIds(a.cardIds, b.cardIds)
}

function sameRecord(a: GroupRecord, b: GroupRecord): boolean {
  return a.title === b.title && a.lane === b.lane && a.order === b.order
}

/** Keeps the previous lane record when every list in it is equal, and each equal list on its own. */
function keepLanes(previous: LaneCardIds, next: Record<keyof LaneCardIds, string[]>): LaneCardIds {
  let changed = false
  const result = { ...previous }
  for (const lane of LANES) {
    if (!sameIds(previous[lane], next[lane])) {
      result[lane] = next[lane]
      changed = true
    }
  }
  return changed ? result : previous
}

export function layoutBoard(
  previous: BoardLayout,
  cards: Readonly<Record<string, Card>>,
  records: Readonly<Record<string, GroupRecord>>,
): BoardLayout {
  const board = arrangeBoard(Object.values(cards), Object.values(records))
  const lanes = { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] } as Record<
    keyof LaneCardIds,
    string[]
  >
  const items = { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] } as Record<
    keyof LaneCardIds,
    string[]
  >
  for (const lane of LANES) {
    for (const card of board.lanes[lane]) {
      lanes[lane].push(card.id)
      // A group's cards sit together, so its id is pushed once, at its first card.
      const groupId = card.groupId !== null && board.groups.has(card.groupId) ? card.groupId : null
      if (groupId === null) items[lane].push(card.id)
      else if (items[lane].at(-1) !== groupId) items[lane].push(groupId)
    }
  }
  let groupsChanged = Object.keys(previous.groups).length !== board.groups.size
  const groups = emptyRecord<CardGroup>()
  for (const [id, group] of board.groups) {
    const old = ownValue(previous.groups, id)
    if (old && sameGroup(old, group)) groups[id] = old
    else {
      groups[id] = group
      groupsChanged = true
    }
  }
  const next: BoardLayout = {
    lanes: keepLanes(previous.lanes, lanes),
    items: keepLanes(previous.items, items),
    groups: groupsChanged ? groups : previous.groups,
  }
  return next.lanes === previous.lanes && next.items === previous.items && next.groups === previous.groups
    ? previous
    : next
}

/** Applies re-read group records (null = deleted) and lays the board out again if any really changed. */
export function mirrorGroupRecords(
  board: BoardView,
  changed: ReadonlyMap<string, GroupRecord | null>,
): BoardView {
  let records: Record<string, GroupRecord> | null = null
  for (const [id, record] of changed) {
    const old = ownValue(board.groupRecords, id)
    if (record === null) {
      if (old === undefined) continue
      records ??= copyRecord(board.groupRecords)
      delete records[id]
    } else if (old === undefined || !sameRecord(old, record)) {
      records ??= copyRecord(board.groupRecords)
      records[id] = record
    }
  }
  if (records === null) return board
  const layout = layoutBoard(board, board.cards, records)
  return layout === board
    ? { ...board, groupRecords: records }
    : { ...board, groupRecords: records, lanes: layout.lanes, items: layout.items, groups: layout.groups }
}
