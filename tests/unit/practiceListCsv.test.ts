import { describe, expect, it } from 'vitest'
import {
  decodePracticeCsv,
  describePracticeListProblem,
  detectDelimiter,
  MAX_CSV_PRACTICES,
  MAX_CSV_PROBLEMS_LISTED,
  PracticeCsvError,
  parsePracticeCsv,
} from '../../server/practiceListCsv'
import { LIMITS } from '../../shared/schema'

function problemsOf(csv: string): readonly string[] {
  try {
    parsePracticeCsv(csv)
  } catch (error) {
    if (error instanceof PracticeCsvError) return error.problems.map(describePracticeListProblem)
    throw error
  }
  throw new Error('expected the file to be refused')
}

describe('parsePracticeCsv', () => {
  it('reads one practice per row by header name, in file order', () => {
    expect(
      parsePracticeCsv(
        'Title,Organisation,Description\nBike lanes,Brașov,Safer routes\nFlat for renovation,Żyrardów,\n',
      ),
    ).toEqual([
      { title: 'Bike lanes', organisation: 'Brașov', description: 'Safer routes' },
      { title: 'Flat for renovation', organisation: 'Żyrardów', description: '' },
    ])
  })

  it('takes a Polish spreadsheet export: byte-order mark, semicolons, Polish headers, diacritics', () => {
    const csv =
      '\uFEFFTytuł;Organizacja;Opis\r\nMieszkanie za remont;Gmina Żyrardów;Zażółć gęślą jaźń ąęłńóśźż\r\n'
    expect(parsePracticeCsv(csv)).toEqual([
      {
        title: 'Mieszkanie za remont',
        organisation: 'Gmina Żyrardów',
        description: 'Zażółć gęślą jaźń ąęłńóśźż',
      },
    ])
  })

  it('takes Spanish and Romanian text, header aliases and columns in any order', () => {
    const csv =
      'descripción;REGIÓN;Título;notes\nPlan de acción;Gran Canaria;Año nuevo ñandú;x\nȘcoala și țara;Brașov;Școli;y\n'
    expect(parsePracticeCsv(csv)).toEqual([
      { title: 'Año nuevo ñandú', organisation: 'Gran Canaria', description: 'Plan de acción' },
      { title: 'Școli', organisation: 'Brașov', description: 'Școala și țara' },
    ])
    expect(parsePracticeCsv('Practice,Partner\nA,B\n')).toEqual([
      { title: 'A', organisation: 'B', description: '' },
    ])
    expect(parsePracticeCsv('name,organization\nA,B\n')[0]).toMatchObject({ organisation: 'B' })
  })

  it('finds the columns by their Italian, French, Romanian and Latvian headers too', () => {
    const expected = [{ title: 'A', organisation: 'B', description: 'C' }]
    expect(parsePracticeCsv('Titolo;Organizzazione;Descrizione\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Pratica;Regione;Descrizione\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Titre;Partenaire;Description\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Pratique;Région;Description\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Titlu;Organizație;Descriere\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Practică;Regiune;Descriere\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Nosaukums;Organizācija;Apraksts\nA;B;C\n')).toEqual(expected)
    expect(parsePracticeCsv('Prakse;Reģions;Apraksts\nA;B;C\n')).toEqual(expected)
  })

  it('keeps line breaks inside quoted values, and quoted delimiters', () => {
    const csv = 'title,description\n"Bikes, shared","Line one\nline two ""quoted"""\n'
    expect(parsePracticeCsv(csv)).toEqual([
      { title: 'Bikes, shared', organisation: '', description: 'Line one\nline two "quoted"' },
    ])
  })

  it('skips empty rows but names a row without a title by its spreadsheet row number', () => {
    expect(parsePracticeCsv('title;organisation\n\nA;X\n;\n')).toHaveLength(1)
    expect(problemsOf('title,organisation\nA,X\n,Y\nB,Z\n,W\n')).toEqual([
      'row 3 has no title',
      'row 5 has no title',
    ])
  })

  it('refuses a value too long to fit rather than cutting it, naming the row', () => {
    const long = 'x'.repeat(LIMITS.title + 1)
    expect(problemsOf(`title\nok\n${long}\n`)).toEqual([
      `row 3: the title is ${LIMITS.title + 1} characters long; at most ${LIMITS.title} fit`,
    ])
  })

  it(`names the first ${MAX_CSV_PROBLEMS_LISTED} problems and counts the rest`, () => {
    // Up to 1 MB of ",a" rows: 300,000 rows without a title.
    const problems = problemsOf(`title,organisation\n${',a\n'.repeat(300_000)}`)
    expect(problems).toHaveLength(MAX_CSV_PROBLEMS_LISTED + 1)
    expect(problems[0]).toBe(
      `the file has 300000 practices; at most ${MAX_CSV_PRACTICES} can be imported at once`,
    )
    expect(problems[1]).toBe('row 2 has no title')
    expect(problems.at(-1)).toBe(`and ${300_001 - MAX_CSV_PROBLEMS_LISTED} more problems`)
    // Exactly the limit: all of them, nothing counted.
    const twenty = problemsOf(`title,organisation\n${',a\n'.repeat(MAX_CSV_PROBLEMS_LISTED)}`)
    expect(twenty).toHaveLength(MAX_CSV_PROBLEMS_LISTED)
    expect(twenty.at(-1)).toBe(`row ${MAX_CSV_PROBLEMS_LISTED + 1} has no title`)
  })

  it('refuses a file without a title column, an empty file and broken quoting', () => {
    expect(problemsOf('organisation,description\nA,B\n')[0]).toMatch(/no title column/)
    expect(problemsOf('\uFEFF  \n')).toEqual(['the file is empty'])
    expect(problemsOf('title\n"unclosed\n')).toEqual([
      'the file is not valid CSV near line 2 (check its quotation marks)',
    ])
    expect(problemsOf('title\n')).toEqual(['the file has a header row but no practices'])
  })
})

describe('detectDelimiter', () => {
  it('picks what the header line uses most, ignoring quoted text and later lines', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';')
    expect(detectDelimiter('"a;b",c\n')).toBe(',')
    expect(detectDelimiter('a\tb')).toBe('\t')
    expect(detectDelimiter('title')).toBe(',')
  })
})

describe('decodePracticeCsv', () => {
  it('takes UTF-8 as it is, and refuses Excel’s code-page CSV (cp1250) instead of turning letters into �', () => {
    expect(decodePracticeCsv(Buffer.from('Tytuł;Organizacja\nMieszkanie;Żyrardów\n', 'utf8'))).toBe(
      'Tytuł;Organizacja\nMieszkanie;Żyrardów\n',
    )
    // "Tytuł;…Żyrardów" as Excel saves it on a Polish Windows: ł = B3, Ż = AF, ó = F3.
    const cp1250 = Buffer.from('Tytu\xb3;Organizacja\r\nMieszkanie;\xafyrard\xf3w\r\n', 'latin1')
    expect(() => decodePracticeCsv(cp1250)).toThrow(PracticeCsvError)
    expect(() => decodePracticeCsv(cp1250)).toThrow(/CSV UTF-8/)
  })
})
