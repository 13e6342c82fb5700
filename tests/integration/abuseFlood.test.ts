import { afterEach, describe, expect, it } from 'vitest'
import { addCard, moveCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import { REFUSAL_REASONS } from '../../shared/refusals'
import {
  cleanup,
  collectDeniedReasons,
  connectSynced,
  createWorkshop,
  startTestServer,
  waitFor,
} from './helpers'

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

describe('a client sending faster than its budget', () => {
  it('keeps an honest client’s changes beyond its budget and takes them all once it is allowed again', async () => {
    // A small budget, so a burst of 60 cards exceeds it (the default takes a 200-card paste in its stride).
    const server = await startTestServer({ connectionMessageBurst: 10, connectionMessagesPerSecond: 20 })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const reasons = collectDeniedReasons(ana)
    const ben = await connectSynced(server.url, board, tokens.participant)

    for (let i = 0; i < 60; i++) addCard(ana.doc, { lane: 'keyAspects', text: `card ${i}`, author }, i)

    await waitFor(() => reasons.length > 0, 5000, 'Ana to be told')
    expect(reasons).toEqual([REFUSAL_REASONS.tooFast])
    // Refused, not lost: the server asks for them again once the budget has refilled, and Ben gets every one.
    await waitFor(() => readBoard(ben.doc).lanes.keyAspects.length === 60, 15_000, 'Ben to have all 60 cards')
    expect(ana.provider.wsconnected && ben.provider.wsconnected).toBe(true)
    // Stored, not only relayed: a newcomer loads all of them.
    const carla = await connectSynced(server.url, board, tokens.observer)
    expect(readBoard(carla.doc).lanes.keyAspects).toHaveLength(60)
  }, 30_000)

  it('takes a 200-card paste and fast dragging within the default budget', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const reasons = collectDeniedReasons(ana)
    const ben = await connectSynced(server.url, board, tokens.participant)

    for (let i = 0; i < 200; i++) addCard(ana.doc, { lane: 'benefits', text: `pasted ${i}`, author }, i)
    await waitFor(() => readBoard(ben.doc).lanes.benefits.length === 200, 10_000, 'Ben to have the paste')
    // Then ten moves a second for five seconds, as a fast drag would.
    const ids = readBoard(ana.doc).lanes.benefits.map((card) => card.id)
    for (let i = 0; i < 50; i++) {
      moveCard(ana.doc, ids[i] as string, i % 2 === 0 ? 'keyAspects' : 'benefits', 0)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await waitFor(
      () => JSON.stringify(readBoard(ben.doc).lanes) === JSON.stringify(readBoard(ana.doc).lanes),
      10_000,
      'Ben to see every move',
    )
    expect(reasons).toEqual([])
  }, 30_000)
})
