import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createAuth } from '../../server/auth'
import { CloseCode } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../../server/protocol'
import { applyStoredDocument, type DocumentStore } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { addCard, deleteCard } from '../../shared/boardOperations'
import {
  boardDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { readBoard, readWorkshop } from '../../shared/readers'
import { isBoardLocked, setPracticeLocked } from '../../shared/sessionOperations'
import { addPractice, updateWorkshopDetails } from '../../shared/workshopOperations'
import {
  type CloseInfo,
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  deferred,
  InstrumentedStore,
  RawClient,
  type RoleTokens,
  regenerate,
  startTestServer,
  syncUrl,
  type TestClient,
  textInsertUpdate,
  tokensOf,
  upgradeStatus,
  waitFor,
} from './helpers'

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

/** The reasons of the permission-denied messages (`[2, 0, reason]`) a raw client received. */
function deniedReasons(client: RawClient): string[] {
  return client.frames
    .filter((frame) => frame[0] === 2)
    .map((frame) => {
      const decoder = decoding.createDecoder(frame)
      decoding.readVarUint(decoder)
      expect(decoding.readVarUint(decoder)).toBe(0)
      return decoding.readVarString(decoder)
    })
}

/** Waits until the server has handled every frame `client` sent so far (it answers a step 1 in order). */
async function roundTrip(client: RawClient): Promise<void> {
  const before = client.messages().filter((message) => message.kind === 'syncStep2').length
  client.send(encodeSyncStep1(new Uint8Array([0])))
  await waitFor(
    () => client.messages().filter((message) => message.kind === 'syncStep2').length > before,
    5000,
    'the answer to a step 1',
  )
}

/**
 * Waits until the server has handled everything a stock client sent so far: an awareness change travels
 * behind its document updates on the same socket, and comes back to the sender once handled.
 */
async function stockRoundTrip(client: TestClient, marker: string): Promise<void> {
  client.provider.awareness.setLocalStateField('marker', marker)
  await waitFor(
    () => client.provider.awareness.getStates().get(client.doc.clientID)?.marker === marker,
    5000,
    'the awareness echo',
  )
}

async function storedDoc(store: DocumentStore, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(name), null)
  return doc
}

function cardTexts(doc: Y.Doc): string[] {
  return Object.values(readBoard(doc).lanes)
    .flat()
    .map((card) => card.text)
    .sort()
}

function closeOf(client: TestClient): Promise<CloseInfo> {
  return new Promise((resolve) => {
    client.provider.on('connection-close', (event) => {
      if (event) resolve({ code: event.code, reason: event.reason })
    })
  })
}

async function newTokens(response: Response): Promise<RoleTokens> {
  expect(response.status).toBe(200)
  return tokensOf(((await response.json()) as { links: RoleTokens }).links)
}

