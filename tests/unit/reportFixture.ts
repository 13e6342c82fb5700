import * as Y from 'yjs'
import {
  addCard,
  groupCards,
  renameGroup,
  setStakeholderTags,
  setTransferDetails,
} from '../../shared/boardOperations'
import { setInterest } from '../../shared/interest'
import type { Author } from '../../shared/schema'
import { setVotingSettings } from '../../shared/sessionOperations'
import { setDots } from '../../shared/voting'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'

export const ola: Author = { id: 'ola', name: 'Ola Wójcik', organisation: 'Gmina Żyrardów' }
export const juan: Author = { id: 'juan', name: 'Juan Núñez', organisation: 'Cabildo de Gran Canaria' }
export const ioana: Author = { id: 'ioana', name: 'Ioana Țurcanu', organisation: 'Primăria Brașov' }

export const LONG_TEXT = `${'Zażółć gęślą jaźń. '.repeat(100)}`.trim()

/** A workshop with two practices (the second has an empty board) and hostile, multilingual cards. */
export function fixtureWorkshop() {
  const workshop = new Y.Doc()
  initWorkshop(workshop, { title: 'Transfer: Żyrardów — Brașov', date: '2026-11-20', place: 'Łódź' }, 1000)
  setVotingSettings(workshop, { dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 2 })
  const p1 = addPractice(
    workshop,
    { title: 'Energía comunitaria 🌞', organisation: 'Cabildo de Gran Canaria', description: 'Cooperativa' },
    2000,
  )
  const p2 = addPractice(
    workshop,
    { title: 'Școala verde', organisation: 'Primăria Brașov', description: '' },
    3000,
  )

  const board1 = new Y.Doc()
  const a = addCard(board1, { lane: 'keyAspects', text: 'Participación ciudadana', author: juan }, 10)
  const b = addCard(board1, { lane: 'keyAspects', text: 'Współpraca z mieszkańcami 👩‍🌾', author: ola }, 11)
  const hostile = addCard(
    board1,
    {
      lane: 'keyAspects',
      text: '=HYPERLINK("http://x") <script>alert(1)</script> [x](javascript:alert(1)) **bold**',
      author: ioana,
      color: 'pink',
    },
    12,
  )
  const s1 = addCard(board1, { lane: 'stakeholders', text: 'Ayuntamiento', author: juan }, 13)
  const s2 = addCard(board1, { lane: 'stakeholders', text: 'Universitatea Transilvania', author: ioana }, 14)
  setStakeholderTags(board1, s1, { type: 'publicAuthority', level: 'local' })
  const groupId = groupCards(board1, s2, s1) ?? ''
  renameGroup(board1, groupId, 'Instituții / Instituciones')
  addCard(board1, { lane: 'benefits', text: LONG_TEXT, author: ola }, 15)
  const t1 = addCard(board1, { lane: 'transferSteps', text: 'Studium wykonalności', author: ola }, 16)
  setTransferDetails(board1, t1, {
    owner: 'Gmina Żyrardów',
    timeframe: 'Q1 2027',
    resources: '20 000 zł',
    barriers: 'Przepisy; ¿financiación?',
  })
  const t2 = addCard(board1, { lane: 'transferSteps', text: 'Vizită de studiu', author: ioana }, 17)
  setTransferDetails(board1, t2, { owner: 'Primăria Brașov', timeframe: '2027' })

  setDots(board1, ola, b, 2)
  setDots(board1, juan, b, 1)
  setDots(board1, juan, hostile, 1)
  setDots(board1, ioana, s1, 1)
  setDots(board1, ioana, t2, 1)

  const board2 = new Y.Doc()
  const participation = new Y.Doc()
  setInterest(
    participation,
    { organisation: ola.organisation, practiceId: p1, level: 'wantToAdapt', note: '¡Sí! 🌞' },
    ola,
    50,
  )
  setInterest(
    participation,
    { organisation: ioana.organisation, practiceId: p2, level: 'actionPlan', note: 'Da, în 2027' },
    ioana,
    51,
  )

  return {
    workshop,
    boards: new Map([
      [p1, board1],
      [p2, board2],
    ]),
    participation,
    ids: { p1, p2, a, b, hostile, s1, s2, groupId, t1, t2 },
  }
}
