import { describe, expect, it, vi } from 'vitest'
import english, { en } from '../../client/i18n/en'
import french from '../../client/i18n/fr'
import type { Locale, PluralForms } from '../../client/i18n/locale'
import latvian from '../../client/i18n/lv'
import romanian from '../../client/i18n/ro'

/**
 * The translated language files, checked as a reader would check them: nothing missing or empty, every
 * sentence built whole with its arguments in it, counts in the language's own plural forms, and the
 * language's own punctuation. (clientI18n.test.ts covers the helpers in locale.ts.)
 */

// Every plural() and joinNames() call is recorded on its way to the real helper, so a test can see which
// language's rules a file asked for and which forms it gave: plural() quietly falls back to `other`, so a
// missing Romanian `few` would otherwise only show as "2 de carduri" on someone's screen.
const calls = vi.hoisted(() => ({
  plural: [] as { code: string; forms: PluralForms }[],
  lists: [] as string[],
}))
vi.mock('../../client/i18n/locale', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../client/i18n/locale')>()
  return {
    ...original,
    plural(code: string, count: number, forms: PluralForms) {
      calls.plural.push({ code, forms })
      return original.plural(code, count, forms)
    },
    joinNames(code: string, names: readonly string[]) {
      calls.lists.push(code)
      return original.joinNames(code, names)
    },
  }
})

const LANGUAGES: readonly Locale[] = [french, romanian, latvian]

/** Every leaf of a messages object by its path: a string, or a function of n arguments. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, leaf] of leaves(child, path ? `${path}.${key}` : key)) found.set(childPath, leaf)
    }
  } else found.set(path, value)
  return found
}

function kind(leaf: unknown): string {
  return typeof leaf === 'function' ? `function/${leaf.length}` : typeof leaf
}

/**
 * A sample value for each parameter name the messages use. Numbers differ from one another, so each can be
 * looked for in the sentence; a new parameter name fails the test until it has a sample here.
 */
const SAMPLES = new Map<string, unknown>([
  ['title', 'Huecos Urbanos'],
  ['name', 'Ewa Nowak'],
  ['card', 'Vacant lots'],
  ['excerpt', 'Vacant lots'],
  ['target', 'Rent caps'],
  ['group', 'Funding'],
  ['lane', 'LANE'],
  ['phase', 'PHASE'],
  ['when', 'WHEN'],
  ['date', 'DATE'],
  ['time', '04:30'],
  ['owner', 'Riga City'],
  ['organisation', 'Riga City'],
  ['practice', 'Huecos Urbanos'],
  ['note', 'NOTE'],
  ['text', 'TEXT'],
  ['titles', 'TITLES'],
  ['from', 'FROM'],
  ['to', 'TO'],
  ['names', ['Ana', 'Jānis', 'Élodie']],
  ['types', ['TYPE-A', 'TYPE-B']],
  ['count', 7],
  ['index', 2],
  ['position', 3],
  ['left', 4],
  ['budget', 6],
  ['done', 5],
  ['total', 9],
  ['hands', 8],
  ['dots', 12],
  ['minutes', 15],
  ['maxPerCard', 13],
  ['line', 17],
  ['row', 31],
  ['length', 343],
  ['max', 240],
  ['changes', { added: 21, removed: 22, moved: 23, edited: 24 }],
  ['timestamp', Date.UTC(2024, 3, 10, 12, 30)],
])

/** The parameter names of a message function, from its source: `(count) => …` or `count => …`. */
function parameterNames(message: (...args: never[]) => unknown): string[] {
  const source = message.toString()
  const match = /^\s*\(([^)]*)\)\s*=>/.exec(source) ?? /^\s*([\w$]+)\s*=>/.exec(source)
  if (!match?.[1]) throw new Error(`cannot read the parameters of ${source.slice(0, 60)}`)
  return match[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

/** What each argument puts into the sentence: the strings and numbers a reader must find in it. */
function expectedParts(name: string, value: unknown): string[] {
  if (name === 'timestamp') return [] // formatted into a date: checked below, per language
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'object' && value !== null) return Object.values(value).map(String)
  return [String(value)]
}

interface Sentence {
  path: string
  text: unknown
  missing: string[]
}

