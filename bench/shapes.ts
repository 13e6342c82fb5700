/** The sizes of every section, full and quick (BENCH_QUICK=1). The same for every server. */
import { quick } from './env'
import type { CapacityShape } from './load/capacity'
import type { FanOutShape } from './load/fanout'
import type { WorkshopShape } from './load/workshop'

/**
 * The 20- and 100-client rooms and the many rooms receive the same 20 edits/s per room, from one writer
 * per 20 clients, so the fan-out grows with the room (100 clients: 5 writers × 4 edits/s, about 2,000
 * deliveries/s) while the whole load stays within what one core of load generator can drive; the 200-client
 * room follows the row (below). BENCH_ROOM_EDITS_PER_SECOND changes
 * the rate, for a stress run (the generator's own event-loop delay is reported: it must stay small).
 */
const ROOM_EDITS_PER_SECOND = Number(process.env.BENCH_ROOM_EDITS_PER_SECOND ?? 20)

/**
 * A stock provider renews its presence 15–18 s after its last one (y-protocols checks every 3 s whether
 * 15 s have passed), so an 18 s window holds at least one renewal of every client: a shorter one measures
 * a room without its presence traffic, which is most of what a server relays once rooms are big.
 */
const window = quick ? { warmupMs: 500, measureMs: 2000 } : { warmupMs: 2000, measureMs: 18_000 }

/**
 * Each server's fan-out is measured in this many windows, taking turns with the other servers (each window
 * on a fresh server), and pooled: 2 × 18 s gives every server the same share of the machine's slow spells.
 */
export const fanOutRounds = Number(process.env.BENCH_FANOUT_ROUNDS ?? (quick ? 1 : 2))

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

/**
 * The 200-client room is the row: 10 writers × 5 edits/s (50 edits/s, about 10,000 deliveries/s,
 * half of what this generator can apply, see the generator column), not the room rate split among writers.
 */
const fanOutSizes = process.env.BENCH_FANOUT_CLIENTS
  ? process.env.BENCH_FANOUT_CLIENTS.split(',').map(Number)
  : quick
    ? [20, 50]
    : [20, 100, 200]

/** BENCH_FANOUT_CLIENTS=200 runs that room size alone. */
export const fanOutShapes: FanOutShape[] = fanOutSizes.map((clients) =>
  clients === 200 && !process.env.BENCH_ROOM_EDITS_PER_SECOND
    ? { ...roomShape(1, clients), writersPerRoom: 10, editsPerSecondPerWriter: 5 }
    : roomShape(1, clients),
)

/** 20 rooms × 10 clients, one writer each: 400 edits/s into the server, about 3,600 deliveries/s. */
export const manyRoomsShape: FanOutShape = roomShape(quick ? 5 : 20, 10)

/**
 * Workshops: 10 × 30 participants × 7 boards (2,700 sockets) by default, BENCH_WORKSHOP_SHAPE=WxPxB to
 * change it; one card per participant every 20 s; a 45 s window (BENCH_WORKSHOP_SECONDS) so presence
 * renewals (every 15–18 s) fall in it more than twice. Tabs open evenly over 15 s (BENCH_WORKSHOP_JOIN_SECONDS;
 * 0 opens them as fast as the server syncs them, and their renewals then come as one herd every 15 s),
 * synced 10 at a time (90 sockets).
 */
function workshopShape(): WorkshopShape {
  const [workshops, participants, boards] = (
    process.env.BENCH_WORKSHOP_SHAPE ?? (quick ? '2x10x3' : '10x30x7')
  )
    .split('x')
    .map(Number)
  if (![workshops, participants, boards].every((n) => Number.isInteger(n) && (n as number) > 0))
    throw new Error('BENCH_WORKSHOP_SHAPE: use W x P x B, e.g. 10x30x7')
  const seconds = Number(process.env.BENCH_WORKSHOP_SECONDS ?? (quick ? 3 : 45))
  return {
    workshops: workshops as number,
    participants: participants as number,
    boards: boards as number,
    cardIntervalMs: 20_000,
    warmupMs: quick ? 500 : 5000,
    joinMs: Number(process.env.BENCH_WORKSHOP_JOIN_SECONDS ?? (quick ? 1 : 15)) * 1000,
    measureMs: seconds * 1000,
    connectBatch: 10,
  }
}

export const workshopLoadShape = workshopShape()

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
