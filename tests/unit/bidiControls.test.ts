import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPeer, readPerson } from '../../client/store/presence'
import { sendDownload } from '../../server/downloads'
import { WorkshopDetailsBody } from '../../server/workshopDetailsBody'
import { withoutBidiControls } from '../../shared/bidi'
import {
  addCard,
  editCardText,
  groupCards,
  renameGroup,
  setTransferDetails,
} from '../../shared/boardOperations'
import { addDraft, editDraft, readDrafts } from '../../shared/drafts'
import { exportJson } from '../../shared/exportJson'
import { importJson } from '../../shared/importJson'
import { readInterest, setInterest } from '../../shared/interest'
import { readBoard, readCards, readPractices, readWorkshop, readWorkshopOrigin } from '../../shared/readers'
import { cardsMap, groupsMap, practicesMap, votesMap, workshopDetailsMap } from '../../shared/schema'
import { addPhase, readPhases, updatePhase } from '../../shared/sessionOperations'
import { readBallots } from '../../shared/voting'
import {
  addPractice,
  initWorkshop,
  updatePractice,
  updateWorkshopDetails,
} from '../../shared/workshopOperations'

/**
 * Issue 11, item 12: bidirectional controls make text show other than it is (`abc\u202Egnp.exe` reads
 * "abcexe.png"). They are removed where names, titles and cards are written (the shared operations every
 * client runs), where they are read (a hostile client writes raw Yjs), and from download file names.
 */

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
]
const SPOOF = 'abc\u202Egnp.exe'
const ALL = `Ż${CONTROLS.join('')}yrardów`
const hasControls = (value: string) => CONTROLS.some((control) => value.includes(control))
const mallory = { id: 'mallory', name: `Ana\u202E\u2066 Kowalska`, organisation: ALL }

