import { describe, expect, it } from 'vitest'
import { readRefusal } from '../../client/api'
import { apiErrorMessage, practiceListProblemMessage, refusalMessage } from '../../client/apiErrorMessages'
import { en } from '../../client/i18n/en'
import { LANGUAGES, loadLocale } from '../../client/i18n/index'
import polish from '../../client/i18n/pl'
import { API_ERROR_CODES, type PracticeListProblem, readPracticeListProblem } from '../../shared/apiErrors'

const PROBLEMS: PracticeListProblem[] = [
  { problem: 'notUtf8' },
  { problem: 'empty' },
  { problem: 'notCsv', line: 4 },
  { problem: 'noTitleColumn' },
  { problem: 'noPractices' },
  { problem: 'noTitle', row: 3 },
  { problem: 'tooLong', row: 5, column: 'title', length: 250, max: 200 },
  { problem: 'tooLong', row: 5, column: 'organisation', length: 202, max: 200 },
  { problem: 'tooLong', row: 6, column: 'description', length: 2001, max: 2000 },
  { problem: 'tooManyPractices', count: 202, max: 200 },
  { problem: 'moreProblems', count: 22 },
]

describe('the server’s refusal codes, in every language', () => {
  it.each(LANGUAGES.map((language) => [language.code] as const))(
    '%s has a message for every code and every problem of a practice list',
    async (code) => {
      const { messages } = await loadLocale(code)
      for (const errorCode of API_ERROR_CODES) {
        const text = apiErrorMessage(messages, errorCode)
        expect({ errorCode, empty: text.trim() === '' }).toEqual({ errorCode, empty: false })
      }
      const texts = PROBLEMS.map((problem) => practiceListProblemMessage(messages, problem))
      for (const text of texts) expect(text).not.toMatch(/undefined|NaN|#|^\s*$/)
      // Each problem reads differently: none falls back to another's sentence.
      expect(new Set(texts).size).toBe(texts.length)
    },
  )

  it('says in English and in Polish which rows are wrong', () => {
    const english = PROBLEMS.map((problem) => practiceListProblemMessage(en, problem))
    expect(english).toContain('Row 3 has no title.')
    expect(english).toContain('Row 5: the title has 250 characters; at most 200 fit.')
    expect(english).toContain('The file has 202 practices; at most 200 can be imported at once.')
    expect(english).toContain('…and 22 more problems.')
    const t = polish.messages
    expect(practiceListProblemMessage(t, { problem: 'noTitle', row: 3 })).toBe('Wiersz 3 nie ma tytułu.')
    expect(
      practiceListProblemMessage(t, { problem: 'tooLong', row: 5, column: 'title', length: 202, max: 200 }),
    ).toBe('Wiersz 5: tytuł ma 202 znaki, a mieści się najwyżej 200.')
    expect(
      practiceListProblemMessage(t, {
        problem: 'tooLong',
        row: 5,
        column: 'description',
        length: 2005,
        max: 2000,
      }),
    ).toBe('Wiersz 5: opis ma 2005 znaków, a mieści się najwyżej 2000.')
    expect(practiceListProblemMessage(t, { problem: 'moreProblems', count: 22 })).toBe(
      '…i jeszcze 22 problemy.',
    )
  })

  it('prefers the server’s code, and falls back on what failed', () => {
    expect(refusalMessage(en, { failure: 'notFound', code: 'snapshotNotFound' })).toBe(en.history.notFound)
    expect(refusalMessage(en, { failure: 'server', code: 'deleteFailed' })).toBe(en.lifecycle.deleteFailed)
    expect(refusalMessage(en, { failure: 'forbidden', code: 'linkInvalid' })).toBe(
      'This link is no longer valid. Ask the facilitator for the new one.',
    )
    expect(refusalMessage(en, { failure: 'offline' })).toBe(en.errors.offline)
    expect(refusalMessage(polish.messages, { failure: 'rateLimited', code: 'rateLimited' })).toBe(
      polish.messages.access.rateLimitedText,
    )
  })
})

describe('reading a refusal', () => {
  const answer = (status: number, body: unknown) =>
    readRefusal(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }))

  it('takes the code and the problems the server gives', async () => {
    expect(
      await answer(400, {
        error: 'row 3 has no title',
        code: 'practiceListInvalid',
        problems: [{ problem: 'noTitle', row: 3 }],
      }),
    ).toEqual({ failure: 'invalid', code: 'practiceListInvalid', problems: [{ problem: 'noTitle', row: 3 }] })
  })

  it('keeps only what it can trust from a body it does not know', async () => {
    expect(await answer(502, '<html>Bad gateway</html>')).toEqual({ failure: 'server' })
    expect(await answer(403, { error: 'x', code: '__proto__' })).toEqual({ failure: 'forbidden' })
    expect(await answer(404, { error: 'x', code: 'toString' })).toEqual({ failure: 'notFound' })
    expect(await answer(400, JSON.parse('{"__proto__": {"code": "internal"}, "problems": 7}'))).toEqual({
      failure: 'invalid',
    })
    expect(
      await answer(400, {
        code: 'practiceListInvalid',
        problems: [
          { problem: 'noTitle', row: -1 },
          { problem: 'tooLong', row: 2, column: 'constructor' },
          null,
          'x',
        ],
      }),
    ).toEqual({ failure: 'invalid', code: 'practiceListInvalid' })
  })

  it('reads each problem field by field', () => {
    expect(readPracticeListProblem({ problem: 'notCsv', line: 2 })).toEqual({ problem: 'notCsv', line: 2 })
    expect(readPracticeListProblem({ problem: 'notCsv' })).toBeNull()
    expect(readPracticeListProblem({ problem: 'noTitle', row: 1.5 })).toBeNull()
    expect(readPracticeListProblem({ problem: 'tooManyPractices', count: 300, max: '200' })).toBeNull()
    expect(readPracticeListProblem(Object.create({ problem: 'empty' }))).toBeNull()
    expect(readPracticeListProblem({ problem: 'hasOwnProperty' })).toBeNull()
  })
})
