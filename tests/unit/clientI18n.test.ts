import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import english, { en } from '../../client/i18n/en'
import spanish from '../../client/i18n/es'
import {
  availableLanguage,
  LANGUAGES,
  loadLocale,
  preferredLanguage,
  UNLISTED_LANGUAGE_FILES,
} from '../../client/i18n/index'
import italian from '../../client/i18n/it'
import { formatIsoDate, formatRelativeTime, joinNames, type Locale, plural } from '../../client/i18n/locale'
import polish from '../../client/i18n/pl'
import { LANGUAGE_CODES, LANGUAGE_NAMES } from '../../shared/languages'
import type { RequiredPluralForms } from '../../shared/plural'

/** Every leaf of a messages object: its path, and whether it is a string or a function of n arguments. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>()
  if (typeof value === 'string') found.set(path, 'string')
  else if (typeof value === 'function') found.set(path, `function/${value.length}`)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, kind] of leaves(child, path ? `${path}.${key}` : key)) found.set(childPath, kind)
    }
  } else found.set(path, typeof value)
  return found
}

function at(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages)
}

/** The language files in client/i18n, by code: every file but the loader, the shared types and grammar. */
const NOT_LANGUAGES = new Set(['index.ts', 'locale.ts', 'wording.ts'])
const FILES = readdirSync(join(import.meta.dirname, '../../client/i18n'))
  .filter((file) => file.endsWith('.ts') && !NOT_LANGUAGES.has(file))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort()

/** Every language file, loaded as the app loads it (English at once, the others as chunks). */
const LOCALES: readonly Locale[] = await Promise.all(LANGUAGES.map((language) => loadLocale(language.code)))

/**
 * Arguments for a message function, by the names of English's parameters: counts and positions are
 * numbers, `names`/`types` lists, `changes` the history's counts; anything else is a piece of text.
 */
function sampleArguments(fn: (...args: never[]) => unknown, count: number): unknown[] {
  const source = fn.toString()
  const parameters = (/^\(?([^)=]*)\)?\s*=>/.exec(source)?.[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  return parameters.map((name) => {
    if (name === 'names' || name === 'types') return ['Ana', 'Jan']
    if (name === 'changes') return { added: count, removed: count, moved: count, edited: count }
    if (name === 'timestamp') return Date.UTC(2024, 3, 10, 9, 30)
    if (
      /count|left|budget|index|minutes|dots|maxPerCard|done|total|hands|position|^row$|^line$|^length$|^max$/i.test(
        name,
      )
    )
      return count
    return 'Huecos Urbanos'
  })
}

describe('language files', () => {
  it('offers every language that has a file, English first, each under its own name', () => {
    expect(FILES.every((code) => (LANGUAGE_CODES as readonly string[]).includes(code))).toBe(true)
    expect(UNLISTED_LANGUAGE_FILES).toEqual([])
    expect(LANGUAGES.map((language) => language.code).sort()).toEqual(FILES)
    expect(LANGUAGES[0]?.code).toBe('en')
    for (const [index, locale] of LOCALES.entries()) {
      const language = LANGUAGES[index]
      expect({ code: locale.code, name: locale.name }).toEqual({
        code: language?.code,
        name: language ? LANGUAGE_NAMES[language.code] : '',
      })
    }
  })

  const englishLeaves = leaves(en)

  it.each(LOCALES.map((locale) => [locale.code, locale] as const))(
    '%s has exactly the keys of English, each of the same kind',
    (_code, locale) => {
      const own = leaves(locale.messages)
      expect([...own.keys()].sort()).toEqual([...englishLeaves.keys()].sort())
      for (const [path, kind] of englishLeaves) expect({ path, kind: own.get(path) }).toEqual({ path, kind })
    },
  )

  it.each(LOCALES.map((locale) => [locale.code, locale] as const))(
    '%s has valid language tags',
    (_code, locale) => {
      expect(Intl.getCanonicalLocales(locale.code)).toHaveLength(1)
      if (locale.formats !== undefined) {
        expect(Intl.getCanonicalLocales(locale.formats)).toHaveLength(1)
        expect(locale.formats.split('-')[0]).toBe(locale.code.split('-')[0])
      }
    },
  )

  it.each(LOCALES.map((locale) => [locale.code, locale] as const))(
    '%s has no empty message, and every sentence it builds is whole',
    (_code, locale) => {
      for (const [path, kind] of englishLeaves) {
        const own = at(locale.messages, path)
        if (kind === 'string') {
          expect({ path, empty: String(own).trim() === '' }).toEqual({ path, empty: false })
          continue
        }
        const sample = at(en, path) as (...args: never[]) => unknown
        for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 102, 1500]) {
          const text = (own as (...args: unknown[]) => unknown)(...sampleArguments(sample, count))
          const broken =
            typeof text !== 'string' || text.trim() === '' || /undefined|NaN|\[object|#/.test(text)
          expect({ path, count, text, broken }).toEqual({ path, count, text, broken: false })
        }
      }
    },
  )

  it('fills names into sentences whole', () => {
    expect(en.cards.editing(['Ana'])).toBe('Ana is editing')
    expect(en.cards.editing(['Ana', 'Juan'])).toBe('Ana and Juan are editing')
    // British English, as the texts are written: no serial comma.
    expect(en.cards.editing(['Ana', 'Juan', 'Ewa'])).toBe('Ana, Juan and Ewa are editing')
    expect(polish.messages.cards.editing(['Ana'])).toBe('Ana edytuje')
    expect(polish.messages.cards.editing(['Ana', 'Juan', 'Ewa'])).toBe('Ana, Juan i Ewa edytują')
    expect(joinNames('pl', ['Ana', 'Juan'])).toBe('Ana i Juan')
  })

  it('says which card your dots are on, whatever the card says', () => {
    expect(en.voting.yourDots(2, 'Tenants renovate')).toBe('You put 2 dots on “Tenants renovate”')
    expect(en.voting.yourDots(1, 'Plot #3')).toBe('You put 1 dot on “Plot #3”')
    expect(polish.messages.voting.yourDots(0, 'Działka #3')).toBe('0 Twoich kropek na karcie „Działka #3”')
    expect(polish.messages.voting.yourDots(2, 'Umowa')).toBe('2 Twoje kropki na karcie „Umowa”')
  })
})

