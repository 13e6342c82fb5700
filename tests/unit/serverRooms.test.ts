import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import { type ClientMessage, decodeAwarenessUpdate, decodeClientMessage } from '../../server/protocol'
import { createRoomSystem, type RoomPeer } from '../../server/rooms'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { deferred, InstrumentedStore, waitFor } from '../integration/helpers'

/** Rooms, registry and persistence without any socket: peers are plain objects recording what they get. */

class FakePeer implements RoomPeer {
  private static nextId = 1
  readonly id = FakePeer.nextId++
  readonly frames: Uint8Array[] = []
  closedWith: { code: number; reason: string } | undefined

  send(frame: Uint8Array): void {
    this.frames.push(frame)
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason }
  }

  messages(): ClientMessage[] {
    return this.frames.flatMap((frame) => {
      const decoded = decodeClientMessage(frame)
      return decoded.ok ? [decoded.message] : []
    })
  }
}

const BOARD = boardDocumentName('workshop01', 'practice01')
const quiet = createLogger('silent')
const systems: { registry: { shutdown(code: number, reason: string): Promise<void> } }[] = []

function setup(options: { unloadGraceMs?: number; compactionThreshold?: number } = {}) {
  const store = new InstrumentedStore(new MemoryStore())
  const system = createRoomSystem({
    store,
    log: quiet,
    unloadGraceMs: options.unloadGraceMs ?? 10,
    compactionThreshold: options.compactionThreshold ?? 500,
  })
  systems.push(system)
  return { store, ...system }
}

/** A fresh room system in which Ana and then Ben have joined one board, loaded. */
async function anaAndBenInOneRoom() {
  const system = setup()
  const ana = new FakePeer()
  const ben = new FakePeer()
  const room = system.registry.join(BOARD, ana)
  system.registry.join(BOARD, ben)
  await room.ready
  return { ...system, ana, ben, room }
}

