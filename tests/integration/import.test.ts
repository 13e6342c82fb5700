import { afterEach, describe, expect, it } from 'vitest'
import { exportJson } from '../../shared/exportJson'
import type { Role } from '../../shared/roles'
import { fixtureWorkshop } from '../unit/reportFixture'
import { cleanup, postJson, startTestServer, tokensOf } from './helpers'

afterEach(cleanup)

const exportOf = async (serverUrl: string, id: string, token: string) => {
  const response = await fetch(`${serverUrl}/api/workshops/${id}/export.json`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(response.status).toBe(200)
  return response.text()
}

/** The export without what an import renews: the workshop's creation time. */
function normalised(json: string) {
  const parsed = JSON.parse(json)
  parsed.workshop.createdAt = 0
  return parsed
}

async function importWorkshop(serverUrl: string, body: unknown) {
  const response = await postJson(serverUrl, '/api/workshops/import', body)
  const json = (await response.json()) as {
    id: string
    links: Record<Role, string>
    error?: string
    code?: string
  }
  return { response, json }
}

describe('POST /api/workshops/import', () => {
  it('creates a new workshop whose export equals the imported one (creation time aside)', async () => {
    const server = await startTestServer()
    const original = exportJson(fixtureWorkshop())
    const { response, json } = await importWorkshop(server.url, original)
    expect(response.status).toBe(201)
    expect(response.headers.get('location')).toBe(`/api/workshops/${json.id}`)
    expect(Object.keys(json.links).sort()).toEqual(['facilitator', 'observer', 'participant'])
    const again = await exportOf(server.url, json.id, tokensOf(json.links).facilitator)
    expect(normalised(again)).toEqual(normalised(original))
  })

  it('copies a workshop of the server: export, import, export again', async () => {
    const server = await startTestServer()
    const example = await postJson(server.url, '/api/workshops/example', {})
    const source = (await example.json()) as { id: string; links: Record<Role, string> }
    const original = await exportOf(server.url, source.id, tokensOf(source.links).facilitator)
    expect(JSON.parse(original).practices.length).toBeGreaterThan(0)
    const { response, json } = await importWorkshop(server.url, original)
    expect(response.status).toBe(201)
    expect(json.id).not.toBe(source.id)
    const again = await exportOf(server.url, json.id, tokensOf(json.links).facilitator)
    expect(normalised(again)).toEqual(normalised(original))
  })

  it('refuses what is not an export, or of another version, with a clear message', async () => {
    const server = await startTestServer()
    const original = JSON.parse(exportJson(fixtureWorkshop()))
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [{ title: 'x' }, /not a PracticeMap workshop export/],
      [{ ...original, exportVersion: 7 }, /export version 7 is not supported/],
      [{ ...original, practices: 'none' }, /practices/],
    ]
    for (const [body, message] of cases) {
      const { response, json } = await importWorkshop(server.url, body)
      expect(response.status).toBe(400)
      expect(json.error).toMatch(message)
      expect(json.code).toBe(body === '{not json' ? 'invalidRequest' : 'notAnExport')
    }
  })

  it('refuses a body over the size limit', async () => {
    const server = await startTestServer()
    const huge = JSON.stringify({ format: 'practicemap-workshop', padding: 'x'.repeat(5 * 1024 * 1024) })
    const { response, json } = await importWorkshop(server.url, huge)
    expect(response.status).toBe(413)
    expect(json.error).toMatch(/larger than/)
    expect(json.code).toBe('bodyTooLarge')
  })
})
