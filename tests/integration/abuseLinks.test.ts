import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../server/closeCodes'
import { MemoryStore } from '../../server/storage/memoryStore'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { readWorkshop } from '../../shared/readers'
import { updateWorkshopDetails } from '../../shared/workshopOperations'
import {
  type CloseInfo,
  cleanup,
  connectSynced,
  createWorkshop,
  deferred,
  InstrumentedStore,
  type RoleTokens,
  regenerate,
  startTestServer,
  syncUrl,
  type TestClient,
  tokensOf,
  upgradeStatus,
  waitFor,
} from './helpers'

/**
 * Issue 11: a leaked facilitator link. It used to be the one link that could not be replaced (400), so the
 * only answer to a leak was to delete the workshop. Now it is replaced like the others: the old one is
 * refused at once and its open connections closed (4403); the facilitator who asked gets the new one.
 */

afterEach(cleanup)

function closeOf(client: TestClient): Promise<CloseInfo> {
  return new Promise((resolve) => {
    client.provider.on('connection-close', (event) => {
      if (event) resolve({ code: event.code, reason: event.reason })
    })
  })
}

describe('replacing a leaked facilitator link', () => {
  it('refuses the old link at once, closes its connections with 4403, and hands the new one to the facilitator', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url, 'Housing seminar')
    const leaked = await connectSynced(server.url, workshopDocumentName(id), tokens.facilitator)
    const leakedOnBoard = await connectSynced(
      server.url,
      boardDocumentName(id, 'practice01'),
      tokens.facilitator,
    )
    const participant = await connectSynced(server.url, workshopDocumentName(id), tokens.participant)
    const closes = [closeOf(leaked), closeOf(leakedOnBoard)]

    const response = await regenerate(server.url, id, 'facilitator', tokens.facilitator)
    expect(response.status).toBe(200)
    const fresh: RoleTokens = tokensOf(((await response.json()) as { links: RoleTokens }).links)
    expect(fresh.facilitator).not.toBe(tokens.facilitator)
    // The other links are not touched.
    expect(fresh.participant).toBe(tokens.participant)
    expect(fresh.observer).toBe(tokens.observer)

    for (const close of await Promise.all(closes)) {
      expect(close).toEqual({ code: CloseCode.linkRevoked, reason: 'This link is no longer valid' })
    }
    // The old link is refused everywhere, from now on.
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${tokens.facilitator}`)).status).toBe(403)
    expect(await upgradeStatus(`${syncUrl(server.url)}/${id}?token=${tokens.facilitator}`)).toBe(403)
    expect((await regenerate(server.url, id, 'facilitator', tokens.facilitator)).status).toBe(403)

    // The new one is the facilitator's: it may change the workshop, and everyone sees it.
    const summary = await fetch(`${server.url}/api/workshops/${id}?token=${fresh.facilitator}`)
    expect(await summary.json()).toMatchObject({ role: 'facilitator' })
    const facilitator = await connectSynced(server.url, workshopDocumentName(id), fresh.facilitator)
    updateWorkshopDetails(facilitator.doc, { title: 'Housing seminar, day two' })
    await waitFor(() => readWorkshop(participant.doc).title === 'Housing seminar, day two')
    expect(participant.provider.wsconnected).toBe(true)
  })

  it('is replaced once when asked twice at once with one token: the second request is refused', async () => {
    // Storage that answers slowly, so both requests are under way before either has replaced the link.
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const lookups = deferred()
    store.holdGetWorkshop = lookups.promise
    const asked = [
      regenerate(server.url, id, 'facilitator', tokens.facilitator),
      regenerate(server.url, id, 'facilitator', tokens.facilitator),
    ]
    await waitFor(() => store.getWorkshopCalls >= 1)
    // Time for the second request to reach the same point, as it did before they were taken in turn.
    await new Promise((resolve) => setTimeout(resolve, 300))
    store.holdGetWorkshop = null
    lookups.resolve()
    const answers = await Promise.all(asked)
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403])
    const winner = answers.find((answer) => answer.status === 200)
    if (!winner) throw new Error('no regeneration went through')
    const fresh = tokensOf(((await winner.json()) as { links: RoleTokens }).links)
    // The link handed out is the one that works.
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${fresh.facilitator}`)).status).toBe(200)
  })

  it('survives a restart, and only the facilitator may ask for it', async () => {
    const dataDir = (await import('./helpers')).tempDir()
    const first = await startTestServer({ dataDir })
    const { id, tokens } = await createWorkshop(first.url)
    expect((await regenerate(first.url, id, 'facilitator', tokens.participant)).status).toBe(403)
    expect((await regenerate(first.url, id, 'facilitator', tokens.observer)).status).toBe(403)
    const fresh = tokensOf(
      (
        (await (await regenerate(first.url, id, 'facilitator', tokens.facilitator)).json()) as {
          links: RoleTokens
        }
      ).links,
    )
    await first.close()
    const second = await startTestServer({ dataDir })
    expect((await fetch(`${second.url}/api/workshops/${id}?token=${tokens.facilitator}`)).status).toBe(403)
    expect((await fetch(`${second.url}/api/workshops/${id}?token=${fresh.facilitator}`)).status).toBe(200)
  })
})