function update(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

afterEach(async () => {
  for (const system of systems.splice(0)) await system.registry.shutdown(CloseCode.goingAway, 'test over')
})

describe('RoomRegistry', () => {
  it('gives two joins of one document the same room, loaded once', async () => {
    const { registry, store } = setup()
    const a = registry.join(BOARD, new FakePeer())
    const b = registry.join(BOARD, new FakePeer())
    expect(b).toBe(a)
    expect(a.doc).toBe(b.doc)
    await a.ready
    expect(store.events.filter((event) => event === `load-start ${BOARD}`)).toHaveLength(1)
  })

  it('is usable only once the stored document is fully loaded', async () => {
    const { registry, store } = setup()
    await store.appendUpdates([{ documentName: BOARD, update: update('stored') }])
    const loading = deferred()
    store.holdLoads = loading.promise
    const room = registry.join(BOARD, new FakePeer())
    expect(room.isOpen).toBe(false)
    loading.resolve()
    await room.ready
    expect(room.isOpen).toBe(true)
    expect(room.doc.getText('t').toString()).toBe('stored')
    expect(room.logRows).toBe(1)
  })

  it('unloads an empty room after the grace period, and a later join gets a fresh room with everything', async () => {
    const { registry } = setup({ unloadGraceMs: 10 })
    const peer = new FakePeer()
    const room = registry.join(BOARD, peer)
    await room.ready
    room.applyClientUpdate(peer, update('kept'))
    room.removePeer(peer)
    await waitFor(() => registry.get(BOARD) === undefined)
    expect(room.state).toBe('closed')

    const again = registry.join(BOARD, new FakePeer())
    expect(again).not.toBe(room)
    await again.ready
    expect(again.doc.getText('t').toString()).toBe('kept')
  })

  it('keeps a room whose grace period is interrupted by a join', async () => {
    const { registry } = setup({ unloadGraceMs: 30 })
    const first = new FakePeer()
    const room = registry.join(BOARD, first)
    await room.ready
    room.removePeer(first)
    registry.join(BOARD, new FakePeer())
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(registry.get(BOARD)).toBe(room)
    expect(room.state).toBe('ready')
  })

  it('saves an edit made by a peer that joined and left while the room was unloading', async () => {
    const { registry, store, persistence } = setup({ unloadGraceMs: 5 })
    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    await room.ready
    room.applyClientUpdate(ana, update('a'))
    await persistence.flush()
    const compaction = deferred()
    store.holdCompactions = compaction.promise
    room.removePeer(ana)
    await waitFor(() => room.state === 'unloading')

    // Ben arrives during the unload's snapshot, edits, and leaves again before it finishes.
    const ben = new FakePeer()
    expect(registry.join(BOARD, ben)).toBe(room)
    room.applyClientUpdate(ben, update('b'))
    room.removePeer(ben)
    store.holdCompactions = null
    compaction.resolve()
    await waitFor(() => registry.get(BOARD) === undefined, 5000, 'the room to unload')
    await persistence.flush()

    const reloaded = registry.join(BOARD, new FakePeer())
    await reloaded.ready
    expect(reloaded.doc.getText('t').toString()).toContain('b')
  })

  it('unloads a room whose only peer left while it was still loading', async () => {
    const { registry, store } = setup({ unloadGraceMs: 5 })
    const loading = deferred()
    store.holdLoads = loading.promise
    const peer = new FakePeer()
    const room = registry.join(BOARD, peer)
    room.removePeer(peer)
    loading.resolve()
    await waitFor(() => registry.get(BOARD) === undefined)
  })

  it('closes the peers of a room that cannot load with 1011, and retries on the next join', async () => {
    const { registry, store } = setup()
    const failingLoad = store.loadDocument.bind(store)
    store.loadDocument = async () => {
      throw new Error('disk unreadable (simulated)')
    }
    const peer = new FakePeer()
    const room = registry.join(BOARD, peer)
    await waitFor(() => peer.closedWith !== undefined)
    expect(peer.closedWith?.code).toBe(CloseCode.internalError)
    expect(registry.get(BOARD)).toBeUndefined()
    expect(room.state).toBe('closed')

    store.loadDocument = failingLoad
    const retry = registry.join(BOARD, new FakePeer())
    await retry.ready
    expect(retry.isOpen).toBe(true)
  })
})

describe('answering from storage while a room loads', () => {
  it('sends a client what it lacks of the stored document (snapshot and log) before the room is built', async () => {
    const { registry, store } = setup()
    const source = new Y.Doc()
    source.getText('t').insert(0, 'snapshot ')
    const known = Y.encodeStateVector(source)
    const snapshot = Y.encodeStateAsUpdate(source)
    await store.createWorkshop({ id: 'workshop01', createdAt: 1 }, [{ documentName: BOARD, state: snapshot }])
    const before = Y.encodeStateVector(source)
    source.getText('t').insert(9, 'and log')
    await store.appendUpdates([{ documentName: BOARD, update: Y.encodeStateAsUpdate(source, before) }])

    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    await room.storedRead
    // A returning client that has the snapshot's part already, and a new one with nothing.
    expect(room.answerSyncStep1FromStorage(ana, known)).toBe(true)
    expect(room.answerSyncStep1FromStorage(ana, new Uint8Array([0]))).toBe(true)
    expect(room.isOpen).toBe(false)
    const [partial, whole] = ana.messages()
    if (partial?.kind !== 'syncStep2' || whole?.kind !== 'syncStep2') throw new Error('expected two step 2s')
    expect(partial.update.byteLength).toBeLessThan(whole.update.byteLength)
    const returning = new Y.Doc()
    Y.applyUpdate(returning, snapshot)
    Y.applyUpdate(returning, partial.update)
    expect(returning.getText('t').toString()).toBe('snapshot and log')
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, whole.update)
    expect(fresh.getText('t').toString()).toBe('snapshot and log')

    await room.ready
    // Once built, the room answers from its document, and the stored bytes are gone.
    expect(room.answerSyncStep1FromStorage(ana, new Uint8Array([0]))).toBe(false)
    expect(room.doc.getText('t').toString()).toBe('snapshot and log')
  })
})

