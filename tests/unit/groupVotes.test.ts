import { parse } from 'csv-parse/sync'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportDocx } from '../../server/exportDocx'
import { addCard, groupCards, renameGroup } from '../../shared/boardOperations'
import { exportCsv } from '../../shared/exportCsv'
import { exportMarkdown } from '../../shared/exportMarkdown'
import { buildReport, laneVotes } from '../../shared/report'
import type { Author } from '../../shared/schema'
import { setVotingSettings } from '../../shared/sessionOperations'
import { setDots } from '../../shared/voting'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'

/**
 * Issue 10, section 2: a group is voted on as one, so its votes are told once, never once per card. With
 * 4 dots cast, every export adds up to 4: 2 on a group of two stakeholders (one dot on each card), 1 on a
 * group of two transfer steps, 1 on a transfer step of its own.
 */

const people = ['ana', 'juan', 'ola', 'ioana'].map(
  (id): Author => ({ id, name: id, organisation: `Org ${id}` }),
) as [Author, Author, Author, Author]
const [ana, juan, ola, ioana] = people

function fourDots() {
  const workshop = new Y.Doc()
  initWorkshop(workshop, { title: 'Seminar', date: '', place: '' }, 1)
  setVotingSettings(workshop, { dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 3 })
  const practiceId = addPractice(workshop, { title: 'Gardens', organisation: '', description: '' }, 2)
  const board = new Y.Doc()
  const council = addCard(board, { lane: 'stakeholders', text: 'City council', author: ana }, 3)
  const school = addCard(board, { lane: 'stakeholders', text: 'School', author: juan }, 4)
  renameGroup(board, groupCards(board, council, school) ?? '', 'Institutions')
  const survey = addCard(board, { lane: 'transferSteps', text: 'Survey plots', author: ola }, 5)
  const lease = addCard(board, { lane: 'transferSteps', text: 'Lease a plot', author: ola }, 6)
  const pilot = addCard(board, { lane: 'transferSteps', text: 'Pilot garden', author: ioana }, 7)
  renameGroup(board, groupCards(board, survey, lease) ?? '', 'Land')
  setDots(board, ana, council, 1)
  setDots(board, juan, school, 1)
  setDots(board, ola, lease, 1)
  setDots(board, ioana, pilot, 1)
  return buildReport({ workshop, boards: new Map([[practiceId, board]]) })
}

/** The numbers in "N vote(s)" of a text. */
function votesIn(text: string): number[] {
  return [...text.matchAll(/(\d+) votes?\b/g)].map((match) => Number(match[1]))
}

const sum = (numbers: readonly number[]) => numbers.reduce((total, n) => total + n, 0)

describe('a group’s votes, counted once', () => {
  const report = fourDots()
  const practice = report.practices[0]

  it('are the group’s in the report model, none on its cards, and the lanes add up to the dots cast', () => {
    expect(sum(practice?.lanes.map(laneVotes) ?? [])).toBe(4)
    const stakeholders = practice?.lanes.find((lane) => lane.lane === 'stakeholders')
    expect(stakeholders?.items.map((item) => (item.kind === 'group' ? item.group.votes : -1))).toEqual([2])
    expect(stakeholders?.cards.map((card) => [card.text, card.votes, card.groupTitle])).toEqual([
      ['City council', 0, 'Institutions'],
      ['School', 0, 'Institutions'],
    ])
    // The action plan: the group of steps with its votes, its steps after it; the loose step with its own.
    expect(
      report.actionPlan.map((step) => [step.step, step.votes, step.group?.title, step.group?.votes]),
    ).toEqual([
      ['Survey plots', 0, 'Land', 1],
      ['Lease a plot', 0, 'Land', 1],
      ['Pilot garden', 1, undefined, undefined],
    ])
  })

  it('add up to 4 in the CSV’s votes column; the group’s rows repeat them in groupVotes', () => {
    const [header, ...rows] = parse(exportCsv(report).slice(1)) as string[][]
    const column = (name: string) => header?.indexOf(name) ?? -1
    const votes = rows.map((row) => row[column('votes')] ?? '')
    expect(sum(votes.map(Number))).toBe(4)
    expect(rows.map((row) => [row[column('text')], row[column('votes')], row[column('groupVotes')]])).toEqual(
      [
        ['City council', '2', '2'],
        ['School', '', '2'],
        ['Survey plots', '1', '1'],
        ['Lease a plot', '', '1'],
        ['Pilot garden', '1', ''],
      ],
    )
  })

  it('add up to 4 in the Markdown lanes, the group under its title with its votes once', () => {
    const markdown = exportMarkdown(report)
    const lanes = markdown.slice(0, markdown.indexOf('## Transfer interest'))
    expect(sum(votesIn(lanes))).toBe(4)
    expect(lanes).toContain('- **Group: Institutions** — 2 votes\n  - City council  \n    — ana (Org ana)\n')
    const plan = markdown.slice(markdown.indexOf('## Action plan'))
    expect(sum(votesIn(plan))).toBe(2)
    expect(plan).toContain(
      '- **Group: Land**  \n  Practice: Gardens · 1 vote\n  - Survey plots\n  - Lease a plot',
    )
  })

  it('add up to 4 in the Word lanes, and the action plan’s votes column adds up to the steps’ dots', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(report))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((match) =>
      [...match[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    )
    const lanes = paragraphs.slice(0, paragraphs.indexOf('Transfer interest'))
    expect(sum(lanes.flatMap(votesIn))).toBe(4)
    expect(lanes.filter((text) => text === 'Group: Institutions')).toHaveLength(1)
    const planTable = xml.slice(xml.lastIndexOf('<w:tbl>'))
    const rows = [...planTable.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
      ),
    )
    expect(rows.slice(1)).toEqual([
      ['Gardens', 'Group: Land', '1'],
      ['Gardens', 'Survey plots', '', '', '', '', ''],
      ['Gardens', 'Lease a plot', '', '', '', '', ''],
      ['Gardens', 'Pilot garden', '', '', '', '', '1'],
    ])
  })
})
