import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { EXAMPLE_DETAILS, EXAMPLE_PRACTICES } from '../../shared/exampleWorkshop'
import type { CommitWait } from '../../shared/protocol'
import { readBoard, readWorkshop } from '../../shared/readers'
import type { Role } from '../../shared/roles'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  postJson,
  startTestServer,
  syncUrl,
  tempDir,
  tokenOf,
  tokensOf,
  upgradeStatus,
  waitFor,
} from './helpers'

afterEach(cleanup)

describe('REST API', () => {
  it('creates a workshop (201) with a link per role, and reads it back with any of them', async () => {
    const server = await startTestServer()
    const response = await postJson(server.url, '/api/workshops', {
      title: '  Interregional seminar ',
      date: '2024-04-10',
      place: 'Las Palmas',
    })
    expect(response.status).toBe(201)
    const created = (await response.json()) as { id: string; links: Record<string, string> }
    expect(created.id).toMatch(/^[0-9a-zA-Z]{12}$/)
    expect(Object.keys(created.links).sort()).toEqual(['facilitator', 'observer', 'participant'])
    const tokens = new Set<string>()
    for (const link of Object.values(created.links)) {
      expect(link).toMatch(new RegExp(`^${server.url}/w/${created.id}\\?token=[A-Za-z0-9_-]{32}$`))
      tokens.add(tokenOf(link))
    }
    expect(tokens.size).toBe(3)
    expect(response.headers.get('location')).toBe(`/api/workshops/${created.id}`)

    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      const read = await fetch(created.links[role]?.replace(`/w/`, '/api/workshops/') ?? '')
      expect(read.status).toBe(200)
      const body = (await read.json()) as Record<string, unknown>
      expect(body).toMatchObject({
        id: created.id,
        title: 'Interregional seminar',
        date: '2024-04-10',
        place: 'Las Palmas',
        role,
      })
      expect(typeof body.createdAt).toBe('number')
    }
  })

  it('builds links from the Host header and the forwarded protocol', async () => {
    const server = await startTestServer()
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ title: 'Behind a proxy' }),
    })
    const created = (await response.json()) as { id: string; links: { participant: string } }
    expect(created.links.participant).toMatch(
      new RegExp(`^https://${new URL(server.url).host}/w/${created.id}\\?token=`),
    )
  })

  it('stores the workshop document before answering, so it syncs right away', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url, 'Right away')
    const client = await connectSynced(server.url, workshopDocumentName(id), tokens.facilitator)
    expect(readWorkshop(client.doc)).toMatchObject({
      title: 'Right away',
      date: '',
      place: '',
      practices: [],
    })
  })

  it.each([
    ['not JSON', '{title:', /not valid JSON/],
    ['an empty body', '', /JSON object/],
    ['an array', [], /JSON object/],
    ['no title', { date: '2024-01-01' }, /title is required/],
    ['an empty title', { title: '   ' }, /title must not be empty/],
    ['a title of the wrong type', { title: 42 }, /title must be a string/],
    ['a title too long', { title: 'x'.repeat(201) }, /at most 200/],
    ['a malformed date', { title: 'ok', date: '10/04/2024' }, /yyyy-mm-dd/],
    ['an impossible date', { title: 'ok', date: '2024-02-30' }, /real date/],
    ['a place too long', { title: 'ok', place: 'x'.repeat(201) }, /place must be at most 200/],
  ])('answers 400 with a clear message and a code for %s', async (_name, body, message) => {
    const server = await startTestServer()
    const response = await postJson(server.url, '/api/workshops', body)
    expect(response.status).toBe(400)
    const { error, code } = (await response.json()) as { error: string; code: string }
    expect(error).toMatch(message)
    expect(code).toBe('invalidRequest')
  })

  it('answers 413 with a clear message and a code for a body over 16 KB', async () => {
    const server = await startTestServer()
    const response = await postJson(server.url, '/api/workshops', {
      title: 'ok',
      padding: 'x'.repeat(17 * 1024),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      error: 'request body is larger than 16384 bytes',
      code: 'bodyTooLarge',
    })
  })

  it('answers 404 for an unknown workshop, an unknown endpoint, and 405 for a wrong method', async () => {
    const server = await startTestServer()
    const missing = await fetch(`${server.url}/api/workshops/nosuchworkshop?token=${'x'.repeat(32)}`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'no such workshop', code: 'workshopNotFound' })
    expect((await fetch(`${server.url}/api/workshops/bad!id`)).status).toBe(404)
    const unknown = await fetch(`${server.url}/api/nothing-here`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({
      error: expect.stringMatching(/no API endpoint/),
      code: 'notFound',
    })
    const wrongMethod = await fetch(`${server.url}/api/workshops`, { method: 'GET' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')
    expect(await wrongMethod.json()).toMatchObject({ code: 'methodNotAllowed' })
    expect((await fetch(`${server.url}/api/workshops/example`)).status).toBe(405)
  })

  it('creates the example workshop: two practices whose boards have cards', async () => {
    const server = await startTestServer()
    const response = await postJson(server.url, '/api/workshops/example', {})
    expect(response.status).toBe(201)
    const { id, links } = (await response.json()) as { id: string; links: Record<Role, string> }
    const tokens = tokensOf(links)
    const summary = (await (
      await fetch(`${server.url}/api/workshops/${id}`, {
        headers: { Authorization: `Bearer ${tokens.observer}` },
      })
    ).json()) as { title: string; role: string }
    expect(summary).toMatchObject({ title: EXAMPLE_DETAILS.title, role: 'observer' })

    const workshop = await connectSynced(server.url, workshopDocumentName(id), tokens.observer)
    const practices = readWorkshop(workshop.doc).practices
    expect(practices.map((practice) => practice.title)).toEqual(
      EXAMPLE_PRACTICES.map((practice) => practice.title),
    )
    for (const [index, practice] of practices.entries()) {
      const board = await connectSynced(server.url, boardDocumentName(id, practice.id), tokens.observer)
      const cards = Object.values(readBoard(board.doc).lanes).flat()
      expect(cards.length).toBe(EXAMPLE_PRACTICES[index]?.cards.length)
      expect(cards.length).toBeGreaterThan(0)
    }
  })
})