describe('tokens at the WebSocket upgrade', () => {
  it('refuses a missing token with 401 and a wrong one with 403, before any room is made', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const other = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    expect(await upgradeStatus(url)).toBe(401)
    expect(await upgradeStatus(`${url}?token=`)).toBe(401)
    expect(await upgradeStatus(`${url}?token=${'A'.repeat(32)}`)).toBe(403)
    expect(await upgradeStatus(`${url}?token=short`)).toBe(403)
    expect(await upgradeStatus(`${url}?token=${tokens.participant}x`)).toBe(403)
    // A token of another workshop opens nothing here.
    expect(await upgradeStatus(`${url}?token=${other.tokens.facilitator}`)).toBe(403)
    // A forged token: well-formed, for this workshop and role, but signed with another server's secret.
    const forged = createAuth(new Uint8Array(32).fill(7)).issueToken(id, 'facilitator', 0)
    expect(await upgradeStatus(`${url}?token=${forged}`)).toBe(403)
    expect(await upgradeStatus(`${syncUrl(server.url)}/${boardDocumentName(id, 'practice01')}`)).toBe(401)
    // An unknown workshop is 404 whatever the token.
    expect(await upgradeStatus(`${syncUrl(server.url)}/nosuchwrkshp?token=${tokens.facilitator}`)).toBe(404)
    expect(server.registry.size).toBe(0)
  })

  it('admits each of the three links, with the token in ?token= or in a Bearer header', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url, 'Three ways in')
    for (const token of Object.values(tokens)) {
      const client = await connectSynced(server.url, workshopDocumentName(id), token)
      expect(readWorkshop(client.doc).title).toBe('Three ways in')
    }
    const viaHeader = await RawClient.open(server.url, workshopDocumentName(id), '', {
      headers: { Authorization: `Bearer ${tokens.observer}` },
    })
    await viaHeader.waitForMessage('syncStep1')
  })

  it('refuses a regenerated link’s old token at once, and admits the new one; other links keep working', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    const fresh = await newTokens(await regenerate(server.url, id, 'participant', tokens.facilitator))
    expect(fresh.participant).not.toBe(tokens.participant)
    expect(fresh.observer).toBe(tokens.observer)
    expect(fresh.facilitator).toBe(tokens.facilitator)
    expect(await upgradeStatus(`${url}?token=${tokens.participant}`)).toBe(403)
    await connectSynced(server.url, workshopDocumentName(id), fresh.participant)
    await connectSynced(server.url, workshopDocumentName(id), tokens.observer)

    const again = await newTokens(await regenerate(server.url, id, 'observer', tokens.facilitator))
    expect(await upgradeStatus(`${url}?token=${tokens.observer}`)).toBe(403)
    expect(again.participant).toBe(fresh.participant)
    await connectSynced(server.url, workshopDocumentName(id), again.observer)
  })

  it('keeps links valid across a restart on the same data folder (the secret is kept there)', async () => {
    const dataDir = (await import('./helpers')).tempDir()
    const first = await startTestServer({ dataDir })
    const { id, tokens } = await createWorkshop(first.url, 'Still here')
    await newTokens(await regenerate(first.url, id, 'observer', tokens.facilitator))
    await first.close()
    const second = await startTestServer({ dataDir })
    const client = await connectSynced(second.url, workshopDocumentName(id), tokens.participant)
    expect(readWorkshop(client.doc).title).toBe('Still here')
    // The regeneration was stored, too.
    expect(await upgradeStatus(`${syncUrl(second.url)}/${id}?token=${tokens.observer}`)).toBe(403)
  })
})

describe('regenerating a link closes the connections that use it', () => {
  it('closes every connection of the regenerated role with 4403, which the stock client does not retry', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const onWorkshop = await connectSynced(server.url, workshopDocumentName(id), tokens.participant)
    const onBoard = await connectSynced(server.url, board, tokens.participant)
    const observer = await connectSynced(server.url, board, tokens.observer)
    const facilitator = await connectSynced(server.url, board, tokens.facilitator)
    const closes = [closeOf(onWorkshop), closeOf(onBoard)]

    await newTokens(await regenerate(server.url, id, 'participant', tokens.facilitator))
    for (const close of await Promise.all(closes)) {
      expect(close).toEqual({ code: CloseCode.linkRevoked, reason: 'This link is no longer valid' })
    }
    // The others stay, and still sync.
    addCard(facilitator.doc, { lane: 'benefits', text: 'after the regeneration', author }, 1)
    await waitFor(() => cardTexts(observer.doc).includes('after the regeneration'))
    expect(observer.provider.wsconnected && facilitator.provider.wsconnected).toBe(true)
    // 4400–4499 is final for the stock client: it does not come back (it would be refused anyway).
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(onBoard.provider.wsconnected || onBoard.provider.wsconnecting).toBe(false)
    expect(onWorkshop.provider.wsconnected || onWorkshop.provider.wsconnecting).toBe(false)
    expect(server.registry.get(board)?.peerCount).toBe(2)
  })

  it('closes a connection whose token was checked just before the regeneration but opened after it', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const lookup = deferred()
    store.holdGetWorkshop = lookup.promise
    // This upgrade reads the workshop (generation 0) and then waits.
    const late = RawClient.open(server.url, workshopDocumentName(id), tokens.observer)
    await waitFor(() => store.getWorkshopCalls === 1)
    store.holdGetWorkshop = null
    await newTokens(await regenerate(server.url, id, 'observer', tokens.facilitator))
    lookup.resolve()
    const client = await late
    expect((await client.closed).code).toBe(CloseCode.linkRevoked)
  })
})

