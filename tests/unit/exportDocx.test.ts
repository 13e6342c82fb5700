import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docxLines, exportDocx } from '../../server/exportDocx'
import { addCard } from '../../shared/boardOperations'
import { buildReport } from '../../shared/report'
import { REPORT_LABELS } from '../../shared/reportLabels'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'
import { fixtureWorkshop, juan, LONG_TEXT } from './reportFixture'

const HOSTILE = '=HYPERLINK("http://x") <script>alert(1)</script> [x](javascript:alert(1)) **bold**'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}
const unescapeXml = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity)
const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The text of a piece of WordprocessingML: its runs' text, line breaks as \n. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((match) => (match[0] === '<w:br/>' ? '\n' : unescapeXml(match[1] ?? '')))
    .join('')
}

/** Every paragraph's text, outside tables as well as in them, in document order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((match) => textOf(match[0]))
}

/** Each top-level table (no nested tables here) as rows of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
    ),
  )
}

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (name: string) => {
    const file = zip.file(name)
    if (!file) throw new Error(`${name} is missing from the DOCX`)
    return file.async('string')
  }
  return { zip, read }
}

describe('exportDocx', () => {
  const report = buildReport(fixtureWorkshop())
  let bytes: Uint8Array
  let zip: JSZip
  let read: (name: string) => Promise<string>
  let xml: string
  let texts: string[]
  beforeAll(async () => {
    bytes = await exportDocx(report)
    ;({ zip, read } = await unzip(bytes))
    xml = await read('word/document.xml')
    texts = paragraphs(xml)
  })

  it('is a zip with the parts Word needs', async () => {
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
    ])
      expect(zip.file(part), part).not.toBeNull()
    expect(await read('[Content_Types].xml')).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    )
    expect(await read('docProps/core.xml')).toContain('Transfer: Żyrardów — Brașov')
  })

  it('opens with a title page: title, date (written out) and place', () => {
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(texts.slice(0, 4).filter(Boolean)).toEqual([
      'Transfer: Żyrardów — Brașov',
      '20 November 2026',
      'Łódź',
    ])
  })

  it('has a section per practice, each with its four lanes', () => {
    expect(texts).toContain('1. Energía comunitaria 🌞')
    expect(texts).toContain('2. Școala verde')
    expect(texts).toContain('Presented by: Primăria Brașov')
    expect(texts.filter((t) => t === 'Key aspects')).toHaveLength(2)
    expect(texts.filter((t) => t === 'Transfer steps')).toHaveLength(2)
    // The second practice's board is empty: every lane says so.
    const second = texts.slice(texts.indexOf('2. Școala verde'))
    expect(second.slice(0, 10).filter((t) => t === '(no cards)')).toHaveLength(4)
  })

  it('lists cards most votes first, with author, organisation, votes and group titles', () => {
    const keyAspects = texts.slice(texts.indexOf('Key aspects') + 1, texts.indexOf('Stakeholders'))
    expect(keyAspects).toEqual([
      'Współpraca z mieszkańcami 👩‍🌾',
      'Ola Wójcik (Gmina Żyrardów) · 3 votes',
      HOSTILE,
      'Ioana Țurcanu (Primăria Brașov) · 1 vote',
      'Participación ciudadana',
      'Juan Núñez (Cabildo de Gran Canaria) · 0 votes',
    ])
    const stakeholders = texts.slice(texts.indexOf('Stakeholders') + 1, texts.indexOf('Benefits'))
    // The group once, with its votes once; its cards under it with no votes of their own.
    expect(stakeholders).toEqual([
      'Group: Instituții / Instituciones',
      '1 vote',
      'Universitatea Transilvania',
      'Ioana Țurcanu (Primăria Brașov)',
      'Ayuntamiento',
      'Juan Núñez (Cabildo de Gran Canaria) · public authority, local',
    ])
    expect(texts).toContain(LONG_TEXT)
  })

  it('keeps user text inert: escaped plain runs, no fields or hyperlinks', async () => {
    expect(xml).toContain(escapeXml(HOSTILE))
    expect(xml).not.toContain('<script>')
    expect(xml).not.toMatch(/<w:(hyperlink|fldSimple|fldChar|instrText)\b/)
    expect(await read('word/_rels/document.xml.rels')).not.toContain('hyperlink')
    for (const card of report.practices.flatMap((p) => p.lanes.flatMap((l) => l.cards)))
      expect(xml).toContain(escapeXml(card.text))
  })

  it('shows a transfer step’s fields as a table', () => {
    expect(tables(xml)).toContainEqual([
      ['Owner', 'Gmina Żyrardów'],
      ['Timeframe', 'Q1 2027'],
      ['Resources', '20 000 zł'],
      ['Barriers', 'Przepisy; ¿financiación?'],
    ])
  })

  it('has the transfer-interest matrix as a table', () => {
    expect(tables(xml)).toContainEqual([
      ['Organisation', 'Energía comunitaria 🌞', 'Școala verde'],
      ['Gmina Żyrardów', 'Want to adapt\n¡Sí! 🌞', ''],
      ['Primăria Brașov', '', 'Action plan\nDa, în 2027'],
    ])
  })

  it('ends with the action plan table, one row per transfer step', () => {
    const all = tables(xml)
    expect(all.at(-1)).toEqual([
      ['Practice', 'Step', 'Owner', 'Timeframe', 'Resources', 'Barriers', 'Votes'],
      ['Energía comunitaria 🌞', 'Vizită de studiu', 'Primăria Brașov', '2027', '', '', '1'],
      [
        'Energía comunitaria 🌞',
        'Studium wykonalności',
        'Gmina Żyrardów',
        'Q1 2027',
        '20 000 zł',
        'Przepisy; ¿financiación?',
        '0',
      ],
    ])
    expect(texts.indexOf('Action plan')).toBeGreaterThan(texts.indexOf('Transfer interest'))
  })

  it('keeps line breaks, drops characters XML cannot hold, and says when there is nothing yet', async () => {
    const workshop = new Y.Doc()
    initWorkshop(workshop, { title: '', date: '', place: '' }, 1)
    const practiceId = addPractice(workshop, { title: '', organisation: '', description: '' }, 2)
    const board = new Y.Doc()
    addCard(board, { lane: 'benefits', text: 'Linia 1\r\nLinia 2\u0001\u0000 \uD800ok', author: juan }, 3)
    const empty = await exportDocx(buildReport({ workshop, boards: new Map([[practiceId, board]]) }))
    const body = await (await unzip(empty)).read('word/document.xml')
    const lines = paragraphs(body)
    expect(lines).toContain('Workshop')
    expect(lines).toContain('1. Untitled practice')
    expect(lines).toContain('Linia 1\nLinia 2 ok')
    expect(lines).toContain('(nobody has said yet)')
    expect(lines).toContain('(no transfer steps)')
    expect([...body].filter((char) => (char.codePointAt(0) ?? 0) < 0x09)).toEqual([])
    expect(docxLines('\n\n a \u0007b  \r\r')).toEqual([' a b'])
  })
})

describe('exportDocx in the facilitator’s language', () => {
  const report = buildReport(fixtureWorkshop())

  it('writes the Word report in Polish: title page, lanes, tables and counts', async () => {
    const xml = await (await unzip(await exportDocx(report, REPORT_LABELS.pl))).read('word/document.xml')
    const texts = paragraphs(xml)
    expect(texts.slice(0, 4).filter(Boolean)).toEqual([
      'Transfer: Żyrardów — Brașov',
      '20 listopada 2026',
      'Łódź',
    ])
    expect(texts).toContain(
      '2 praktyki · Głosowanie: 3 kropki na osobę w każdej praktyce, najwyżej 2 na kartę',
    )
    expect(texts).toContain('Prezentuje: Primăria Brașov')
    expect(texts.filter((t) => t === 'Kluczowe aspekty')).toHaveLength(2)
    expect(texts.filter((t) => t === 'Interesariusze')).toHaveLength(2)
    expect(texts).toContain('Ola Wójcik (Gmina Żyrardów) · 3 głosy')
    expect(texts).toContain('Grupa: Instituții / Instituciones')
    expect(texts).toContain('Zainteresowanie transferem')
    expect(tables(xml).at(-1)?.[0]).toEqual([
      'Praktyka',
      'Krok',
      'Odpowiedzialny',
      'Termin',
      'Zasoby',
      'Bariery',
      'Głosy',
    ])
    expect(tables(xml)).toContainEqual([
      ['Organizacja', 'Energía comunitaria 🌞', 'Școala verde'],
      ['Gmina Żyrardów', 'Chcemy zaadaptować\n¡Sí! 🌞', ''],
      ['Primăria Brașov', '', 'Plan działania\nDa, în 2027'],
    ])
  })

  it('writes the Word report in Italian, its properties too', async () => {
    const { read } = await unzip(await exportDocx(report, REPORT_LABELS.it))
    const xml = await read('word/document.xml')
    const texts = paragraphs(xml)
    expect(texts).toContain('20 novembre 2026')
    expect(texts.filter((t) => t === 'Aspetti chiave')).toHaveLength(2)
    expect(texts.filter((t) => t === 'Passi per il trasferimento')).toHaveLength(2)
    expect(texts).toContain('Interesse al trasferimento')
    expect(texts).toContain('Piano d’azione')
    expect(tables(xml)).toContainEqual([
      ['Responsabile', 'Gmina Żyrardów'],
      ['Tempistica', 'Q1 2027'],
      ['Risorse', '20 000 zł'],
      ['Ostacoli', 'Przepisy; ¿financiación?'],
    ])
    expect(await read('docProps/core.xml')).toContain('Resoconto del workshop')
  })
})
