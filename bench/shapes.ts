/** The sizes of every section, full and quick (BENCH_QUICK=1). The same for every server. */
import { quick } from './env'
import type { FanOutShape } from './load/fanout'

/** Per writer. One writer per 20 clients keeps the generator (one core) below saturation at 200 clients. */
const EDITS_PER_SECOND = 10
const window = quick ? { warmupMs: 500, measureMs: 2000 } : { warmupMs: 2000, measureMs: 10_000 }

export const fanOutShapes: FanOutShape[] = (quick ? [20, 50] : [20, 100, 200]).map((clients) => ({
  rooms: 1,
  clientsPerRoom: clients,
  writersPerRoom: Math.max(1, Math.round(clients / 20)),
  editsPerSecondPerWriter: EDITS_PER_SECOND,
  ...window,
}))

export const manyRoomsShape: FanOutShape = {
  rooms: quick ? 5 : 20,
  clientsPerRoom: 10,
  writersPerRoom: 1,
  editsPerSecondPerWriter: EDITS_PER_SECOND,
  ...window,
}

export const joinShape = { cards: quick ? 1000 : 5000, herd: quick ? 10 : 50 }
export const memoryShape = { rooms: quick ? 5 : 20, cards: quick ? 500 : 1000 }
export const clientShape = { cards: quick ? 200 : 1000 }
