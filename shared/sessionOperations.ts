import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import { NO_TIMER, pausedTimer, resetTimer, startedTimer, timerPlusMinute, timerWithDuration } from './clock'
import { newId } from './ids'
import { orderKeyAt, sortOrdered } from './ordering'
import type { TransactionOrigin } from './origins'
import {
  DEFAULT_PHASE_KINDS,
  LIMITS,
  type Phase,
  type PhaseFields,
  type PhaseKind,
  type PhaseRules,
  type Practice,
  type PracticeFields,
  phasesMap,
  practicesMap,
  type SessionFields,
  type SessionState,
  type Summon,
  sessionMap,
  type TimerState,
  typed,
  VOTING_SCOPES,
  type VotingSettings,
} from './schema'

/**
 * How a session runs: phases and their rules, the timer, voting settings, summon and locks. All of it
 * lives in the workshop document, which only facilitators may write (the server enforces that). Each
 * operation is one transaction; times are server time, passed in by the caller.
 */

const DEFAULT_RULES: Record<(typeof DEFAULT_PHASE_KINDS)[number], PhaseRules> = {
  silentWriting: { privateWriting: true, voting: false, locked: false },
  revealCluster: { privateWriting: false, voting: false, locked: false },
  vote: { privateWriting: false, voting: true, locked: false },
  discuss: { privateWriting: false, voting: false, locked: false },
  transferPlanning: { privateWriting: false, voting: false, locked: false },
}

export const DEFAULT_VOTING: VotingSettings = { dotsPerPerson: 5, scope: 'practice', maxDotsPerCard: 1 }
const MAX_DOTS = 50

export const OPEN_RULES: PhaseRules = { privateWriting: false, voting: false, locked: false }

// ---- Reading. ----

function bool(value: unknown): boolean {
  return value === true
}

function isPhaseKind(value: unknown): value is PhaseKind {
  return value === 'custom' || (DEFAULT_PHASE_KINDS as readonly unknown[]).includes(value)
}

function readTimer(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return NO_TIMER
  const { durationMs, endsAt, remainingMs } = value as Record<string, unknown>
  const finite = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0)
  return {
    durationMs: Math.max(0, finite(durationMs)),
    endsAt: typeof endsAt === 'number' && Number.isFinite(endsAt) ? endsAt : null,
    remainingMs: Math.max(0, finite(remainingMs)),
  }
}

function cleanVoting(value: unknown): VotingSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_VOTING
  const { dotsPerPerson, scope, maxDotsPerCard } = value as Record<string, unknown>
  const count = (n: unknown, fallback: number) =>
    typeof n === 'number' && Number.isInteger(n) ? Math.min(MAX_DOTS, Math.max(1, n)) : fallback
  const dots = count(dotsPerPerson, DEFAULT_VOTING.dotsPerPerson)
  return {
    dotsPerPerson: dots,
    scope: (VOTING_SCOPES as readonly unknown[]).includes(scope)
      ? (scope as VotingSettings['scope'])
      : 'practice',
    maxDotsPerCard: Math.min(dots, count(maxDotsPerCard, DEFAULT_VOTING.maxDotsPerCard)),
  }
}

function readSummon(value: unknown): Summon | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, practiceId, at } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof practiceId !== 'string' || typeof at !== 'number') return null
  return { id, practiceId, at }
}

export function readPhase(id: string, map: Y.Map<unknown>): Phase {
  const fields = typed<PhaseFields>(map)
  const kind = fields.get('kind')
  const name = fields.get('name')
  const order = fields.get('order')
  return {
    id,
    kind: isPhaseKind(kind) ? kind : 'custom',
    name: typeof name === 'string' ? withoutBidiControls(name) : '',
    order: typeof order === 'string' ? order : '',
    privateWriting: bool(fields.get('privateWriting')),
    voting: bool(fields.get('voting')),
    locked: bool(fields.get('locked')),
  }
}

export function readPhases(doc: Y.Doc): Phase[] {
  const phases: Phase[] = []
  phasesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) phases.push(readPhase(id, map))
  })
  return sortOrdered(phases)
}

export function readSession(doc: Y.Doc): SessionState {
  const session = typed<SessionFields>(sessionMap(doc))
  const phases = readPhases(doc)
  const current = session.get('currentPhaseId')
  return {
    phases,
    currentPhaseId:
      typeof current === 'string' && phases.some((phase) => phase.id === current) ? current : null,
    timer: readTimer(session.get('timer')),
    voting: cleanVoting(session.get('voting')),
    summon: readSummon(session.get('summon')),
  }
}

export function currentPhase(session: SessionState): Phase | null {
  return session.phases.find((phase) => phase.id === session.currentPhaseId) ?? null
}

/** What participants may do on a practice's board right now. */
export interface BoardRules {
  locked: boolean
  privateWriting: boolean
  votingOpen: boolean
}

export function boardRules(
  session: SessionState,
  practice: Pick<Practice, 'locked'> | undefined,
): BoardRules {
  const rules = currentPhase(session) ?? OPEN_RULES
  return {
    locked: Boolean(practice?.locked) || rules.locked,
    privateWriting: rules.privateWriting,
    votingOpen: rules.voting,
  }
}

/** The lock the server checks before accepting a participant's change to a board. */
export function isBoardLocked(workshop: Y.Doc, practiceId: string): boolean {
  const practice: unknown = practicesMap(workshop).get(practiceId)
  if (practice instanceof Y.Map && practice.get('locked') === true) return true
  // Only the current phase's flag, as readSession would find it: the server asks for every change to a
  // board, and building the whole session (every phase, the timer, voting) for one flag cost the most.
  const current = sessionMap(workshop).get('currentPhaseId')
  if (typeof current !== 'string') return false
  const phase: unknown = phasesMap(workshop).get(current)
  return phase instanceof Y.Map && bool(phase.get('locked'))
}

