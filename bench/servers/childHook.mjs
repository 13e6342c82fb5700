/**
 * The side channel of every server child (ours and the references alike), over Node's IPC channel only:
 * the servers themselves are not modified. The parent asks, the child answers:
 *
 * - `{ type: 'memory' }` → heap and RSS after two full GCs (the child runs with --expose-gc);
 * - `{ type: 'loop' }` → the child's event-loop delay (ms) since the previous 'loop' request;
 * - `{ type: 'heapSnapshot', file }` → a heap snapshot written to `file` (BENCH_HEAP_SNAPSHOT).
 *
 * `ready(url)` prints the one JSON line the parent waits for.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { writeHeapSnapshot } from 'node:v8'

const RESOLUTION_MS = 2
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
loop.enable()

process.on('message', (message) => {
  if (message?.type === 'memory') {
    globalThis.gc?.()
    globalThis.gc?.()
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage()
    process.send?.({ id: message.id, rss, heapUsed, heapTotal, external, arrayBuffers })
  } else if (message?.type === 'heapSnapshot') {
    process.send?.({ id: message.id, file: writeHeapSnapshot(message.file) })
  } else if (message?.type === 'loop') {
    // The histogram records the whole interval between its timer's runs: the delay is what exceeds it.
    const ms = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS)
    process.send?.({
      id: message.id,
      p50: ms(loop.percentile(50)),
      p99: ms(loop.percentile(99)),
      max: ms(loop.max),
    })
    loop.reset()
  }
})
// The IPC channel must not keep a stopped server alive.
process.channel?.unref()

export function ready(url) {
  console.log(JSON.stringify({ url }))
}
