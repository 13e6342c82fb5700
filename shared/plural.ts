/**
 * Counted nouns in every language, by the CLDR plural rules (Intl.PluralRules): "1 card", "2 karty",
 * "5 kart", "21 de carduri". Used by the UI's language files and by the exports' labels alike.
 */

/** The forms a language may give for a count; `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * The forms each of our languages must give for whole counts (besides `other`), checked when a language
 * file is compiled: a Latvian count without its `zero` form, or a Polish one without `few` and `many`, is a
 * type error. (Spanish, Italian and French also have `many`, for round millions only: `other` reads right
 * there.) tests/unit/clientI18n.test.ts checks this table against Intl's rules.
 */
export interface RequiredPluralForms {
  en: 'one'
  'en-GB': 'one'
  es: 'one'
  fr: 'one'
  it: 'one'
  lv: 'zero' | 'one'
  pl: 'one' | 'few' | 'many'
  ro: 'one' | 'few'
}

/** The forms `plural(code, …)` needs: those of RequiredPluralForms for our languages, `other` for any. */
export type PluralFormsOf<Code extends string> = Code extends keyof RequiredPluralForms
  ? PluralForms & Record<RequiredPluralForms[Code], string>
  : PluralForms

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** Picks the form for `count` by the language's CLDR rules; `#` in a form becomes the formatted count. */
export function plural<Code extends string>(code: Code, count: number, forms: PluralFormsOf<Code>): string {
  let rules = pluralRules.get(code)
  if (!rules) {
    rules = new Intl.PluralRules(code)
    pluralRules.set(code, rules)
  }
  const all: PluralForms = forms
  const form = all[rules.select(count)] ?? all.other
  return form.replace('#', formatCount(code, count))
}

/**
 * A count in the language's digits. Our languages write whole numbers below 1,000 as plain digits, and
 * those are nearly all counts on screen: the first Intl.NumberFormat costs ~12 ms on a laptop (more on a
 * phone) while a board opens, so it is only built for a count that needs grouping ("1,000", "12 345").
 */
export function formatCount(code: string, count: number): string {
  if (Number.isInteger(count) && Math.abs(count) < 1000) return String(count)
  let numbers = numberFormats.get(code)
  if (!numbers) {
    numbers = new Intl.NumberFormat(code)
    numberFormats.set(code, numbers)
  }
  return numbers.format(count)
}
