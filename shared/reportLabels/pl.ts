import { plural } from '../plural'
import type { ReportLabels } from './labels'

const dots = (count: number) =>
  plural('pl', count, { one: '# kropka', few: '# kropki', many: '# kropek', other: '# kropki' })

export const polish: ReportLabels = {
  locale: 'pl',
  untitledWorkshop: 'Warsztat',
  untitledPractice: 'Praktyka bez tytułu',
  reportDescription: 'Raport z warsztatu',
  generated: (date) => `Raport wygenerowano ${date}`,
  contents: 'Spis treści',
  noPractices: 'Nie ma jeszcze praktyk.',
  practiceCount: (count) =>
    plural('pl', count, { one: '# praktyka', few: '# praktyki', many: '# praktyk', other: '# praktyki' }),
  votingRule: (count, maxPerCard, scope) =>
    `Głosowanie: ${dots(count)} na osobę ${
      scope === 'workshop' ? 'na cały warsztat' : 'w każdej praktyce'
    }, najwyżej ${maxPerCard} na kartę`,
  presentedBy: (organisation) => `Prezentuje: ${organisation}`,
  lanes: {
    keyAspects: 'Kluczowe aspekty',
    stakeholders: 'Interesariusze',
    benefits: 'Korzyści',
    transferSteps: 'Kroki transferu',
  },
  noCards: '(brak kart)',
  emptyCard: '(pusta karta)',
  votes: (count) =>
    plural('pl', count, { one: '# głos', few: '# głosy', many: '# głosów', other: '# głosu' }),
  group: (title) => `Grupa: ${title}`,
  untitledGroup: 'bez nazwy',
  stakeholderTags: {
    publicAuthority: 'administracja publiczna',
    business: 'biznes',
    research: 'nauka',
    civilSociety: 'społeczeństwo obywatelskie',
    local: 'lokalny',
    regional: 'regionalny',
    national: 'krajowy',
  },
  transferFields: { owner: 'Odpowiedzialny', timeframe: 'Termin', resources: 'Zasoby', barriers: 'Bariery' },
  field: (label, value) => `${label}: ${value}`,
  interestHeading: 'Zainteresowanie transferem',
  organisation: 'Organizacja',
  nobodyYet: '(nikt jeszcze się nie wypowiedział)',
  levels: {
    none: 'Brak zainteresowania',
    curious: 'Ciekawi nas',
    wantToAdapt: 'Chcemy zaadaptować',
    actionPlan: 'Plan działania',
  },
  actionPlanHeading: 'Plan działania',
  practice: 'Praktyka',
  step: 'Krok',
  votesColumn: 'Głosy',
  noSteps: '(brak kroków transferu)',
  moreCards: (count) =>
    plural('pl', count, {
      one: '+ # karta więcej',
      few: '+ # karty więcej',
      many: '+ # kart więcej',
      other: '+ # karty więcej',
    }),
  imageNoCards: 'Brak kart',
  csvColumns: {
    workshop: 'Warsztat',
    practice: 'Praktyka',
    lane: 'Kolumna',
    group: 'Grupa',
    text: 'Treść',
    author: 'Autor',
    organisation: 'Organizacja',
    colour: 'Kolor',
    votes: 'Głosy',
    groupVotes: 'Głosy grupy',
    created: 'Utworzono',
    transferOwner: 'Odpowiedzialny',
    transferTimeframe: 'Termin',
    transferResources: 'Zasoby',
    transferBarriers: 'Bariery',
    stakeholderType: 'Typ interesariusza',
    stakeholderLevel: 'Szczebel interesariusza',
  },
}
