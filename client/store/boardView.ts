import type { GroupRecord } from '../../shared/readers'
import type { Card, CardGroup, LaneId } from '../../shared/schema'

export type LaneCardIds = Readonly<Record<LaneId, readonly string[]>>

/** One board as the components read it: laid out by boardGroups.ts, kept by workshopStore.ts. */
export interface BoardView {
  /** False until the board is loaded from this device or the server: until then "empty" is not known. */
  ready: boolean
  cards: Readonly<Record<string, Card>>
  /** Each lane's cards in display order, a group's cards together at the group's place. */
  lanes: LaneCardIds
  /** Each lane's top-level items in display order: ungrouped card ids and group ids (see boardGroups.ts). */
  items: LaneCardIds
  /** Groups that hold at least one card, with their cards in order. */
  groups: Readonly<Record<string, CardGroup>>
  /** Groups as stored, also any whose cards have not arrived yet. */
  groupRecords: Readonly<Record<string, GroupRecord>>
}
