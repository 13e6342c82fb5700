import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addCard,
  deleteCard,
  editCardText,
  groupCards,
  moveCard,
  setCardColor,
  setStakeholderTags,
  setTransferDetails,
} from '../../shared/boardOperations'
import {
  compareWorkshops,
  countCards,
  readWorkshopContent,
  restoreBoardDocument,
  restoreParticipationDocument,
  restoreWorkshopDocument,
} from '../../shared/history'
import { readInterest, setInterest } from '../../shared/interest'
import { readBoard, readCards, readPractices, readWorkshop } from '../../shared/readers'
import { type Author, LANES } from '../../shared/schema'
import { readSession, setCurrentPhase, setPracticeLocked } from '../../shared/sessionOperations'
import { setDots } from '../../shared/voting'
import { addPractice, initWorkshop, removePractice, updatePractice } from '../../shared/workshopOperations'

const now = 1_700_000_000_000
const ana: Author = { id: 'ana', name: 'Ana', organisation: 'Region A' }
const ben: Author = { id: 'ben', name: 'Ben', organisation: 'City B' }

/** A frozen copy of a document, as a history snapshot holds it. */
function snapshotOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

function cardIds(doc: Y.Doc): string[] {
  return LANES.flatMap((lane) => readBoard(doc).lanes[lane].map((card) => card.id))
}

/** A workshop with one practice whose board holds three cards. */
function workshopWithBoard() {
  const workshop = new Y.Doc()
  initWorkshop(workshop, { title: 'Study visit', date: '', place: '' }, now)
  const practiceId = addPractice(
    workshop,
    { title: 'Bike lanes', organisation: 'Region A', description: '' },
    now,
  )
  const board = new Y.Doc()
  const first = addCard(board, { lane: 'keyAspects', text: 'Safe crossings', author: ana }, now)
  const second = addCard(board, { lane: 'benefits', text: 'Cleaner air', author: ben }, now)
  const third = addCard(board, { lane: 'transferSteps', text: 'Pilot in one district', author: ana }, now)
  return { workshop, board, practiceId, first, second, third }
}

describe('compareWorkshops', () => {
  it('lists cards added, removed, moved and edited since a snapshot', () => {
    const { workshop, board, practiceId, first, second, third } = workshopWithBoard()
    const then = readWorkshopContent({ workshop, boards: new Map([[practiceId, snapshotOf(board)]]) })
    const added = addCard(board, { lane: 'stakeholders', text: 'Cyclists’ club', author: ben }, now)
    deleteCard(board, first)
    moveCard(board, second, 'keyAspects', 0)
    editCardText(board, third, 'Pilot in two districts')
    const changes = compareWorkshops(
      then,
      readWorkshopContent({ workshop, boards: new Map([[practiceId, board]]) }),
    )

    expect(changes.totals).toEqual({ added: 1, removed: 1, moved: 1, edited: 1 })
    const [practice] = changes.practices
    expect(practice?.title).toBe('Bike lanes')
    expect(practice?.added.map((card) => card.id)).toEqual([added])
    expect(practice?.removed.map((card) => card.text)).toEqual(['Safe crossings'])
    expect(practice?.moved.map(({ card, from, to }) => [card.id, from, to])).toEqual([
      [second, 'benefits', 'keyAspects'],
    ])
    expect(practice?.edited).toEqual([expect.objectContaining({ before: 'Pilot in one district' })])
    expect(practice?.edited[0]?.card.text).toBe('Pilot in two districts')
    expect(countCards(then)).toBe(3)
  })

  it('counts a card that joined a group as moved, naming the group', () => {
    const { workshop, board, practiceId, first } = workshopWithBoard()
    const then = readWorkshopContent({ workshop, boards: new Map([[practiceId, snapshotOf(board)]]) })
    const other = addCard(board, { lane: 'keyAspects', text: 'Wide lanes', author: ben }, now)
    groupCards(board, first, other, 'Infrastructure')
    const practice = compareWorkshops(
      then,
      readWorkshopContent({ workshop, boards: new Map([[practiceId, board]]) }),
    ).practices[0]
    expect(practice?.moved).toEqual([
      expect.objectContaining({
        from: 'keyAspects',
        to: 'keyAspects',
        fromGroup: null,
        toGroup: 'Infrastructure',
      }),
    ])
  })

  it('reports practices added and removed, their cards as added and removed', () => {
    const { workshop, board, practiceId } = workshopWithBoard()
    const then = readWorkshopContent({ workshop, boards: new Map([[practiceId, snapshotOf(board)]]) })
    removePractice(workshop, practiceId)
    const newPractice = addPractice(
      workshop,
      { title: 'Car-free Sundays', organisation: '', description: '' },
      now,
    )
    const newBoard = new Y.Doc()
    addCard(newBoard, { lane: 'benefits', text: 'Quiet streets', author: ana }, now)
    const changes = compareWorkshops(
      then,
      readWorkshopContent({ workshop, boards: new Map([[newPractice, newBoard]]) }),
    )
    expect(changes.practicesRemoved.map((practice) => practice.title)).toEqual(['Bike lanes'])
    expect(changes.practicesAdded.map((practice) => practice.title)).toEqual(['Car-free Sundays'])
    expect(changes.totals).toEqual({ added: 1, removed: 3, moved: 0, edited: 0 })
  })
})