describe('choosing the language', () => {
  it('takes the choice kept on the device, else the browser’s first language we have, else English', () => {
    expect(preferredLanguage('pl', ['en-GB'])).toBe('pl')
    expect(preferredLanguage(null, ['pl-PL', 'en'])).toBe('pl')
    expect(preferredLanguage(null, ['de-DE', 'pl'])).toBe('pl')
    expect(preferredLanguage(null, ['de-DE', 'ja'])).toBe('en')
    expect(preferredLanguage(null, ['es-ES', 'es', 'en'])).toBe('es')
    expect(preferredLanguage(null, ['it-CH', 'de-CH'])).toBe('it')
    expect(preferredLanguage('it', ['es-ES'])).toBe('it')
    expect(preferredLanguage(null, [])).toBe('en')
    // A kept value that is no language of ours (an old build's, or tampered with) is ignored.
    expect(preferredLanguage('xx', ['pl'])).toBe('pl')
    expect(preferredLanguage('__proto__', [])).toBe('en')
  })

  it('reads any form of a tag, and nothing else', () => {
    expect(availableLanguage('PL')).toBe('pl')
    expect(availableLanguage('pl_PL')).toBe('pl')
    expect(availableLanguage('en-US')).toBe('en')
    for (const tag of ['', 'p', 'polski', 'constructor', 'toString', null, undefined]) {
      expect(availableLanguage(tag)).toBeNull()
    }
  })
})

describe('plural', () => {
  const cards = { one: '# karta', few: '# karty', many: '# kart', other: '# karty' }

  it.each([
    [0, '0 kart'],
    [1, '1 karta'],
    [2, '2 karty'],
    [4, '4 karty'],
    [5, '5 kart'],
    [11, '11 kart'],
    [12, '12 kart'],
    [21, '21 kart'],
    [22, '22 karty'],
    [25, '25 kart'],
    [102, '102 karty'],
    [112, '112 kart'],
  ])('Polish: %i → %s', (count, text) => {
    expect(plural('pl', count, cards)).toBe(text)
    expect(polish.messages.cards.count(count)).toBe(text)
  })

  it('formats the count in the language’s own way and falls back to `other`', () => {
    expect(plural('pl', 1500, cards)).toBe('1500 kart')
    expect(plural('en', 1500, { one: '# card', other: '# cards' })).toBe('1,500 cards')
    const unlisted: string = 'pl'
    expect(plural(unlisted, 2, { other: '# x' })).toBe('2 x')
    expect(en.cards.count(1)).toBe('1 card')
    expect(en.cards.count(0)).toBe('0 cards')
  })

  it('writes a count below 1,000 as Intl.NumberFormat would, without building one', () => {
    for (const code of ['en', 'en-GB', 'pl']) {
      const numbers = new Intl.NumberFormat(code)
      for (const count of [0, 1, 2, 7, 22, 250, 999, -5, 2.5]) {
        expect(plural(code, count, { other: '#' })).toBe(numbers.format(count))
      }
    }
  })

  it('uses the Polish forms for people and practices too', () => {
    expect([1, 2, 5, 22, 25].map((count) => polish.messages.presence.summary(count))).toEqual([
      '1 osoba obecna',
      '2 osoby obecne',
      '5 osób obecnych',
      '22 osoby obecne',
      '25 osób obecnych',
    ])
    expect([1, 3, 7].map((count) => polish.messages.practices.count(count))).toEqual([
      '1 praktyka',
      '3 praktyki',
      '7 praktyk',
    ])
  })
})

describe('the plural forms each language must give', () => {
  const REQUIRED: { [Code in keyof RequiredPluralForms]: readonly RequiredPluralForms[Code][] } = {
    en: ['one'],
    'en-GB': ['one'],
    es: ['one'],
    fr: ['one'],
    it: ['one'],
    lv: ['zero', 'one'],
    pl: ['one', 'few', 'many'],
    ro: ['one', 'few'],
  }

  it.each(Object.entries(REQUIRED))(
    '%s: every whole count up to 10,000 falls in a form its files give',
    (code, forms) => {
      const rules = new Intl.PluralRules(code)
      const used = new Set<string>()
      for (let count = 0; count <= 10_000; count++) used.add(rules.select(count))
      // Millions are `many` in Spanish, Italian and French; `other` reads right for them.
      used.delete('other')
      expect([...used].sort()).toEqual([...forms].sort())
    },
  )
})

