import { plural } from '../plural'
import type { ReportLabels } from './labels'

/**
 * Latvian counts: a number ending in 1 (but not 11) takes the singular ("21 balss"), every other the
 * plural ("0 balsis", "12 balsis"); CLDR calls the endings 0 and 11–19 `zero`.
 */
export const latvian: ReportLabels = {
  locale: 'lv',
  untitledWorkshop: 'Darbnīca',
  untitledPractice: 'Prakse bez nosaukuma',
  reportDescription: 'Darbnīcas pārskats',
  generated: (date) => `Pārskats sagatavots: ${date}`,
  contents: 'Saturs',
  noPractices: 'Vēl nav nevienas prakses.',
  practiceCount: (count) => plural('lv', count, { zero: '# prakses', one: '# prakse', other: '# prakses' }),
  votingRule: (dots, maxPerCard, scope) =>
    `Balsošana: ${plural('lv', dots, { zero: '# punkti', one: '# punkts', other: '# punkti' })} katram dalībniekam ${
      scope === 'workshop' ? 'visā darbnīcā' : 'katrā praksē'
    }, ne vairāk kā ${maxPerCard} vienai kartītei`,
  presentedBy: (organisation) => `Prezentē: ${organisation}`,
  lanes: {
    keyAspects: 'Galvenie aspekti',
    stakeholders: 'Ieinteresētās puses',
    benefits: 'Ieguvumi',
    transferSteps: 'Pārneses soļi',
  },
  noCards: '(nav kartīšu)',
  emptyCard: '(tukša kartīte)',
  votes: (count) => plural('lv', count, { zero: '# balsis', one: '# balss', other: '# balsis' }),
  group: (title) => `Grupa: ${title}`,
  untitledGroup: 'bez nosaukuma',
  stakeholderTags: {
    publicAuthority: 'publiskā iestāde',
    business: 'uzņēmējdarbība',
    research: 'pētniecība',
    civilSociety: 'pilsoniskā sabiedrība',
    local: 'vietējais',
    regional: 'reģionālais',
    national: 'valsts',
  },
  transferFields: { owner: 'Atbildīgais', timeframe: 'Termiņš', resources: 'Resursi', barriers: 'Šķēršļi' },
  field: (label, value) => `${label}: ${value}`,
  interestHeading: 'Interese par pārnesi',
  organisation: 'Organizācija',
  nobodyYet: '(neviens vēl nav atbildējis)',
  levels: {
    none: 'Nav intereses',
    curious: 'Mūs interesē',
    wantToAdapt: 'Vēlamies pielāgot',
    actionPlan: 'Rīcības plāns',
  },
  actionPlanHeading: 'Rīcības plāns',
  practice: 'Prakse',
  step: 'Solis',
  votesColumn: 'Balsis',
  noSteps: '(nav pārneses soļu)',
  moreCards: (count) =>
    plural('lv', count, { zero: '+ vēl # kartītes', one: '+ vēl # kartīte', other: '+ vēl # kartītes' }),
  imageNoCards: 'Nav kartīšu',
  csvColumns: {
    workshop: 'Darbnīca',
    practice: 'Prakse',
    lane: 'Kolonna',
    group: 'Grupa',
    text: 'Teksts',
    author: 'Autors',
    organisation: 'Organizācija',
    colour: 'Krāsa',
    votes: 'Balsis',
    groupVotes: 'Grupas balsis',
    created: 'Izveidots',
    transferOwner: 'Atbildīgais',
    transferTimeframe: 'Termiņš',
    transferResources: 'Resursi',
    transferBarriers: 'Šķēršļi',
    stakeholderType: 'Ieinteresētās puses veids',
    stakeholderLevel: 'Ieinteresētās puses līmenis',
  },
}