describe('restoring a snapshot', () => {
  it('puts every card back as it was: removed ones re-added under their id, new ones deleted, fields reset', () => {
    const { board, first, second, third } = workshopWithBoard()
    setTransferDetails(board, third, { owner: 'Transport office', timeframe: '2027' })
    const before = readBoard(board)
    const snapshot = snapshotOf(board)

    deleteCard(board, first)
    moveCard(board, second, 'stakeholders', 0)
    setCardColor(board, second, 'pink')
    editCardText(board, third, 'Something else entirely')
    setTransferDetails(board, third, { owner: '' })
    setStakeholderTags(board, second, { type: 'business' })
    addCard(board, { lane: 'benefits', text: 'Added later', author: ben }, now)
    setDots(board, ben, second, 2)

    restoreBoardDocument(board, snapshot)
    expect(readBoard(board)).toEqual(before)
    expect(readCards(board).find((card) => card.id === first)?.author).toEqual(ana)
  })

  it('restores the workshop’s practices and details, but not the running session or locks', () => {
    const { workshop, practiceId } = workshopWithBoard()
    const phases = readSession(workshop).phases
    setCurrentPhase(workshop, phases[0]?.id ?? null)
    const snapshot = snapshotOf(workshop)

    updatePractice(workshop, practiceId, { title: 'Renamed' })
    removePractice(workshop, practiceId)
    addPractice(workshop, { title: 'Added since', organisation: '', description: '' }, now)
    setCurrentPhase(workshop, phases[2]?.id ?? null)
    restoreWorkshopDocument(workshop, snapshot)

    expect(readPractices(workshop).map((practice) => [practice.id, practice.title])).toEqual([
      [practiceId, 'Bike lanes'],
    ])
    // The facilitator's session goes on where it is.
    expect(readSession(workshop).currentPhaseId).toBe(phases[2]?.id)

    setPracticeLocked(workshop, practiceId, true)
    restoreWorkshopDocument(workshop, snapshot)
    expect(readWorkshop(workshop).practices[0]?.locked).toBe(true)
  })

  it('restores the transfer-interest matrix', () => {
    const participation = new Y.Doc()
    setInterest(participation, { organisation: 'Region A', practiceId: 'p1', level: 'curious' }, ana, now)
    const snapshot = snapshotOf(participation)
    setInterest(participation, { organisation: 'Region A', practiceId: 'p1', level: 'actionPlan' }, ana, now)
    setInterest(participation, { organisation: 'City B', practiceId: 'p1', level: 'none' }, ben, now)
    restoreParticipationDocument(participation, snapshot)
    expect(readInterest(participation)).toEqual(readInterest(snapshot))
  })

  it('is one transaction, and a no-op when nothing changed', () => {
    const { board } = workshopWithBoard()
    const snapshot = snapshotOf(board)
    const updates: Uint8Array[] = []
    board.on('update', (update: Uint8Array) => updates.push(update))
    restoreBoardDocument(board, snapshot)
    expect(updates).toEqual([])
    deleteCard(board, cardIds(board)[0] ?? '')
    addCard(board, { lane: 'benefits', text: 'x', author: ben }, now)
    updates.length = 0
    restoreBoardDocument(board, snapshot)
    expect(updates).toHaveLength(1)
  })

  it('edits only the differing span of a text, so a concurrent edit elsewhere in it survives', () => {
    const server = new Y.Doc()
    const cardId = addCard(
      server,
      { lane: 'keyAspects', text: 'Safe crossings near schools', author: ana },
      now,
    )
    const snapshot = snapshotOf(server)
    editCardText(server, cardId, 'Safe crossings near all schools')
    const client = snapshotOf(server)

    restoreBoardDocument(server, snapshot)
    editCardText(client, cardId, 'Very safe crossings near all schools')
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    const text = readCards(server).find((card) => card.id === cardId)?.text
    expect(text).toBe('Very safe crossings near schools')
    expect(readCards(client)).toEqual(readCards(server))
  })
})

