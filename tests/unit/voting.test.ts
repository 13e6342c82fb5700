import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard, deleteCard, groupCards } from '../../shared/boardOperations'
import { readBoard } from '../../shared/readers'
import type { Author, VotingSettings } from '../../shared/schema'
import {
  type BoardVotes,
  clearVotes,
  dotBudget,
  mayAddDot,
  readBallots,
  setDots,
  sortByVotes,
  tallyVotes,
} from '../../shared/voting'

const ana: Author = { id: 'ana', name: 'Ana', organisation: 'Żyrardów' }
const ola: Author = { id: 'ola', name: 'Ola', organisation: 'Żyrardów' }
const juan: Author = { id: 'juan', name: 'Juan', organisation: 'Las Palmas' }
const perPractice: VotingSettings = { dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 2 }

function boardWith(...texts: string[]) {
  const doc = new Y.Doc()
  const ids = texts.map((text) => addCard(doc, { lane: 'benefits', text, author: ana }, 1))
  return { doc, ids }
}

const votesOf = (practiceId: string, doc: Y.Doc): BoardVotes => ({
  practiceId,
  board: readBoard(doc),
  ballots: readBallots(doc),
})

describe('dot voting', () => {
  it('tallies dots per card, per person and per organisation', () => {
    const { doc, ids } = boardWith('A', 'B')
    const [a, b] = ids as [string, string]
    setDots(doc, ana, a, 2)
    setDots(doc, ola, a, 1)
    setDots(doc, juan, b, 1)
    const tally = tallyVotes([votesOf('p1', doc)], perPractice).get('p1')
    expect(tally?.get(a)).toEqual({
      total: 3,
      byOrganisation: new Map([['Żyrardów', 3]]),
      byVoter: new Map([
        ['ana', 2],
        ['ola', 1],
      ]),
    })
    expect(tally?.get(b)?.byOrganisation).toEqual(new Map([['Las Palmas', 1]]))
  })

  it('never counts more than the budget or the per-card maximum, whatever was written', () => {
    const { doc, ids } = boardWith('A', 'B', 'C')
    const [a, b, c] = ids as [string, string, string]
    setDots(doc, ana, a, 5) // over the per-card maximum of 2
    setDots(doc, ana, b, 2)
    setDots(doc, ana, c, 2) // the budget of 3 is spent before c
    const boards = [votesOf('p1', doc)]
    const tally = tallyVotes(boards, perPractice).get('p1')
    const counted = [a, b, c].map((id) => tally?.get(id)?.total ?? 0)
    // Which dots are dropped depends on the (random) card ids, but never more than 2 per card or 3 in all.
    expect(Math.max(...counted)).toBeLessThanOrEqual(2)
    expect(counted.reduce((sum, n) => sum + n, 0)).toBe(3)
    // Every reader drops the same ones.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(tallyVotes([votesOf('p1', copy)], perPractice)).toEqual(tallyVotes(boards, perPractice))
    expect(dotBudget('ana', 'p1', boards, perPractice)).toEqual({ budget: 3, used: 3, remaining: 0 })
    expect(mayAddDot('ana', 'p1', c, boards, perPractice)).toBe(false)
  })

  it('a workshop-wide budget spans every board; a per-practice one does not', () => {
    const first = boardWith('A')
    const second = boardWith('B')
    setDots(first.doc, ana, first.ids[0] as string, 2)
    const boards = [votesOf('p1', first.doc), votesOf('p2', second.doc)]
    const workshopWide: VotingSettings = { dotsPerPerson: 3, scope: 'workshop', maxDotsPerCard: 3 }
    expect(dotBudget('ana', 'p2', boards, workshopWide).remaining).toBe(1)
    expect(dotBudget('ana', 'p2', boards, { ...workshopWide, scope: 'practice' }).remaining).toBe(3)
  })

  it('a dot on a card of a group counts for the group; a deleted card’s dots free the budget', () => {
    const { doc, ids } = boardWith('A', 'B', 'C')
    const [a, b, c] = ids as [string, string, string]
    const group = groupCards(doc, a, b) as string
    setDots(doc, ana, a, 1)
    setDots(doc, juan, group, 1)
    setDots(doc, ana, c, 1)
    expect(
      tallyVotes([votesOf('p1', doc)], perPractice)
        .get('p1')
        ?.get(group)?.total,
    ).toBe(2)
    deleteCard(doc, c)
    expect(dotBudget('ana', 'p1', [votesOf('p1', doc)], perPractice).used).toBe(1)
  })

  it('removing dots and clearing votes', () => {
    const { doc, ids } = boardWith('A')
    setDots(doc, ana, ids[0] as string, 1)
    setDots(doc, ana, ids[0] as string, 0)
    expect(readBallots(doc)[0]?.dots).toEqual(new Map())
    setDots(doc, juan, ids[0] as string, 1)
    clearVotes(doc)
    expect(readBallots(doc)).toEqual([])
  })

  it('two people voting at once never overwrite each other', () => {
    const { doc, ids } = boardWith('A')
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    setDots(doc, ana, ids[0] as string, 1)
    setDots(other, juan, ids[0] as string, 1)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(
      tallyVotes([votesOf('p1', doc)], perPractice)
        .get('p1')
        ?.get(ids[0] as string)?.total,
    ).toBe(2)
  })

  it('sorts cards by votes, most first, keeping a group’s cards together', () => {
    const { doc, ids } = boardWith('A', 'B', 'C', 'D')
    const [a, b, c, d] = ids as [string, string, string, string]
    const group = groupCards(doc, b, d) as string
    setDots(doc, ana, c, 2)
    setDots(doc, juan, group, 1)
    const tally = tallyVotes([votesOf('p1', doc)], perPractice).get('p1')
    const sorted = sortByVotes(readBoard(doc).lanes.benefits, tally).map((card) => card.text)
    expect(sorted).toEqual(['C', 'B', 'D', 'A'])
    expect(a).toBeDefined()
  })
})
