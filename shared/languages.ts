/**
 * The languages PracticeMap speaks, each by its BCP 47 code and its name in itself. The UI has a file per
 * language (client/i18n/<code>.ts) and every export prints its words from shared/reportLabels/<code>.ts; the
 * language switch lists them in this order (alphabetical by their own names, as partners look for them).
 */
export const LANGUAGE_CODES = ['en', 'es', 'fr', 'it', 'lv', 'pl', 'ro'] as const

export type LanguageCode = (typeof LANGUAGE_CODES)[number]

export const SOURCE_LANGUAGE: LanguageCode = 'en'

/** Each language's name as its speakers write it, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  lv: 'Latviešu',
  pl: 'Polski',
  ro: 'Română',
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value)
}

/**
 * The language of ours a BCP 47 tag asks for: "it", "it-IT" and "IT-ch" are Italian. null for anything
 * else, so the caller chooses its fallback. Takes any string (a query parameter, navigator.languages).
 */
export function matchLanguage(tag: string | null | undefined): LanguageCode | null {
  if (typeof tag !== 'string') return null
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return isLanguageCode(primary) ? primary : null
}