describe('observers read everything and write nothing', () => {
  it('drops an observer’s updates on every document: they reach no client and no disk; it keeps receiving', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    for (const name of [
      workshopDocumentName(id),
      boardDocumentName(id, 'practice01'),
      participationDocumentName(id),
    ]) {
      const facilitator = await connectSynced(server.url, name, tokens.facilitator)
      const observer = await RawClient.open(server.url, name, tokens.observer)
      await observer.waitForMessage('syncStep1')
      observer.send(encodeUpdate(textInsertUpdate('observer update')))
      observer.send(encodeSyncStep2(textInsertUpdate('observer step 2')))
      await roundTrip(observer)
      // Told once, in the standard way, and still connected.
      expect(deniedReasons(observer)).toEqual(['read-only: this link may not change this document'])
      expect(observer.messages().some((message) => message.kind === 'update')).toBe(false)

      facilitator.doc.getText('t').insert(0, 'facilitator')
      const received = await observer.waitForMessage('update')
      const seen = new Y.Doc()
      Y.applyUpdate(seen, received.update)
      expect(seen.getText('t').toString()).toBe('facilitator')
      await server.persistence.flush()
      expect(facilitator.doc.getText('t').toString()).toBe('facilitator')
      expect((await storedDoc(store, name)).getText('t').toString()).toBe('facilitator')
      expect(observer.ws.readyState).toBe(observer.ws.OPEN)
    }
  })

  it('keeps a stock observer’s card to itself, while it sees everyone else’s', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const participant = await connectSynced(server.url, board, tokens.participant)
    const observer = await connectSynced(server.url, board, tokens.observer)

    addCard(observer.doc, { lane: 'benefits', text: 'from the projector', author }, 1)
    await stockRoundTrip(observer, 'after the card')
    addCard(participant.doc, { lane: 'benefits', text: 'from a participant', author }, 2)
    await waitFor(() => cardTexts(observer.doc).includes('from a participant'))
    await stockRoundTrip(participant, 'after the participant’s card')
    await server.persistence.flush()
    expect(cardTexts(participant.doc)).toEqual(['from a participant'])
    expect(cardTexts(await storedDoc(store, board))).toEqual(['from a participant'])
    expect(observer.provider.wsconnected).toBe(true)
  })

  it('does not call an observer’s sync answer a write attempt, even for a board with deletions', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const participant = await connectSynced(server.url, board, tokens.participant)
    const card = addCard(participant.doc, { lane: 'benefits', text: 'soon gone', author }, 1)
    deleteCard(participant.doc, card)
    await waitFor(() => server.persistence.stats.updates >= 2)

    // As the stock client does: ask for everything, then answer the server's step 1 from what it has.
    const observer = await RawClient.open(server.url, board, tokens.observer)
    const serverStep1 = await observer.waitForMessage('syncStep1')
    observer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    const everything = await observer.waitForMessage('syncStep2')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, everything.update)
    const answer = Y.encodeStateAsUpdate(doc, serverStep1.stateVector)
    // The answer is not empty: it carries the delete set, which every update does.
    expect(answer.byteLength).toBeGreaterThan(2)
    observer.send(encodeSyncStep2(answer))
    await roundTrip(observer)
    expect(deniedReasons(observer)).toEqual([])
  })

  it('shows observers as present: their awareness reaches the others', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const participant = await connectSynced(server.url, workshopDocumentName(id), tokens.participant)
    const observer = await RawClient.open(server.url, workshopDocumentName(id), tokens.observer)
    const state = new TextEncoder().encode(JSON.stringify({ user: { name: 'Projector' } }))
    observer.send(encodeAwareness(new Uint8Array([1, 77, 1, state.length, ...state])))
    await waitFor(() => participant.provider.awareness.getStates().has(77))
    // With the role of its link, set by the server: an observer is no person in the room.
    expect(participant.provider.awareness.getStates().get(77)).toEqual({
      user: { name: 'Projector' },
      role: 'observer',
    })
  })
})

