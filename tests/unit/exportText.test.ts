import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard } from '../../shared/boardOperations'
import { CSV_COLUMNS, exportCsv, neutraliseFormula } from '../../shared/exportCsv'
import { escapeBlock, escapeMarkdown, exportMarkdown } from '../../shared/exportMarkdown'
import { buildReport } from '../../shared/report'
import { REPORT_LABELS } from '../../shared/reportLabels'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'
import { fixtureWorkshop, juan, LONG_TEXT } from './reportFixture'

const HOSTILE = '=HYPERLINK("http://x") <script>alert(1)</script> [x](javascript:alert(1)) **bold**'

function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return parse(csv.slice(1), { relax_column_count: false }) as string[][]
}

describe('exportCsv', () => {
  const fixture = fixtureWorkshop()
  const report = buildReport(fixture)
  const csv = exportCsv(report)
  const rows = readBack(csv)

  it('starts with a BOM and a header, then one row per card in report order', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const cards = report.practices.flatMap((p) => p.lanes.flatMap((l) => l.cards))
    expect(rows.slice(1).map((row) => row[4])).toEqual(cards.map((c) => neutraliseFormula(c.text)))
    expect(csv.includes('\r\n')).toBe(true)
  })

  it('writes every field of a card', () => {
    const step = rows.find((row) => row[4] === 'Studium wykonalności')
    expect(step).toEqual([
      'Transfer: Żyrardów — Brașov',
      'Energía comunitaria 🌞',
      'transferSteps',
      '',
      'Studium wykonalności',
      'Ola Wójcik',
      'Gmina Żyrardów',
      'yellow',
      '0',
      '',
      new Date(16).toISOString(),
      'Gmina Żyrardów',
      'Q1 2027',
      '20 000 zł',
      'Przepisy; ¿financiación?',
      '',
      '',
    ])
    const grouped = rows.find((row) => row[4] === 'Ayuntamiento')
    expect(grouped?.slice(2, 4)).toEqual(['stakeholders', 'Instituții / Instituciones'])
    expect(grouped?.slice(15)).toEqual(['publicAuthority', 'local'])
    expect(rows.find((row) => row[4] === LONG_TEXT)).toBeDefined()
  })

  it('neutralises cells a spreadsheet would run as formulas, and only those', () => {
    const hostile = rows.find((row) => row[4]?.includes('<script>'))
    expect(hostile?.[4]).toBe(`'${HOSTILE}`)
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(neutraliseFormula('1+1')).toBe('1+1')
    expect(neutraliseFormula('Żyrardów =1')).toBe('Żyrardów =1')
  })

  it('round-trips commas, quotes, line breaks, diacritics and emoji through the same library', () => {
    const workshop = new Y.Doc()
    initWorkshop(workshop, { title: '@Taller, "Señor"', date: '', place: '' }, 1)
    const practiceId = addPractice(workshop, { title: '+Practică', organisation: '', description: '' }, 2)
    const board = new Y.Doc()
    const texts = ['a, b; "c"\nline two\r\nthree', 'Ąę ñ ț ş 👍🏽 🇵🇱', '-1', '@mention']
    for (const text of texts) addCard(board, { lane: 'benefits', text, author: juan }, 3)
    const back = readBack(exportCsv(buildReport({ workshop, boards: { [practiceId]: board } })))
    expect(back.slice(1).map((row) => row[4])).toEqual(texts.map(neutraliseFormula))
    expect(back[1]?.slice(0, 2)).toEqual([`'@Taller, "Señor"`, `'+Practică`])
    expect(back.every((row) => row.length === CSV_COLUMNS.length)).toBe(true)
  })

  it('writes only the header for a workshop without cards', () => {
    expect(readBack(exportCsv(buildReport({ workshop: new Y.Doc(), boards: {} })))).toEqual([
      [...CSV_COLUMNS],
    ])
  })
})

describe('exportMarkdown', () => {
  const fixture = fixtureWorkshop()
  const markdown = exportMarkdown(buildReport(fixture))

  it('keeps hostile card text inert: no raw HTML, links or emphasis', () => {
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toMatch(/[^\\]\]\(javascript/)
    expect(markdown).not.toContain('**bold**')
    expect(markdown).toContain(
      '- \\=HYPERLINK("http://x") &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\*\\*bold\\*\\*',
    )
  })

  it('escapes what could start a block, and leaves ordinary text readable', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('1. first')).toBe('1\\. first')
    expect(escapeMarkdown('# heading')).toBe('\\# heading')
    expect(escapeMarkdown('`code` _x_ ~~s~~ a|b & <b>')).toBe(
      '\\`code\\` \\_x\\_ \\~\\~s\\~\\~ a\\|b &amp; &lt;b&gt;',
    )
    expect(escapeMarkdown('Przepisy; ¿financiación? Da, în 2027! 👩‍🌾')).toBe(
      'Przepisy; ¿financiación? Da, în 2027! 👩‍🌾',
    )
    expect(escapeBlock('one\n    > quoted\n===', '  ')).toBe('one  \n  &gt; quoted  \n  \\===')
  })

  it('lists the workshop, every practice and lane, the interest matrix and the action plan', () => {
    expect(markdown.startsWith('# Transfer: Żyrardów — Brașov\n\n20 November 2026 · Łódź\n')).toBe(true)
    expect(markdown).toContain('## 1\\. Energía comunitaria 🌞')
    expect(markdown).toContain('## 2\\. Școala verde')
    expect(markdown.match(/^### Key aspects$/gm)).toHaveLength(2)
    expect(markdown).toContain('(no cards)')
    expect(markdown).toContain(
      '- Współpraca z mieszkańcami 👩‍🌾  \n  — Ola Wójcik (Gmina Żyrardów) · 3 votes',
    )
    expect(markdown).toContain(
      '### Stakeholders\n\n- **Group: Instituții / Instituciones** — 1 vote\n' +
        '  - Universitatea Transilvania  \n    — Ioana Țurcanu (Primăria Brașov)\n' +
        '  - Ayuntamiento  \n    — Juan Núñez (Cabildo de Gran Canaria) · public authority, local\n',
    )
    expect(markdown).toContain('### Gmina Żyrardów\n\n- Energía comunitaria 🌞: Want to adapt — ¡Sí! 🌞')
    expect(markdown).toContain('- Școala verde: Action plan — Da, în 2027')
    expect(markdown).toContain(
      '## Action plan\n\n- Vizită de studiu  \n  Practice: Energía comunitaria 🌞 · 1 vote',
    )
    expect(markdown).toContain('  Barriers: Przepisy; ¿financiación?')
    expect(markdown).toContain(LONG_TEXT)
    expect(markdown.endsWith('\n')).toBe(true)
  })

  it('renders an empty workshop', () => {
    const empty = exportMarkdown(buildReport({ workshop: new Y.Doc(), boards: {} }))
    expect(empty).toContain('# Workshop')
    expect(empty).toContain('(nobody has said yet)')
    expect(empty).toContain('(no transfer steps)')
  })
})

