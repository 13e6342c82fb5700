import { randomBytes } from 'node:crypto'
import { afterEach, expect, it } from 'vitest'
import { MemoryStore } from '../../server/storage/memoryStore'
import { boardDocumentName } from '../../shared/documentNames'
import {
  cleanup,
  createWorkshop,
  deferred,
  InstrumentedStore,
  RawClient,
  startTestServer,
  upgradeStatus,
  waitFor,
} from './helpers'

afterEach(cleanup)

/**
 * A room full of devices behind one venue address reconnects at once (after a break, or after an instance
 * died) to a workshop this server has not read yet. With storage on another machine the first read takes
 * a moment; the others must wait for it, not count as refusals of that address while it is under way.
 */
it('admits a burst of devices from one address while the workshop is still being read', async () => {
  const store = new InstrumentedStore(new MemoryStore())
  const secret = randomBytes(32)
  const server = await startTestServer({ store, secret, refusalBurst: 5 })
  const { id, tokens } = await createWorkshop(server.url)
  // A second server on the same storage, with nothing cached yet.
  const fresh = await startTestServer({ store, secret, refusalBurst: 5 })
  const callsBefore = store.getWorkshopCalls
  const read = deferred()
  store.holdGetWorkshop = read.promise
  const board = boardDocumentName(id, 'practice01')
  const opening = Array.from({ length: 30 }, () => RawClient.open(fresh.url, board, tokens.participant))
  await waitFor(() => store.getWorkshopCalls > callsBefore, 2000, 'the first read')
  await new Promise((resolve) => setTimeout(resolve, 200))
  store.holdGetWorkshop = null
  read.resolve()
  const opened = await Promise.allSettled(opening)
  expect(opened.filter((result) => result.status === 'rejected')).toEqual([])
  // One read answered them all.
  expect(store.getWorkshopCalls).toBe(callsBefore + 1)
  // A wrong link still spends the budget: the limit is not lifted, only honest waiting no longer counts.
  for (let i = 0; i < 5; i++) {
    expect(await upgradeStatus(`${fresh.url.replace('http', 'ws')}/sync/${board}?token=wrong`)).toBe(403)
  }
  expect(await upgradeStatus(`${fresh.url.replace('http', 'ws')}/sync/${board}?token=wrong`)).toBe(429)
})
