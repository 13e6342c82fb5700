import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeUpdate } from '../../server/protocol'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import { votesMap } from '../../shared/schema'
import { newVoterSecret, VOTER_SECRET_PARAM, voterIdOf } from '../../shared/voter'
import { type Ballot, clearVotes, readBallots, setDots } from '../../shared/voting'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  deniedReasons,
  RawClient,
  type RoleTokens,
  startTestServer,
  type TestClient,
  waitFor,
} from './helpers'

/**
 * Issue 11: someone else's dots. Each device's ballot is keyed by the voter id derived from its secret,
 * which it passes with its board connection; the server refuses a participant's change to any other ballot
 * (not applied, not stored, not sent; the sender is told once), as it refuses changes to a locked board.
 */

afterEach(cleanup)

interface Voter {
  secret: string
  id: string
  name: string
  organisation: string
}

function newVoter(name: string, organisation: string): Voter {
  const secret = newVoterSecret()
  return { secret, id: voterIdOf(secret), name, organisation }
}

const ana = newVoter('Ana', 'Żyrardów')
const ben = newVoter('Ben', 'Brașov')
const fran = newVoter('Fran', 'Las Palmas')

async function votingBoard(): Promise<{
  server: Awaited<ReturnType<typeof startTestServer>>
  tokens: RoleTokens
  board: string
  watcher: TestClient
}> {
  const server = await startTestServer()
  const { id, tokens } = await createWorkshop(server.url)
  const board = boardDocumentName(id, 'practice01')
  const watcher = await connectSynced(server.url, board, tokens.observer)
  return { server, tokens, board, watcher }
}

function ballotOf(doc: Y.Doc, voterId: string): Ballot | undefined {
  return readBallots(doc).find((ballot) => ballot.voterId === voterId)
}

/** A client that speaks the protocol by hand, with a copy of the board, to send what the app never would. */
async function attacker(serverUrl: string, board: string, token: string, voter?: Voter) {
  const raw = await RawClient.open(
    serverUrl,
    board,
    token,
    {},
    voter ? { [VOTER_SECRET_PARAM]: voter.secret } : {},
  )
  const doc = new Y.Doc()
  const pull = async () => {
    const before = raw.messages().filter((message) => message.kind === 'syncStep2').length
    raw.send(encodeSyncStep1(Y.encodeStateVector(doc)))
    await waitFor(() => raw.messages().filter((message) => message.kind === 'syncStep2').length > before)
    const last = raw
      .messages()
      .filter((message) => message.kind === 'syncStep2')
      .at(-1)
    if (last?.kind === 'syncStep2') Y.applyUpdate(doc, last.update)
  }
  await pull()
  return {
    raw,
    doc,
    /** Asks the server for what the copy lacks: answered once everything sent before is handled. */
    pull,
    /** Makes `change` on the copy and sends it, then waits until the server has handled it. */
    async send(change: () => void): Promise<void> {
      const before = Y.encodeStateVector(doc)
      change()
      raw.send(encodeUpdate(Y.encodeStateAsUpdate(doc, before)))
      await pull()
    },
    denied: () => deniedReasons(raw),
  }
}

/**
 * `update` (from `doc`) with an empty delete set. An update is its structs followed by the delete set of the
 * whole document; an update of nothing new is that delete set alone, after one byte (no structs).
 */
function withoutDeletions(doc: Y.Doc, update: Uint8Array): Uint8Array {
  const deleteSet = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)).subarray(1)
  const stripped = new Uint8Array(update.length - deleteSet.length + 1)
  stripped.set(update.subarray(0, update.length - deleteSet.length))
  return stripped
}