describe('WebSocket upgrade checks', () => {
  it('refuses a workshop that does not exist with 404, before any room is made', async () => {
    const server = await startTestServer()
    expect(await upgradeStatus(`${syncUrl(server.url)}/nosuchworkshop`)).toBe(404)
    expect(await upgradeStatus(`${syncUrl(server.url)}/nosuchworkshop/boards/practice01`)).toBe(404)
    expect(server.registry.size).toBe(0)
  })

  it.each([
    ['a name with bad characters', '/sync/bad!name'],
    ['a name of the wrong shape', '/sync/workshop01/cards/practice01'],
    ['a board without a practice', '/sync/workshop01/boards'],
    ['no name at all', '/sync/'],
    ['a path outside /sync', '/elsewhere/workshop01'],
  ])('refuses %s with 400', async (_name, path) => {
    const server = await startTestServer()
    await createWorkshop(server.url)
    expect(await upgradeStatus(`${server.url.replace('http', 'ws')}${path}`)).toBe(400)
    expect(server.registry.size).toBe(0)
  })
})

describe('the Origin of browser pages opening the sync WebSocket', () => {
  async function statusFrom(serverUrl: string, path: string, headers: Record<string, string>) {
    const status = await upgradeStatus(`${syncUrl(serverUrl)}/${path}`, { headers }).catch((error: Error) =>
      error.message.endsWith('was accepted') ? 101 : 0,
    )
    return status
  }

  it('admits the server’s own pages and clients without an Origin, and refuses other sites with 403', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const path = `${id}?token=${tokens.participant}`
    const host = new URL(server.url).host
    expect(await statusFrom(server.url, path, {})).toBe(101)
    expect(await statusFrom(server.url, path, { Origin: `http://${host}` })).toBe(101)
    expect(await statusFrom(server.url, path, { Origin: 'https://evil.example' })).toBe(403)
    expect(await statusFrom(server.url, path, { Origin: 'null' })).toBe(403)
  })

  it('admits the origins of ALLOWED_ORIGINS (a proxy’s public name), or every origin with *', async () => {
    const listed = await startTestServer({ allowedOrigins: ['https://workshop.example.org'] })
    const first = await createWorkshop(listed.url)
    const path = `${first.id}?token=${first.tokens.participant}`
    expect(await statusFrom(listed.url, path, { Origin: 'https://workshop.example.org' })).toBe(101)
    expect(await statusFrom(listed.url, path, { Origin: 'https://other.example.org' })).toBe(403)

    const open = await startTestServer({ allowedOrigins: ['*'] })
    const second = await createWorkshop(open.url)
    expect(
      await statusFrom(open.url, `${second.id}?token=${second.tokens.participant}`, {
        Origin: 'https://anywhere.example',
      }),
    ).toBe(101)
  })
})