describe('snapshot/restore convergence with two clients', () => {
  /** A client replica that records what it sends, to deliver it later in any order. */
  function replica(base: Uint8Array) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const outbox: Uint8Array[] = []
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') outbox.push(update)
    })
    return { doc, outbox }
  }

  function deliver(updates: readonly Uint8Array[], to: Y.Doc) {
    for (const update of updates) Y.applyUpdate(to, update, 'remote')
  }

  it('converges whichever order the restore and a concurrent edit arrive in; a card added concurrently stays', () => {
    const { board, first, second } = workshopWithBoard()
    const snapshot = snapshotOf(board)
    const addedBeforeRestore = addCard(
      board,
      { lane: 'benefits', text: 'Before the restore', author: ben },
      now,
    )
    deleteCard(board, first)
    const base = Y.encodeStateAsUpdate(board)

    // The facilitator restores while a participant, not yet aware of it, adds a card and moves another.
    const facilitator = replica(base)
    const participant = replica(base)
    restoreBoardDocument(facilitator.doc, snapshot)
    const concurrent = addCard(
      participant.doc,
      { lane: 'keyAspects', text: 'Concurrent idea', author: ana },
      now,
    )
    moveCard(participant.doc, second, 'transferSteps', 0)

    deliver(participant.outbox, facilitator.doc)
    deliver(facilitator.outbox, participant.doc)
    expect(readBoard(facilitator.doc)).toEqual(readBoard(participant.doc))

    const ids = cardIds(participant.doc)
    // What existed when the restore was made follows the snapshot: the removed card is back, the card added
    // after the snapshot is gone. What someone added concurrently was not there to remove, so it stays.
    expect(ids).toContain(first)
    expect(ids).not.toContain(addedBeforeRestore)
    expect(ids).toContain(concurrent)
    expect(ids.filter((id) => id === first)).toHaveLength(1)
  })

  it('converges when two facilitators restore different snapshots at once', () => {
    const { board, first } = workshopWithBoard()
    const older = snapshotOf(board)
    editCardText(board, first, 'Safe crossings everywhere')
    addCard(board, { lane: 'benefits', text: 'Fewer accidents', author: ben }, now)
    const newer = snapshotOf(board)
    const base = Y.encodeStateAsUpdate(board)
    const left = replica(base)
    const right = replica(base)
    restoreBoardDocument(left.doc, older)
    restoreBoardDocument(right.doc, newer)
    deliver(left.outbox, right.doc)
    deliver(right.outbox, left.doc)
    expect(readBoard(left.doc)).toEqual(readBoard(right.doc))
    expect(new Set(cardIds(left.doc)).size).toBe(cardIds(left.doc).length)
  })
})
