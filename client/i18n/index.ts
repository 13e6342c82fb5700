import { createContext, createElement, type ReactNode, useContext, useEffect, useMemo, useState } from 'react'
import { formatIsoDate, formatRelativeTime, type Locale, type Messages } from './locale'

export type { Messages } from './locale'

/**
 * Every language file next to this one (en.ts, pl.ts, ...) default-exports a Locale. Adding a language
 * is adding one file: it is picked up here, typed against English, and offered in the language switch.
 */
const modules = import.meta.glob<{ default: Locale }>(['./*.ts', '!./index.ts', '!./locale.ts'], {
  eager: true,
})

const SOURCE_LANGUAGE = 'en'

export const LOCALES: readonly Locale[] = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) =>
    a.code === SOURCE_LANGUAGE ? -1 : b.code === SOURCE_LANGUAGE ? 1 : a.code.localeCompare(b.code),
  )

const STORAGE_KEY = 'practicemap:language'

function findLocale(code: string | null | undefined): Locale | undefined {
  if (!code) return undefined
  const wanted = code.toLowerCase()
  return (
    LOCALES.find((locale) => locale.code.toLowerCase() === wanted) ??
    LOCALES.find((locale) => wanted.split('-')[0] === locale.code.toLowerCase().split('-')[0])
  )
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** The remembered choice, else the first of the browser's languages we have, else English. */
export function initialLocale(): Locale {
  const stored = findLocale(readStoredLanguage())
  if (stored) return stored
  for (const language of navigator.languages ?? [navigator.language]) {
    const match = findLocale(language)
    if (match) return match
  }
  return findLocale(SOURCE_LANGUAGE) ?? (LOCALES[0] as Locale)
}

export interface I18n {
  /** The current language's messages. */
  t: Messages
  /** BCP 47 tag of the current language. */
  language: string
  setLanguage(code: string): void
  /** A workshop date (yyyy-mm-dd) in the language's long form, e.g. "10 April 2024"; "" stays "". */
  formatDate(isoDate: string): string
  /** A past moment relative to now: "5 minutes ago", "yesterday". */
  formatRelative(timestamp: number): string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState(initialLocale)

  useEffect(() => {
    document.documentElement.lang = locale.code
  }, [locale])

  const value = useMemo<I18n>(
    () => ({
      t: locale.messages,
      language: locale.code,
      setLanguage(code) {
        const next = findLocale(code)
        if (!next) return
        try {
          localStorage.setItem(STORAGE_KEY, next.code)
        } catch {
          // Private mode without storage: the choice lasts for this page only.
        }
        setLocale(next)
      },
      formatDate: (isoDate) => formatIsoDate(locale.formats ?? locale.code, isoDate),
      formatRelative: (timestamp) => formatRelativeTime(locale.formats ?? locale.code, timestamp),
    }),
    [locale],
  )

  return createElement(I18nContext.Provider, { value }, children)
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>')
  return i18n
}
