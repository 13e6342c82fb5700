import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import {
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  freePort,
  type ServerProcess,
  spawnServer,
  type TestClient,
  tempDir,
  waitFor,
} from './helpers'

afterEach(cleanup)

/**
 * kill -9 in the middle of a session, again and again, while people write. What anyone saw echoed by the
 * server must be there after every restart, and because the stock client keeps what the server has not
 * confirmed and sends it again on reconnect, in the end nothing anyone wrote is missing, and nothing is
 * doubled. PRACTICEMAP_LONG=1 runs 200 cycles instead of 20.
 */
const CYCLES = process.env.PRACTICEMAP_LONG === '1' ? 200 : 20
const WRITERS = 3
const WRITE_INTERVAL_MS = 40
/** How long every client may take to be back and synced after a restart (the stock backoff is ≤ 2.5 s). */
const RECONNECT_BOUND_MS = 8_000

function texts(doc: Y.Doc): string[] {
  return Object.values(readBoard(doc).lanes)
    .flat()
    .map((card) => card.text)
}

describe('crashes', () => {
  it(
    `keeps every edit through ${CYCLES} kill -9 restarts while ${WRITERS} people write, and the clients come back by themselves`,
    async () => {
      const dataDir = tempDir()
      const port = await freePort()
      const start = () => spawnServer({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' })
      let server: ServerProcess = await start()
      const { id: workshopId, tokens } = await createWorkshop(server.url)
      const board = boardDocumentName(workshopId, 'practice01')

      const writers: TestClient[] = []
      for (let i = 0; i < WRITERS; i++)
        writers.push(await connectSynced(server.url, board, tokens.participant))
      const observer = await connectSynced(server.url, board, tokens.observer)
      // Everything the observer ever received went through the server's commit: that is what "seen" means.
      const seen = new Set<string>()
      const noteSeen = () => {
        for (const text of texts(observer.doc)) seen.add(text)
      }
      observer.doc.on('update', noteSeen)

      const written: string[] = []
      let sequence = 0
      const writing = setInterval(() => {
        const index = sequence % WRITERS
        const text = `w${index}-${sequence++}`
        addCard(
          writers[index]?.doc as Y.Doc,
          {
            lane: 'benefits',
            text,
            author: { id: `p${index}`, name: `Writer ${index}`, organisation: 'Lublin' },
          },
          Date.now(),
        )
        written.push(text)
      }, WRITE_INTERVAL_MS)

      const reconnectTimes: number[] = []
      try {
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 250))
          server.child.kill('SIGKILL')
          await server.exited
          const seenAtCrash = [...seen]
          server = await start()
          const restartedAt = performance.now()
          const everyone = [...writers, observer]
          await waitFor(
            () => everyone.every((client) => client.provider.wsconnected && client.provider.synced),
            RECONNECT_BOUND_MS,
            `every client to reconnect by itself after crash ${cycle + 1}`,
          )
          reconnectTimes.push(performance.now() - restartedAt)
          // What was seen before the crash is on the server after it.
          const check = await connectSynced(server.url, board, tokens.observer)
          const after = new Set(texts(check.doc))
          check.destroy()
          const lost = seenAtCrash.filter((text) => !after.has(text))
          expect(lost, `seen before crash ${cycle + 1} but missing after it`).toEqual([])
        }
      } finally {
        clearInterval(writing)
      }

      // Every writer's last edits reach the server; a fresh reader then has all of them, once each.
      await waitFor(
        () => {
          const onObserver = new Set(texts(observer.doc))
          return written.every((text) => onObserver.has(text))
        },
        RECONNECT_BOUND_MS,
        'every written card to reach the server',
      )
      const reader = connectClient(server.url, board, tokens.observer)
      await waitFor(() => reader.provider.synced, 5000, 'a fresh reader to sync')
      const final = texts(reader.doc)
      expect(final.length).toBe(new Set(final).size)
      expect(new Set(final)).toEqual(new Set(written))
      expect(written.length).toBeGreaterThan(CYCLES * 5)
      const slowest = Math.max(...reconnectTimes)
      console.info(
        `${CYCLES} crashes, ${written.length} cards; every client back and synced within ${Math.round(slowest)} ms of the restart`,
      )
    },
    60_000 + CYCLES * 6_000,
  )
})