describe('a loaded room', () => {
  it('keeps no copy of the bytes storage returned once its document is built', async () => {
    setFlagsFromString('--expose-gc')
    const collectGarbage = runInNewContext('gc') as () => void
    const { registry, store } = setup()
    const source = new Y.Doc()
    source.getText('t').insert(0, 'x'.repeat(100_000))
    await store.createWorkshop({ id: 'workshop01', createdAt: 1 }, [
      { documentName: BOARD, state: Y.encodeStateAsUpdate(source) },
    ])
    // What storage hands over: fresh bytes, as a database read makes them.
    let returned: WeakRef<Uint8Array> | undefined
    const load = store.loadDocument.bind(store)
    store.loadDocument = async (name) => {
      const stored = await load(name)
      const snapshot = stored.snapshot ? stored.snapshot.slice() : null
      if (snapshot) returned = new WeakRef(snapshot)
      return { ...stored, snapshot }
    }

    const room = registry.join(BOARD, new FakePeer())
    await room.ready
    expect(room.doc.getText('t').length).toBe(100_000)
    expect(returned).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 0))
    collectGarbage()
    expect(returned?.deref()).toBeUndefined()
  })
})

describe('answering new clients', () => {
  it('encodes the whole document once for everyone arriving with nothing, and again after a change', async () => {
    const { ana, ben, room, persistence } = await anaAndBenInOneRoom()
    room.doc.getText('t').insert(0, 'before')
    await persistence.flush()
    room.answerSyncStep1(ana, new Uint8Array([0]))
    room.answerSyncStep1(ben, new Uint8Array([0]))
    const [first, second] = [ana, ben].map((peer) => peer.messages().find((m) => m.kind === 'syncStep2'))
    if (first?.kind !== 'syncStep2' || second?.kind !== 'syncStep2') throw new Error('expected step 2s')
    expect(second.update).toEqual(first.update)

    room.doc.getText('t').insert(6, ' and after')
    await persistence.flush()
    const carl = new FakePeer()
    room.answerSyncStep1(carl, new Uint8Array([0]))
    const third = carl.messages().find((m) => m.kind === 'syncStep2')
    const copy = new Y.Doc()
    if (third?.kind === 'syncStep2') Y.applyUpdate(copy, third.update)
    expect(copy.getText('t').toString()).toBe('before and after')
  })
})

describe('the server’s own changes', () => {
  it('are committed, then broadcast to the room’s peers, and the room unloads after when nobody is in it', async () => {
    const { registry, store, ana, room } = await anaAndBenInOneRoom()
    const written = await registry.change(BOARD, (doc) => {
      doc.getMap('cards').set('server', 'restored')
      return 'done'
    })
    expect(written).toBe('done')
    expect(room.doc.getMap('cards').get('server')).toBe('restored')
    expect(ana.messages().some((message) => message.kind === 'update')).toBe(true)
    const stored = new Y.Doc()
    const loaded = await store.loadDocument(BOARD)
    for (const update of [loaded.snapshot, ...loaded.updates]) if (update) Y.applyUpdate(stored, update)
    expect(stored.getMap('cards').get('server')).toBe('restored')

    const other = boardDocumentName('workshop01', 'practice02')
    await registry.change(other, (doc) => doc.getMap('cards').set('x', 1))
    await waitFor(() => registry.get(other) === undefined)
  })

  it('reject when the change cannot be saved, and nothing is broadcast', async () => {
    const { registry, store, ana } = await anaAndBenInOneRoom()
    const before = ana.frames.length
    store.failAppends = true
    await expect(registry.change(BOARD, (doc) => doc.getMap('cards').set('x', 1))).rejects.toThrow(/saved/)
    expect(ana.frames.length).toBe(before)
  })
})