describe('health and static files', () => {
  it('reports health as JSON', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const client = await connectSynced(server.url, workshopDocumentName(id), tokens.facilitator)
    const health = async () => {
      const response = await fetch(`${server.url}/healthz`)
      expect(response.status).toBe(200)
      return (await response.json()) as Record<string, unknown> & { commitWait: CommitWait }
    }
    const before = await health()
    expect(before).toMatchObject({ status: 'ok', rooms: 1, connections: 1, pendingCommits: 0 })
    expect(typeof before.uptimeSeconds).toBe('number')

    // Each committed change adds to how long changes waited for their commit (what storage adds to latency).
    client.doc.getMap('health').set('edit', 1)
    await waitFor(async () => (await health()).commitWait.count > before.commitWait.count, 5000, 'the commit')
    const after = await health()
    expect(after.commitWait.p50Ms).toBeGreaterThan(0)
    expect(after.commitWait.maxMs).toBeGreaterThanOrEqual(after.commitWait.p50Ms)
  })

  it('serves API answers and errors as data that no browser sniffs into a page or frames', async () => {
    const server = await startTestServer()
    for (const response of [
      await fetch(`${server.url}/api/time`),
      await fetch(`${server.url}/api/workshops/nosuchworkshop`),
      await fetch(`${server.url}/healthz`),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
    }
  })

  it('answers 503 with a hint while the client is not built', async () => {
    const server = await startTestServer()
    const response = await fetch(`${server.url}/w/anything`)
    expect(response.status).toBe(503)
    expect(await response.text()).toMatch(/client not built: run npm run build/)
  })

  it('serves the built client, falling back to index.html for app paths but not for missing files', async () => {
    const staticDir = tempDir()
    mkdirSync(join(staticDir, 'assets'))
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>PracticeMap</title>')
    writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)')
    const server = await startTestServer({ staticDir })

    const index = await fetch(`${server.url}/w/abc123def456?token=${'t'.repeat(32)}`)
    expect(index.status).toBe(200)
    expect(await index.text()).toMatch(/PracticeMap/)
    // The page's URL holds a token, which must not leak to other sites as a Referer.
    expect(index.headers.get('referrer-policy')).toBe('no-referrer')
    // Card text is user input: even markup that slipped into the page could run no script and load nothing.
    const policy = index.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self'(;|$)/)
    expect(policy).toMatch(/frame-ancestors 'none'/)
    expect(policy).toMatch(/object-src 'none'/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(index.headers.get('x-content-type-options')).toBe('nosniff')
    expect(index.headers.get('x-frame-options')).toBe('DENY')
    // A revalidated page keeps its policy: browsers merge a 304's headers into the cached page.
    const revalidated = await fetch(`${server.url}/w/abc123def456`, {
      headers: { 'If-None-Match': index.headers.get('etag') ?? '' },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('content-security-policy')).toBe(policy)
    const asset = await fetch(`${server.url}/assets/app-1234.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405)
    expect((await fetch(`${server.url}/sync/abc123def456`)).status).toBe(426)
  })
})

describe('room lifecycle', () => {
  it('unloads a room after the grace period and reloads it with everything on the next join', async () => {
    const server = await startTestServer({ roomUnloadGraceMs: 50 })
    const { id, tokens } = await createWorkshop(server.url, 'Before unload')
    const name = workshopDocumentName(id)
    const first = await connectSynced(server.url, name, tokens.facilitator)
    first.doc.getMap('workshop').set('place', 'Żyrardów')
    await waitFor(() => server.persistence.stats.updates >= 1)
    first.destroy()
    await waitFor(() => server.registry.get(name) === undefined, 5000, 'the room to unload')

    const second = await connectSynced(server.url, name, tokens.facilitator)
    expect(readWorkshop(second.doc)).toMatchObject({ title: 'Before unload', place: 'Żyrardów' })
  })
})
