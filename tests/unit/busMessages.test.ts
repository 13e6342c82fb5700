import fc from 'fast-check'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import type { BusMessage } from '../../server/cluster/bus'
import { decodeBusMessage, encodeBusMessage } from '../../server/cluster/busMessages'
import { REGENERABLE_ROLES } from '../../shared/roles'

const text = fc.string({ unit: 'grapheme', maxLength: 40 })
const count = fc.nat({ max: Number.MAX_SAFE_INTEGER })
const bytes = fc.uint8Array({ maxLength: 300 })

const anyMessage: fc.Arbitrary<BusMessage> = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    instance: text,
    document: text,
    prevSeq: count,
    seq: count,
    update: bytes,
  }),
  fc.record({ kind: fc.constant('presence' as const), instance: text, document: text, update: bytes }),
  fc.record({ kind: fc.constant('presenceWanted' as const), instance: text, document: text }),
  fc.record({ kind: fc.constant('heartbeat' as const), instance: text }),
  fc.record({ kind: fc.constant('instanceLeft' as const), instance: text }),
  fc.record({ kind: fc.constant('workshopDeleted' as const), instance: text, workshopId: text }),
  fc.record({
    kind: fc.constant('linkReplaced' as const),
    instance: text,
    workshopId: text,
    role: fc.constantFrom(...REGENERABLE_ROLES),
    generation: count,
  }),
)

const sample: BusMessage = {
  kind: 'update',
  instance: 'instance-a',
  document: 'workshop-1/board',
  prevSeq: 41,
  seq: 42,
  update: new Uint8Array([1, 2, 3, 250, 0]),
}

describe('bus messages', () => {
  it('decode what they encode, for every kind', () => {
    const kindsSeen = new Set<string>()
    fc.assert(
      fc.property(anyMessage, (message) => {
        kindsSeen.add(message.kind)
        expect(decodeBusMessage(encodeBusMessage(message))).toEqual(message)
      }),
      { numRuns: 600 },
    )
    expect(kindsSeen.size).toBe(7)
  })

  it('stay small: an update carries a few bytes beyond its own', () => {
    expect(encodeBusMessage(sample).length).toBeLessThan(
      sample.update.length + sample.instance.length + sample.document.length + 8,
    )
  })

  it('decode from a view into a larger buffer without reading past the view', () => {
    const encoded = encodeBusMessage(sample)
    const slab = new Uint8Array(encoded.length + 64).fill(7)
    slab.set(encoded, 16)
    expect(decodeBusMessage(slab.subarray(16, 16 + encoded.length))).toEqual(sample)
    // Cut inside the update: its declared length now runs into the slab's other bytes.
    expect(decodeBusMessage(slab.subarray(16, 16 + encoded.length - 2))).toBeNull()
  })

  it('are null when cut anywhere short', () => {
    fc.assert(
      fc.property(anyMessage, fc.nat(), (message, cut) => {
        const encoded = encodeBusMessage(message)
        const end = cut % encoded.length
        expect(decodeBusMessage(encoded.subarray(0, end))).toBeNull()
      }),
      { numRuns: 400 },
    )
  })

  it('are null with bytes after the message', () => {
    fc.assert(
      fc.property(anyMessage, fc.uint8Array({ minLength: 1, maxLength: 8 }), (message, tail) => {
        const encoded = encodeBusMessage(message)
        const longer = new Uint8Array(encoded.length + tail.length)
        longer.set(encoded)
        longer.set(tail, encoded.length)
        expect(decodeBusMessage(longer)).toBeNull()
      }),
    )
  })

  it('never throw on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (garbage) => {
        const decoded = decodeBusMessage(garbage)
        // Random bytes may spell a valid message; if so it must re-encode to exactly those bytes.
        if (decoded !== null) expect(encodeBusMessage(decoded)).toEqual(garbage)
      }),
      { numRuns: 2000 },
    )
  })

  it('are null for an unknown kind, an empty payload, JSON, or a role that cannot be replaced', () => {
    expect(decodeBusMessage(new Uint8Array())).toBeNull()
    expect(decodeBusMessage(new Uint8Array([0, 0]))).toBeNull()
    expect(decodeBusMessage(new Uint8Array([99, 1, 97]))).toBeNull()
    expect(decodeBusMessage(new TextEncoder().encode('{"kind":"heartbeat","instance":"a"}'))).toBeNull()

    const encoder = encoding.createEncoder()
    encoding.writeUint8(encoder, 6)
    encoding.writeVarString(encoder, 'instance-a')
    encoding.writeVarString(encoder, 'workshop-1')
    encoding.writeVarString(encoder, 'owner')
    encoding.writeVarUint(encoder, 3)
    expect(decodeBusMessage(encoding.toUint8Array(encoder))).toBeNull()
  })

  it('are null for text that is not UTF-8', () => {
    // heartbeat, instance of two bytes: a lone continuation byte and a lone lead byte.
    expect(decodeBusMessage(new Uint8Array([3, 2, 0x80, 0xc3]))).toBeNull()
  })

  it('are null for a number beyond the safe integers', () => {
    const encoded = encodeBusMessage({
      kind: 'linkReplaced',
      instance: 'a',
      workshopId: 'w',
      role: 'observer',
      generation: 0,
    })
    // Replace the final generation byte (0) with a varUint of 2^56.
    const huge = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]
    const tampered = new Uint8Array([...encoded.subarray(0, encoded.length - 1), ...huge])
    expect(decodeBusMessage(tampered)).toBeNull()
  })

  it('refuse to encode a sequence number that is no count', () => {
    expect(() => encodeBusMessage({ ...sample, seq: -1 })).toThrow(RangeError)
    expect(() => encodeBusMessage({ ...sample, prevSeq: 1.5 })).toThrow(RangeError)
    expect(() => encodeBusMessage({ ...sample, seq: Number.NaN })).toThrow(RangeError)
  })
})
