/**
 * A probe of the workshop load's edit path, until the bench has a workshop section of its own:
 * `npx tsx bench/workshopProbe.ts [variant ids]` (default practicemap-sqlite,y-websocket).
 *
 * PROBE_WORKSHOPS (10) workshops × PROBE_PARTICIPANTS (30) participants, each with the workshop, the
 * participation and PROBE_BOARDS (7) board documents open as stock providers (2,700 sockets), the board
 * and participation providers' presence cleared (PROBE_CLEAR=all clears the workshop's too, PROBE_CLEAR=none
 * none). Each participant adds one card (shared/boardOperations addCard) every PROBE_CARD_EVERY_MS (20 s)
 * to one of its boards, spread over the interval; the server child's CPU is read over PROBE_WINDOW_MS (45 s).
 * PROBE_CARD_EVERY_MS=0 adds no cards: the idle cost of the sockets alone.
 *
 * Prints server CPU ms per participant-second and the card delivery p50/p99 (ms, by wall clock).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { addCard } from '../shared/boardOperations'
import { boardDocumentName, participationDocumentName } from '../shared/documentNames'
import { cardsMap, LANES } from '../shared/schema'
import { pinLoadGenerator, sleep, until } from './env'
import { type BenchClient, connectClient } from './load/clients'
import { selectedVariants } from './servers/variants'
import { distribution, fmt } from './stats'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const WORKSHOPS = env('PROBE_WORKSHOPS', 10)
const PARTICIPANTS = env('PROBE_PARTICIPANTS', 30)
const BOARDS = env('PROBE_BOARDS', 7)
const CARD_EVERY_MS = env('PROBE_CARD_EVERY_MS', 20_000)
const WINDOW_MS = env('PROBE_WINDOW_MS', 45_000)
const CLEAR = process.env.PROBE_CLEAR ?? 'boards'

const wanted = process.argv[2]?.split(',') ?? ['practicemap-sqlite', 'y-websocket']
const variants = selectedVariants().filter((variant) => wanted.includes(variant.id))

interface Participant {
  boards: BenchClient[]
  all: BenchClient[]
}

// Every socket comes from this one address with one participant link per workshop (the child inherits these).
process.env.MAX_CONNECTIONS_PER_ADDRESS ??= '100000'
process.env.MAX_CONNECTIONS_PER_LINK ??= '100000'
pinLoadGenerator()
const scratch = mkdtempSync(join(tmpdir(), 'practicemap-probe-'))
try {
  for (const variant of variants) {
    const server = await variant.start(join(scratch, variant.id))
    try {
      const participants: Participant[] = []
      const latencies: number[] = []
      const connectStarted = performance.now()
      for (let w = 0; w < WORKSHOPS; w++) {
        const room = await server.createRoom(`probe${w}`)
        // Ours: the room is a board of a workshop; the others take any name.
        const workshopName = room.name.split('/')[0] ?? room.name
        const names = [
          workshopName,
          participationDocumentName(workshopName),
          ...Array.from({ length: BOARDS }, (_, b) => boardDocumentName(workshopName, `board${b + 1}`)),
        ]
        const batch: BenchClient[] = []
        for (let p = 0; p < PARTICIPANTS; p++) {
          const all = names.map((name) => {
            const client = connectClient(server.target({ ...room, name }, 'writer'))
            const unread = name !== workshopName || CLEAR === 'all'
            if (CLEAR !== 'none' && unread) client.provider.awareness.setLocalState(null)
            return client
          })
          const boards = all.slice(2)
          for (const board of boards) {
            board.doc.getMap('cards').observe((event) => {
              if (event.transaction.local) return
              const now = Date.now()
              for (const key of event.keysChanged) {
                const card = cardsMap(board.doc).get(key)
                const createdAt = card instanceof Y.Map ? card.get('createdAt') : undefined
                if (typeof createdAt === 'number') latencies.push(now - createdAt)
              }
            })
          }
          participants.push({ boards, all })
          batch.push(...all)
        }
        await until(() => batch.every((client) => client.provider.synced), 120_000, 'clients to sync')
      }
      // The stock client drops a socket it heard nothing from for 30 s and connects again: count those.
      let reconnects = 0
      for (const participant of participants) {
        for (const client of participant.all) {
          client.provider.on('status', ({ status }: { status: string }) => {
            if (status === 'connected') reconnects++
          })
        }
      }
      const sockets = participants.reduce((total, p) => total + p.all.length, 0)
      console.log(
        `${variant.id}: ${sockets} sockets connected in ${fmt((performance.now() - connectStarted) / 1000)} s`,
      )
      await sleep(2000)
      latencies.length = 0
      reconnects = 0
      const cpuBefore = server.child.cpuMs()
      const started = performance.now()
      let cards = 0
      const writers =
        CARD_EVERY_MS > 0
          ? participants.map(async (participant, index) => {
              const offset = (index / participants.length) * CARD_EVERY_MS
              for (let seq = 0; ; seq++) {
                const at = started + offset + seq * CARD_EVERY_MS
                if (at >= started + WINDOW_MS) return
                await sleep(Math.max(0, at - performance.now()))
                const board = participant.boards[(index + seq) % participant.boards.length]
                if (!board) return
                addCard(
                  board.doc,
                  {
                    lane: LANES[seq % LANES.length] ?? 'keyAspects',
                    text: `Card ${seq} of participant ${index}: a short sentence`,
                    author: { id: `p${index}`, name: `Participant ${index}`, organisation: 'Loopback' },
                  },
                  Date.now(),
                )
                cards++
              }
            })
          : []
      await Promise.all(writers)
      await sleep(Math.max(0, started + WINDOW_MS - performance.now()))
      const cpuMs = server.child.cpuMs() - cpuBefore
      const reconnected = reconnects
      const seconds = (performance.now() - started) / 1000
      await sleep(1000)
      const d = latencies.length > 0 ? distribution(latencies) : undefined
      console.log(
        `${variant.id}: ${cards} cards, server CPU ${fmt(cpuMs)} ms in ${fmt(seconds)} s = ` +
          `${(cpuMs / (participants.length * seconds)).toFixed(4)} ms per participant-second; ` +
          `deliveries ${latencies.length}${d ? `, p50 ${fmt(d.p50)} ms, p99 ${fmt(d.p99)} ms` : ''}; ` +
          `${reconnected} reconnects in the window`,
      )
      for (const participant of participants) for (const client of participant.all) client.destroy()
    } finally {
      await server.child.stop()
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
