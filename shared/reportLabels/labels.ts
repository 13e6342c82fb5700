import type {
  InterestLevel,
  LaneId,
  StakeholderLevel,
  StakeholderType,
  TransferDetails,
  VotingScope,
} from '../schema'

/** The CSV export's columns, in order; each language labels every one of them (`csvColumns`). */
export const CSV_COLUMNS = [
  'workshop',
  'practice',
  'lane',
  'group',
  'text',
  'author',
  'organisation',
  'colour',
  'votes',
  'groupVotes',
  'created',
  'transferOwner',
  'transferTimeframe',
  'transferResources',
  'transferBarriers',
  'stakeholderType',
  'stakeholderLevel',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/**
 * Every word an export prints (Word, Markdown, the printable report, the board image, CSV headers), for
 * one language. One file per language next to this one, so the server's files and the client's report and
 * image always say the same thing. Functions take what the sentence needs and build it whole.
 */
export interface ReportLabels {
  /** BCP 47 tag for the report's dates and counts ("en-GB": "10 April 2024"). */
  locale: string
  untitledWorkshop: string
  untitledPractice: string
  /** The Word file's description (its properties). */
  reportDescription: string
  /** On the title page: when the report was made (a date already written in the language). */
  generated(date: string): string
  contents: string
  noPractices: string
  practiceCount(count: number): string
  /** The workshop's dot voting rule, e.g. "Voting: 3 dots per person per practice, at most 2 per card". */
  votingRule(dots: number, maxPerCard: number, scope: VotingScope): string
  presentedBy(organisation: string): string
  lanes: Record<LaneId, string>
  noCards: string
  emptyCard: string
  votes(count: number): string
  /** A group of cards by its title: "Group: Tenants". */
  group(title: string): string
  untitledGroup: string
  stakeholderTags: Record<StakeholderType | StakeholderLevel, string>
  transferFields: Record<keyof TransferDetails, string>
  /** A labelled value on a line of its own: "Owner: City of Riga" (French puts a space before the colon). */
  field(label: string, value: string): string
  interestHeading: string
  organisation: string
  nobodyYet: string
  levels: Record<InterestLevel, string>
  actionPlanHeading: string
  practice: string
  step: string
  votesColumn: string
  noSteps: string
  /** The board image: under the last card that fits. */
  moreCards(count: number): string
  /** The board image: an empty lane. */
  imageNoCards: string
  csvColumns: Record<CsvColumn, string>
}
