import { CsvError, parse } from 'csv-parse/sync'
import type { PracticeListColumn, PracticeListProblem } from '../shared/apiErrors'
import { LIMITS } from '../shared/schema'
import type { PracticeInput } from '../shared/workshopOperations'

/**
 * The day-one practice list as a spreadsheet exports it: one practice per row, columns found by their
 * header (in any of the app's seven languages, any case, accents optional). Spreadsheets set to Polish or Spanish
 * export `;` instead of `,`, and some put a byte-order mark first; both are taken as they come.
 *
 * Everything is checked before anything is added: a file with a problem adds nothing, and the error names
 * every row at fault (by its spreadsheet row number, the header being row 1). A value longer than the
 * app allows is such a problem, not cut short silently: the facilitator decides what to shorten.
 *
 * Node-only (csv-parse's parser works on Buffers), so it lives on the server.
 */

export const MAX_CSV_PRACTICES = 200

/** Problems named one by one; the rest are counted. A file of 350,000 bad rows needs no 350,000-line answer. */
export const MAX_CSV_PROBLEMS_LISTED = 20

/**
 * The file's problems, each as data (the app says it in the facilitator's language) and, as the error's
 * message, in English for scripts.
 */
export class PracticeCsvError extends Error {
  constructor(readonly problems: readonly PracticeListProblem[]) {
    super(problems.map(describePracticeListProblem).join('; '))
  }
}

/** A problem in English, as the API's `error` gives it. */
export function describePracticeListProblem(problem: PracticeListProblem): string {
  switch (problem.problem) {
    case 'notUtf8':
      return 'the file is not UTF-8 text; save it as "CSV UTF-8" (in Excel: File → Save As → CSV UTF-8) and import it again'
    case 'empty':
      return 'the file is empty'
    case 'notCsv':
      return `the file is not valid CSV near line ${problem.line} (check its quotation marks)`
    case 'noTitleColumn':
      return `the first row must name the columns; no title column found (expected: ${describeColumns()})`
    case 'noPractices':
      return 'the file has a header row but no practices'
    case 'noTitle':
      return `row ${problem.row} has no title`
    case 'tooLong':
      return `row ${problem.row}: the ${problem.column} is ${problem.length} characters long; at most ${problem.max} fit`
    case 'tooManyPractices':
      return `the file has ${problem.count} practices; at most ${problem.max} can be imported at once`
    case 'moreProblems':
      return `and ${problem.count} more ${problem.count === 1 ? 'problem' : 'problems'}`
  }
}

type Column = keyof PracticeInput & PracticeListColumn

/** Header names per column, written as `headerKey` reduces them (lower case, no accents). */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  title: [
    'title',
    'practice',
    'name',
    'practice title',
    'tytul',
    'praktyka',
    'nazwa',
    'titulo',
    'practica',
    'nombre',
    'titolo',
    'pratica',
    'nome',
    'titre',
    'pratique',
    'nom',
    'titlu',
    'nume',
    'nosaukums',
    'prakse',
  ],
  organisation: [
    'organisation',
    'organization',
    'region',
    'partner',
    'organizacja',
    'organizacion',
    'socio',
    'organizzazione',
    'regione',
    'partenaire',
    'organizatie',
    'regiune',
    'partener',
    'organizacija',
    'regions',
    'partneris',
  ],
  description: ['description', 'opis', 'descripcion', 'descrizione', 'descriere', 'apraksts'],
}

const MAX_LENGTH: Record<Column, number> = {
  title: LIMITS.title,
  organisation: LIMITS.organisation,
  description: LIMITS.description,
}

/** "Tytuł", " TÍTULO " and "titulo" are one header: accents and case dropped, spaces collapsed. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** The delimiter of the header line: whichever of `;`, `,` and tab it has most of (outside quotes). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ])
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best = ','
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter
  return best
}

/**
 * The file's text, which must be UTF-8: Excel's plain "CSV" is saved in the computer's code page (cp1250
 * in Poland, cp1252 in Spain), whose letters would otherwise arrive as U+FFFD and end up on the boards.
 */
export function decodePracticeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PracticeCsvError([{ problem: 'notUtf8' }])
  }
}

function describeColumns(): string {
  return 'title (or practice, name), organisation (or organization, region, partner), description'
}

/** The practices of a CSV file, in file order; throws a PracticeCsvError listing every problem. */
export function parsePracticeCsv(input: string): PracticeInput[] {
  const text = input.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new PracticeCsvError([{ problem: 'empty' }])
  let rows: string[][]
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    })
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1
      throw new PracticeCsvError([{ problem: 'notCsv', line }])
    }
    throw error
  }
  const [header = [], ...records] = rows
  const columnIndex: Partial<Record<Column, number>> = {}
  header.forEach((name, index) => {
    const key = headerKey(name)
    for (const column of Object.keys(HEADER_ALIASES) as Column[]) {
      // The first matching column wins: "Organisation" and "Region" side by side keep the organisation.
      if (columnIndex[column] === undefined && HEADER_ALIASES[column].includes(key))
        columnIndex[column] = index
    }
  })
  if (columnIndex.title === undefined) {
    throw new PracticeCsvError([{ problem: 'noTitleColumn' }])
  }

  const practices: PracticeInput[] = []
  const problems: PracticeListProblem[] = []
  records.forEach((record, index) => {
    const row = index + 2 // spreadsheet numbering: the header is row 1
    if (record.every((value) => value.trim() === '')) return
    const value = (column: Column) => {
      const at = columnIndex[column]
      return at === undefined ? '' : (record[at] ?? '').trim()
    }
    const practice: PracticeInput = {
      title: value('title'),
      organisation: value('organisation'),
      description: value('description'),
    }
    if (practice.title === '') problems.push({ problem: 'noTitle', row })
    for (const column of Object.keys(MAX_LENGTH) as Column[]) {
      // Counted as the app counts (UTF-16 units), so what passes here is never cut by addPractice.
      const length = practice[column].length
      if (length > MAX_LENGTH[column]) {
        problems.push({ problem: 'tooLong', row, column, length, max: MAX_LENGTH[column] })
      }
    }
    practices.push(practice)
  })
  if (practices.length === 0 && problems.length === 0) {
    problems.push({ problem: 'noPractices' })
  }
  if (practices.length > MAX_CSV_PRACTICES) {
    // First, so the cut below never hides it.
    problems.unshift({ problem: 'tooManyPractices', count: practices.length, max: MAX_CSV_PRACTICES })
  }
  if (problems.length > MAX_CSV_PROBLEMS_LISTED) {
    const more = problems.length - MAX_CSV_PROBLEMS_LISTED
    throw new PracticeCsvError([
      ...problems.slice(0, MAX_CSV_PROBLEMS_LISTED),
      { problem: 'moreProblems', count: more },
    ])
  }
  if (problems.length > 0) throw new PracticeCsvError(problems)
  return practices
}
