import type { en } from './en'

/**
 * The shape every language must fill: English's keys, with plain strings instead of English's literal
 * types. A key missing from (or added to) another language's messages is a type error.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof en>

export interface Locale {
  /** BCP 47 language tag, also used for <html lang> and every Intl formatter. */
  code: string
  /** The language's name in itself, as shown in the language switch. */
  name: string
  /**
   * The tag for dates, times and lists when it is more specific than `code`: PracticeMap's English is
   * British ("colour", "organisation"), so it writes "10 April 2024", not "April 10, 2024".
   */
  formats?: string
  messages: Messages
}

/** The forms a language needs for a count; `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** Picks the form for `count` by the language's CLDR rules; `#` in a form becomes the formatted count. */
export function plural(code: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(code)
  if (!rules) {
    rules = new Intl.PluralRules(code)
    pluralRules.set(code, rules)
  }
  const form = forms[rules.select(count)] ?? forms.other
  return form.replace('#', formatCount(code, count))
}

/**
 * A count in the language's digits. Both languages here write whole numbers below 1,000 as plain digits,
 * and those are nearly all counts on screen: the first Intl.NumberFormat costs ~12 ms on a laptop (more on a
 * phone) while a board opens, so it is only built for a count that needs grouping ("1,000", "12 345").
 */
function formatCount(code: string, count: number): string {
  if (Number.isInteger(count) && Math.abs(count) < 1000) return String(count)
  let numbers = numberFormats.get(code)
  if (!numbers) {
    numbers = new Intl.NumberFormat(code)
    numberFormats.set(code, numbers)
  }
  return numbers.format(count)
}

/** "Ana", "Ana and Jan", "Ana, Jan and Eva" in the language's own way. */
export function joinNames(code: string, names: readonly string[]): string {
  return new Intl.ListFormat(code, { style: 'long', type: 'conjunction' }).format(names)
}

/** A calendar date (yyyy-mm-dd) in the language's long form; anything else is returned as it is. */
export function formatIsoDate(language: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  // A calendar date, not a moment: format it in UTC so no time zone moves it to the day before.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2024-02-31 over into March: show such a value as written rather than another day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return isoDate
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
]

/** A moment relative to `now`: "5 minutes ago", "yesterday", in the given language. */
export function formatRelativeTime(language: string, timestamp: number, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  let value = (timestamp - now) / 1000
  // Seconds are noise here: "this minute" reads better than "12 seconds ago".
  if (Math.abs(value) < 60) return format.format(0, 'minute')
  for (const [unit, size] of RELATIVE_STEPS) {
    // Compare the rounded value, so 59.7 minutes reads "1 hour ago" rather than "60 minutes ago".
    if (Math.abs(Math.round(value)) < size) return format.format(Math.round(value), unit)
    value /= size
  }
  return format.format(Math.round(value), 'year')
}
