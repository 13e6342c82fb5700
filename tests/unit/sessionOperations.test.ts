import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { timerRemainingMs } from '../../shared/clock'
import { readWorkshop } from '../../shared/readers'
import { mayWrite } from '../../shared/roles'
import { DEFAULT_PHASE_KINDS } from '../../shared/schema'
import {
  addPhase,
  addTimerMinute,
  boardRules,
  currentPhase,
  isBoardLocked,
  movePhase,
  pauseTimer,
  readSession,
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
import { addPractice, initWorkshop } from '../../shared/workshopOperations'

function newWorkshop() {
  const doc = new Y.Doc()
  initWorkshop(doc, { title: 'Seminar', date: '', place: '' }, 1)
  const practiceId = addPractice(
    doc,
    { title: 'Urban gardens', organisation: 'Las Palmas', description: '' },
    1,
  )
  return { doc, practiceId }
}

describe('phases', () => {
  it('a new workshop has the default agenda, with no phase started', () => {
    const { doc } = newWorkshop()
    const session = readSession(doc)
    expect(session.phases.map((phase) => phase.kind)).toEqual([...DEFAULT_PHASE_KINDS])
    expect(session.currentPhaseId).toBeNull()
    expect(session.phases.find((phase) => phase.kind === 'silentWriting')?.privateWriting).toBe(true)
    expect(session.phases.find((phase) => phase.kind === 'vote')?.voting).toBe(true)
  })

  it('the current phase sets the rules of every board', () => {
    const { doc, practiceId } = newWorkshop()
    const practice = () => readWorkshop(doc).practices[0]
    expect(boardRules(readSession(doc), practice())).toEqual({
      locked: false,
      privateWriting: false,
      votingOpen: false,
    })
    const vote = readSession(doc).phases.find((phase) => phase.kind === 'vote')
    setCurrentPhase(doc, vote?.id ?? null)
    expect(boardRules(readSession(doc), practice()).votingOpen).toBe(true)
    updatePhase(doc, vote?.id ?? '', { locked: true })
    expect(isBoardLocked(doc, practiceId)).toBe(true)
    setCurrentPhase(doc, null)
    expect(isBoardLocked(doc, practiceId)).toBe(false)
  })

  it('a facilitator edits the agenda: rename, add, reorder, remove (removing the current one clears it)', () => {
    const { doc } = newWorkshop()
    const custom = addPhase(doc, 'Site visit debrief')
    movePhase(doc, custom, 0)
    updatePhase(doc, custom, { name: '  Debrief ' })
    expect(readSession(doc).phases[0]).toMatchObject({ id: custom, kind: 'custom', name: 'Debrief' })
    setCurrentPhase(doc, custom)
    expect(currentPhase(readSession(doc))?.id).toBe(custom)
    removePhase(doc, custom)
    expect(readSession(doc).currentPhaseId).toBeNull()
    expect(setCurrentPhase(doc, 'missing')).toBe(false)
  })
})

describe('locks, timer, voting and summon', () => {
  it('locks one practice’s board', () => {
    const { doc, practiceId } = newWorkshop()
    setPracticeLocked(doc, practiceId, true)
    expect(isBoardLocked(doc, practiceId)).toBe(true)
    expect(readWorkshop(doc).practices[0]?.locked).toBe(true)
    expect(isBoardLocked(doc, 'otherPractice')).toBe(false)
  })

  it('runs the timer in server time and survives a round trip through the document', () => {
    const { doc } = newWorkshop()
    setTimerDuration(doc, 10 * 60_000)
    startTimer(doc, 1_000_000)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(timerRemainingMs(readSession(copy).timer, 1_060_000)).toBe(9 * 60_000)
    pauseTimer(doc, 1_120_000)
    addTimerMinute(doc, 1_120_000)
    expect(readSession(doc).timer).toEqual({ durationMs: 11 * 60_000, endsAt: null, remainingMs: 9 * 60_000 })
    resetTimerToDuration(doc)
    expect(readSession(doc).timer.remainingMs).toBe(11 * 60_000)
  })

  it('keeps voting settings within sane bounds', () => {
    const { doc } = newWorkshop()
    setVotingSettings(doc, { dotsPerPerson: 3, scope: 'workshop', maxDotsPerCard: 9 })
    expect(readSession(doc).voting).toEqual({ dotsPerPerson: 3, scope: 'workshop', maxDotsPerCard: 3 })
    setVotingSettings(doc, { dotsPerPerson: -4 })
    expect(readSession(doc).voting.dotsPerPerson).toBe(1)
  })

  it('a summon gets a new id each time, even to the same board', () => {
    const { doc, practiceId } = newWorkshop()
    const first = summonEveryone(doc, practiceId, 10)
    const second = summonEveryone(doc, practiceId, 20)
    expect(first).not.toBe(second)
    expect(readSession(doc).summon).toEqual({ id: second, practiceId, at: 20 })
  })
})

describe('rights per role and document', () => {
  it.each([
    ['facilitator', 'workshop', false, true],
    ['facilitator', 'board', true, true],
    ['participant', 'workshop', false, false],
    ['participant', 'board', false, true],
    ['participant', 'board', true, false],
    ['participant', 'participation', false, true],
    ['observer', 'board', false, false],
    ['observer', 'participation', false, false],
  ] as const)('%s on a %s (locked: %s) may write: %s', (role, kind, locked, expected) => {
    expect(mayWrite(role, kind, locked)).toBe(expected)
  })
})
