import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, createWorkshop, startTestServer, tempDir } from './helpers'

/**
 * Issue 11: creating workshops from another site's page, and without limit. A page elsewhere can POST
 * `text/plain` (or a form) to us without asking first; only `application/json` makes the browser ask (a
 * preflight we never allow), so a body of any other type is refused. And each address may create only so
 * many workshops in a row.
 */

afterEach(cleanup)

const DETAILS = JSON.stringify({ title: 'Housing seminar' })

async function post(url: string, headers: Record<string, string>, body?: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers, ...(body === undefined ? {} : { body }) })
}

async function countWorkshops(dataDir: string): Promise<number> {
  const Database = (await import('better-sqlite3')).default
  const db = new Database(`${dataDir}/practicemap.db`, { readonly: true })
  try {
    return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM workshops').get()?.count ?? 0
  } finally {
    db.close()
  }
}

describe('a cross-site POST', () => {
  it('cannot create a workshop with a text/plain body, a form or no type at all (415)', async () => {
    const dataDir = tempDir()
    const server = await startTestServer({ dataDir })
    const url = `${server.url}/api/workshops`
    const attempts: Record<string, string>[] = [
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'text/plain;charset=UTF-8' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      {},
    ]
    for (const headers of attempts) {
      const response = await post(url, headers, DETAILS)
      expect({ headers, status: response.status }).toEqual({ headers, status: 415 })
      expect(((await response.json()) as { error: string }).error).toMatch(/application\/json/)
    }
    expect(await countWorkshops(dataDir)).toBe(0)
    // What the app sends still works, with or without a charset.
    expect((await post(url, { 'Content-Type': 'application/json' }, DETAILS)).status).toBe(201)
    expect((await post(url, { 'Content-Type': 'application/json; charset=utf-8' }, DETAILS)).status).toBe(201)
  })

  it('cannot create the example or import one either', async () => {
    const dataDir = tempDir()
    const server = await startTestServer({ dataDir })
    const example = `${server.url}/api/workshops/example`
    expect((await post(example, {})).status).toBe(415)
    expect((await post(example, { 'Content-Type': 'text/plain' }, '{}')).status).toBe(415)
    expect(
      (await post(`${server.url}/api/workshops/import`, { 'Content-Type': 'text/plain' }, '{}')).status,
    ).toBe(415)
    expect(await countWorkshops(dataDir)).toBe(0)
    expect((await post(example, { 'Content-Type': 'application/json' }, '{}')).status).toBe(201)
  })

  it('is refused on every route that reads a body, with the type each expects', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const auth = { Authorization: `Bearer ${tokens.facilitator}` }
    const api = `${server.url}/api/workshops/${id}`
    const plain = { ...auth, 'Content-Type': 'text/plain' }
    expect((await post(`${api}/follow-up`, plain, DETAILS)).status).toBe(415)
    expect((await post(`${api}/snapshots`, plain, '{"label":"x"}')).status).toBe(415)
    // The practice list is a CSV file: text/csv, not JSON.
    const csv = 'title,organisation\nGardens,Las Palmas\n'
    const asJson = await post(`${api}/practices/import`, { ...auth, 'Content-Type': 'application/json' }, csv)
    expect(asJson.status).toBe(415)
    expect(((await asJson.json()) as { error: string }).error).toMatch(/text\/csv/)
    expect((await post(`${api}/practices/import`, { ...auth, 'Content-Type': 'text/csv' }, csv)).status).toBe(
      200,
    )
    // A snapshot without a note has no body at all: nothing to check.
    expect((await post(`${api}/snapshots`, auth)).status).toBe(201)
  })
})

describe('creating workshops from one address', () => {
  it('stops after the burst with 429 and Retry-After; others are not affected; failures cost nothing', async () => {
    const dataDir = tempDir()
    const server = await startTestServer({
      dataDir,
      creationBurst: 3,
      creationPerHour: 60,
      trustedProxies: 1,
    })
    const create = (address: string, body = DETAILS) =>
      post(
        `${server.url}/api/workshops`,
        { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        body,
      )

    // Refused requests are not creations: a mistyped form does not use up the budget.
    expect((await create('203.0.113.7', '{"title":""}')).status).toBe(400)
    for (let i = 0; i < 3; i++) expect((await create('203.0.113.7')).status).toBe(201)
    const refused = await create('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many workshops/)
    // The example and an import are creations too.
    const example = await post(`${server.url}/api/workshops/example`, {
      'Content-Type': 'application/json',
      'X-Forwarded-For': '203.0.113.7',
    })
    expect(example.status).toBe(429)

    // Someone else at another address still creates.
    expect((await create('198.51.100.20')).status).toBe(201)
    expect(await countWorkshops(dataDir)).toBe(4)
  })

  it('has a default that a facilitator preparing a day never meets, and that a script soon does', async () => {
    const server = await startTestServer()
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      statuses.push(
        (await post(`${server.url}/api/workshops`, { 'Content-Type': 'application/json' }, DETAILS)).status,
      )
    }
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true)
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true)
  })
})