describe('presence', () => {
  it('shows everyone in presence with the role their link grants, whatever their client claims', async () => {
    // Presence steers what others see: "Follow facilitator" and a projector go where a facilitator is.
    // A participant who claims to be one must not be able to take the room's wall to another board.
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const facilitator = await connectSynced(server.url, name, tokens.facilitator)
    const participant = await connectSynced(server.url, name, tokens.participant)
    const presence = (userId: string, practiceId: string) => ({
      user: { id: userId, name: userId },
      role: 'facilitator',
      practiceId,
    })
    facilitator.provider.awareness.setLocalState(presence('fran', 'boardA'))
    participant.provider.awareness.setLocalState(presence('mallory', 'boardB'))
    const observer = await RawClient.open(server.url, name, tokens.observer)
    const state = new TextEncoder().encode(JSON.stringify(presence('olga', 'boardC')))
    observer.send(encodeAwareness(new Uint8Array([1, 77, 1, state.length, ...state])))

    const seenBy = (client: TestClient, clientId: number) =>
      client.provider.awareness.getStates().get(clientId) as
        | { role?: unknown; practiceId?: unknown }
        | undefined
    await waitFor(
      () =>
        seenBy(facilitator, participant.doc.clientID)?.practiceId === 'boardB' &&
        seenBy(facilitator, 77) !== undefined &&
        seenBy(participant, facilitator.doc.clientID)?.practiceId === 'boardA',
      5000,
      'everyone’s presence',
    )
    expect(seenBy(facilitator, participant.doc.clientID)?.role).toBe('participant')
    expect(seenBy(facilitator, 77)?.role).toBe('observer')
    expect(seenBy(participant, 77)?.role).toBe('observer')
    expect(seenBy(participant, facilitator.doc.clientID)?.role).toBe('facilitator')
  })
})

describe('participants', () => {
  it('cannot change the workshop’s structure, and still receive the facilitator’s changes', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url, 'Set by the facilitator')
    const name = workshopDocumentName(id)
    const facilitator = await connectSynced(server.url, name, tokens.facilitator)
    const participant = await connectSynced(server.url, name, tokens.participant)

    updateWorkshopDetails(participant.doc, { title: 'Taken over' })
    addPractice(participant.doc, { title: 'Sneaked in', organisation: 'Nobody', description: '' }, 1)
    await stockRoundTrip(participant, 'after the structure change')
    await server.persistence.flush()
    expect(readWorkshop(facilitator.doc).title).toBe('Set by the facilitator')
    const stored = readWorkshop(await storedDoc(store, name))
    expect(stored.title).toBe('Set by the facilitator')
    expect(stored.practices).toEqual([])

    updateWorkshopDetails(facilitator.doc, { place: 'Las Palmas' })
    await waitFor(() => readWorkshop(participant.doc).place === 'Las Palmas')
    expect(participant.provider.wsconnected).toBe(true)
  })

  it('may write to the participation document; an observer may not', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const name = participationDocumentName(id)
    const participant = await RawClient.open(server.url, name, tokens.participant)
    const observer = await RawClient.open(server.url, name, tokens.observer)
    participant.send(encodeUpdate(textInsertUpdate('interest')))
    await participant.waitForMessage('update')
    await observer.waitForMessage('update')
    expect(deniedReasons(participant)).toEqual([])
    observer.send(encodeUpdate(textInsertUpdate('observer')))
    await roundTrip(observer)
    await server.persistence.flush()
    expect((await storedDoc(store, name)).getText('t').toString()).toBe('interest')
    expect(deniedReasons(observer)).toHaveLength(1)
  })
})

