import { useMemo } from 'react'
import {
  groupCards,
  moveCard,
  moveGroup,
  renameGroup,
  setStakeholderTags,
  setTransferDetails,
  ungroup,
} from '../../shared/boardOperations'
import { type InterestInput, setInterest } from '../../shared/interest'
import type { LaneId, StakeholderTags, TransferDetails } from '../../shared/schema'
import { useSession } from './sessionContext'
import type { ActionContext } from './workshopActions'

/**
 * What mapping a practice adds to a session's actions: groups of cards, a transfer step's action-plan
 * fields, stakeholder tags, and the transfer-interest matrix. Like workshopActions.ts, each calls
 * one shared domain operation with the session's origin (so undo reverts it as one step, and only for
 * this user), and only where this user may write: the server would drop anything else.
 */
export interface MappingActions {
  /** Drops card `draggedId` onto card `targetId`; returns the group's id, or null if nothing changed. */
  groupCards(practiceId: string, targetId: string, draggedId: string): string | null
  renameGroup(practiceId: string, groupId: string, title: string): void
  /** Moves a whole group to `index` among the lane's other top-level items. */
  moveGroup(practiceId: string, groupId: string, lane: LaneId, index: number): void
  /** Takes a card out of its group, to `index` among the lane's other top-level items. */
  takeOutOfGroup(practiceId: string, cardId: string, lane: LaneId, index: number): void
  ungroup(practiceId: string, groupId: string): void
  setTransferDetails(practiceId: string, cardId: string, patch: Partial<TransferDetails>): void
  setStakeholderTags(practiceId: string, cardId: string, patch: Partial<StakeholderTags>): void
  /** Sets one cell of the interest matrix; false if this user may not, or the input is not valid. */
  setInterest(input: InterestInput): boolean
}

export function mappingActions(context: ActionContext): MappingActions {
  const { origin } = context
  return {
    groupCards(practiceId, targetId, draggedId) {
      const doc = context.writableBoard(practiceId)
      return doc ? groupCards(doc, targetId, draggedId, '', origin) : null
    },
    renameGroup(practiceId, groupId, title) {
      const doc = context.writableBoard(practiceId)
      if (doc) renameGroup(doc, groupId, title, origin)
    },
    moveGroup(practiceId, groupId, lane, index) {
      const doc = context.writableBoard(practiceId)
      if (doc) moveGroup(doc, groupId, lane, index, origin)
    },
    takeOutOfGroup(practiceId, cardId, lane, index) {
      const doc = context.writableBoard(practiceId)
      if (doc) moveCard(doc, cardId, lane, index, origin)
    },
    ungroup(practiceId, groupId) {
      const doc = context.writableBoard(practiceId)
      if (doc) ungroup(doc, groupId, origin)
    },
    setTransferDetails(practiceId, cardId, patch) {
      const doc = context.writableBoard(practiceId)
      if (doc) setTransferDetails(doc, cardId, patch, origin)
    },
    setStakeholderTags(practiceId, cardId, patch) {
      const doc = context.writableBoard(practiceId)
      if (doc) setStakeholderTags(doc, cardId, patch, origin)
    },
    setInterest(input) {
      const doc = context.writableParticipation()
      return doc ? setInterest(doc, input, context.author(), Date.now(), origin) : false
    },
  }
}

export function useMappingActions(): MappingActions {
  const session = useSession()
  return useMemo(() => mappingActions(session.actionContext), [session])
}
