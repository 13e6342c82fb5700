import { type LanguageCode, matchLanguage } from '../languages'
import { english } from './en'
import { spanish } from './es'
import { french } from './fr'
import { italian } from './it'
import type { ReportLabels } from './labels'
import { latvian } from './lv'
import { polish } from './pl'
import { romanian } from './ro'

export { english } from './en'
export type { ReportLabels } from './labels'

/** The exports' words in every language PracticeMap speaks: a language without them is a type error. */
export const REPORT_LABELS: Readonly<Record<LanguageCode, ReportLabels>> = {
  en: english,
  es: spanish,
  fr: french,
  it: italian,
  lv: latvian,
  pl: polish,
  ro: romanian,
}

/** The labels for a language tag (`?lang=` of an export, the UI's language); English for anything else. */
export function reportLabels(tag?: string | null): ReportLabels {
  return REPORT_LABELS[matchLanguage(tag) ?? 'en']
}
