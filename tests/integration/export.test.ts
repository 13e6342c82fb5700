import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { addCard } from '../../shared/boardOperations'
import {
  boardDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { setInterest } from '../../shared/interest'
import { readBoard } from '../../shared/readers'
import { addPractice } from '../../shared/workshopOperations'
import { cleanup, connectSynced, createWorkshop, startTestServer, waitFor } from './helpers'

afterEach(cleanup)

const ana = { id: 'ana', name: 'Ana Żak', organisation: 'Gmina Żyrardów' }
const HOSTILE = '=HYPERLINK("http://x") <script>alert(1)</script> **Ścieżka rowerowa** 🚲'

/** A workshop with one practice and a card and an interest cell written by a participant over sync. */
async function workshopWithCards() {
  const server = await startTestServer()
  const workshop = await createWorkshop(server.url, 'Taller: Żyrardów / Brașov')
  const facilitator = await connectSynced(
    server.url,
    workshopDocumentName(workshop.id),
    workshop.tokens.facilitator,
  )
  const practiceId = addPractice(
    facilitator.doc,
    { title: 'Rowery miejskie', organisation: 'Żyrardów', description: '' },
    1,
  )
  const boardName = boardDocumentName(workshop.id, practiceId)
  const board = await connectSynced(server.url, boardName, workshop.tokens.participant)
  addCard(board.doc, { lane: 'benefits', text: HOSTILE, author: ana }, 2)
  const participation = await connectSynced(
    server.url,
    participationDocumentName(workshop.id),
    workshop.tokens.participant,
  )
  setInterest(participation.doc, { organisation: 'Primăria Brașov', practiceId, level: 'curious' }, ana, 3)
  const live = (name: string) => server.registry.get(name)?.doc
  await waitFor(() => {
    const doc = live(boardName)
    return doc !== undefined && readBoard(doc).lanes.benefits.length === 1
  })
  await waitFor(() => (live(participationDocumentName(workshop.id))?.getMap('interest').size ?? 0) === 1)
  await waitFor(() => (live(workshopDocumentName(workshop.id))?.getMap('practices').size ?? 0) === 1)
  return { server, workshop, practiceId, clients: [facilitator, board, participation] }
}

const exportUrl = (serverUrl: string, id: string, format: string, token?: string) =>
  `${serverUrl}/api/workshops/${id}/export.${format}${token === undefined ? '' : `?token=${token}`}`

describe('GET /api/workshops/<id>/export.md and export.csv', () => {
  it('gives the facilitator both formats with the cards written by a client, from loaded rooms', async () => {
    const { server, workshop } = await workshopWithCards()

    const markdown = await fetch(exportUrl(server.url, workshop.id, 'md', workshop.tokens.facilitator))
    expect(markdown.status).toBe(200)
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const disposition = markdown.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="Taller- Zyrardow - Brasov\.md"; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('Taller- Żyrardów - Brașov.md')
    const text = await markdown.text()
    expect(text).toContain('# Taller: Żyrardów / Brașov')
    expect(text).toContain('## 1\\. Rowery miejskie')
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*Ścieżka rowerowa\\*\\* 🚲')
    expect(text).not.toContain('<script>')
    expect(text).toContain('- Rowery miejskie: Curious')

    const csv = await fetch(exportUrl(server.url, workshop.id, 'csv'), {
      headers: { Authorization: `Bearer ${workshop.tokens.facilitator}` },
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Taller- Zyrardow - Brasov\.csv"/,
    )
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)) as string[][]
    expect(rows).toHaveLength(2)
    expect(rows[1]?.slice(0, 7)).toEqual([
      'Taller: Żyrardów / Brașov',
      'Rowery miejskie',
      'benefits',
      '',
      `'${HOSTILE}`,
      'Ana Żak',
      'Gmina Żyrardów',
    ])
  })

  it('gives the facilitator the complete JSON export', async () => {
    const { server, workshop, practiceId } = await workshopWithCards()
    const response = await fetch(exportUrl(server.url, workshop.id, 'json', workshop.tokens.facilitator))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Taller- Zyrardow - Brasov\.json"/,
    )
    const body = await response.json()
    expect(body.format).toBe('practicemap-workshop')
    expect(body.workshop.title).toBe('Taller: Żyrardów / Brașov')
    expect(body.practices.map((p: { id: string }) => p.id)).toEqual([practiceId])
    expect(body.practices[0].board.cards.map((c: { text: string }) => c.text)).toEqual([HOSTILE])
    expect(body.interest).toMatchObject([{ organisation: 'Primăria Brașov', practiceId, level: 'curious' }])
  })

  it('reads from storage once the rooms are unloaded, without loading them', async () => {
    const { server, workshop, practiceId, clients } = await workshopWithCards()
    for (const client of clients) client.destroy()
    const names = [
      workshopDocumentName(workshop.id),
      boardDocumentName(workshop.id, practiceId),
      participationDocumentName(workshop.id),
    ]
    await waitFor(
      () => names.every((name) => server.registry.get(name) === undefined),
      5000,
      'rooms to unload',
    )

    const response = await fetch(exportUrl(server.url, workshop.id, 'csv', workshop.tokens.facilitator))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Ścieżka rowerowa')
    const markdown = await (
      await fetch(exportUrl(server.url, workshop.id, 'md', workshop.tokens.facilitator))
    ).text()
    expect(markdown).toContain('Rowery miejskie: Curious')
    expect(names.map((name) => server.registry.get(name))).toEqual([undefined, undefined, undefined])
  })

  it('writes the report in the language ?lang= asks for, English for one it does not know', async () => {
    const { server, workshop } = await workshopWithCards()
    const url = (format: string, lang: string) =>
      `${exportUrl(server.url, workshop.id, format, workshop.tokens.facilitator)}&lang=${encodeURIComponent(lang)}`
    const italian = await (await fetch(url('md', 'it'))).text()
    expect(italian).toContain('### Benefici')
    expect(italian).toContain('- Rowery miejskie: Ci interessa')
    const spanish = await (await fetch(url('md', 'es-ES'))).text()
    expect(spanish).toContain('- Rowery miejskie: Nos interesa')
    const polish = await (await fetch(url('csv', 'pl'))).text()
    expect(polish.split('\r\n')[0]).toBe(
      'Warsztat,Praktyka,Kolumna,Grupa,Treść,Autor,Organizacja,Kolor,Głosy,Głosy grupy,Utworzono,Odpowiedzialny,Termin,Zasoby,Bariery,Typ interesariusza,Szczebel interesariusza',
    )
    for (const unknown of ['de', '__proto__', 'constructor', '', 'x'.repeat(5000)]) {
      const response = await fetch(url('md', unknown))
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('- Rowery miejskie: Curious')
    }
  })

  it('refuses participants and observers (403) and requests without a token (401)', async () => {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url)
    for (const format of ['md', 'csv', 'json']) {
      for (const role of ['participant', 'observer'] as const) {
        const byQuery = await fetch(exportUrl(server.url, workshop.id, format, workshop.tokens[role]))
        expect(byQuery.status).toBe(403)
        const byHeader = await fetch(exportUrl(server.url, workshop.id, format), {
          headers: { Authorization: `Bearer ${workshop.tokens[role]}` },
        })
        expect(byHeader.status).toBe(403)
        expect(byHeader.headers.get('content-type')).toBe('application/json; charset=utf-8')
        expect(await byHeader.json()).toMatchObject({ code: 'facilitatorOnly' })
      }
      const anonymous = await fetch(exportUrl(server.url, workshop.id, format))
      expect(anonymous.status).toBe(401)
      expect(await anonymous.json()).toMatchObject({ code: 'tokenMissing' })
    }
    const wrong = await fetch(exportUrl(server.url, workshop.id, 'md', 'W'.repeat(32)))
    expect(wrong.status).toBe(403)
    expect(await wrong.json()).toMatchObject({ code: 'linkInvalid' })
    const unknown = await fetch(exportUrl(server.url, workshop.id, 'pdf', workshop.tokens.facilitator))
    expect(unknown.status).toBe(404)
  })
})