describe('a board room holds its workshop’s room', () => {
  const WORKSHOP = workshopDocumentName('workshop01')

  it('loads the workshop document with the board, keeps it while the board is in use, and lets it go after', async () => {
    const { registry } = setup({ unloadGraceMs: 10 })
    const peer = new FakePeer()
    const board = registry.join(BOARD, peer)
    const workshop = registry.get(WORKSHOP)
    expect(workshop).toBeDefined()
    expect(board.heldWorkshop?.room).toBe(workshop)
    await Promise.all([board.ready, workshop?.ready])
    // The silent peer receives nothing and keeps the workshop room from unloading.
    expect(workshop?.peerCount).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(registry.get(WORKSHOP)).toBe(workshop)

    board.removePeer(peer)
    await waitFor(() => registry.get(BOARD) === undefined, 5000, 'the board room to unload')
    await waitFor(() => registry.get(WORKSHOP) === undefined, 5000, 'the workshop room to unload')
    expect(workshop?.state).toBe('closed')
  })

  it('shares one workshop room between boards and with the workshop’s own peers', async () => {
    const { registry } = setup({ unloadGraceMs: 10 })
    const facilitator = new FakePeer()
    const workshop = registry.join(WORKSHOP, facilitator)
    const first = registry.join(BOARD, new FakePeer())
    const second = registry.join(boardDocumentName('workshop01', 'practice02'), new FakePeer())
    expect(first.heldWorkshop?.room).toBe(workshop)
    expect(second.heldWorkshop?.room).toBe(workshop)
    expect(workshop.peerCount).toBe(3)
    await workshop.ready
    workshop.applyClientUpdate(facilitator, update('seen by the boards'))
    expect(first.heldWorkshop?.room.doc.getText('t').toString()).toBe('seen by the boards')
  })

  it('closes a board’s peers with 1011 when its workshop’s document cannot load', async () => {
    const { registry, store } = setup()
    const load = store.loadDocument.bind(store)
    store.loadDocument = async (name) => {
      if (name === WORKSHOP) throw new Error('disk unreadable (simulated)')
      return load(name)
    }
    const peer = new FakePeer()
    const board = registry.join(BOARD, peer)
    await waitFor(() => peer.closedWith !== undefined)
    expect(peer.closedWith?.code).toBe(CloseCode.internalError)
    expect(board.state).toBe('closed')
    expect(registry.get(BOARD)).toBeUndefined()
    expect(registry.get(WORKSHOP)).toBeUndefined()
  })
})

describe('commit before broadcast', () => {
  it('commits the updates of one turn in one transaction, then broadcasts each to every peer', async () => {
    const { ana, ben, room, store, persistence } = await anaAndBenInOneRoom()

    room.applyClientUpdate(ana, update('a'))
    room.applyClientUpdate(ben, update('b'))
    room.applyClientUpdate(ana, update('c'))
    // Applied to the document at once, but not broadcast before the commit.
    expect(room.doc.getText('t').length).toBe(3)
    expect(ana.messages().filter((message) => message.kind === 'update')).toHaveLength(0)

    await persistence.flush()
    expect(store.events.filter((event) => event === 'commit-done')).toHaveLength(1)
    for (const peer of [ana, ben]) {
      expect(peer.messages().filter((message) => message.kind === 'update')).toHaveLength(3)
    }
    expect(persistence.stats).toMatchObject({ batches: 1, updates: 3 })
  })

  it('sends a change to everyone else before echoing it to its author', async () => {
    const { registry, persistence } = setup()
    const delivered: string[] = []
    const recording = (name: string) =>
      Object.assign(new FakePeer(), { send: () => void delivered.push(name) }) as FakePeer
    // The author joined first, so it comes first among the room's peers.
    const [ana, ben, carl] = [recording('ana'), recording('ben'), recording('carl')]
    const room = registry.join(BOARD, ana)
    registry.join(BOARD, ben)
    registry.join(BOARD, carl)
    await room.ready
    delivered.length = 0

    room.applyClientUpdate(ana, update('first'))
    await persistence.flush()
    expect(delivered).toEqual(['ben', 'carl', 'ana'])
  })

  it('does not store or broadcast an update that changes nothing', async () => {
    const { registry, store, persistence } = setup()
    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    await room.ready
    const same = update('once')
    room.applyClientUpdate(ana, same)
    await persistence.flush()
    room.applyClientUpdate(ana, same)
    await persistence.flush()
    expect((await store.loadDocument(BOARD)).updates).toHaveLength(1)
    expect(ana.messages().filter((message) => message.kind === 'update')).toHaveLength(1)
  })

  it('on a failed commit broadcasts nothing, closes the room’s peers with 1011 and drops the room', async () => {
    const { registry, store, persistence } = setup()
    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    await room.ready
    store.failAppends = true
    room.applyClientUpdate(ana, update('lost?'))
    await persistence.flush()
    expect(ana.messages().filter((message) => message.kind === 'update')).toHaveLength(0)
    expect(ana.closedWith?.code).toBe(CloseCode.internalError)
    expect(registry.get(BOARD)).toBeUndefined()
    expect(store.events).not.toContain(`compact-start ${BOARD}`)
  })

  it('compacts once the log passes the threshold, keeping the document whole', async () => {
    const { registry, store, persistence } = setup({ compactionThreshold: 3 })
    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    await room.ready
    for (const letter of ['a', 'b', 'c', 'd', 'e']) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
      doc.getText('t').insert(doc.getText('t').length, letter)
      room.applyClientUpdate(ana, Y.encodeStateAsUpdate(doc))
      await persistence.flush()
    }
    expect(store.events.filter((event) => event.startsWith('compact-done'))).toHaveLength(1)
    const stored = await store.loadDocument(BOARD)
    expect(stored.snapshot).not.toBeNull()
    expect(stored.updates.length).toBe(room.logRows)
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, stored.snapshot ?? new Uint8Array())
    for (const row of stored.updates) Y.applyUpdate(reloaded, row)
    expect(reloaded.getText('t').toString()).toBe('abcde')
  })
})

