import type * as Y from 'yjs'
import { addCard, deleteCard, editCardText, moveCard, setCardColor } from '../../shared/boardOperations'
import type { LocalUserOrigin } from '../../shared/origins'
import type { Author, CardColor, LaneId, WorkshopDetails } from '../../shared/schema'
import {
  addPractice,
  movePractice,
  type PracticeInput,
  removePractice,
  updatePractice,
  updateWorkshopDetails,
} from '../../shared/workshopOperations'

/**
 * What a person does to the workshop and its boards. Each action calls one shared domain operation with
 * the session's origin (so undo reverts it as one step, and only for this user), and only on a document
 * this user may change now: the server drops any other write, and a change kept here but refused there
 * would show to this user alone.
 */

/** What every action module works over: the documents this user may change now, and who they are. */
export interface ActionContext {
  readonly origin: LocalUserOrigin
  /** The workshop document, if this user may change it now. */
  writableWorkshop(): Y.Doc | null
  /** The board's document, if it is open and this user may change it now (not locked, not an observer). */
  writableBoard(practiceId: string): Y.Doc | null
  /** The participation document, if this user may change it (not an observer). */
  writableParticipation(): Y.Doc | null
  /** Who this user is now, as written into what they change. */
  author(): Author
}

export interface WorkshopActions {
  updateDetails(details: Partial<WorkshopDetails>): void
  /** Returns the new practice's id, or null if this user may not add one. */
  addPractice(input: PracticeInput): string | null
  updatePractice(id: string, patch: Partial<PracticeInput>): void
  /** Moves the practice to `index` counted among the other practices. */
  movePractice(id: string, index: number): void
  removePractice(id: string): void
}

export function workshopActions(context: ActionContext): WorkshopActions {
  const { origin } = context
  return {
    updateDetails(details) {
      const doc = context.writableWorkshop()
      if (doc) updateWorkshopDetails(doc, details, origin)
    },
    addPractice(input) {
      const doc = context.writableWorkshop()
      return doc ? addPractice(doc, input, Date.now(), origin) : null
    },
    updatePractice(id, patch) {
      const doc = context.writableWorkshop()
      if (doc) updatePractice(doc, id, patch, origin)
    },
    movePractice(id, index) {
      const doc = context.writableWorkshop()
      if (doc) movePractice(doc, id, index, origin)
    },
    removePractice(id) {
      const doc = context.writableWorkshop()
      if (doc) removePractice(doc, id, origin)
    },
  }
}

export interface BoardActions {
  /** Returns the new card's (or draft's) id, or null if nothing was added. */
  addCard(practiceId: string, lane: LaneId, text: string): string | null
  editCardText(practiceId: string, cardId: string, text: string): void
  setCardColor(practiceId: string, cardId: string, color: CardColor): void
  /** Moves the card to `index` of `lane`, counted among the lane's other cards. */
  moveCard(practiceId: string, cardId: string, lane: LaneId, index: number): void
  deleteCard(practiceId: string, cardId: string): void
}

/** Private writing (facilitation.ts): while a phase has it, a new card is a draft on this device. */
export interface DraftWriting {
  writesDrafts(practiceId: string): boolean
  addDraft(practiceId: string, lane: LaneId, text: string): string | null
}

export function boardActions(context: ActionContext, drafts: DraftWriting): BoardActions {
  const { origin } = context
  return {
    addCard(practiceId, lane, text) {
      // While the phase has private writing, a new card is a draft on this device until the reveal.
      if (drafts.writesDrafts(practiceId)) return drafts.addDraft(practiceId, lane, text)
      const doc = context.writableBoard(practiceId)
      if (!doc || !text.trim()) return null
      return addCard(doc, { lane, text, author: context.author() }, Date.now(), origin)
    },
    editCardText(practiceId, cardId, text) {
      const doc = context.writableBoard(practiceId)
      if (doc) editCardText(doc, cardId, text, origin)
    },
    setCardColor(practiceId, cardId, color) {
      const doc = context.writableBoard(practiceId)
      if (doc) setCardColor(doc, cardId, color, origin)
    },
    moveCard(practiceId, cardId, lane, index) {
      const doc = context.writableBoard(practiceId)
      if (doc) moveCard(doc, cardId, lane, index, origin)
    },
    deleteCard(practiceId, cardId) {
      const doc = context.writableBoard(practiceId)
      if (doc) deleteCard(doc, cardId, origin)
    },
  }
}
