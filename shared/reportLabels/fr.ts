import { plural } from '../plural'
import type { ReportLabels } from './labels'

/** French typography: a no-break space before a colon. */
const COLON = '\u00a0:'

export const french: ReportLabels = {
  locale: 'fr',
  untitledWorkshop: 'Atelier',
  untitledPractice: 'Pratique sans titre',
  reportDescription: 'Compte rendu de l’atelier',
  generated: (date) => `Compte rendu généré le ${date}`,
  contents: 'Sommaire',
  noPractices: 'Aucune pratique pour le moment.',
  practiceCount: (count) => plural('fr', count, { one: '# pratique', other: '# pratiques' }),
  votingRule: (dots, maxPerCard, scope) =>
    `Vote${COLON} ${plural('fr', dots, { one: '# gommette', other: '# gommettes' })} par personne ${
      scope === 'workshop' ? 'sur l’ensemble de l’atelier' : 'par pratique'
    }, au maximum ${maxPerCard} par carte`,
  presentedBy: (organisation) => `Présentée par${COLON} ${organisation}`,
  lanes: {
    keyAspects: 'Aspects clés',
    stakeholders: 'Parties prenantes',
    benefits: 'Bénéfices',
    transferSteps: 'Étapes du transfert',
  },
  noCards: '(aucune carte)',
  emptyCard: '(carte vide)',
  votes: (count) => plural('fr', count, { one: '# vote', other: '# votes' }),
  group: (title) => `Groupe${COLON} ${title}`,
  untitledGroup: 'sans titre',
  stakeholderTags: {
    publicAuthority: 'autorité publique',
    business: 'entreprise',
    research: 'recherche',
    civilSociety: 'société civile',
    local: 'local',
    regional: 'régional',
    national: 'national',
  },
  transferFields: {
    owner: 'Responsable',
    timeframe: 'Échéance',
    resources: 'Ressources',
    barriers: 'Obstacles',
  },
  field: (label, value) => `${label}${COLON} ${value}`,
  interestHeading: 'Intérêt pour le transfert',
  organisation: 'Organisation',
  nobodyYet: '(personne ne s’est encore prononcé)',
  levels: {
    none: 'Pas d’intérêt',
    curious: 'Cela nous intéresse',
    wantToAdapt: 'Nous voulons l’adapter',
    actionPlan: 'Plan d’action',
  },
  actionPlanHeading: 'Plan d’action',
  practice: 'Pratique',
  step: 'Étape',
  votesColumn: 'Votes',
  noSteps: '(aucune étape de transfert)',
  moreCards: (count) => plural('fr', count, { one: '+ # autre carte', other: '+ # autres cartes' }),
  imageNoCards: 'Aucune carte',
  csvColumns: {
    workshop: 'Atelier',
    practice: 'Pratique',
    lane: 'Colonne',
    group: 'Groupe',
    text: 'Texte',
    author: 'Auteur',
    organisation: 'Organisation',
    colour: 'Couleur',
    votes: 'Votes',
    groupVotes: 'Votes du groupe',
    created: 'Créée le',
    transferOwner: 'Responsable',
    transferTimeframe: 'Échéance',
    transferResources: 'Ressources',
    transferBarriers: 'Obstacles',
    stakeholderType: 'Type de partie prenante',
    stakeholderLevel: 'Niveau de partie prenante',
  },
}
