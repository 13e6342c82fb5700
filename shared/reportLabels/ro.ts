import { plural } from '../plural'
import type { ReportLabels } from './labels'

/** Romanian counts: "1 vot", "2 voturi", "20 de voturi" (from 20 on, with "de"). */
export const romanian: ReportLabels = {
  locale: 'ro',
  untitledWorkshop: 'Atelier',
  untitledPractice: 'Practică fără titlu',
  reportDescription: 'Raportul atelierului',
  generated: (date) => `Raport generat pe ${date}`,
  contents: 'Cuprins',
  noPractices: 'Nu există încă practici.',
  practiceCount: (count) =>
    plural('ro', count, { one: '# practică', few: '# practici', other: '# de practici' }),
  votingRule: (dots, maxPerCard, scope) =>
    `Vot: ${plural('ro', dots, { one: '# punct', few: '# puncte', other: '# de puncte' })} de persoană ${
      scope === 'workshop' ? 'pentru întregul atelier' : 'pentru fiecare practică'
    }, cel mult ${maxPerCard} pe card`,
  presentedBy: (organisation) => `Prezentată de: ${organisation}`,
  lanes: {
    keyAspects: 'Aspecte-cheie',
    stakeholders: 'Părți interesate',
    benefits: 'Beneficii',
    transferSteps: 'Pașii transferului',
  },
  noCards: '(niciun card)',
  emptyCard: '(card gol)',
  votes: (count) => plural('ro', count, { one: '# vot', few: '# voturi', other: '# de voturi' }),
  group: (title) => `Grup: ${title}`,
  untitledGroup: 'fără titlu',
  stakeholderTags: {
    publicAuthority: 'autoritate publică',
    business: 'mediul de afaceri',
    research: 'cercetare',
    civilSociety: 'societate civilă',
    local: 'local',
    regional: 'regional',
    national: 'național',
  },
  transferFields: { owner: 'Responsabil', timeframe: 'Termen', resources: 'Resurse', barriers: 'Obstacole' },
  field: (label, value) => `${label}: ${value}`,
  interestHeading: 'Interes pentru transfer',
  organisation: 'Organizație',
  nobodyYet: '(nimeni nu s-a pronunțat încă)',
  levels: {
    none: 'Niciun interes',
    curious: 'Ne interesează',
    wantToAdapt: 'Vrem să o adaptăm',
    actionPlan: 'Plan de acțiune',
  },
  actionPlanHeading: 'Plan de acțiune',
  practice: 'Practică',
  step: 'Pas',
  votesColumn: 'Voturi',
  noSteps: '(niciun pas de transfer)',
  moreCards: (count) =>
    plural('ro', count, { one: '+ încă # card', few: '+ încă # carduri', other: '+ încă # de carduri' }),
  imageNoCards: 'Niciun card',
  csvColumns: {
    workshop: 'Atelier',
    practice: 'Practică',
    lane: 'Coloană',
    group: 'Grup',
    text: 'Text',
    author: 'Autor',
    organisation: 'Organizație',
    colour: 'Culoare',
    votes: 'Voturi',
    groupVotes: 'Voturile grupului',
    created: 'Creat',
    transferOwner: 'Responsabil',
    transferTimeframe: 'Termen',
    transferResources: 'Resurse',
    transferBarriers: 'Obstacole',
    stakeholderType: 'Tip de parte interesată',
    stakeholderLevel: 'Nivelul părții interesate',
  },
}
