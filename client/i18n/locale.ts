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
  let numbers = numberFormats.get(code)
  if (!numbers) {
    numbers = new Intl.NumberFormat(code)
    numberFormats.set(code, numbers)
  }
  const form = forms[rules.select(count)] ?? forms.other
  return form.replace('#', numbers.format(count))
}

/** "Ana", "Ana and Jan", "Ana, Jan and Eva" in the language's own way. */
export function joinNames(code: string, names: readonly string[]): string {
  return new Intl.ListFormat(code, { style: 'long', type: 'conjunction' }).format(names)
}