describe('rows committed by another instance', () => {
  it('stores and relays a client’s change that was waiting for the row it depends on', async () => {
    const store = new MemoryStore(true)
    const system = createRoomSystem({ store, log: quiet, unloadGraceMs: 10, compactionThreshold: 500 })
    systems.push(system)
    const ana = new FakePeer()
    const ben = new FakePeer()
    const room = system.registry.join(BOARD, ana)
    system.registry.join(BOARD, ben)
    await room.ready
    // Another instance's client wrote "r"; Ana (who saw it there before moving here) typed "E" after it.
    const source = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (update: Uint8Array) => updates.push(update))
    source.getText('t').insert(0, 'r')
    source.getText('t').insert(1, 'E')
    const [fromOtherInstance, anasChange] = updates
    if (!fromOtherInstance || !anasChange) throw new Error('no updates')
    room.applyClientUpdate(ana, anasChange)
    expect(room.doc.getText('t').toString()).toBe('')
    expect(room.applyOtherInstanceRow(1, fromOtherInstance)).toBe(true)
    expect(room.doc.getText('t').toString()).toBe('rE')
    await system.persistence.flush()
    const stored = new Y.Doc()
    applyStoredDocument(stored, await store.loadDocument(BOARD), null)
    expect(stored.getText('t').toString()).toBe('rE')
    const seenByBen = new Y.Doc()
    for (const message of ben.messages())
      if (message.kind === 'update') Y.applyUpdate(seenByBen, message.update)
    expect(seenByBen.getText('t').toString()).toBe('rE')
  })
})