describe('bidi controls', () => {
  it('are every embedding, override, isolate and mark, and nothing else', () => {
    expect(withoutBidiControls(SPOOF)).toBe('abcgnp.exe')
    expect(withoutBidiControls(ALL)).toBe('Żyrardów')
    // Letters of right-to-left scripts, joiners and other invisible characters stay.
    expect(withoutBidiControls('שלום مرحبا 👩‍🌾 a\u00ADb')).toBe('שלום مرحبا 👩‍🌾 a\u00ADb')
  })

  it('are not written by the workshop operations: title, place, practice, phase name', () => {
    const doc = new Y.Doc()
    initWorkshop(doc, { title: SPOOF, date: '2026-01-01', place: ALL }, 1)
    const id = addPractice(doc, { title: SPOOF, organisation: ALL, description: `${SPOOF}\nmore` }, 2)
    const phase = addPhase(doc, SPOOF)
    const stored = () => [
      workshopDetailsMap(doc).get('title'),
      workshopDetailsMap(doc).get('place'),
      ...['title', 'organisation', 'description'].map((field) => practicesMap(doc).get(id)?.get(field)),
      doc.getMap('phases').get(phase) instanceof Y.Map
        ? (doc.getMap('phases').get(phase) as Y.Map<unknown>).get('name')
        : '',
    ]
    expect(stored()).toEqual([
      'abcgnp.exe',
      'Żyrardów',
      'abcgnp.exe',
      'Żyrardów',
      'abcgnp.exe\nmore',
      'abcgnp.exe',
    ])
    updateWorkshopDetails(doc, { title: `New ${SPOOF}` })
    updatePractice(doc, id, { title: `New ${SPOOF}` })
    updatePhase(doc, phase, { name: `New ${SPOOF}` })
    expect(stored().filter((value) => typeof value === 'string' && hasControls(value))).toEqual([])
  })

  it('are not written by the board operations: card, author, group title, transfer fields, drafts', () => {
    const doc = new Y.Doc()
    const a = addCard(doc, { lane: 'transferSteps', text: SPOOF, author: mallory }, 1)
    const b = addCard(doc, { lane: 'transferSteps', text: 'plain', author: mallory }, 2)
    editCardText(doc, b, `edited ${SPOOF}`)
    const group = groupCards(doc, a, b, SPOOF) ?? ''
    renameGroup(doc, group, `Renamed ${SPOOF}`)
    setTransferDetails(doc, a, { owner: ALL, timeframe: SPOOF, resources: SPOOF, barriers: SPOOF })
    const raw = JSON.stringify([cardsMap(doc).toJSON(), groupsMap(doc).toJSON()])
    expect(hasControls(raw)).toBe(false)
    expect(
      readCards(doc)
        .map((card) => card.text)
        .sort(),
    ).toEqual(['abcgnp.exe', 'edited abcgnp.exe'])
    const drafts = new Y.Doc()
    const draft = addDraft(drafts, { practiceId: 'p', lane: 'benefits', text: SPOOF }, 1)
    expect(readDrafts(drafts)[0]?.text).toBe('abcgnp.exe')
    editDraft(drafts, draft, `again ${SPOOF}`)
    expect(JSON.stringify(drafts.getMap('drafts').toJSON())).not.toMatch(/\u202E/)
  })

  it('are not written into the interest matrix, and a name typed with them is the same organisation', () => {
    const doc = new Y.Doc()
    setInterest(doc, { organisation: ALL, practiceId: 'p', level: 'curious', note: SPOOF }, mallory, 1)
    setInterest(doc, { organisation: 'Żyrardów', practiceId: 'p', level: 'actionPlan' }, mallory, 2)
    expect(hasControls(JSON.stringify(doc.getMap('interest').toJSON()))).toBe(false)
    const matrix = readInterest(doc)
    expect(matrix.organisations).toEqual([{ key: 'żyrardów', name: 'Żyrardów' }])
    expect([...matrix.cells.values()].map((cell) => cell.level)).toEqual(['actionPlan'])
  })

  it('are dropped when read, whatever a client wrote raw into the documents', () => {
    const workshop = new Y.Doc()
    const details = workshopDetailsMap(workshop)
    details.set('title', SPOOF)
    details.set('place', SPOOF)
    details.set('origin', { workshopId: 'origin-1', title: SPOOF, date: '' })
    const practice = new Y.Map<unknown>()
    practicesMap(workshop).set('practice-1', practice)
    for (const field of ['title', 'organisation', 'description']) practice.set(field, SPOOF)
    const phase = new Y.Map<unknown>()
    workshop.getMap('phases').set('phase-1', phase)
    phase.set('name', SPOOF)
    expect(readWorkshop(workshop).title).toBe('abcgnp.exe')
    expect(readWorkshop(workshop).place).toBe('abcgnp.exe')
    expect(readWorkshopOrigin(workshop)?.title).toBe('abcgnp.exe')
    expect(readPractices(workshop).map((p) => [p.title, p.organisation, p.description])).toEqual([
      ['abcgnp.exe', 'abcgnp.exe', 'abcgnp.exe'],
    ])
    expect(readPhases(workshop).map((p) => p.name)).toEqual(['abcgnp.exe'])

    const board = new Y.Doc()
    const card = new Y.Map<unknown>()
    cardsMap(board).set('card-1', card)
    card.set('text', new Y.Text(SPOOF))
    card.set('position', { lane: 'transferSteps', order: 'a0' })
    card.set('groupId', 'group-1')
    for (const field of ['authorName', 'authorOrganisation', 'transferOwner', 'transferTimeframe'])
      card.set(field, SPOOF)
    const group = new Y.Map<unknown>()
    groupsMap(board).set('group-1', group)
    group.set('title', SPOOF)
    group.set('position', { lane: 'transferSteps', order: 'a0' })
    const ballot = new Y.Map<unknown>()
    votesMap(board).set('voter-1', ballot)
    ballot.set('name', SPOOF)
    ballot.set('organisation', SPOOF)
    const read = readBoard(board)
    const [readCard] = read.lanes.transferSteps
    expect([
      readCard?.text,
      readCard?.author.name,
      readCard?.author.organisation,
      readCard?.transfer.owner,
    ]).toEqual(['abcgnp.exe', 'abcgnp.exe', 'abcgnp.exe', 'abcgnp.exe'])
    expect(read.groups.get('group-1')?.title).toBe('abcgnp.exe')
    expect(readBallots(board).map((b) => [b.name, b.organisation])).toEqual([['abcgnp.exe', 'abcgnp.exe']])

    const participation = new Y.Doc()
    participation.getMap('interest').set(`${SPOOF}|practice-1`, {
      organisation: SPOOF,
      practiceId: 'practice-1',
      level: 'curious',
      note: SPOOF,
      updatedBy: { id: 'm', name: SPOOF },
      updatedAt: 1,
    })
    const [cell] = readInterest(participation).cells.values()
    expect([cell?.organisation, cell?.note, cell?.updatedBy.name]).toEqual([
      'abcgnp.exe',
      'abcgnp.exe',
      'abcgnp.exe',
    ])

    const drafts = new Y.Doc()
    drafts
      .getMap('drafts')
      .set('d', { id: 'd', practiceId: 'p', lane: 'benefits', text: SPOOF, createdAt: 1 })
    expect(readDrafts(drafts)[0]?.text).toBe('abcgnp.exe')
  })

  it('are not written by an import, even from a file edited by hand', () => {
    const workshop = new Y.Doc()
    initWorkshop(workshop, { title: 'Seminar', date: '', place: '' }, 1)
    const id = addPractice(workshop, { title: 'Gardens', organisation: '', description: '' }, 2)
    const board = new Y.Doc()
    addCard(board, { lane: 'benefits', text: 'Shade', author: mallory }, 3)
    const file = exportJson({ workshop, boards: new Map([[id, board]]) }).replaceAll(
      'Gardens',
      'abc\\u202Egnp.exe',
    )
    const imported = importJson(JSON.parse(file.replace('"Seminar"', '"Sem\\u2066inar"')), 4)
    expect(hasControls(JSON.stringify(workshopDetailsMap(imported.workshop).toJSON()))).toBe(false)
    expect(hasControls(JSON.stringify(practicesMap(imported.workshop).toJSON()))).toBe(false)
  })

  it('are not in the details a request creates a workshop with, and a title of nothing else is empty', () => {
    expect(WorkshopDetailsBody.parse({ title: SPOOF, place: ALL })).toEqual({
      title: 'abcgnp.exe',
      place: 'Żyrardów',
    })
    const empty = WorkshopDetailsBody.safeParse({ title: ' \u202E\u2066 ' })
    expect(empty.success ? 'accepted' : empty.error.issues[0]?.message).toBe('title must not be empty')
  })

  it('are not in a download’s file name', () => {
    const headers = new Map<string, string>()
    const response = {
      writeHead(_status: number, written: Record<string, string | number>) {
        for (const [name, value] of Object.entries(written)) headers.set(name, String(value))
      },
      end() {},
    } as unknown as ServerResponse
    sendDownload(response, 'x', 'text/plain', SPOOF, 'md')
    const disposition = headers.get('Content-Disposition') ?? ''
    expect(disposition).toBe(`attachment; filename="abcgnp.exe.md"; filename*=UTF-8''abcgnp.exe.md`)
    expect(hasControls(decodeURIComponent(disposition))).toBe(false)
  })

  it('are not in the names other people’s presence shows', () => {
    const state = { user: { id: 'u', name: SPOOF, organisation: ALL, color: '#2f6f4f' }, role: 'participant' }
    expect(readPerson(1, state, false)?.user.name).toBe('abcgnp.exe')
    expect(readPerson(1, state, false)?.user.organisation).toBe('Żyrardów')
    expect(readPeer(1, state, false)?.name).toBe('abcgnp.exe')
    expect(readPeer(1, state, false)?.organisation).toBe('Żyrardów')
  })
})
