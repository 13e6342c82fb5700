import * as Y from 'yjs'
import { addCard, moveCard } from '../shared/boardOperations'
import { LANES } from '../shared/schema'
import { encodeSyncStep2 } from './protocol'
import { checkUpdateDecodes } from './storage/updateDecodes'

/**
 * Runs Yjs's decode and encode paths a few times at start-up on a made-up board, so that the first room a
 * freshly (re)started server loads does not also pay for compiling them: building a stored 5,000-card board
 * took about 280 ms in a cold process and 55 ms in a warm one. Costs ~60 ms once, before listening.
 *
 * The same goes for the path in front of a new client's first answer, which a client joining a freshly
 * restarted server waits on: the check that the stored bytes decode (storage/updateDecodes.ts) and the
 * framing of the step 2.
 */
let warmedUp = false

/**
 * Every Yjs item holds an ID whose `client` is a random 32-bit number. V8 keeps a numeric field of a class
 * as a separate boxed double in each object once a value beyond its small-integer range (2^31) has been
 * stored there, so half of all clients make every ID in the process carry its own 16-byte box: about
 * 0.15 MiB per 1,000-card board, 3.5% of a room. A field that has also held a non-number is generic
 * instead: small values inline, large ones a reference to the number decoded once per client and shared by
 * all that client's items. Storing one non-number first, before any ID exists, makes it generic for good.
 */
export function keepYjsClientIdsCompact(): void {
  Y.createID(0, 0)
  Y.createID('generic' as unknown as number, 0)
}

export function warmUpYjs(): void {
  // Compiled code stays compiled: once per process is enough (tests start many servers in one process).
  if (warmedUp) return
  warmedUp = true
  keepYjsClientIdsCompact()
  const author = { id: 'warm-up', name: 'Warm-up', organisation: '' }
  const board = new Y.Doc()
  const ids: string[] = []
  for (let i = 0; i < 120; i++) {
    ids.push(addCard(board, { lane: LANES[i % LANES.length] ?? 'keyAspects', text: `card ${i}`, author }, i))
  }
  for (const [index, id] of ids.entries()) {
    if (index % 3 === 0) moveCard(board, id, LANES[(index + 1) % LANES.length] ?? 'benefits', 0)
  }
  const state = Y.encodeStateAsUpdate(board)
  const later = new Y.Doc()
  Y.applyUpdate(later, state)
  const vector = Y.encodeStateVector(later)
  addCard(later, { lane: 'benefits', text: 'one more', author }, 1)
  const change = Y.encodeStateAsUpdate(later, vector)
  for (let round = 0; round < 6; round++) {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, state)
    Y.applyUpdate(copy, change)
    Y.encodeStateAsUpdate(copy)
    Y.encodeStateAsUpdate(copy, vector)
    Y.encodeStateVector(copy)
    copy.destroy()
  }
  Y.diffUpdate(Y.mergeUpdates([state, change]), vector)
  // Enough rounds for V8 to optimise the check's loops, which a 5,000-card board then runs compiled.
  for (let round = 0; round < 30; round++) {
    checkUpdateDecodes(state)
    encodeSyncStep2(state)
  }
  board.destroy()
  later.destroy()
}