describe('exports in the facilitator’s language', () => {
  const report = buildReport(fixtureWorkshop())

  it('writes the Markdown report in Polish: headings, counts, tags, fields and the date', () => {
    const markdown = exportMarkdown(report, REPORT_LABELS.pl)
    expect(markdown.startsWith('# Transfer: Żyrardów — Brașov\n\n20 listopada 2026 · Łódź\n')).toBe(true)
    expect(markdown).toContain('Głosowanie: 3 kropki na osobę w każdej praktyce, najwyżej 2 na kartę.')
    expect(markdown).toContain('Prezentuje: Primăria Brașov')
    expect(markdown.match(/^### Kluczowe aspekty$/gm)).toHaveLength(2)
    expect(markdown).toContain('### Kroki transferu')
    expect(markdown).toContain('(brak kart)')
    expect(markdown).toContain('— Ola Wójcik (Gmina Żyrardów) · 3 głosy')
    expect(markdown).toContain(
      '- **Grupa: Instituții / Instituciones** — 1 głos\n' +
        '  - Universitatea Transilvania  \n    — Ioana Țurcanu (Primăria Brașov)\n' +
        '  - Ayuntamiento  \n    — Juan Núñez (Cabildo de Gran Canaria) · administracja publiczna, lokalny\n',
    )
    expect(markdown).toContain('## Zainteresowanie transferem')
    expect(markdown).toContain('- Energía comunitaria 🌞: Chcemy zaadaptować — ¡Sí! 🌞')
    expect(markdown).toContain(
      '## Plan działania\n\n- Vizită de studiu  \n  Praktyka: Energía comunitaria 🌞 · 1 głos',
    )
    expect(markdown).toContain('  Bariery: Przepisy; ¿financiación?')
    expect(markdown).not.toMatch(/\b(Key aspects|votes?|Owner|Barriers|Transfer interest)\b/)
  })

  it('writes the Markdown report in Spanish and in Italian', () => {
    const spanish = exportMarkdown(report, REPORT_LABELS.es)
    expect(spanish).toContain('20 de noviembre de 2026 · Łódź')
    expect(spanish).toContain('Votación: 3 puntos por persona en cada práctica, como máximo 2 por tarjeta.')
    expect(spanish).toContain('### Pasos para la transferencia')
    expect(spanish).toContain('## Interés en la transferencia')
    expect(spanish).toContain('- Școala verde: Plan de acción — Da, în 2027')
    expect(spanish).toContain('  Responsable: Gmina Żyrardów')
    const italian = exportMarkdown(report, REPORT_LABELS.it)
    expect(italian).toContain('20 novembre 2026 · Łódź')
    expect(italian).toContain('### Aspetti chiave')
    expect(italian).toContain('— Ola Wójcik (Gmina Żyrardów) · 3 voti')
    expect(italian).toContain('## Piano d’azione')
    expect(italian).toContain('  Ostacoli: Przepisy; ¿financiación?')
    expect(exportMarkdown(buildReport({ workshop: new Y.Doc(), boards: {} }), REPORT_LABELS.it)).toContain(
      '(nessuno si è ancora espresso)',
    )
  })

  it('names the CSV columns in the language, the cells unchanged', () => {
    const polish = readBack(exportCsv(report, REPORT_LABELS.pl))
    expect(polish[0]).toEqual([
      'Warsztat',
      'Praktyka',
      'Kolumna',
      'Grupa',
      'Treść',
      'Autor',
      'Organizacja',
      'Kolor',
      'Głosy',
      'Głosy grupy',
      'Utworzono',
      'Odpowiedzialny',
      'Termin',
      'Zasoby',
      'Bariery',
      'Typ interesariusza',
      'Szczebel interesariusza',
    ])
    expect(polish.slice(1)).toEqual(readBack(exportCsv(report)).slice(1))
    const spanish = readBack(exportCsv(report, REPORT_LABELS.es))
    expect(spanish[0]?.slice(0, 5)).toEqual(['Taller', 'Práctica', 'Columna', 'Grupo', 'Texto'])
    expect(spanish[0]?.at(-1)).toBe('Nivel de parte interesada')
  })
})
