import {
  createContext,
  createElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import {
  LANGUAGE_CODES,
  LANGUAGE_NAMES,
  type LanguageCode,
  matchLanguage,
  SOURCE_LANGUAGE,
} from '../../shared/languages'
import english from './en'
import { formatIsoDate, formatRelativeTime, type Locale, type Messages } from './locale'

export type { Messages } from './locale'

/**
 * Every other language file next to this one (pl.ts, es.ts, ...) default-exports a Locale typed against
 * English. Adding a language is adding its file (and its code to shared/languages.ts): it is picked up here
 * and offered in the language switch. Each file is a chunk of its own, loaded only by those who choose it,
 * so seven languages cost the first load nothing. English, the source and the fallback, is always here.
 */
const loaders = import.meta.glob<Locale>(
  ['./*.ts', '!./index.ts', '!./locale.ts', '!./wording.ts', '!./en.ts'],
  {
    import: 'default',
  },
)

function loaderOf(code: LanguageCode): (() => Promise<Locale>) | null {
  const path = `./${code}.ts`
  return Object.hasOwn(loaders, path) ? (loaders[path] ?? null) : null
}

export interface LanguageOption {
  code: LanguageCode
  /** The language's name in itself: "Italiano", "Polski". */
  name: string
}

/** The languages this build has a file for, in the switch's order. */
export const LANGUAGES: readonly LanguageOption[] = LANGUAGE_CODES.filter(
  (code) => code === SOURCE_LANGUAGE || loaderOf(code) !== null,
).map((code) => ({ code, name: LANGUAGE_NAMES[code] }))

/** Language files whose name is no code of shared/languages.ts: never offered (a test keeps this empty). */
export const UNLISTED_LANGUAGE_FILES: readonly string[] = Object.keys(loaders).filter(
  (path) => !LANGUAGES.some((language) => `./${language.code}.ts` === path),
)

/** One of our languages with a file, for a tag such as "it-IT"; null for anything else. */
export function availableLanguage(tag: string | null | undefined): LanguageCode | null {
  const code = matchLanguage(tag)
  return code !== null && LANGUAGES.some((language) => language.code === code) ? code : null
}

/** The remembered choice, else the first of the browser's languages we have, else English. */
export function preferredLanguage(stored: string | null, browserLanguages: readonly string[]): LanguageCode {
  const remembered = availableLanguage(stored)
  if (remembered) return remembered
  for (const tag of browserLanguages) {
    const match = availableLanguage(tag)
    if (match) return match
  }
  return SOURCE_LANGUAGE
}

const loaded = new Map<LanguageCode, Promise<Locale>>([[SOURCE_LANGUAGE, Promise.resolve(english)]])

/** A language's messages, from its chunk (fetched once; the service worker keeps it for offline use). */
export function loadLocale(code: LanguageCode): Promise<Locale> {
  const known = loaded.get(code)
  if (known) return known
  const loader = loaderOf(code)
  const loading = loader ? loader() : Promise.resolve(english)
  // A chunk that could not be fetched (offline before it was ever stored) may be tried again later.
  loading.catch(() => loaded.delete(code))
  loaded.set(code, loading)
  return loading
}

const STORAGE_KEY = 'practicemap:language'

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

function storeLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, code)
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/**
 * The language to start in, loaded, so the first render is already in it (no flash of English for an
 * Italian): the choice kept on this device, else the browser's first language we have. English when its
 * chunk cannot be had (offline, never stored).
 */
export async function loadStartLocale(): Promise<Locale> {
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language]
  const code = preferredLanguage(readStoredLanguage(), browserLanguages)
  try {
    return await loadLocale(code)
  } catch {
    return english
  }
}

export interface I18n {
  /** The current language's messages. */
  t: Messages
  /** BCP 47 tag of the current language. */
  language: LanguageCode
  /** The language being loaded after a switch, until its messages are here. */
  pendingLanguage: LanguageCode | null
  /** Switches to `code` once its messages are loaded, and remembers the choice on this device. */
  setLanguage(code: string): void
  /** A workshop date (yyyy-mm-dd) in the language's long form, e.g. "10 April 2024"; "" stays "". */
  formatDate(isoDate: string): string
  /** A past moment relative to now: "5 minutes ago", "yesterday". */
  formatRelative(timestamp: number): string
}

const I18nContext = createContext<I18n | null>(null)

function codeOf(locale: Locale): LanguageCode {
  return matchLanguage(locale.code) ?? SOURCE_LANGUAGE
}

export function I18nProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState(initial)
  const [pendingLanguage, setPendingLanguage] = useState<LanguageCode | null>(null)
  // Only the latest choice counts: a slow chunk must not override a quicker, later one.
  const wanted = useRef<LanguageCode>(codeOf(initial))

  useEffect(() => {
    document.documentElement.lang = locale.code
  }, [locale])

  const value = useMemo<I18n>(
    () => ({
      t: locale.messages,
      language: codeOf(locale),
      pendingLanguage,
      setLanguage(code) {
        const next = availableLanguage(code)
        if (!next) return
        wanted.current = next
        storeLanguage(next)
        setPendingLanguage(next)
        loadLocale(next).then(
          (loadedLocale) => {
            if (wanted.current !== next) return
            setLocale(loadedLocale)
            setPendingLanguage(null)
          },
          () => {
            // Offline, and this language was never fetched: stay in the current one.
            if (wanted.current !== next) return
            wanted.current = codeOf(locale)
            storeLanguage(wanted.current)
            setPendingLanguage(null)
          },
        )
      },
      formatDate: (isoDate) => formatIsoDate(locale.formats ?? locale.code, isoDate),
      formatRelative: (timestamp) => formatRelativeTime(locale.formats ?? locale.code, timestamp),
    }),
    [locale, pendingLanguage],
  )

  return createElement(I18nContext.Provider, { value }, children)
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>')
  return i18n
}
