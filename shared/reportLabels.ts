import type { InterestLevel, LaneId, StakeholderLevel, StakeholderType } from './schema'

/**
 * The words every export prints for the model's ids. Reports are in English for now: they go into the
 * project's shared reports; a later step can take them from the UI's language files instead.
 */

export const LANE_TITLES: Record<LaneId, string> = {
  keyAspects: 'Key aspects',
  stakeholders: 'Stakeholders',
  benefits: 'Benefits',
  transferSteps: 'Transfer steps',
}

export const LEVEL_TITLES: Record<InterestLevel, string> = {
  none: 'No interest',
  curious: 'Curious',
  wantToAdapt: 'Want to adapt',
  actionPlan: 'Action plan',
}

export const STAKEHOLDER_TITLES: Record<StakeholderType | StakeholderLevel, string> = {
  publicAuthority: 'public authority',
  business: 'business',
  research: 'research',
  civilSociety: 'civil society',
  local: 'local',
  regional: 'regional',
  national: 'national',
}

/**
 * Words the Markdown and Word exports print around what people wrote (the printable report takes its own
 * from client/i18n). Kept here with the titles above so that one place can later give them per language.
 */
export const REPORT_WORDS = {
  group: 'Group',
  untitledGroup: 'untitled',
  votes: (count: number) => `${count} ${count === 1 ? 'vote' : 'votes'}`,
} as const
