import type { en } from './en'

// Shared with the exports' labels (shared/reportLabels/), so a count or a date reads the same in both.
export { formatIsoDate } from '../../shared/calendarDate'
export { joinNames, type PluralForms, plural } from './wording'

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
