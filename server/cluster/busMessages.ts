import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { isRegenerableRole } from '../../shared/roles'
import type { BusMessage } from './bus'

/**
 * The bus's wire format: one byte for the kind, then the fields in the order of their declaration in
 * bus.ts (strings as varString, numbers as varUint, bytes as varUint8Array). Binary because updates are
 * bytes already, and a busy workshop sends many: JSON would grow them by a third in base64.
 * The numbers are part of the format: never renumber a kind, only add new ones.
 */
const KIND_CODES = {
  update: 1,
  presence: 2,
  heartbeat: 3,
  instanceLeft: 4,
  workshopDeleted: 5,
  linkReplaced: 6,
  presenceWanted: 7,
} as const satisfies Record<BusMessage['kind'], number>

/** Numbers on the bus are sequence numbers and generations: counts, never negative or fractional. */
function writeCount(encoder: encoding.Encoder, value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`bus message field ${field} must be a non-negative safe integer, got ${value}`)
  encoding.writeVarUint(encoder, value)
}

/** Throws a RangeError when `message` holds a number that is no count (a bug in the caller). */
export function encodeBusMessage(message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeUint8(encoder, KIND_CODES[message.kind])
  encoding.writeVarString(encoder, message.instance)
  switch (message.kind) {
    case 'update':
      encoding.writeVarString(encoder, message.document)
      writeCount(encoder, message.prevSeq, 'prevSeq')
      writeCount(encoder, message.seq, 'seq')
      encoding.writeVarUint8Array(encoder, message.update)
      break
    case 'presence':
      encoding.writeVarString(encoder, message.document)
      encoding.writeVarUint8Array(encoder, message.update)
      break
    case 'presenceWanted':
      encoding.writeVarString(encoder, message.document)
      break
    case 'heartbeat':
    case 'instanceLeft':
      break
    case 'workshopDeleted':
      encoding.writeVarString(encoder, message.workshopId)
      break
    case 'linkReplaced':
      encoding.writeVarString(encoder, message.workshopId)
      encoding.writeVarString(encoder, message.role)
      writeCount(encoder, message.generation, 'generation')
      break
  }
  return encoding.toUint8Array(encoder)
}

/** Whatever makes a payload unreadable; caught once, in `decodeBusMessage`. */
class MalformedMessage extends Error {}

/**
 * Reads one field at a time with its own bounds checks: lib0's readers trust their input, and a Buffer
 * handed over by the Redis client is often a view into a larger pooled slab, so a length that runs past
 * the message would read someone else's bytes rather than fail.
 */
class FieldReader {
  private readonly decoder: decoding.Decoder
  private static readonly utf8 = new TextDecoder('utf-8', { fatal: true })

  constructor(private readonly bytes: Uint8Array) {
    this.decoder = decoding.createDecoder(bytes)
  }

  kind(): number {
    if (this.decoder.pos >= this.bytes.length) throw new MalformedMessage('empty')
    return decoding.readUint8(this.decoder)
  }

  count(): number {
    const value = decoding.readVarUint(this.decoder)
    if (!Number.isSafeInteger(value)) throw new MalformedMessage('number out of range')
    return value
  }

  /** A copy, so that what the receiver keeps does not pin the client's read buffer. */
  bytesField(): Uint8Array {
    const length = this.count()
    const start = this.decoder.pos
    if (length > this.bytes.length - start) throw new MalformedMessage('length past the end')
    this.decoder.pos = start + length
    return this.bytes.slice(start, start + length)
  }

  /** Strict UTF-8: a byte sequence that is no text is a damaged message, not a name with a � in it. */
  text(): string {
    const length = this.count()
    const start = this.decoder.pos
    if (length > this.bytes.length - start) throw new MalformedMessage('length past the end')
    this.decoder.pos = start + length
    return FieldReader.utf8.decode(this.bytes.subarray(start, start + length))
  }

  atEnd(): boolean {
    return this.decoder.pos === this.bytes.length
  }
}

function readMessage(reader: FieldReader): BusMessage | null {
  const kind = reader.kind()
  const instance = reader.text()
  switch (kind) {
    case KIND_CODES.update: {
      const document = reader.text()
      const prevSeq = reader.count()
      const seq = reader.count()
      return { kind: 'update', instance, document, prevSeq, seq, update: reader.bytesField() }
    }
    case KIND_CODES.presence: {
      const document = reader.text()
      return { kind: 'presence', instance, document, update: reader.bytesField() }
    }
    case KIND_CODES.presenceWanted:
      return { kind: 'presenceWanted', instance, document: reader.text() }
    case KIND_CODES.heartbeat:
      return { kind: 'heartbeat', instance }
    case KIND_CODES.instanceLeft:
      return { kind: 'instanceLeft', instance }
    case KIND_CODES.workshopDeleted:
      return { kind: 'workshopDeleted', instance, workshopId: reader.text() }
    case KIND_CODES.linkReplaced: {
      const workshopId = reader.text()
      const role = reader.text()
      const generation = reader.count()
      if (!isRegenerableRole(role)) return null
      return { kind: 'linkReplaced', instance, workshopId, role, generation }
    }
    default:
      return null
  }
}

/**
 * The message in `bytes`, or null when they are not exactly one well-formed message (truncated, trailing
 * bytes, unknown kind, a role that cannot be replaced): whoever wrote them, the receiver must not fail.
 */
export function decodeBusMessage(bytes: Uint8Array): BusMessage | null {
  try {
    const reader = new FieldReader(bytes)
    const message = readMessage(reader)
    return message !== null && reader.atEnd() ? message : null
  } catch {
    // lib0's "unexpected end of array", our own MalformedMessage, the strict decoder's TypeError.
    return null
  }
}
