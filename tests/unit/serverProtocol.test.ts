import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  decodeAwarenessUpdate,
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../server/protocol'
import { parseSyncPath } from '../../server/upgrade'

describe('y-websocket frames', () => {
  const bytes = new Uint8Array([1, 2, 3])

  it('frames payloads of every size byte for byte as the stock lib0 encoder does', () => {
    const stock = (types: number[], payload: Uint8Array) => {
      const encoder = encoding.createEncoder()
      for (const type of types) encoding.writeVarUint(encoder, type)
      encoding.writeVarUint8Array(encoder, payload)
      return Buffer.from(encoding.toUint8Array(encoder))
    }
    const same = (ours: Uint8Array, theirs: Buffer) => Buffer.compare(Buffer.from(ours), theirs) === 0
    // Across the varUint length boundaries and past lib0's buffer, as a whole board sent to a joiner is.
    for (const size of [0, 1, 127, 128, 16_383, 16_384, 200_000, 2_500_000]) {
      const payload = new Uint8Array(size).map((_, i) => (i * 31) % 256)
      expect(same(encodeSyncStep1(payload), stock([0, 0], payload)), `step 1 of ${size}`).toBe(true)
      expect(same(encodeSyncStep2(payload), stock([0, 1], payload)), `step 2 of ${size}`).toBe(true)
      expect(same(encodeUpdate(payload), stock([0, 2], payload)), `update of ${size}`).toBe(true)
      expect(same(encodeAwareness(payload), stock([1], payload)), `awareness of ${size}`).toBe(true)
    }
  })

  it('round-trips every message a client sends', () => {
    expect(decodeClientMessage(encodeSyncStep1(bytes))).toEqual({
      ok: true,
      message: { kind: 'syncStep1', stateVector: bytes },
    })
    expect(decodeClientMessage(encodeSyncStep2(bytes))).toEqual({
      ok: true,
      message: { kind: 'syncStep2', update: bytes },
    })
    expect(decodeClientMessage(encodeUpdate(bytes))).toEqual({
      ok: true,
      message: { kind: 'update', update: bytes },
    })
    expect(decodeClientMessage(encodeAwareness(bytes))).toEqual({
      ok: true,
      message: { kind: 'awareness', update: bytes },
    })
    expect(decodeClientMessage(encodeQueryAwareness())).toEqual({
      ok: true,
      message: { kind: 'queryAwareness' },
    })
  })

  it('matches the byte layout of the y-protocols reference', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'x')
    const update = Y.encodeStateAsUpdate(doc)
    expect([...encodeUpdate(update).slice(0, 2)]).toEqual([0, 2])
    expect([...encodeSyncStep1(Y.encodeStateVector(doc)).slice(0, 2)]).toEqual([0, 0])
    expect([...encodeAwareness(bytes)]).toEqual([1, 3, 1, 2, 3])
  })

  it.each([
    ['an empty frame', [], 'malformed'],
    ['a length past the end', [0, 2, 10, 1], 'malformed'],
    ['trailing bytes', [3, 0], 'malformed'],
    ['an unknown message type', [7], 'unsupported'],
    ['an auth message', [2, 0, 0], 'unsupported'],
    ['an unknown sync type', [0, 5, 0], 'unsupported'],
  ])('reports %s without throwing', (_name, frame, problem) => {
    const result = decodeClientMessage(new Uint8Array(frame))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toBe(problem)
  })

  it('decodes awareness updates as the y-protocols Awareness encodes them, and rejects broken ones', () => {
    const doc = new Y.Doc()
    const awareness = new Awareness(doc)
    awareness.setLocalStateField('user', { name: 'Ana' })
    const update = encodeAwarenessUpdate(awareness, [doc.clientID])
    expect(decodeAwarenessUpdate(update)).toEqual([
      { clientId: doc.clientID, clock: 1, state: { user: { name: 'Ana' } } },
    ])
    expect(encodeAwarenessEntries(decodeAwarenessUpdate(update))).toEqual(update)
    awareness.destroy()
    expect(() => decodeAwarenessUpdate(new Uint8Array([1, 5, 1, 1, 0x7b]))).toThrow()
    expect(() => decodeAwarenessUpdate(new Uint8Array([2, 5, 1, 4, 0x6e, 0x75, 0x6c, 0x6c]))).toThrow()
  })
})

describe('parseSyncPath', () => {
  it.each([
    ['/sync/workshop01', { kind: 'workshop', workshopId: 'workshop01' }],
    ['/sync/workshop01?token=secret', { kind: 'workshop', workshopId: 'workshop01' }],
    [
      '/sync/workshop01/boards/practice01',
      { kind: 'board', workshopId: 'workshop01', practiceId: 'practice01' },
    ],
  ])('accepts %s', (url, address) => {
    expect(parseSyncPath(url)?.address).toEqual(address)
  })

  it.each([
    '/sync/',
    '/sync',
    '/sync/short',
    '/sync/workshop01/',
    '/sync/workshop01/boards',
    '/sync/workshop01/notes/practice01',
    '/sync/../sync/workshop01/x',
    '/other/workshop01',
    '/sync/work%20shop01',
  ])('refuses %s', (url) => {
    expect(parseSyncPath(url)).toBeNull()
  })
})
