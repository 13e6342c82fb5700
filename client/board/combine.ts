import { createContext } from 'react'
import type { LaneId } from '../../shared/schema'

/**
 * What the board's drag means for every card: the lane whose cards group a card dropped on their middle
 * (the lane under the pointer while a card is carried), or null when the drag cannot group.
 */
export interface BoardDragState {
  combineLane: LaneId | null
}

export const BoardDragContext = createContext<BoardDragState>({ combineLane: null })

/** A group just made by this user: its title field takes focus once it appears, to be named at once. */
let titleFocusRequest: string | null = null

export function requestGroupTitleFocus(groupId: string): void {
  titleFocusRequest = groupId
}

/** True once for the group whose title was asked to take focus: the request is used up by reading it. */
export function takeGroupTitleFocusRequest(groupId: string): boolean {
  if (titleFocusRequest !== groupId) return false
  titleFocusRequest = null
  return true
}
