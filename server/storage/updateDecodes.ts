import { isUtf8 } from 'node:buffer'
import * as decoding from 'lib0/decoding'

/**
 * Reads a Yjs update (format v1, as stored) from end to end, as a client's Y.applyUpdate decodes it, and
 * throws where that would: a stored part that passes is one no client throws on when it is sent.
 *
 * Y.decodeUpdate would do, but it keeps every struct it reads, and on a 5,000-card board that costs about
 * two thirds of building the board, in front of the stored-bytes answer whose point is not to wait for the
 * build. This reads each field with the same lib0 functions as Yjs's UpdateDecoderV1 (so the same bytes
 * throw, non-UTF-8 strings and bad JSON included) and keeps nothing: about a fifth of the build. Kept in
 * step with yjs/src/utils/encoding.js readClientsStructRefs, structs/Item.js contentRefs and
 * utils/DeleteSet.js readDeleteSet (yjs 13.6); tests/unit/serverUpdateDecodes.test.ts checks it against
 * Y.decodeUpdate on mutated updates.
 */

/** lib0's BITS5 and BIT6-8 (an Item's info byte: content ref, then parentSub, rightOrigin, origin). */
const CONTENT_REF = 0b11111
const HAS_PARENT_SUB = 0b100000
const HAS_RIGHT_ORIGIN = 0b1000000
const HAS_ORIGIN = 0b10000000

const GC_REF = 0
const SKIP_REF = 10

/** Yjs's typeRefs: YArray, YMap, YText, YXmlElement (a name), YXmlFragment, YXmlHook (a name), YXmlText. */
const TYPE_REFS_WITH_NAME = new Set([3, 5])
const TYPE_REF_COUNT = 7

/**
 * Reads a string as lib0's readVarString does (its length, then its bytes through a fatal UTF-8 decoder)
 * and throws where that would, without making the string: a board holds tens of thousands of short strings
 * (every card's keys and values), and decoding each into a string was most of the check's time.
 */
function skipString(decoder: decoding.Decoder): void {
  const bytes = decoding.readVarUint8Array(decoder)
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) >= 0x80) {
      if (!isUtf8(bytes)) throw new TypeError('The encoded data was not valid for encoding utf-8')
      return
    }
  }
}

/** Reads a value as lib0's readAny does (types 127 to 116) and throws where that would, keeping nothing. */
function skipAny(decoder: decoding.Decoder): void {
  const type = decoding.readUint8(decoder) as number | undefined
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return
    case 125:
      decoding.readVarInt(decoder)
      return
    case 124:
      decoding.readFloat32(decoder)
      return
    case 123:
      decoding.readFloat64(decoder)
      return
    case 122:
      decoding.readBigInt64(decoder)
      return
    case 119:
      skipString(decoder)
      return
    case 118: {
      // an object: keys and values
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) {
        skipString(decoder)
        skipAny(decoder)
      }
      return
    }
    case 117: {
      // an array
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) skipAny(decoder)
      return
    }
    case 116:
      decoding.readVarUint8Array(decoder)
      return
    default:
      throw new TypeError(`unknown value type ${type}`)
  }
}

function readId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
}

/** One item's content, by its ref (Yjs contentRefs 1–9); any other ref throws, as it does in Yjs. */
function readContent(decoder: decoding.Decoder, ref: number): void {
  switch (ref) {
    case 1: // deleted: a length
      decoding.readVarUint(decoder)
      return
    case 2: {
      // JSON: strings, each JSON or 'undefined'
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) {
        const text = decoding.readVarString(decoder)
        if (text !== 'undefined') JSON.parse(text)
      }
      return
    }
    case 3: // binary
      decoding.readVarUint8Array(decoder)
      return
    case 4: // string
      skipString(decoder)
      return
    case 5: // embed: JSON
      JSON.parse(decoding.readVarString(decoder))
      return
    case 6: // format: a key and JSON
      decoding.readVarString(decoder)
      JSON.parse(decoding.readVarString(decoder))
      return
    case 7: {
      // a type
      const typeRef = decoding.readVarUint(decoder)
      if (typeRef >= TYPE_REF_COUNT) throw new Error(`unknown type ref ${typeRef}`)
      if (TYPE_REFS_WITH_NAME.has(typeRef)) skipString(decoder)
      return
    }
    case 8: {
      // any: values
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) skipAny(decoder)
      return
    }
    case 9: {
      // a subdocument: its guid and options, which Yjs reads as an object
      decoding.readVarString(decoder)
      const options = decoding.readAny(decoder) as { shouldLoad?: unknown; autoLoad?: unknown }
      void (options.shouldLoad || options.autoLoad)
      return
    }
    default:
      throw new Error(`unknown content ref ${ref}`)
  }
}

/** Throws when `update` (Yjs update v1) does not decode; returns when it does. */
export function checkUpdateDecodes(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update)
  const clients = decoding.readVarUint(decoder)
  for (let c = 0; c < clients; c++) {
    const structs = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder) // client
    decoding.readVarUint(decoder) // first clock
    for (let s = 0; s < structs; s++) {
      // readUint8 does not check the end (it reads undefined there, which Yjs takes for a GC whose length
      // then fails to read): so does this.
      const info = decoding.readUint8(decoder) as number | undefined
      const ref = (info ?? 0) & CONTENT_REF
      if (ref === GC_REF || ref === SKIP_REF) {
        decoding.readVarUint(decoder)
        continue
      }
      const flags = info ?? 0
      if (flags & HAS_ORIGIN) readId(decoder)
      if (flags & HAS_RIGHT_ORIGIN) readId(decoder)
      if ((flags & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
        // No neighbours: the parent is written, a root's name or a type's id, and maybe the key in it.
        if (decoding.readVarUint(decoder) === 1) skipString(decoder)
        else readId(decoder)
        if (flags & HAS_PARENT_SUB) skipString(decoder)
      }
      readContent(decoder, ref)
    }
  }
  // The delete set: per client, ranges of clock and length.
  const deleters = decoding.readVarUint(decoder)
  for (let c = 0; c < deleters; c++) {
    decoding.readVarUint(decoder) // client
    const ranges = decoding.readVarUint(decoder)
    for (let r = 0; r < ranges; r++) {
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
    }
  }
}