/** Every message of a language as a reader sees it: strings as they are, functions called with samples. */
function sentences(locale: Locale, samples: ReadonlyMap<string, unknown> = SAMPLES): Sentence[] {
  const found: Sentence[] = []
  for (const [path, leaf] of leaves(locale.messages)) {
    if (typeof leaf !== 'function') {
      found.push({ path, text: leaf, missing: [] })
      continue
    }
    const names = parameterNames(leaf as (...args: never[]) => unknown)
    const args = names.map((name) => {
      if (!samples.has(name)) throw new Error(`${path}: no sample for the parameter “${name}”`)
      return samples.get(name)
    })
    const text: unknown = leaf(...args)
    const missing = names
      .flatMap((name, i) => expectedParts(name, args[i]))
      .filter((part) => !String(text).includes(part))
    found.push({ path, text, missing })
  }
  return found
}

const englishLeaves = leaves(en)
calls.plural.length = 0
sentences(english)
const englishCounts = calls.plural.length

describe.each(LANGUAGES.map((locale) => [locale.code, locale] as const))('%s', (code, locale) => {
  it('has every key of English, each of the same kind, and no other', () => {
    const own = leaves(locale.messages)
    expect([...own.keys()].sort()).toEqual([...englishLeaves.keys()].sort())
    for (const [path, leaf] of englishLeaves) {
      expect({ path, kind: kind(own.get(path)) }).toEqual({ path, kind: kind(leaf) })
    }
  })

  it('names itself in its own language and uses a valid language tag', () => {
    expect(Intl.getCanonicalLocales(locale.code)).toEqual([code])
    expect(locale.name).not.toBe(new Intl.DisplayNames('en', { type: 'language' }).of(code))
    expect(locale.name.toLowerCase()).toBe(
      new Intl.DisplayNames(code, { type: 'language' }).of(code)?.toLowerCase(),
    )
  })

  it('says something in every message, with every argument in its place', () => {
    for (const { path, text, missing } of sentences(locale)) {
      expect({ path, type: typeof text }).toEqual({ path, type: 'string' })
      const value = String(text)
      expect({ path, empty: value.trim() === '' }).toEqual({ path, empty: false })
      expect({ path, missing }).toEqual({ path, missing: [] })
      // Leftovers of a form or of a value that was not a string.
      expect({ path, leftover: /#|undefined|NaN|\[object|\$\{/.exec(value)?.[0] ?? null }).toEqual({
        path,
        leftover: null,
      })
      expect({ path, spacing: /^\s|\s$|\S {2,}\S/.test(value) }).toEqual({ path, spacing: false })
    }
  })

  it('counts with the plural categories of the language, and lists names in it', () => {
    calls.plural.length = 0
    calls.lists.length = 0
    sentences(locale)
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort()
    // At least every count English makes agree (a translation may need more: "2 supprimées, 1 déplacée").
    expect(calls.plural.length).toBeGreaterThanOrEqual(englishCounts)
    for (const { code: asked, forms } of calls.plural) {
      expect({ asked, forms: Object.keys(forms).sort() }).toEqual({ asked: code, forms: categories })
    }
    expect(calls.lists.length).toBeGreaterThan(0)
    expect(new Set(calls.lists)).toEqual(new Set([code]))
  })

  it('writes snapshot times in the language', () => {
    const when = locale.messages.history.formatTime(Date.UTC(2024, 3, 10, 12, 30))
    expect(when).toBe(
      new Intl.DateTimeFormat(code, { dateStyle: 'medium', timeStyle: 'short' }).format(
        Date.UTC(2024, 3, 10, 12, 30),
      ),
    )
  })
})

/** The messages of a language as plain text: every string, and every function's sentence for the samples. */
function texts(locale: Locale): { path: string; text: string }[] {
  return sentences(locale)
    .filter(({ path }) => path !== 'history.formatTime') // "12:30" is a time, not a sentence
    .map(({ path, text }) => ({ path, text: String(text) }))
}

const NARROW_NBSP = '\u202F'
const NBSP = '\u00A0'