describe('Polish sentences about counts', () => {
  it('makes the verb agree with the dots left and the noun with the budget', () => {
    const left = polish.messages.voting.left
    expect(left(5, 5)).toBe('Zostało 5 z 5 kropek')
    expect(left(3, 5)).toBe('Zostały 3 z 5 kropek')
    expect(left(1, 5)).toBe('Została 1 z 5 kropek')
    expect(left(0, 5)).toBe('Zostało 0 z 5 kropek')
    expect(left(1, 1)).toBe('Została 1 z 1 kropki')
    expect(left(2, 2)).toBe('Zostały 2 z 2 kropek')
    expect(en.voting.left(1, 1)).toBe('1 of 1 dot left')
    expect(en.voting.left(3, 5)).toBe('3 of 5 dots left')
  })
})

describe('formatIsoDate', () => {
  it('writes a calendar date in the language, on the same day in every time zone', () => {
    expect(formatIsoDate('pl', '2024-04-10')).toBe('10 kwietnia 2024')
    expect(formatIsoDate(english.formats ?? english.code, '2024-04-10')).toBe('10 April 2024')
    expect(formatIsoDate('pl', '2024-01-01')).toBe('1 stycznia 2024')
  })

  it('leaves anything that is not a real yyyy-mm-dd date as written', () => {
    for (const value of ['', 'soon', '2024-4-10', '2024-02-31', '2024-13-01']) {
      expect(formatIsoDate('en', value)).toBe(value)
    }
  })
})

describe('formatRelativeTime', () => {
  const now = Date.UTC(2024, 3, 10, 12, 0, 0)
  const minute = 60_000

  it.each([
    [now - 20_000, 'this minute'],
    [now - 5 * minute, '5 minutes ago'],
    [now - 59.7 * minute, '1 hour ago'],
    [now - 3 * 60 * minute, '3 hours ago'],
    [now - 24 * 60 * minute, 'yesterday'],
    [now - 3 * 24 * 60 * minute, '3 days ago'],
  ])('English: %i → %s', (timestamp, text) => {
    expect(formatRelativeTime('en', timestamp, now)).toBe(text)
  })

  it('speaks Polish', () => {
    expect(formatRelativeTime('pl', now - 24 * 60 * minute, now)).toBe('wczoraj')
    expect(formatRelativeTime('pl', now - 5 * minute, now)).toBe('5 minut temu')
  })
})

describe('Spanish and Italian sentences', () => {
  const es = spanish.messages
  const it_ = italian.messages

  it('count in the language’s forms and make the verb agree', () => {
    expect([0, 1, 2].map((count) => es.cards.count(count))).toEqual(['0 tarjetas', '1 tarjeta', '2 tarjetas'])
    expect([0, 1, 2].map((count) => it_.cards.count(count))).toEqual(['0 schede', '1 scheda', '2 schede'])
    expect(es.voting.left(1, 5)).toBe('Te queda 1 de 5 puntos')
    expect(es.voting.left(3, 5)).toBe('Te quedan 3 de 5 puntos')
    expect(es.voting.left(1, 1)).toBe('Te queda 1 de 1 punto')
    expect(it_.voting.left(1, 5)).toBe('Ti resta 1 punto su 5')
    expect(it_.voting.left(0, 5)).toBe('Ti restano 0 punti su 5')
    expect(es.cards.editing(['Ana', 'Juan'])).toBe('Ana y Juan están editando')
    expect(it_.cards.editing(['Ana'])).toBe('Ana sta modificando')
    expect(it_.cards.editing(['Ana', 'Luca', 'Giulia'])).toBe('Ana, Luca e Giulia stanno modificando')
  })

  it('write dates the language’s way', () => {
    expect(formatIsoDate('es', '2024-04-10')).toBe('10 de abril de 2024')
    expect(formatIsoDate('it', '2024-04-10')).toBe('10 aprile 2024')
  })

  it('use the glossary’s words for the lanes and the interest levels', () => {
    expect(Object.values(es.lanes).map((lane) => lane.title)).toEqual([
      'Aspectos clave',
      'Partes interesadas',
      'Beneficios',
      'Pasos para la transferencia',
    ])
    expect(Object.values(it_.lanes).map((lane) => lane.title)).toEqual([
      'Aspetti chiave',
      'Stakeholder',
      'Benefici',
      'Passi per il trasferimento',
    ])
    expect([es.interest.levels.curious, es.interest.levels.wantToAdapt]).toEqual([
      'Nos interesa',
      'Queremos adaptarla',
    ])
    expect([it_.interest.levels.curious, it_.interest.levels.wantToAdapt]).toEqual([
      'Ci interessa',
      'Vogliamo adattarla',
    ])
  })
})
