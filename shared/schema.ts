import type * as Y from 'yjs'

/**
 * The one declaration of PracticeMap's Yjs documents. Only this file and the operations/readers next to it
 * touch raw Y types; everything else goes through them. docs/document-model.md describes the layout.
 *
 * Bump SCHEMA_VERSION when the layout changes in a way older clients cannot read, and add a migration.
 */
export const SCHEMA_VERSION = 1

/** The four lanes of every board, in the order they are shown. */
export const LANES = ['keyAspects', 'stakeholders', 'benefits', 'transferSteps'] as const
export type LaneId = (typeof LANES)[number]

export function isLaneId(value: unknown): value is LaneId {
  return typeof value === 'string' && (LANES as readonly string[]).includes(value)
}

export const CARD_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'grey'] as const
export type CardColor = (typeof CARD_COLORS)[number]
export const DEFAULT_CARD_COLOR: CardColor = 'yellow'

export function isCardColor(value: unknown): value is CardColor {
  return typeof value === 'string' && (CARD_COLORS as readonly string[]).includes(value)
}

/** Limits that keep one card or field from swamping a board; the UI enforces them too. */
export const LIMITS = {
  cardText: 2000,
  title: 200,
  organisation: 120,
  description: 4000,
  place: 200,
  personName: 80,
} as const

// ---- Plain types: what readers return and what the UI and exports consume. ----

export interface WorkshopDetails {
  title: string
  /** ISO date (yyyy-mm-dd) or empty when not set. */
  date: string
  place: string
}

export interface Practice {
  id: string
  title: string
  /** The partner organisation or region that presented it. */
  organisation: string
  description: string
  order: string
  createdAt: number
  /** Locked by a facilitator: participants can no longer change its board. */
  locked: boolean
}

/**
 * The workshop a follow-up was started from (`origin` in the workshop map, set once when the follow-up is
 * created): its id, and its title and date as they were then, so the link reads well even where the
 * origin cannot be opened (no token for it on this device, or deleted since).
 */
export interface WorkshopOrigin {
  workshopId: string
  title: string
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string
}

export interface Workshop extends WorkshopDetails {
  schemaVersion: number
  createdAt: number
  practices: Practice[]
}

export interface Author {
  id: string
  name: string
  organisation: string
}

export interface CardPosition {
  lane: LaneId
  /** Fractional order key within the lane (see ordering.ts). */
  order: string
}

/** Structured fields of a card in the transfer-steps lane: together they draft an action plan. */
export interface TransferDetails {
  /** The organisation that will take the step. */
  owner: string
  timeframe: string
  resources: string
  barriers: string
}

export const STAKEHOLDER_TYPES = ['publicAuthority', 'business', 'research', 'civilSociety'] as const
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number]
export const STAKEHOLDER_LEVELS = ['local', 'regional', 'national'] as const
export type StakeholderLevel = (typeof STAKEHOLDER_LEVELS)[number]

/** Tags of a card in the stakeholders lane (the quadruple helix, and the level of government). */
export interface StakeholderTags {
  type: StakeholderType | null
  level: StakeholderLevel | null
}

export interface Card {
  id: string
  text: string
  /** For a card in a group: the group's lane. */
  lane: LaneId
  /** Order among the lane's top-level items, or within its group for a grouped card. */
  order: string
  color: CardColor
  author: Author
  createdAt: number
  groupId: string | null
  transfer: TransferDetails
  stakeholder: StakeholderTags
}

/** Cards of a lane under one title; it moves and is voted on as one. */
export interface CardGroup {
  id: string
  title: string
  lane: LaneId
  order: string
  /** Its cards, in order. */
  cardIds: string[]
}

/**
 * Each lane's cards in display order: top-level items (ungrouped cards and groups) by order key, a group's
 * cards together at the group's place, in their own order.
 */
export type Lanes = Record<LaneId, Card[]>

export interface Board {
  lanes: Lanes
  /** Groups that hold at least one card, by id (a Map: ids come from documents, see ownKeys.ts). */
  groups: ReadonlyMap<string, CardGroup>
}

// ---- The Yjs layout. ----

/** Root keys of a workshop document. */
export const WORKSHOP_ROOT = {
  details: 'workshop',
  practices: 'practices',
  session: 'session',
  phases: 'phases',
} as const
/** Root keys of a board document. */
export const BOARD_ROOT = { cards: 'cards', groups: 'groups', votes: 'votes' } as const

/** Fields of a practice's Y.Map in `practices`. */
export interface PracticeFields {
  title: string
  organisation: string
  description: string
  order: string
  createdAt: number
  locked: boolean
}

/**
 * Fields of a card's Y.Map in `cards`. The text is a Y.Text so that two people editing one card merge
 * character-wise. Lane and order live in one value (`position`), written together by every move: two
 * concurrent moves then resolve to one whole move, never the lane of one and the order of the other.
 */
export interface CardFields {
  text: Y.Text
  position: CardPosition
  color: CardColor
  authorId: string
  authorName: string
  authorOrganisation: string
  createdAt: number
  /** The group the card belongs to; absent or null when it stands alone. */
  groupId: string | null
  transferOwner: string
  transferTimeframe: string
  transferResources: string
  transferBarriers: string
  stakeholderType: StakeholderType | null
  stakeholderLevel: StakeholderLevel | null
}