describe('someone else’s dots', () => {
  it('cannot be moved, changed or removed by another participant; their own dots still count', async () => {
    const { server, tokens, board, watcher } = await votingBoard()
    const anaClient = await connectSynced(server.url, board, tokens.participant, { voter: ana.secret })
    setDots(anaClient.doc, ana, 'card000001', 2)
    await waitFor(() => ballotOf(watcher.doc, ana.id)?.dots.get('card000001') === 2, 5000, 'Ana’s dots')

    const mallory = await attacker(server.url, board, tokens.participant, ben)
    // Ben's own vote goes through.
    await mallory.send(() => setDots(mallory.doc, ben, 'card000002', 1))
    await waitFor(() => ballotOf(watcher.doc, ben.id)?.dots.get('card000002') === 1, 5000, 'Ben’s own dot')
    expect(mallory.denied()).toEqual([])

    // Moving Ana's dots to his card, in her ballot.
    await mallory.send(() => {
      const dots = votesMap(mallory.doc).get(ana.id)?.get('dots')
      if (!(dots instanceof Y.Map)) throw new Error('no ballot of Ana')
      mallory.doc.transact(() => {
        dots.delete('card000001')
        dots.set('card000002', 2)
      })
    })
    expect(mallory.denied()).toEqual(['only your own dots can be changed'])
    const roomDoc = server.registry.get(board)?.doc
    if (!roomDoc) throw new Error('no room')
    expect(ballotOf(roomDoc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))
    expect(ballotOf(watcher.doc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))
    expect(ballotOf(anaClient.doc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))

    // Nor can a fresh copy delete her ballot, or write one under her name first; the sender is told once.
    const second = await attacker(server.url, board, tokens.participant, ben)
    await second.send(() => votesMap(second.doc).delete(ana.id))
    expect(ballotOf(roomDoc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))
    const third = await attacker(server.url, board, tokens.participant, ben)
    await third.send(() => setDots(third.doc, fran, 'card000002', 3))
    await third.send(() => setDots(third.doc, fran, 'card000001', 3))
    expect(third.denied()).toEqual(['only your own dots can be changed'])
    expect(ballotOf(roomDoc, fran.id)).toBeUndefined()

    // Ana goes on voting, and everyone sees her real ballot.
    setDots(anaClient.doc, ana, 'card000003', 1)
    await waitFor(() => ballotOf(watcher.doc, ana.id)?.dots.get('card000003') === 1, 5000, 'Ana’s next dot')
    expect(ballotOf(watcher.doc, ana.id)?.dots).toEqual(
      new Map([
        ['card000001', 2],
        ['card000003', 1],
      ]),
    )
    expect(anaClient.provider.wsconnected).toBe(true)
  })

  it('refuses a change placed next to one the server does not have yet (it would land in her ballot later)', async () => {
    const { server, tokens, board, watcher } = await votingBoard()
    const anaClient = await connectSynced(server.url, board, tokens.participant, { voter: ana.secret })
    setDots(anaClient.doc, ana, 'card000001', 1)
    await waitFor(() => ballotOf(watcher.doc, ana.id)?.dots.get('card000001') === 1, 5000, 'Ana’s dot')

    const mallory = await attacker(server.url, board, tokens.participant, ben)
    // Ana's next change, predicted: her client id and next clock are in the document for all to see.
    const predicted = new Y.Doc()
    Y.applyUpdate(predicted, Y.encodeStateAsUpdate(mallory.doc))
    // Taken after the copy is loaded: Yjs gives a document a new id when an update brings its own id in.
    predicted.clientID = anaClient.doc.clientID
    setDots(predicted, ana, 'card000001', 2)
    Y.applyUpdate(mallory.doc, Y.encodeStateAsUpdate(predicted))
    const known = Y.encodeStateVector(mallory.doc)
    setDots(mallory.doc, ana, 'card000001', 5)
    // Only his own item, which sits next to Ana's predicted one, without the deletions his copy knows of
    // (Yjs replaces her value when the item lands; the update need not say so).
    mallory.raw.send(encodeUpdate(withoutDeletions(mallory.doc, Y.encodeStateAsUpdate(mallory.doc, known))))
    await mallory.pull()

    // Ana's real next change arrives; her ballot holds what she set, nothing Ben placed beside it.
    setDots(anaClient.doc, ana, 'card000001', 2)
    await waitFor(() => ballotOf(watcher.doc, ana.id)?.dots.get('card000001') === 2, 5000, 'Ana’s second dot')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(ballotOf(watcher.doc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))
    expect(ballotOf(anaClient.doc, ana.id)?.dots).toEqual(new Map([['card000001', 2]]))
    expect(mallory.denied()).toEqual(['only your own dots can be changed'])
  })

  it('needs the voter secret to vote at all; cards need none', async () => {
    const { server, tokens, board, watcher } = await votingBoard()
    const withoutSecret = await attacker(server.url, board, tokens.participant)
    await withoutSecret.send(() => setDots(withoutSecret.doc, ana, 'card000001', 1))
    expect(withoutSecret.denied()).toEqual(['only your own dots can be changed'])
    expect(readBallots(watcher.doc)).toEqual([])
    const writer = await connectSynced(server.url, board, tokens.participant)
    addCard(writer.doc, { lane: 'benefits', text: 'Written without a voter secret', author: ana }, 1)
    await waitFor(() => Object.values(readBoard(watcher.doc).lanes).flat().length === 1)
  })

  it('keeps counting a ballot under an older random id, which no participant can change; a facilitator clears all', async () => {
    const { server, tokens, board, watcher } = await votingBoard()
    // A ballot from before voter ids: keyed by the device's random user id, provable by nobody.
    const facilitator = await connectSynced(server.url, board, tokens.facilitator, { voter: fran.secret })
    setDots(facilitator.doc, { id: 'oldUserId01', name: 'Olga', organisation: 'Brașov' }, 'card000001', 2)
    await waitFor(
      () => ballotOf(watcher.doc, 'oldUserId01')?.dots.get('card000001') === 2,
      5000,
      'the old ballot',
    )

    // Olga's old device (no voter secret) and anyone else claiming that id are refused alike.
    const olgaOld = await attacker(server.url, board, tokens.participant)
    await olgaOld.send(() =>
      setDots(olgaOld.doc, { id: 'oldUserId01', name: 'Olga', organisation: 'Brașov' }, 'card000001', 3),
    )
    expect(olgaOld.denied()).toEqual(['only your own dots can be changed'])
    expect(ballotOf(watcher.doc, 'oldUserId01')?.dots).toEqual(new Map([['card000001', 2]]))

    // The facilitator may still clear every ballot (a fresh round).
    const anaClient = await connectSynced(server.url, board, tokens.participant, { voter: ana.secret })
    setDots(anaClient.doc, ana, 'card000002', 1)
    await waitFor(() => readBallots(watcher.doc).length === 2)
    clearVotes(facilitator.doc)
    await waitFor(() => readBallots(watcher.doc).length === 0, 5000, 'the ballots to be cleared')
    // And Ana votes again in the new round; her client took the clearing in without trouble.
    setDots(anaClient.doc, ana, 'card000002', 1)
    await waitFor(() => ballotOf(watcher.doc, ana.id)?.dots.get('card000002') === 1, 5000, 'Ana’s new ballot')
  })
})