describe('locked boards', () => {
  async function workshopWithPractice() {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const structure = await connectSynced(server.url, workshopDocumentName(id), tokens.facilitator)
    const practiceId = addPractice(
      structure.doc,
      { title: 'Urban gardens', organisation: 'Łódź', description: '' },
      1,
    )
    const board = boardDocumentName(id, practiceId)
    const lock = async (locked: boolean) => {
      setPracticeLocked(structure.doc, practiceId, locked)
      await waitFor(() => {
        const room = server.registry.get(workshopDocumentName(id))
        return room !== undefined && isBoardLocked(room.doc, practiceId) === locked
      })
    }
    return { store, server, id, tokens, practiceId, board, lock }
  }

  it('rejects a participant’s writes while locked, accepts the facilitator’s, and the participant keeps receiving', async () => {
    const { store, server, tokens, board, lock } = await workshopWithPractice()
    const participant = await connectSynced(server.url, board, tokens.participant)
    const facilitator = await connectSynced(server.url, board, tokens.facilitator)
    const observer = await connectSynced(server.url, board, tokens.observer)
    addCard(participant.doc, { lane: 'benefits', text: 'before the lock', author }, 1)
    await waitFor(() => cardTexts(facilitator.doc).includes('before the lock'))

    await lock(true)
    addCard(participant.doc, { lane: 'benefits', text: 'while locked', author }, 2)
    await stockRoundTrip(participant, 'after the locked write')
    addCard(facilitator.doc, { lane: 'benefits', text: 'facilitator while locked', author }, 3)
    await waitFor(() => cardTexts(participant.doc).includes('facilitator while locked'))
    await waitFor(() => cardTexts(observer.doc).includes('facilitator while locked'))
    await server.persistence.flush()
    expect(cardTexts(facilitator.doc)).toEqual(['before the lock', 'facilitator while locked'])
    expect(cardTexts(observer.doc)).toEqual(['before the lock', 'facilitator while locked'])
    expect(cardTexts(await storedDoc(store, board))).toEqual(['before the lock', 'facilitator while locked'])
    expect(participant.provider.wsconnected).toBe(true)
  })

  it('tells a raw client its write was refused because the board is locked', async () => {
    const { server, tokens, board, lock } = await workshopWithPractice()
    const participant = await RawClient.open(server.url, board, tokens.participant)
    await participant.waitForMessage('syncStep1')
    await lock(true)
    participant.send(encodeUpdate(textInsertUpdate('locked out')))
    participant.send(encodeUpdate(textInsertUpdate('locked out again')))
    await roundTrip(participant)
    expect(deniedReasons(participant)).toEqual(['this board is locked'])
  })

  it('after an unlock, a participant’s next write goes through and brings the refused ones along', async () => {
    const { store, server, tokens, board, lock } = await workshopWithPractice()
    const participant = await connectSynced(server.url, board, tokens.participant)
    const facilitator = await connectSynced(server.url, board, tokens.facilitator)
    await lock(true)
    addCard(participant.doc, { lane: 'benefits', text: 'typed as the lock came', author }, 1)
    await stockRoundTrip(participant, 'refused')
    expect(cardTexts(facilitator.doc)).toEqual([])

    await lock(false)
    addCard(participant.doc, { lane: 'benefits', text: 'after the unlock', author }, 2)
    // Without the resync the second card would wait on the server for the first (Yjs orders a client's changes).
    await waitFor(() => cardTexts(facilitator.doc).length === 2, 5000, 'both cards to arrive')
    expect(cardTexts(facilitator.doc)).toEqual(['after the unlock', 'typed as the lock came'])
    await server.persistence.flush()
    expect(cardTexts(await storedDoc(store, board))).toEqual(['after the unlock', 'typed as the lock came'])
  })

  it('holds a participant’s board frames until the workshop document (where locks are) is loaded', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const loading = deferred()
    store.holdLoadsOf.set(workshopDocumentName(id), loading.promise)
    const participant = await RawClient.open(server.url, board, tokens.participant)
    participant.send(encodeUpdate(textInsertUpdate('early')))
    await waitFor(() => store.events.includes(`load-done ${board}`))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(participant.frames).toHaveLength(0)
    store.holdLoadsOf.clear()
    loading.resolve()
    // Handled once the lock could be read (unlocked): applied and echoed, not dropped.
    const echoed = await participant.waitForMessage('update')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, echoed.update)
    expect(doc.getText('t').toString()).toBe('early')
    expect(deniedReasons(participant)).toEqual([])
  })

  it('applies a lock to writes that arrive right after it, on a board room opened before it', async () => {
    const { server, tokens, board, lock } = await workshopWithPractice()
    const participant = connectClient(server.url, board, tokens.participant)
    await waitFor(() => participant.provider.synced)
    await lock(true)
    addCard(participant.doc, { lane: 'benefits', text: 'too late', author }, 1)
    await stockRoundTrip(participant, 'done')
    await server.persistence.flush()
    expect(server.registry.get(board)?.doc && cardTexts(server.registry.get(board)?.doc as Y.Doc)).toEqual([])
  })
})