/** Fields of a group's Y.Map in `groups`. */
export interface GroupFields {
  title: string
  position: CardPosition
}

/**
 * Fields of a voter's Y.Map in `votes` (keyed by the voter's user id): each person writes only their own
 * entry, so concurrent votes never conflict. `dots` maps a card or group id to a number of dots.
 */
export interface BallotFields {
  name: string
  organisation: string
  dots: Y.Map<number>
}

/** A Y.Map whose keys and value types are those of T. */
export interface TypedMap<T extends object> {
  readonly map: Y.Map<unknown>
  get<K extends keyof T & string>(key: K): T[K] | undefined
  set<K extends keyof T & string>(key: K, value: T[K]): void
}

export function typed<T extends object>(map: Y.Map<unknown>): TypedMap<T> {
  return {
    map,
    get: (key) => map.get(key) as T[typeof key] | undefined,
    set: (key, value) => {
      map.set(key, value)
    },
  }
}

export function workshopDetailsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(WORKSHOP_ROOT.details)
}

export function practicesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(WORKSHOP_ROOT.practices)
}

export function cardsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOT.cards)
}

export function groupsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOT.groups)
}

export function votesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOT.votes)
}

// ---- How a session runs (workshop document, written by facilitators only). ----

/** The default agenda, in order. A phase's `kind` names it until a facilitator renames it. */
export const DEFAULT_PHASE_KINDS = [
  'silentWriting',
  'revealCluster',
  'vote',
  'discuss',
  'transferPlanning',
] as const
export type DefaultPhaseKind = (typeof DEFAULT_PHASE_KINDS)[number]
export type PhaseKind = DefaultPhaseKind | 'custom'

/** What the current phase allows on every board. */
export interface PhaseRules {
  /** Participants write drafts that stay on their device until the phase ends (reveal). */
  privateWriting: boolean
  /** Dot voting is open. */
  voting: boolean
  /** Every board is locked for participants. */
  locked: boolean
}

export interface Phase extends PhaseRules {
  id: string
  kind: PhaseKind
  /** The facilitator's name for the phase; empty means the translated default name of `kind`. */
  name: string
  order: string
}

/**
 * A countdown everyone sees alike. Times are the server's clock (each client corrects its own by the
 * measured offset), so no device's wrong clock shifts the end. Running when `endsAt` is set.
 */
export interface TimerState {
  /** The length set by the facilitator, grown by "add a minute"; the progress bar's 100%. */
  durationMs: number
  /** Server time at which it reaches zero, or null while paused or stopped. */
  endsAt: number | null
  /** What is left while paused or stopped. */
  remainingMs: number
}

export const VOTING_SCOPES = ['practice', 'workshop'] as const
export type VotingScope = (typeof VOTING_SCOPES)[number]

export interface VotingSettings {
  /** Dots each person may place, per practice board or across the workshop. */
  dotsPerPerson: number
  scope: VotingScope
  /** How many of one person's dots one card may take (1 = one dot per card). */
  maxDotsPerCard: number
}

/** "Bring everyone here": a new id every time, so repeating a summon to the same board works. */
export interface Summon {
  id: string
  practiceId: string
  /** Server time of the summon. */
  at: number
}

export interface SessionState {
  phases: Phase[]
  currentPhaseId: string | null
  timer: TimerState
  voting: VotingSettings
  summon: Summon | null
}

/** Fields of a phase's Y.Map in `phases`. */
export interface PhaseFields {
  kind: PhaseKind
  name: string
  order: string
  privateWriting: boolean
  voting: boolean
  locked: boolean
}

/** Fields of the `session` Y.Map. Timer, voting and summon are plain values, each replaced whole. */
export interface SessionFields {
  currentPhaseId: string | null
  timer: TimerState
  voting: VotingSettings
  summon: Summon | null
}

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(WORKSHOP_ROOT.session)
}

export function phasesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(WORKSHOP_ROOT.phases)
}

// ---- The participation document: what participants say about the workshop as a whole. ----

export const PARTICIPATION_ROOT = { interest: 'interest' } as const

/** How much a partner organisation wants to adapt a practice, from none to committed. */
export const INTEREST_LEVELS = ['none', 'curious', 'wantToAdapt', 'actionPlan'] as const
export type InterestLevel = (typeof INTEREST_LEVELS)[number]

/** One cell of the transfer-interest matrix: an organisation × a practice. Stored as one plain value. */
export interface InterestEntry {
  organisation: string
  practiceId: string
  level: InterestLevel
  note: string
  updatedBy: { id: string; name: string }
  updatedAt: number
}

export function interestMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PARTICIPATION_ROOT.interest)
}

// ---- Drafts: a document that never leaves the device (private writing). ----

export const DRAFTS_ROOT = { drafts: 'drafts' } as const

export interface Draft {
  id: string
  practiceId: string
  lane: LaneId
  text: string
  color: CardColor
  createdAt: number
}

export function draftsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DRAFTS_ROOT.drafts)
}