describe('awareness', () => {
  function awareness(clientId: number, clock: number, state: unknown): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(state))
    return new Uint8Array([1, clientId, clock, json.length, ...json])
  }

  it('keeps no part of the socket read a presence arrived in', async () => {
    setFlagsFromString('--expose-gc')
    const collectGarbage = runInNewContext('gc') as () => void
    const { ana, room } = await anaAndBenInOneRoom()
    // A small frame from ws is often a view into the 64 KiB its socket read at once.
    let read: Uint8Array | null = new Uint8Array(64 * 1024)
    const frame = awareness(10, 1, { name: 'Ana' })
    read.set(frame)
    const readBuffer = new WeakRef(read.buffer)
    room.applyClientAwareness(ana, read.subarray(0, frame.byteLength))
    read = null
    await new Promise((resolve) => setTimeout(resolve, 0))
    collectGarbage()
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana' })
    // 2,700 presences each holding such a read were 15 MB in the workshop bench.
    expect(readBuffer.deref()).toBeUndefined()
  })

  it('removes only the states a leaving peer announced first, not the ones others relayed', async () => {
    const { ana, ben, room } = await anaAndBenInOneRoom()
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    // Ben's client relays what it received, as the stock provider does.
    room.applyClientAwareness(ben, awareness(10, 1, { name: 'Ana' }))
    room.applyClientAwareness(ben, awareness(20, 1, { name: 'Ben' }))

    room.removePeer(ben)
    expect([...room.awareness.getStates().keys()]).toEqual([10])
    room.removePeer(ana)
    expect(room.awareness.getStates().size).toBe(0)
  })

  function clockOf(peer: FakePeer, clientId: number): number | undefined {
    const last = peer
      .messages()
      .filter((message) => message.kind === 'awareness')
      .at(-1)
    return last?.kind === 'awareness'
      ? decodeAwarenessUpdate(last.update).find((entry) => entry.clientId === clientId)?.clock
      : undefined
  }

  it('ignores entries for someone else’s client id: nobody can change or end another person’s presence', async () => {
    const { ana, ben, room } = await anaAndBenInOneRoom()
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    const framesBefore = ana.frames.length
    // Ben claims Ana's id with a newer clock: a new name, then her departure (a null state).
    room.applyClientAwareness(ben, awareness(10, 2, { name: 'Mallory' }))
    room.applyClientAwareness(ben, new Uint8Array([1, 10, 3, 4, ...new TextEncoder().encode('null')]))
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana' })
    expect(ana.frames.length).toBe(framesBefore)
    // An update mixing his own entry with a forged one keeps only his own.
    room.applyClientAwareness(
      ben,
      new Uint8Array([...awareness(20, 1, { name: 'Ben' }), 10, 5, 2, 123, 125].with(0, 2)),
    )
    expect(room.awareness.getStates().get(20)).toEqual({ name: 'Ben' })
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana' })
    // Ana herself still updates her presence.
    room.applyClientAwareness(ana, awareness(10, 2, { name: 'Ana', practice: 'p1' }))
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana', practice: 'p1' })
  })

  it('shows a client that reconnects with the clock it had, and makes it adopt a newer one', async () => {
    const { registry, ana, ben, room } = await anaAndBenInOneRoom()
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    room.removePeer(ana)
    expect(room.awareness.getStates().has(10)).toBe(false)

    // The stock client re-announces its unchanged state, clock 1, which the server already has (y-websocket#122).
    const anaAgain = new FakePeer()
    registry.join(BOARD, anaAgain)
    room.applyClientAwareness(anaAgain, awareness(10, 1, { name: 'Ana' }))
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana' })
    // The room sends what changed once per turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve))
    expect(clockOf(ben, 10)).toBe(2)
    expect(clockOf(anaAgain, 10)).toBe(2)
  })

  it('ends the presence of a client that came back, when its new connection ends', async () => {
    const { registry } = setup()
    const ana = new FakePeer()
    const room = registry.join(BOARD, ana)
    registry.join(BOARD, new FakePeer())
    await room.ready
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    room.removePeer(ana)
    const anaAgain = new FakePeer()
    registry.join(BOARD, anaAgain)
    // Changed while offline: a newer clock, which the server takes as an update of a known client.
    room.applyClientAwareness(anaAgain, awareness(10, 2, { name: 'Ana B.' }))
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana B.' })
    room.removePeer(anaAgain)
    expect(room.awareness.getStates().has(10)).toBe(false)
  })

  it('does not take a relayed state as the relaying client’s own', async () => {
    const { ana, ben, room } = await anaAndBenInOneRoom()
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    // Ben has no presence of his own: his first awareness frame relays Ana's state from his greeting.
    room.applyClientAwareness(ben, awareness(10, 1, { name: 'Ana' }))
    await new Promise((resolve) => setImmediate(resolve))
    expect(clockOf(ana, 10)).toBe(1)
    room.removePeer(ben)
    expect(room.awareness.getStates().has(10)).toBe(true)
  })

  it('relays another instance’s people, which no client here may change, until their instance ends them', async () => {
    const { ana, ben, room } = await anaAndBenInOneRoom()
    room.applyClientAwareness(ana, awareness(10, 1, { name: 'Ana' }))
    room.applyClientAwareness(ben, awareness(20, 1, { name: 'Ben' }))
    room.applyOtherInstancePresence('b', awareness(30, 7, { name: 'Cleo', role: 'participant' }))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo', role: 'participant' })
    // Ana's client relays Cleo back, and Ben forges her departure: neither changes her.
    room.applyClientAwareness(ana, awareness(30, 9, { name: 'Mallory' }))
    room.applyClientAwareness(ben, new Uint8Array([1, 30, 9, 4, ...new TextEncoder().encode('null')]))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo', role: 'participant' })
    // Another instance cannot end her either, nor change this room's own people.
    room.applyOtherInstancePresence('c', new Uint8Array([1, 30, 9, 4, ...new TextEncoder().encode('null')]))
    room.applyOtherInstancePresence('c', awareness(10, 9, { name: 'Not Ana' }))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo', role: 'participant' })
    expect(room.awareness.getStates().get(10)).toEqual({ name: 'Ana' })
    // What is told to other instances is this room's own people only.
    expect(room.ownPresence()).not.toBeNull()
    room.forgetInstancePresence('b')
    expect(room.awareness.getStates().has(30)).toBe(false)
    // After an outage the same state at the same clock is news again (the room removed it at that clock).
    room.applyOtherInstancePresence('b', awareness(30, 7, { name: 'Cleo', role: 'participant' }))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo', role: 'participant' })
    await new Promise((resolve) => setImmediate(resolve))
    // This room's next clock for her, so its clients (which saw her removed at 7) take her back.
    expect(clockOf(ana, 30)).toBe(8)
  })

  it('lets a person who moved here from another instance take their presence along, once it ended there', async () => {
    const { registry, room } = await anaAndBenInOneRoom()
    room.applyOtherInstancePresence('b', awareness(30, 7, { name: 'Cleo' }))
    // Cleo's instance died; her client reconnects here and announces itself first, with its own clock.
    const cleo = new FakePeer()
    registry.join(BOARD, cleo)
    room.applyClientAwareness(cleo, awareness(30, 7, { name: 'Cleo here' }))
    // Anyone could claim her id: the claim waits until her old instance ends her entry.
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo' })
    room.forgetInstancePresence('b')
    await new Promise((resolve) => setImmediate(resolve))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo here' })
    // Now hers here: her own connection's end ends it.
    room.removePeer(cleo)
    expect(room.awareness.getStates().has(30)).toBe(false)
  })

  it('never lets a first frame take over a person another instance still holds', async () => {
    const { registry, room } = await anaAndBenInOneRoom()
    room.applyOtherInstancePresence('b', awareness(30, 7, { name: 'Cleo' }))
    const mallory = new FakePeer()
    registry.join(BOARD, mallory)
    room.applyClientAwareness(mallory, awareness(30, 9, { name: 'Not Cleo' }))
    room.applyClientAwareness(mallory, new Uint8Array([1, 30, 10, 4, ...new TextEncoder().encode('null')]))
    room.applyOtherInstancePresence('b', awareness(30, 8, { name: 'Cleo moved a card' }))
    expect(room.awareness.getStates().get(30)).toEqual({ name: 'Cleo moved a card' })
    // Mallory leaves before Cleo's instance ends her entry: the claim goes with her.
    room.removePeer(mallory)
    room.forgetInstancePresence('b')
    await new Promise((resolve) => setImmediate(resolve))
    expect(room.awareness.getStates().has(30)).toBe(false)
  })
})
