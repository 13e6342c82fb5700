import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addCard, moveCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import { LANES } from '../../shared/schema'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  spawnServer,
  type TestClient,
  tempDir,
  waitFor,
} from './helpers'

afterEach(cleanup)

/**
 * Many people working for a long time: the server's heap after garbage collection stays flat and nothing
 * queues up. The short run (in `npm test`) has 30 people for 20 s; PRACTICEMAP_LONG=1 runs 100 people for
 * 10 minutes, as the issue asks.
 */
const LONG = process.env.PRACTICEMAP_LONG === '1'
const PEOPLE = LONG ? 100 : 30
const DURATION_MS = LONG ? 10 * 60_000 : 20_000
const EDIT_INTERVAL_MS = LONG ? 1_000 : 500
const SAMPLE_INTERVAL_MS = LONG ? 15_000 : 2_000
const BOARDS = 3

interface Health {
  rooms: number
  connections: number
  memory: { rssBytes: number; heapUsedBytes: number }
  pendingCommits: number
}

async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/healthz?gc=1`)).json()) as Health
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function cardIds(doc: Y.Doc): string[] {
  return Object.values(readBoard(doc).lanes)
    .flat()
    .map((card) => card.id)
    .sort()
}

describe('soak', () => {
  it(
    `${PEOPLE} people editing for ${DURATION_MS / 1000} s: the heap after GC stays flat and nothing queues up`,
    async () => {
      const server = await spawnServer({ DATA_DIR: tempDir(), NODE_OPTIONS: '--expose-gc' })
      const { id: workshopId, tokens } = await createWorkshop(server.url)
      const people: { client: TestClient; board: number; ownCard: string }[] = []
      for (let i = 0; i < PEOPLE; i++) {
        const board = i % BOARDS
        const client = await connectSynced(
          server.url,
          boardDocumentName(workshopId, `practice0${board}`),
          tokens.participant,
        )
        client.provider.awareness.setLocalStateField('user', { name: `Person ${i}` })
        const ownCard = addCard(
          client.doc,
          {
            lane: 'keyAspects',
            text: `card of person ${i}`,
            author: { id: `p${i}`, name: `Person ${i}`, organisation: 'Lublin' },
          },
          1,
        )
        people.push({ client, board, ownCard })
      }

      let edits = 0
      const editing = people.map(({ client, ownCard }, index) =>
        setInterval(() => {
          // Each person moves their own card round the lanes (as people do while clustering) and says where.
          const lane = LANES[(edits + index) % LANES.length] ?? 'keyAspects'
          moveCard(client.doc, ownCard, lane, 0)
          client.provider.awareness.setLocalStateField('focus', { card: ownCard, at: edits })
          edits += 1
        }, EDIT_INTERVAL_MS),
      )

      const samples: Health[] = []
      const started = Date.now()
      try {
        while (Date.now() - started < DURATION_MS) {
          await new Promise((resolve) => setTimeout(resolve, SAMPLE_INTERVAL_MS))
          samples.push(await health(server.url))
        }
      } finally {
        for (const timer of editing) clearInterval(timer)
      }

      expect(edits).toBeGreaterThan((PEOPLE * DURATION_MS) / EDIT_INTERVAL_MS / 2)
      expect(samples.every((sample) => sample.connections === PEOPLE)).toBe(true)
      // Nothing waits: commits keep up with the edits all along.
      expect(Math.max(...samples.map((sample) => sample.pendingCommits))).toBeLessThan(PEOPLE * 2)
      // Flat: the last quarter's heap after GC is not meaningfully above the first quarter's (after warm-up).
      const heaps = samples.slice(1).map((sample) => sample.memory.heapUsedBytes)
      const quarter = Math.max(1, Math.floor(heaps.length / 4))
      const early = median(heaps.slice(0, quarter))
      const late = median(heaps.slice(-quarter))
      const MiB = 1024 * 1024
      console.info(
        `${PEOPLE} people, ${edits} edits in ${DURATION_MS / 1000} s; heap after GC ${(early / MiB).toFixed(1)} → ${(late / MiB).toFixed(1)} MiB`,
      )
      expect(late).toBeLessThan(early * 1.25 + 8 * MiB)

      // And everyone on a board ends with the same board.
      for (let board = 0; board < BOARDS; board++) {
        const onBoard = people.filter((person) => person.board === board)
        const first = onBoard[0]
        if (!first) continue
        await waitFor(
          () =>
            onBoard.every((person) => cardIds(person.client.doc).join() === cardIds(first.client.doc).join()),
          10_000,
          `board ${board} to converge`,
        )
      }
    },
    DURATION_MS + 120_000,
  )
})
