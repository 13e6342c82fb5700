import { describe, expect, it } from 'vitest'
import english, { en } from '../../client/i18n/en'
import { LOCALES } from '../../client/i18n/index'
import { formatIsoDate, formatRelativeTime, joinNames, plural } from '../../client/i18n/locale'
import polish from '../../client/i18n/pl'

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

describe('language files', () => {
  it('offers English first, then the other languages', () => {
    expect(LOCALES.map((locale) => locale.code)).toEqual(['en', 'pl'])
  })

  const english = leaves(en)

  it.each(LOCALES.map((locale) => [locale.code, locale] as const))(
    '%s has exactly the keys of English, each of the same kind',
    (_code, locale) => {
      const own = leaves(locale.messages)
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort())
      for (const [path, kind] of english) expect({ path, kind: own.get(path) }).toEqual({ path, kind })
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
    '%s has no empty message',
    (_code, locale) => {
      for (const [path, kind] of leaves(locale.messages)) {
        if (kind !== 'string') continue
        const text = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], locale.messages)
        expect({ path, empty: String(text).trim() === '' }).toEqual({ path, empty: false })
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
    expect(plural('pl', 2, { other: '# x' })).toBe('2 x')
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
