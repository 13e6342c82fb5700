import type * as Y from 'yjs'
import { ownValue } from '../../shared/ownKeys'
import type { PhaseRules, VotingSettings } from '../../shared/schema'
import {
  addDefaultPhases,
  addPhase,
  addTimerMinute,
  boardRules,
  movePhase,
  pauseTimer,
  removePhase,
  resetTimerToDuration,
  setCurrentPhase,
  setPracticeLocked,
  setTimerDuration,
  setVotingSettings,
  startTimer,
  summonEveryone,
  updatePhase,
} from '../../shared/sessionOperations'
import { clearVotes, mayAddDot, setDots } from '../../shared/voting'
import type { FacilitationState } from '../store/facilitationStore'
import type { WorkshopState } from '../store/workshopStore'
import type { ActionContext } from './workshopActions'

/**
 * What the facilitator does to run a session (the agenda, the timer, voting settings, summon, locks) and
 * what everyone does with their dots. Like workshopActions.ts: one shared operation each, with the
 * session's origin, only on a document this user may change now (the server checks again).
 */

export interface FacilitationActionContext extends ActionContext {
  /** The server's clock as this device measures it: what the timer and summons are written in. */
  serverNow(): number
  /** The key of this device's ballot (client/voter.ts): the only one the server lets it change. */
  readonly voterId: string
  /** The open board of a practice, if any, whether or not this user may write it. */
  openBoard(practiceId: string): Y.Doc | undefined
  workshopState(): WorkshopState
  facilitationState(): FacilitationState
  /** The one who summons is already there: their own summon does not move them. */
  rememberHandledSummon(id: string): void
}

export interface FacilitationActions {
  setCurrentPhase(phaseId: string | null): void
  addDefaultPhases(): void
  /** Returns the new phase's id, or null if this user may not add one. */
  addPhase(name: string, rules?: PhaseRules): string | null
  updatePhase(phaseId: string, patch: Partial<PhaseRules> & { name?: string }): void
  /** Moves the phase to `index` counted among the other phases. */
  movePhase(phaseId: string, index: number): void
  removePhase(phaseId: string): void
  setTimerDuration(durationMs: number): void
  startTimer(): void
  pauseTimer(): void
  addTimerMinute(): void
  resetTimer(): void
  /** Time is up: the same length again, running at once (one change, so no screen shows it stopped). */
  restartTimer(): void
  setVotingSettings(settings: Partial<VotingSettings>): void
  summonEveryone(practiceId: string): void
  setPracticeLocked(practiceId: string, locked: boolean): void
  /** Puts one more dot on a card or group (+1) or takes one off (-1), within the rules. */
  changeDots(practiceId: string, targetId: string, delta: 1 | -1): void
  /** Facilitators only: clearing others' ballots is theirs to do. */
  clearVotes(practiceId: string): void
}

export function facilitationActions(context: FacilitationActionContext): FacilitationActions {
  const { origin } = context
  /** Runs `change` on the workshop document, if this user may change it now. */
  const onWorkshop = (change: (doc: Y.Doc) => void): void => {
    const doc = context.writableWorkshop()
    if (doc) change(doc)
  }
  return {
    setCurrentPhase: (phaseId) => onWorkshop((doc) => setCurrentPhase(doc, phaseId, origin)),
    addDefaultPhases: () => onWorkshop((doc) => addDefaultPhases(doc, origin)),
    addPhase(name, rules) {
      const doc = context.writableWorkshop()
      return doc ? addPhase(doc, name, rules, origin) : null
    },
    updatePhase: (phaseId, patch) => onWorkshop((doc) => updatePhase(doc, phaseId, patch, origin)),
    movePhase: (phaseId, index) => onWorkshop((doc) => movePhase(doc, phaseId, index, origin)),
    removePhase: (phaseId) => onWorkshop((doc) => removePhase(doc, phaseId, origin)),
    setTimerDuration: (durationMs) => onWorkshop((doc) => setTimerDuration(doc, durationMs, origin)),
    startTimer: () => onWorkshop((doc) => startTimer(doc, context.serverNow(), origin)),
    pauseTimer: () => onWorkshop((doc) => pauseTimer(doc, context.serverNow(), origin)),
    addTimerMinute: () => onWorkshop((doc) => addTimerMinute(doc, context.serverNow(), origin)),
    resetTimer: () => onWorkshop((doc) => resetTimerToDuration(doc, origin)),
    restartTimer: () =>
      onWorkshop((doc) => {
        const now = context.serverNow()
        doc.transact(() => {
          resetTimerToDuration(doc, origin)
          startTimer(doc, now, origin)
        }, origin)
      }),
    setVotingSettings: (settings) => onWorkshop((doc) => setVotingSettings(doc, settings, origin)),
    summonEveryone: (practiceId) =>
      onWorkshop((doc) =>
        context.rememberHandledSummon(summonEveryone(doc, practiceId, context.serverNow(), origin)),
      ),
    setPracticeLocked: (practiceId, locked) =>
      onWorkshop((doc) => setPracticeLocked(doc, practiceId, locked, origin)),
    changeDots(practiceId, targetId, delta) {
      const board = context.writableBoard(practiceId)
      if (!board) return
      const state = context.facilitationState()
      if (!boardRules(state.session, ownValue(context.workshopState().practices, practiceId)).votingOpen)
        return
      const { voterId } = context
      const mine = ownValue(state.voteBoards, practiceId)?.ballots.find(
        (ballot) => ballot.voterId === voterId,
      )
      const current = mine?.dots.get(targetId) ?? 0
      if (delta > 0) {
        const boards = Object.values(state.voteBoards)
        if (!mayAddDot(voterId, practiceId, targetId, boards, state.session.voting)) return
      } else if (current === 0) return
      const { name, organisation } = context.author()
      setDots(board, { id: voterId, name, organisation }, targetId, current + delta, origin)
    },
    clearVotes(practiceId) {
      const board = context.openBoard(practiceId)
      if (board && context.writableWorkshop()) clearVotes(board, origin)
    },
  }
}