// ---- Writing. ----

/** Adds the default agenda (Silent writing → Reveal & cluster → Vote → Discuss → Transfer planning). */
export function addDefaultPhases(doc: Y.Doc, origin?: TransactionOrigin): void {
  doc.transact(() => {
    for (const kind of DEFAULT_PHASE_KINDS) insertPhase(doc, kind, '', DEFAULT_RULES[kind])
  }, origin)
}

function insertPhase(doc: Y.Doc, kind: PhaseKind, name: string, rules: PhaseRules, index?: number): string {
  const existing = readPhases(doc)
  const id = newId()
  const phase = typed<PhaseFields>(new Y.Map())
  phase.set('kind', kind)
  phase.set('name', withoutBidiControls(name).trim().slice(0, LIMITS.title))
  phase.set('order', orderKeyAt(existing, index ?? existing.length))
  phase.set('privateWriting', rules.privateWriting)
  phase.set('voting', rules.voting)
  phase.set('locked', rules.locked)
  phasesMap(doc).set(id, phase.map)
  return id
}

export function addPhase(
  doc: Y.Doc,
  name: string,
  rules: PhaseRules = OPEN_RULES,
  origin?: TransactionOrigin,
): string {
  let id = ''
  doc.transact(() => {
    id = insertPhase(doc, 'custom', name, rules)
  }, origin)
  return id
}

export function updatePhase(
  doc: Y.Doc,
  id: string,
  patch: Partial<PhaseRules> & { name?: string },
  origin?: TransactionOrigin,
): boolean {
  const map: unknown = phasesMap(doc).get(id)
  if (!(map instanceof Y.Map)) return false
  doc.transact(() => {
    const phase = typed<PhaseFields>(map)
    if (patch.name !== undefined)
      phase.set('name', withoutBidiControls(patch.name).trim().slice(0, LIMITS.title))
    if (patch.privateWriting !== undefined) phase.set('privateWriting', patch.privateWriting)
    if (patch.voting !== undefined) phase.set('voting', patch.voting)
    if (patch.locked !== undefined) phase.set('locked', patch.locked)
  }, origin)
  return true
}

export function movePhase(doc: Y.Doc, id: string, index: number, origin?: TransactionOrigin): boolean {
  const map: unknown = phasesMap(doc).get(id)
  if (!(map instanceof Y.Map)) return false
  doc.transact(() => {
    const others = readPhases(doc).filter((phase) => phase.id !== id)
    typed<PhaseFields>(map).set('order', orderKeyAt(others, index))
  }, origin)
  return true
}

export function removePhase(doc: Y.Doc, id: string, origin?: TransactionOrigin): boolean {
  const phases = phasesMap(doc)
  if (!phases.has(id)) return false
  doc.transact(() => {
    phases.delete(id)
    if (sessionMap(doc).get('currentPhaseId') === id) sessionMap(doc).set('currentPhaseId', null)
  }, origin)
  return true
}

/** Makes `id` the current phase (null: no phase, every board open). */
export function setCurrentPhase(doc: Y.Doc, id: string | null, origin?: TransactionOrigin): boolean {
  if (id !== null && !phasesMap(doc).has(id)) return false
  doc.transact(() => sessionMap(doc).set('currentPhaseId', id), origin)
  return true
}

function changeTimer(
  doc: Y.Doc,
  change: (timer: TimerState) => TimerState,
  origin?: TransactionOrigin,
): void {
  doc.transact(() => {
    const session = typed<SessionFields>(sessionMap(doc))
    session.set('timer', change(readTimer(session.get('timer'))))
  }, origin)
}

export function setTimerDuration(doc: Y.Doc, durationMs: number, origin?: TransactionOrigin): void {
  changeTimer(doc, () => timerWithDuration(durationMs), origin)
}

export function startTimer(doc: Y.Doc, serverNow: number, origin?: TransactionOrigin): void {
  changeTimer(doc, (timer) => startedTimer(timer, serverNow), origin)
}

export function pauseTimer(doc: Y.Doc, serverNow: number, origin?: TransactionOrigin): void {
  changeTimer(doc, (timer) => pausedTimer(timer, serverNow), origin)
}

export function addTimerMinute(doc: Y.Doc, serverNow: number, origin?: TransactionOrigin): void {
  changeTimer(doc, (timer) => timerPlusMinute(timer, serverNow), origin)
}

export function resetTimerToDuration(doc: Y.Doc, origin?: TransactionOrigin): void {
  changeTimer(doc, resetTimer, origin)
}

export function setVotingSettings(
  doc: Y.Doc,
  settings: Partial<VotingSettings>,
  origin?: TransactionOrigin,
): void {
  doc.transact(() => {
    const session = typed<SessionFields>(sessionMap(doc))
    session.set('voting', cleanVoting({ ...cleanVoting(session.get('voting')), ...settings }))
  }, origin)
}

/** "Bring everyone here": everyone following the facilitator moves to this practice's board. */
export function summonEveryone(
  doc: Y.Doc,
  practiceId: string,
  serverNow: number,
  origin?: TransactionOrigin,
): string {
  const id = newId()
  doc.transact(() => {
    typed<SessionFields>(sessionMap(doc)).set('summon', { id, practiceId, at: serverNow })
  }, origin)
  return id
}

export function setPracticeLocked(
  doc: Y.Doc,
  practiceId: string,
  locked: boolean,
  origin?: TransactionOrigin,
): boolean {
  const map: unknown = practicesMap(doc).get(practiceId)
  if (!(map instanceof Y.Map)) return false
  doc.transact(() => typed<PracticeFields>(map).set('locked', locked), origin)
  return true
}
