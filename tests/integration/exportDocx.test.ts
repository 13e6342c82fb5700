import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_DETAILS, EXAMPLE_PRACTICES } from '../../shared/exampleWorkshop'
import type { Role } from '../../shared/roles'
import { cleanup, postJson, startTestServer, tokensOf } from './helpers'

afterEach(cleanup)

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

async function exampleWorkshop() {
  const server = await startTestServer()
  const response = await postJson(server.url, '/api/workshops/example', {})
  const { id, links } = (await response.json()) as { id: string; links: Record<Role, string> }
  return { server, id, tokens: tokensOf(links) }
}

describe('GET /api/workshops/<id>/export.docx', () => {
  it('gives the facilitator the example workshop as a Word document', async () => {
    const { server, id, tokens } = await exampleWorkshop()
    const response = await fetch(`${server.url}/api/workshops/${id}/export.docx`, {
      headers: { Authorization: `Bearer ${tokens.facilitator}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(DOCX)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.docx"/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length)
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const zip = await JSZip.loadAsync(bytes)
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain(escapeXml(EXAMPLE_DETAILS.title))
    for (const practice of EXAMPLE_PRACTICES) expect(xml).toContain(escapeXml(practice.title))
  })

  it('refuses participants and observers (403) and requests without a token (401)', async () => {
    const { server, id, tokens } = await exampleWorkshop()
    const url = `${server.url}/api/workshops/${id}/export.docx`
    for (const role of ['participant', 'observer'] as const) {
      const response = await fetch(`${url}?token=${tokens[role]}`)
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    }
    expect((await fetch(url)).status).toBe(401)
  })
})