describe('REST endpoints need a token', () => {
  it('answers GET /api/workshops/<id> with 404, 401 (missing), 403 (wrong) or 200 with the role', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url, 'Checked')
    const url = `${server.url}/api/workshops/${id}`
    expect((await fetch(`${server.url}/api/workshops/nosuchwrkshp?token=${tokens.facilitator}`)).status).toBe(
      404,
    )
    const missing = await fetch(url)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await fetch(`${url}?token=${'W'.repeat(32)}`)).status).toBe(403)
    expect((await fetch(url, { headers: { Authorization: 'Bearer nope' } })).status).toBe(403)
    const ok = await fetch(url, { headers: { Authorization: `Bearer ${tokens.participant}` } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ id, title: 'Checked', role: 'participant' })
  })

  it('gives the links to the facilitator only', async () => {
    const server = await startTestServer()
    const created = await createWorkshop(server.url)
    const url = `${server.url}/api/workshops/${created.id}/links`
    const asFacilitator = await fetch(url, {
      headers: { Authorization: `Bearer ${created.tokens.facilitator}` },
    })
    expect(asFacilitator.status).toBe(200)
    expect(await asFacilitator.json()).toEqual({ links: created.links })
    for (const token of [created.tokens.participant, created.tokens.observer, 'W'.repeat(32)]) {
      expect((await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(403)
    }
    expect((await fetch(url)).status).toBe(401)
  })

  it('regenerates a link for the facilitator only', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    expect((await regenerate(server.url, id, 'participant', tokens.participant)).status).toBe(403)
    expect((await regenerate(server.url, id, 'observer', tokens.observer)).status).toBe(403)
    expect((await regenerate(server.url, id, 'facilitator', tokens.participant)).status).toBe(403)
    expect((await regenerate(server.url, id, 'everyone', tokens.facilitator)).status).toBe(400)
    expect((await regenerate(server.url, 'nosuchwrkshp', 'observer', tokens.facilitator)).status).toBe(404)
    const get = await fetch(`${server.url}/api/workshops/${id}/links/observer/regenerate`)
    expect(get.status).toBe(405)
    // Nothing above changed a link.
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${tokens.observer}`)).status).toBe(200)

    const fresh = await newTokens(await regenerate(server.url, id, 'observer', tokens.facilitator))
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${tokens.observer}`)).status).toBe(403)
    const summary = await fetch(`${server.url}/api/workshops/${id}?token=${fresh.observer}`)
    expect(await summary.json()).toMatchObject({ role: 'observer' })
  })

  it('tells the time without a token, never from a cache', async () => {
    const server = await startTestServer()
    const before = Date.now()
    const response = await fetch(`${server.url}/api/time`)
    const after = Date.now()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { now } = (await response.json()) as { now: number }
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(after)
    expect((await fetch(`${server.url}/api/time`, { method: 'POST' })).status).toBe(405)
  })
})

describe('tokens never reach the log', () => {
  it('logs no token while links are created, used, refused, regenerated and denied writes', async () => {
    const lines: string[] = []
    const logger = createLogger('debug', (_level, line) => lines.push(line))
    const server = await startTestServer({ logger, refusalBurst: 5 })
    const created = await createWorkshop(server.url)
    const { id, tokens } = created
    const board = boardDocumentName(id, 'practice01')
    const observer = await RawClient.open(server.url, board, tokens.observer)
    await observer.waitForMessage('syncStep1')
    observer.send(encodeUpdate(textInsertUpdate('denied')))
    await roundTrip(observer)
    await connectSynced(server.url, board, tokens.participant)
    await fetch(`${server.url}/api/workshops/${id}?token=${tokens.participant}`)
    await fetch(`${server.url}/api/workshops/${id}/links`, {
      headers: { Authorization: `Bearer ${tokens.facilitator}` },
    })
    const fresh = await newTokens(await regenerate(server.url, id, 'participant', tokens.facilitator))
    await upgradeStatus(`${syncUrl(server.url)}/${board}?token=${tokens.participant}`)
    await upgradeStatus(`${syncUrl(server.url)}/${board}?token=${fresh.participant}x`)
    await upgradeStatus(`${syncUrl(server.url)}/nosuchwrkshp?token=${fresh.participant}`)
    for (let i = 0; i < 5; i++) await fetch(`${server.url}/api/workshops/${id}?token=${fresh.observer}x`)
    await server.close()

    const log = lines.join('\n')
    // The log did see all of this happen...
    for (const message of [
      'workshop created',
      'refused websocket',
      'link regenerated',
      'answering 429',
      'dropped an update',
    ]) {
      expect(log).toContain(message)
    }
    // ...and holds none of the tokens, nor any part of their URLs.
    for (const token of [...Object.values(tokens), ...Object.values(fresh)]) {
      expect(log).not.toContain(token)
      expect(log).not.toContain(token.slice(0, 12))
    }
    expect(log).not.toContain('token=')
  })
})
