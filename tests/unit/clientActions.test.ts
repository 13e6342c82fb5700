import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { type FacilitationActionContext, facilitationActions } from '../../client/session/facilitationActions'
import { trackUndo } from '../../client/session/undo'
import { type ActionContext, boardActions, workshopActions } from '../../client/session/workshopActions'
import { createFacilitationStore } from '../../client/store/facilitationStore'
import { createWorkshopStore } from '../../client/store/workshopStore'
import { addCard } from '../../shared/boardOperations'
import { localUserOrigin } from '../../shared/origins'
import { readBoard, readPractices } from '../../shared/readers'
import { cardsMap, practicesMap } from '../../shared/schema'
import { addPhase, readSession, setCurrentPhase } from '../../shared/sessionOperations'
import { readBallots } from '../../shared/voting'

/**
 * The action modules: each action writes only to a document the context lends it (this user may change it
 * now), as one step that this session's undo reverts, and nowhere else.
 */

const ana = { id: 'u-ana', name: 'Ana', organisation: 'City library' }

function context(options: { workshop?: Y.Doc | null; board?: Y.Doc | null } = {}): ActionContext {
  return {
    origin: localUserOrigin(),
    writableWorkshop: () => options.workshop ?? null,
    writableBoard: () => options.board ?? null,
    writableParticipation: () => null,
    author: () => ana,
  }
}

const noDrafts = { writesDrafts: () => false, addDraft: () => null }

describe('workshop actions', () => {
  it('add a practice where this user may change the workshop, as one step their undo reverts', () => {
    const doc = new Y.Doc()
    const actionContext = context({ workshop: doc })
    const undo = trackUndo([practicesMap(doc)], actionContext.origin, () => {})
    const id = workshopActions(actionContext).addPractice({
      title: 'Peer mentoring',
      organisation: '',
      description: '',
    })
    expect(id).not.toBeNull()
    expect(readPractices(doc).map((practice) => practice.title)).toEqual(['Peer mentoring'])
    undo.undo()
    expect(readPractices(doc)).toEqual([])
  })

  it('change nothing where this user may not (an observer, a participant)', () => {
    const actions = workshopActions(context({ workshop: null }))
    expect(actions.addPractice({ title: 'Peer mentoring', organisation: '', description: '' })).toBeNull()
    actions.updateDetails({ title: 'Ignored' })
    actions.removePractice('p1')
  })
})

describe('board actions', () => {
  it('add a card with this user as its author, and none with blank text', () => {
    const board = new Y.Doc()
    const actions = boardActions(context({ board }), noDrafts)
    expect(actions.addCard('p1', 'benefits', '   ')).toBeNull()
    const id = actions.addCard('p1', 'benefits', 'Shared reading lists')
    expect(id).not.toBeNull()
    const card = readBoard(board).lanes.benefits[0]
    expect(card?.text).toBe('Shared reading lists')
    expect(card?.author.name).toBe('Ana')
  })

  it('write a draft instead of a card while the phase has private writing', () => {
    const board = new Y.Doc()
    const drafts: string[] = []
    const actions = boardActions(context({ board }), {
      writesDrafts: () => true,
      addDraft: (_practiceId, _lane, text) => {
        drafts.push(text)
        return 'd1'
      },
    })
    expect(actions.addCard('p1', 'benefits', 'Not yet for the others')).toBe('d1')
    expect(drafts).toEqual(['Not yet for the others'])
    expect(cardsMap(board).size).toBe(0)
  })

  it('leave a locked board alone, and undo only this user’s own change', () => {
    const board = new Y.Doc()
    const other = addCard(board, { lane: 'benefits', text: 'Theirs', author: ana }, 1, localUserOrigin())
    boardActions(context({ board: null }), noDrafts).deleteCard('p1', other)
    expect(cardsMap(board).size).toBe(1)
    const actionContext = context({ board })
    const undo = trackUndo([cardsMap(board)], actionContext.origin, () => {})
    boardActions(actionContext, noDrafts).editCardText('p1', other, 'Mine now')
    undo.undo()
    expect(readBoard(board).lanes.benefits[0]?.text).toBe('Theirs')
    expect(undo.canUndo()).toBe(false)
  })
})

describe('facilitation actions', () => {
  // The workshop store starts from navigator.onLine.
  beforeEach(() => vi.stubGlobal('navigator', { onLine: true }))
  afterEach(() => vi.unstubAllGlobals())

  function facilitation(workshop: Y.Doc | null, serverNow = 50_000, board: Y.Doc | null = null) {
    const handled: string[] = []
    const store = createFacilitationStore(true)
    const actionContext: FacilitationActionContext = {
      ...context({ workshop, board }),
      serverNow: () => serverNow,
      voterId: 'v-ana',
      openBoard: () => undefined,
      workshopState: () => createWorkshopStore('w1', 'facilitator').getState(),
      facilitationState: () => store.getState(),
      rememberHandledSummon: (id) => handled.push(id),
    }
    return { actions: facilitationActions(actionContext), handled, store }
  }

  it('put a dot only while the phase has voting, and take off only a dot that is there', () => {
    const workshop = new Y.Doc()
    const board = new Y.Doc()
    const cardId = addCard(board, { lane: 'benefits', text: 'Seed library', author: ana }, 1)
    const { actions, store } = facilitation(workshop, 50_000, board)
    const mirror = () =>
      store.setState({
        session: readSession(workshop),
        voteBoards: { p1: { practiceId: 'p1', board: readBoard(board), ballots: readBallots(board) } },
      })
    const dotsOnCard = () =>
      readBallots(board)
        .find((ballot) => ballot.voterId === 'v-ana')
        ?.dots.get(cardId) ?? 0
    mirror()
    actions.changeDots('p1', cardId, 1)
    expect(dotsOnCard()).toBe(0)
    const voting = addPhase(workshop, 'Dot voting', { privateWriting: false, voting: true, locked: false })
    setCurrentPhase(workshop, voting)
    mirror()
    actions.changeDots('p1', cardId, 1)
    expect(dotsOnCard()).toBe(1)
    mirror()
    actions.changeDots('p1', cardId, -1)
    mirror()
    actions.changeDots('p1', cardId, -1)
    expect(dotsOnCard()).toBe(0)
    expect(readBallots(board).every((ballot) => [...ballot.dots.values()].every((dots) => dots >= 0))).toBe(
      true,
    )
  })

  it('run the timer on the server’s clock, and restart it in one step', () => {
    const doc = new Y.Doc()
    const { actions } = facilitation(doc)
    actions.setTimerDuration(60_000)
    actions.startTimer()
    expect(readSession(doc).timer.endsAt).toBe(110_000)
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    actions.restartTimer()
    expect(transactions).toBe(1)
    expect(readSession(doc).timer).toMatchObject({ durationMs: 60_000, endsAt: 110_000 })
  })

  it('remember the facilitator’s own summon as handled, so it does not move them', () => {
    const doc = new Y.Doc()
    const { actions, handled } = facilitation(doc)
    actions.summonEveryone('p1')
    expect(handled).toEqual([readSession(doc).summon?.id])
  })

  it('do nothing for someone who may not change the workshop', () => {
    const { actions, handled } = facilitation(null)
    actions.summonEveryone('p1')
    expect(actions.addPhase('Silent writing')).toBeNull()
    expect(handled).toEqual([])
  })
})
