import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard, groupCards } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import { type Author, BOARD_ROOT, votesMap } from '../../shared/schema'
import { setVotingSettings } from '../../shared/sessionOperations'
import { setDots } from '../../shared/voting'
import { addPractice } from '../../shared/workshopOperations'
import { cleanup, connectSynced, createWorkshop, startTestServer, waitFor } from './helpers'

afterEach(cleanup)

/**
 * Issue 11, item 1: a participant writes a ballot whose dot targets are names every plain object inherits
 * (`constructor`, `toString`, …). Before the fix, every export of the whole workshop answered 500 and the
 * tally wrote `total` onto the global `Object` function. Here the attack is on board B, the honest votes on
 * board A: every export must still answer 200 with board A's totals, and nothing global may change.
 */

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype']

const voter = (id: string): Author => ({ id, name: id, organisation: `Org ${id}` })
const [ana, juan, ola, ioana] = ['ana', 'juan', 'ola', 'ioana'].map(voter) as [Author, Author, Author, Author]

function globalsSnapshot() {
  return {
    objectKeys: Object.getOwnPropertyNames(Object).sort(),
    prototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
    functionKeys: Object.getOwnPropertyNames(Function.prototype).sort(),
  }
}

/** The numbers in "N vote(s)" of the practice sections of a Markdown or Word report (before the interest matrix). */
function laneVotes(text: string, end: string): number[] {
  const lanes = text.slice(0, text.indexOf(end))
  return [...lanes.matchAll(/(\d+) votes?\b/g)].map((match) => Number(match[1]))
}

async function documentText(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  // The text of each paragraph, one per line.
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
}

