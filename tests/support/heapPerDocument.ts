/**
 * `node --expose-gc --import tsx tests/support/heapPerDocument.ts [compact]`: prints the heap (bytes) that
 * one loaded 1,000-card board takes in a fresh process whose Yjs clients have ids beyond 2^31, after
 * keepYjsClientIdsCompact() when `compact` is given. A fresh process, because what it measures is how V8
 * lays out Yjs's ID objects, which is decided once per process.
 */
import * as Y from 'yjs'
import { keepYjsClientIdsCompact } from '../../server/warmUp'
import { addCard } from '../../shared/boardOperations'
import { LANES } from '../../shared/schema'

if (process.argv[2] === 'compact') keepYjsClientIdsCompact()
const collect = (globalThis as { gc?: () => void }).gc
if (!collect) throw new Error('run with --expose-gc')
const heapUsed = () => {
  collect()
  collect()
  return process.memoryUsage().heapUsed
}

const source = new Y.Doc()
source.clientID = 3_000_000_000
const author = { id: 'a', name: 'A', organisation: '' }
for (let i = 0; i < 1000; i++) {
  addCard(source, { lane: LANES[i % LANES.length] ?? 'keyAspects', text: `card ${i}`, author }, i)
}
const update = Y.encodeStateAsUpdate(source)
source.destroy()

const COPIES = 10
const before = heapUsed()
const copies: Y.Doc[] = []
for (let i = 0; i < COPIES; i++) {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, update)
  copies.push(copy)
}
console.log(JSON.stringify({ bytesPerDocument: (heapUsed() - before) / copies.length }))
