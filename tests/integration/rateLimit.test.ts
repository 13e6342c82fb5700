import { afterEach, describe, expect, it } from 'vitest'
import { MemoryStore } from '../../server/storage/memoryStore'
import { workshopDocumentName } from '../../shared/documentNames'
import { rawUpgrade } from '../support/rawUpgrade'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  InstrumentedStore,
  startTestServer,
  syncUrl,
  upgradeResponse,
  upgradeStatus,
} from './helpers'

afterEach(cleanup)

describe('refused requests are rate-limited per address', () => {
  it('answers a burst of 1,000 refused upgrades cheaply: storage is read at most `burst` times', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    // The default burst; a refill slow enough that a slow machine earns no extra refusal during the test.
    const server = await startTestServer({ store, refusalBurst: 20, refusalRefillPerSecond: 0.001 })
    const { id } = await createWorkshop(server.url)
    const path = `/sync/${workshopDocumentName(id)}?token=${'W'.repeat(32)}`
    const statuses = new Map<number, number>()
    const started = performance.now()
    // 1,000 requests, 50 in flight at a time, like a client (or many) retrying without pause.
    for (let wave = 0; wave < 20; wave++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => rawUpgrade(server.url, path)))
      for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    const elapsedMs = performance.now() - started
    expect(Object.fromEntries(statuses)).toEqual({ 403: 20, 429: 980 })
    expect(store.getWorkshopCalls).toBeLessThanOrEqual(20)
    // Client and server share this process; on a laptop this takes well under a second.
    expect(elapsedMs).toBeLessThan(5000)
    console.info(
      `1,000 refused upgrades: ${Math.round(elapsedMs)} ms in all (${(elapsedMs / 1000).toFixed(2)} ms each, ` +
        `client included), storage read ${store.getWorkshopCalls} times`,
    )
  })

  it('answers 429 with Retry-After once the budget is spent, to every request from that address', async () => {
    const server = await startTestServer({ refusalBurst: 3, refusalRefillPerSecond: 0.5 })
    const { id, tokens } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`)).toBe(403)
    expect(await upgradeStatus(url)).toBe(401)
    expect(await upgradeStatus(`${syncUrl(server.url)}/nosuchwrkshp?token=${tokens.observer}`)).toBe(404)
    const limited = await upgradeResponse(`${url}?token=${'W'.repeat(32)}`)
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toBe('2')
    // The REST endpoints share the budget.
    const rest = await fetch(`${server.url}/api/workshops/${id}`, {
      headers: { Authorization: `Bearer ${'W'.repeat(32)}` },
    })
    expect(rest.status).toBe(429)
    expect(rest.headers.get('retry-after')).toBe('2')
    expect(await rest.json()).toMatchObject({ code: 'rateLimited' })
    // A good token for a workshop the server has not looked up yet cannot be checked without storage.
    const other = await createWorkshop(server.url)
    expect(await upgradeStatus(`${url.replace(id, other.id)}?token=${other.tokens.facilitator}`)).toBe(429)
  })

  it('a stale link on one device does not lock out everyone else behind the same address', async () => {
    // A venue's network: every laptop and phone reaches the server from one address.
    const server = await startTestServer({ refusalBurst: 3, refusalRefillPerSecond: 0.001 })
    const { id, tokens } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    for (let i = 0; i < 10; i++) await upgradeStatus(`${url}?token=${'W'.repeat(32)}`)
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`)).toBe(429)
    // Everyone with a valid link still gets in, by WebSocket and by the API.
    await connectSynced(server.url, workshopDocumentName(id), tokens.participant)
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${tokens.observer}`)).status).toBe(200)
  })

  it('counts bad paths and refused REST requests too, and nothing for allowed requests', async () => {
    const server = await startTestServer({ refusalBurst: 3, refusalRefillPerSecond: 0.001 })
    const { id, tokens } = await createWorkshop(server.url)
    // Allowed requests cost nothing, however many.
    for (let i = 0; i < 10; i++) {
      await connectSynced(server.url, workshopDocumentName(id), tokens.observer)
      const ok = await fetch(`${server.url}/api/workshops/${id}?token=${tokens.participant}`)
      expect(ok.status).toBe(200)
    }
    // A participant asking for the links is refused (403) but not guessing: it costs nothing either.
    expect((await fetch(`${server.url}/api/workshops/${id}/links?token=${tokens.participant}`)).status).toBe(
      403,
    )
    expect(await upgradeStatus(`${server.url.replace('http', 'ws')}/sync/bad!path`)).toBe(400)
    expect((await fetch(`${server.url}/api/workshops/${id}`)).status).toBe(401)
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${'W'.repeat(32)}`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${'W'.repeat(32)}`)).status).toBe(429)
  })

  it('lets an address in again once its budget has refilled', async () => {
    const server = await startTestServer({ refusalBurst: 1, refusalRefillPerSecond: 20 })
    const { id, tokens } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`)).toBe(403)
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`)).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await connectSynced(server.url, workshopDocumentName(id), tokens.participant)
  })
})

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  // Every request here reaches the server from 127.0.0.1, as every request through one proxy would.
  const forwardedFor = (address: string) => ({ headers: { 'X-Forwarded-For': address } })

  it('with TRUST_PROXY=1, two people behind the same proxy have separate budgets', async () => {
    const server = await startTestServer({
      refusalBurst: 3,
      refusalRefillPerSecond: 0.001,
      trustedProxies: 1,
    })
    const { id, tokens } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}`
    const guesser = forwardedFor('203.0.113.7')
    // What the client sent on the left, the address the proxy saw appended on the right.
    const bystander = forwardedFor('203.0.113.7, 198.51.100.20')
    for (let i = 0; i < 3; i++)
      expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`, guesser)).toBe(403)
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`, guesser)).toBe(429)
    const guesserRest = await fetch(`${server.url}/api/workshops/${id}?token=${'W'.repeat(32)}`, guesser)
    expect(guesserRest.status).toBe(429)
    // The other person's refusals are still their own to spend, by WebSocket and by the API.
    expect(await upgradeStatus(`${url}?token=${'W'.repeat(32)}`, bystander)).toBe(403)
    expect((await fetch(`${server.url}/api/workshops/${id}?token=${'W'.repeat(32)}`, bystander)).status).toBe(
      403,
    )
    expect(
      (await fetch(`${server.url}/api/workshops/${id}?token=${tokens.observer}`, bystander)).status,
    ).toBe(200)
  })

  it('without TRUST_PROXY, a made-up X-Forwarded-For does not buy a fresh budget', async () => {
    const server = await startTestServer({ refusalBurst: 3, refusalRefillPerSecond: 0.001 })
    const { id } = await createWorkshop(server.url)
    const url = `${syncUrl(server.url)}/${workshopDocumentName(id)}?token=${'W'.repeat(32)}`
    for (let i = 0; i < 3; i++) expect(await upgradeStatus(url, forwardedFor(`203.0.113.${i}`))).toBe(403)
    expect(await upgradeStatus(url, forwardedFor('203.0.113.99'))).toBe(429)
    const rest = await fetch(
      `${server.url}/api/workshops/${id}?token=${'W'.repeat(32)}`,
      forwardedFor('192.0.2.1'),
    )
    expect(rest.status).toBe(429)
  })
})
