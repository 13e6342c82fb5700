import { describe, expect, it } from 'vitest'
import { LANGUAGES, loadLocale } from '../../client/i18n/index'
import { LANGUAGE_CODES } from '../../shared/languages'
import { REPORT_LABELS, type ReportLabels, reportLabels } from '../../shared/reportLabels'
import { LANES, STAKEHOLDER_TYPES } from '../../shared/schema'

/** Every leaf of a labels object, by path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
  }
  return [[path, value]]
}

/** What each function label is called with in the exports: counts, or a piece of text. */
function callWith(path: string, fn: (...args: never[]) => unknown, count: number): unknown {
  const call = fn as (...args: unknown[]) => unknown
  if (path === 'votingRule') return [call(count, 2, 'practice'), call(count, 2, 'workshop')].join(' / ')
  if (path === 'field') return call('Owner', 'Riga')
  if (/Count|votes|moreCards/.test(path)) return call(count)
  return call('Huecos Urbanos')
}

describe('the exports’ words', () => {
  it.each(LANGUAGE_CODES.map((code) => [code] as const))('%s: every label is there and whole', (code) => {
    const labels: ReportLabels = REPORT_LABELS[code]
    expect(leaves(labels).map(([path]) => path)).toEqual(leaves(REPORT_LABELS.en).map(([path]) => path))
    for (const [path, value] of leaves(labels)) {
      const texts =
        typeof value === 'function'
          ? [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1500].map((count) =>
              callWith(path, value as (...args: never[]) => unknown, count),
            )
          : [value]
      for (const text of texts) {
        const broken = typeof text !== 'string' || text.trim() === '' || /undefined|NaN|\[object|#/.test(text)
        expect({ code, path, text, broken }).toEqual({ code, path, text, broken: false })
      }
    }
    expect(Intl.getCanonicalLocales(labels.locale)[0]?.split('-')[0]).toBe(code)
  })

  it('chooses the language from any form of a tag, English for anything else', () => {
    expect(reportLabels('it').lanes.benefits).toBe('Benefici')
    expect(reportLabels('es-ES').lanes.stakeholders).toBe('Partes interesadas')
    expect(reportLabels('PL').lanes.transferSteps).toBe('Kroki transferu')
    for (const tag of [undefined, null, '', 'de', 'xx-YY', '__proto__', 'constructor', 'toString']) {
      expect(reportLabels(tag)).toBe(REPORT_LABELS.en)
    }
  })

  it('uses the Interreg Europe words of the glossary', () => {
    const lanes = (code: keyof typeof REPORT_LABELS) => LANES.map((lane) => REPORT_LABELS[code].lanes[lane])
    expect(lanes('es')).toEqual([
      'Aspectos clave',
      'Partes interesadas',
      'Beneficios',
      'Pasos para la transferencia',
    ])
    expect(lanes('it')).toEqual(['Aspetti chiave', 'Stakeholder', 'Benefici', 'Passi per il trasferimento'])
    expect(lanes('fr')).toEqual(['Aspects clés', 'Parties prenantes', 'Bénéfices', 'Étapes du transfert'])
    expect(lanes('ro')).toEqual(['Aspecte-cheie', 'Părți interesate', 'Beneficii', 'Pașii transferului'])
    expect(lanes('lv')).toEqual(['Galvenie aspekti', 'Ieinteresētās puses', 'Ieguvumi', 'Pārneses soļi'])
    expect(REPORT_LABELS.it.actionPlanHeading).toBe('Piano d’azione')
    expect(REPORT_LABELS.ro.actionPlanHeading).toBe('Plan de acțiune')
    expect(REPORT_LABELS.lv.actionPlanHeading).toBe('Rīcības plāns')
  })

  it('counts in each language’s plural forms', () => {
    const votes = (code: keyof typeof REPORT_LABELS, counts: number[]) =>
      counts.map((count) => REPORT_LABELS[code].votes(count))
    expect(votes('pl', [1, 2, 5, 22, 112])).toEqual([
      '1 głos',
      '2 głosy',
      '5 głosów',
      '22 głosy',
      '112 głosów',
    ])
    expect(votes('ro', [1, 2, 19, 20, 101])).toEqual([
      '1 vot',
      '2 voturi',
      '19 voturi',
      '20 de voturi',
      '101 voturi',
    ])
    expect(votes('lv', [0, 1, 2, 11, 21])).toEqual([
      '0 balsis',
      '1 balss',
      '2 balsis',
      '11 balsis',
      '21 balss',
    ])
    expect(votes('es', [0, 1, 2])).toEqual(['0 votos', '1 voto', '2 votos'])
    expect(votes('fr', [0, 1, 2])).toEqual(['0 vote', '1 vote', '2 votes'])
    expect(REPORT_LABELS.it.moreCards(1)).toBe('+ 1 altra scheda')
    expect(REPORT_LABELS.it.moreCards(4)).toBe('+ altre 4 schede')
  })

  it('puts French’s no-break space before a colon', () => {
    expect(REPORT_LABELS.fr.field('Responsable', 'Lille')).toBe('Responsable\u00a0: Lille')
    expect(REPORT_LABELS.fr.presentedBy('Région Hauts-de-France')).toBe(
      'Présentée par\u00a0: Région Hauts-de-France',
    )
  })

  it('names lanes and stakeholder types as the UI does, in every UI language', async () => {
    for (const language of LANGUAGES) {
      const { messages } = await loadLocale(language.code)
      const labels = REPORT_LABELS[language.code]
      for (const lane of LANES) expect(labels.lanes[lane]).toBe(messages.lanes[lane].title)
      for (const type of STAKEHOLDER_TYPES)
        expect(labels.stakeholderTags[type]).toBe(messages.stakeholders.typesInList[type])
    }
  })
})