describe('a hostile ballot on one board', () => {
  it('leaves every export of the workshop answering 200 with the honest totals, and no global touched', async () => {
    const before = globalsSnapshot()
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url, 'Seminar')
    const facilitator = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    setVotingSettings(facilitator.doc, { dotsPerPerson: 5, scope: 'practice', maxDotsPerCard: 3 })
    const boardA = addPractice(facilitator.doc, { title: 'Board A', organisation: '', description: '' }, 1)
    const boardB = addPractice(facilitator.doc, { title: 'Board B', organisation: '', description: '' }, 2)

    // Board A: two cards, 3 honest dots.
    const a = await connectSynced(
      server.url,
      boardDocumentName(workshop.id, boardA),
      workshop.tokens.participant,
    )
    const gardens = addCard(a.doc, { lane: 'keyAspects', text: 'Gardens', author: ana }, 3)
    const bikes = addCard(a.doc, { lane: 'benefits', text: 'Bikes', author: juan }, 4)
    setDots(a.doc, ana, gardens, 2)
    setDots(a.doc, juan, bikes, 1)

    // Board B: a card, one honest dot, and a participant's ballot aimed at inherited names.
    const b = await connectSynced(
      server.url,
      boardDocumentName(workshop.id, boardB),
      workshop.tokens.participant,
    )
    const plot = addCard(b.doc, { lane: 'transferSteps', text: 'Find a plot', author: ola }, 5)
    setDots(b.doc, ola, plot, 1)
    for (const name of PROTOTYPE_NAMES) setDots(b.doc, juan, name, 1)
    // A ballot under an inherited voter id too, written raw, as a hostile client can.
    b.doc.transact(() => {
      const ballot = new Y.Map<unknown>()
      const dots = new Y.Map<number>()
      ballot.set('name', 'constructor')
      ballot.set('organisation', 'constructor')
      ballot.set('dots', dots)
      votesMap(b.doc).set('constructor', ballot)
      dots.set('constructor', 1)
      dots.set('toString', 1)
    })

    const live = (practiceId: string) => server.registry.get(boardDocumentName(workshop.id, practiceId))?.doc
    await waitFor(() => (live(boardB)?.getMap(BOARD_ROOT.votes).size ?? 0) === 3, 5000, 'board B ballots')
    await waitFor(() => (live(boardA)?.getMap(BOARD_ROOT.votes).size ?? 0) === 2, 5000, 'board A ballots')
    await waitFor(() => readBoard(live(boardB) ?? new Y.Doc()).lanes.transferSteps.length === 1)

    const get = (format: string) =>
      fetch(`${server.url}/api/workshops/${workshop.id}/export.${format}`, {
        headers: { Authorization: `Bearer ${workshop.tokens.facilitator}` },
      })
    const responses = await Promise.all(['md', 'csv', 'docx', 'json'].map(get))
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200])
    const [md, csv, docx, json] = responses as [Response, Response, Response, Response]

    // The honest dots, and only those, in every format: 2 + 1 on board A, 1 on board B.
    const markdown = await md.text()
    expect(laneVotes(markdown, '## Transfer interest').sort()).toEqual([1, 1, 2])
    const rows = parse((await csv.text()).slice(1), { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => [row.practice, row.text, Number(row.votes)])).toEqual([
      ['Board A', 'Gardens', 2],
      ['Board A', 'Bikes', 1],
      ['Board B', 'Find a plot', 1],
    ])
    const word = await documentText(await docx.arrayBuffer())
    expect(laneVotes(word, 'Transfer interest').sort()).toEqual([1, 1, 2])
    const exported = (await json.json()) as {
      practices: { board: { ballots: { voterId: string; dots: Record<string, number> }[] } }[]
    }
    // JSON stays the raw record: the hostile ballot is there as data, harmless.
    const ballotsB = exported.practices[1]?.board.ballots ?? []
    expect(ballotsB.map((ballot) => ballot.voterId)).toEqual(['constructor', 'juan', 'ola'])
    expect(Object.keys(ballotsB[1]?.dots ?? {}).sort()).toEqual([...PROTOTYPE_NAMES].sort())

    expect(globalsSnapshot()).toEqual(before)
    expect(Object.hasOwn(Object, 'total')).toBe(false)
    expect(Object.hasOwn(Object.prototype, 'total')).toBe(false)
    expect(({} as Record<string, unknown>).total).toBeUndefined()
  })

  it('counts a group’s dots once in the CSV, Markdown and Word exports', async () => {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url, 'Seminar')
    const facilitator = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    const practiceId = addPractice(
      facilitator.doc,
      { title: 'Gardens', organisation: '', description: '' },
      1,
    )
    const board = await connectSynced(
      server.url,
      boardDocumentName(workshop.id, practiceId),
      workshop.tokens.participant,
    )
    const council = addCard(board.doc, { lane: 'stakeholders', text: 'City council', author: ana }, 2)
    const school = addCard(board.doc, { lane: 'stakeholders', text: 'School', author: juan }, 3)
    const ngo = addCard(board.doc, { lane: 'stakeholders', text: 'Neighbours', author: ola }, 4)
    groupCards(board.doc, school, council)
    // 4 dots: 2 on the group (one on each of its cards), 2 on the loose card.
    setDots(board.doc, ana, council, 1)
    setDots(board.doc, juan, school, 1)
    setDots(board.doc, ola, ngo, 1)
    setDots(board.doc, ioana, ngo, 1)
    const live = () => server.registry.get(boardDocumentName(workshop.id, practiceId))?.doc
    await waitFor(() => (live()?.getMap(BOARD_ROOT.votes).size ?? 0) === 4, 5000, 'the ballots')
    await waitFor(() => (live()?.getMap(BOARD_ROOT.groups).size ?? 0) === 1, 5000, 'the group')

    const get = (format: string) =>
      fetch(`${server.url}/api/workshops/${workshop.id}/export.${format}`, {
        headers: { Authorization: `Bearer ${workshop.tokens.facilitator}` },
      })
    const rows = parse((await (await get('csv')).text()).slice(1), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows.reduce((sum, row) => sum + Number(row.votes || 0), 0)).toBe(4)
    const markdown = await (await get('md')).text()
    expect(laneVotes(markdown, '## Transfer interest').reduce((sum, n) => sum + n, 0)).toBe(4)
    const word = await documentText(await (await get('docx')).arrayBuffer())
    expect(laneVotes(word, 'Transfer interest').reduce((sum, n) => sum + n, 0)).toBe(4)
  })
})