describe('French', () => {
  const t = french.messages

  it('puts 0 and 1 in the singular, and “de” after a million', () => {
    expect([0, 1, 2, 5, 21, 100].map((count) => t.cards.count(count))).toEqual([
      '0 carte',
      '1 carte',
      '2 cartes',
      '5 cartes',
      '21 cartes',
      '100 cartes',
    ])
    expect(t.cards.count(1_000_000)).toBe(`1${NARROW_NBSP}000${NARROW_NBSP}000 de cartes`)
    expect(t.cards.count(1500)).toBe(`1${NARROW_NBSP}500 cartes`)
    expect([0, 1, 2, 5, 21, 100].map((count) => t.presence.summary(count))).toEqual([
      '0 personne présente',
      '1 personne présente',
      '2 personnes présentes',
      '5 personnes présentes',
      '21 personnes présentes',
      '100 personnes présentes',
    ])
  })

  it('makes the noun agree with the dots left and the verb with those who are done', () => {
    expect(t.voting.left(0, 5)).toBe('Il vous reste 0 gommette sur 5')
    expect(t.voting.left(1, 1)).toBe('Il vous reste 1 gommette sur 1')
    expect(t.voting.left(3, 5)).toBe('Il vous reste 3 gommettes sur 5')
    expect(t.room.doneCount(1, 8)).toBe('1 sur 8 a terminé')
    expect(t.room.doneCount(3, 8)).toBe('3 sur 8 ont terminé')
    expect(t.room.status(2, 8, 1)).toBe('2 sur 8 ont terminé, 1 main levée')
    expect(t.room.status(0, 0, 2)).toBe('2 mains levées')
    expect(t.voting.yourDots(2, 'Jardins')).toBe(
      `Vous avez donné 2 gommettes à «${NARROW_NBSP}Jardins${NARROW_NBSP}»`,
    )
    expect(t.history.sinceThen({ added: 1, removed: 2, moved: 0, edited: 1 })).toBe(
      `Depuis${NBSP}: 1 carte ajoutée, 2 supprimées, 0 déplacée, 1 modifiée.`,
    )
  })

  it('lists names with “et” and makes the verb agree', () => {
    expect(t.cards.editing(['Ana'])).toBe('Ana modifie la carte')
    expect(t.cards.editing(['Ana', 'Jan', 'Eva'])).toBe('Ana, Jan et Eva modifient la carte')
  })

  it('elides de, le, la, que… before a vowel, also before a name filled in', () => {
    // Names of people, organisations and practices that start with a vowel, as many partners' do.
    // (Dates and times start with a digit: "le 10 avril", "du 10 avr.".)
    const DATES = new Set(['when', 'date', 'time'])
    const vowelFirst = new Map(
      [...SAMPLES].map(([name, value]) => [
        name,
        typeof value === 'string' && !DATES.has(name) ? 'Ayuntamiento' : value,
      ]),
    )
    for (const { path, text } of sentences(french, vowelFirst)) {
      const unelided =
        /(?<![\p{L}-])(?:de|le|la|que|ne|se|je|me|te|jusque|lorsque|puisque) [aeiouyàâéèêëîïôûü]/giu
      expect({ path, unelided: String(text).match(unelided) }).toEqual({ path, unelided: null })
    }
  })

  it('sets « » and ? ! ; : with the no-break spaces of French typography', () => {
    for (const { path, text } of texts(french)) {
      const faults: string[] = []
      // A space that may break before a sign, or none where one belongs.
      for (const match of text.matchAll(/(.)([?!;»])/gu)) {
        if (match[1] !== NARROW_NBSP) faults.push(`“${match[0]}”`)
      }
      for (const match of text.matchAll(/«(.)/gu)) if (match[1] !== NARROW_NBSP) faults.push(`“${match[0]}”`)
      for (const match of text.matchAll(/(.):(?!\d)/gu)) if (match[1] !== NBSP) faults.push(`“${match[0]}”`)
      // Straight or English quotes, and the typewriter apostrophe instead of ’.
      for (const match of text.matchAll(/["'“”„]/gu)) faults.push(`“${match[0]}”`)
      expect({ path, faults }).toEqual({ path, faults: [] })
    }
  })
})

describe('Romanian', () => {
  const t = romanian.messages

  it('puts “de” between 20 or more and the noun, as CLDR’s `other`', () => {
    expect([0, 1, 2, 5, 19, 20, 21, 100, 101, 119, 120].map((count) => t.cards.count(count))).toEqual([
      '0 carduri',
      '1 card',
      '2 carduri',
      '5 carduri',
      '19 carduri',
      '20 de carduri',
      '21 de carduri',
      '100 de carduri',
      '101 carduri',
      '119 carduri',
      '120 de carduri',
    ])
    expect(t.cards.count(1500)).toBe('1.500 de carduri')
    expect([0, 1, 2, 5, 21, 100].map((count) => t.presence.summary(count))).toEqual([
      '0 persoane prezente',
      '1 persoană prezentă',
      '2 persoane prezente',
      '5 persoane prezente',
      '21 de persoane prezente',
      '100 de persoane prezente',
    ])
  })

  it('makes the noun agree with the budget and the verb with those who are done', () => {
    expect(t.voting.left(1, 1)).toBe('Mai ai 1 din 1 punct')
    expect(t.voting.left(3, 5)).toBe('Mai ai 3 din 5 puncte')
    expect(t.voting.left(4, 20)).toBe('Mai ai 4 din 20 de puncte')
    expect(t.room.doneCount(1, 8)).toBe('1 din 8 a terminat')
    expect(t.room.doneCount(3, 8)).toBe('3 din 8 au terminat')
    expect(t.room.status(0, 25, 21)).toBe('0 din 25 au terminat, 21 de mâini ridicate')
    expect(t.voting.yourDots(20, 'Grădini #2')).toBe('Ai pus 20 de puncte pe „Grădini #2”')
  })

  it('lists names with “și”', () => {
    expect(t.cards.editing(['Ana'])).toBe('Ana editează')
    expect(t.cards.editing(['Ana', 'Ion', 'Maria'])).toBe('Ana, Ion și Maria editează')
  })

  it('writes ș and ț with the comma below and quotes with „…”', () => {
    for (const { path, text } of texts(romanian)) {
      const faults: string[] = []
      // The cedilla forms are another letter (Turkish); fonts and spell checkers treat them apart.
      for (const match of text.matchAll(/[şţŞŢ]/gu)) faults.push(`cedilla “${match[0]}”`)
      for (const match of text.matchAll(/["'“«»]/gu)) faults.push(`“${match[0]}”`)
      for (const match of text.matchAll(/„\s|\s”/gu)) faults.push(`space “${match[0]}”`)
      const quotes = [...text.matchAll(/[„”]/gu)].map((match) => match[0]).join('')
      if (!/^(„”)*$/.test(quotes)) faults.push(`unpaired quotes ${quotes}`)
      expect({ path, faults }).toEqual({ path, faults: [] })
    }
  })
})

describe('Latvian', () => {
  const t = latvian.messages

  it('counts 1, 21, 101 in the singular and 0, 10–20, 100 in the genitive plural', () => {
    expect([0, 1, 2, 5, 11, 21, 22, 100, 101, 111].map((count) => t.cards.count(count))).toEqual([
      '0 kartīšu',
      '1 kartīte',
      '2 kartītes',
      '5 kartītes',
      '11 kartīšu',
      '21 kartīte',
      '22 kartītes',
      '100 kartīšu',
      '101 kartīte',
      '111 kartīšu',
    ])
    expect([0, 1, 2, 5, 21, 100].map((count) => t.voting.dots(count))).toEqual([
      '0 punktu',
      '1 punkts',
      '2 punkti',
      '5 punkti',
      '21 punkts',
      '100 punktu',
    ])
  })

  it('takes the case a preposition asks for: “no 1 punkta”, “no 5 punktiem”, “uz 10 minūtēm”', () => {
    expect(t.voting.left(1, 1)).toBe('Jums vēl ir 1 no 1 punkta')
    expect(t.voting.left(3, 5)).toBe('Jums vēl ir 3 no 5 punktiem')
    expect(t.voting.left(4, 10)).toBe('Jums vēl ir 4 no 10 punktiem')
    expect(t.voting.left(2, 21)).toBe('Jums vēl ir 2 no 21 punkta')
    expect([1, 5, 10, 21].map((minutes) => t.timer.presetLabel(minutes))).toEqual([
      'Iestatīt taimeri uz 1 minūti',
      'Iestatīt taimeri uz 5 minūtēm',
      'Iestatīt taimeri uz 10 minūtēm',
      'Iestatīt taimeri uz 21 minūti',
    ])
  })

  it('lists names with “un”', () => {
    expect(t.cards.editing(['Anna'])).toBe('Anna rediģē')
    expect(t.cards.editing(['Anna', 'Jānis', 'Ilze'])).toBe('Anna, Jānis un Ilze rediģē')
  })

  it('quotes with « » and nothing else', () => {
    for (const { path, text } of texts(latvian)) {
      const faults: string[] = []
      for (const match of text.matchAll(/["'“”„]/gu)) faults.push(`“${match[0]}”`)
      for (const match of text.matchAll(/«\s|\s»/gu)) faults.push(`space “${match[0]}”`)
      const quotes = [...text.matchAll(/[«»]/gu)].map((match) => match[0]).join('')
      if (!/^(«»)*$/.test(quotes)) faults.push(`unpaired quotes ${quotes}`)
      expect({ path, faults }).toEqual({ path, faults: [] })
    }
  })
})
