/** The sizes of every section, full and quick (BENCH_QUICK=1). The same for every server. */
import { quick } from './env'
import type { CapacityShape } from './load/capacity'
import type { FanOutShape } from './load/fanout'

/**
 * Every room receives the same 20 edits/s whatever its size, from one writer per 20 clients, so the
 * fan-out grows with the room (200 clients: 10 writers × 2 edits/s, about 4,000 deliveries/s) while the
 * whole load stays within what one core of load generator can drive. BENCH_ROOM_EDITS_PER_SECOND changes
 * the rate, for a stress run (the generator's own event-loop delay is reported: it must stay small).
 */
const ROOM_EDITS_PER_SECOND = Number(process.env.BENCH_ROOM_EDITS_PER_SECOND ?? 20)
const window = quick ? { warmupMs: 500, measureMs: 2000 } : { warmupMs: 2000, measureMs: 5000 }

/**
 * Each server's fan-out is measured in this many windows, taking turns with the other servers (each window
 * on a fresh server), and pooled: 3 × 5 s gives every server the same share of the machine's slow spells.
 */
export const fanOutRounds = Number(process.env.BENCH_FANOUT_ROUNDS ?? (quick ? 1 : 3))

function roomShape(rooms: number, clientsPerRoom: number): FanOutShape {
  const writersPerRoom = Math.max(1, Math.round(clientsPerRoom / 20))
  return {
    rooms,
    clientsPerRoom,
    writersPerRoom,
    editsPerSecondPerWriter: ROOM_EDITS_PER_SECOND / writersPerRoom,
    ...window,
  }
}

export const fanOutShapes: FanOutShape[] = (quick ? [20, 50] : [20, 100, 200]).map((clients) =>
  roomShape(1, clients),
)

/** 20 rooms × 10 clients, one writer each: 400 edits/s into the server, about 3,600 deliveries/s. */
export const manyRoomsShape: FanOutShape = roomShape(quick ? 5 : 20, 10)

export const joinShape = { cards: quick ? 1000 : 5000, herd: quick ? 10 : 50 }
export const memoryShape = { rooms: quick ? 5 : 20, cards: quick ? 500 : 1000 }
export const clientShape = { cards: quick ? 200 : 1000 }

/**
 * Capacity: workshops added to one server step by step (the open-file limit cuts the list), each step
 * measured for 45 s after a warm-up, so three presence renewals and two cards per participant fall inside.
 * Four generator processes share CPU 1. About 7 minutes in all; BENCH_QUICK about one.
 */
export const capacityShape: CapacityShape = {
  steps: quick ? [2, 4] : [10, 20, 40, 60, 80],
  generators: 4,
  warmupMs: quick ? 3000 : 10_000,
  measureMs: quick ? 10_000 : 45_000,
  graceMs: quick ? 2000 : 3000,
  p99LimitMs: 100,
  bisections: quick ? 0 : 2,
  floorAtCeiling: !quick,
}
