import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import { sortOrdered } from './ordering'
import { ownField } from './ownKeys'
import {
  type Board,
  type Card,
  type CardFields,
  type CardGroup,
  cardsMap,
  DEFAULT_CARD_COLOR,
  type GroupFields,
  groupsMap,
  isCardColor,
  isLaneId,
  LANES,
  type LaneId,
  type Lanes,
  type Practice,
  type PracticeFields,
  practicesMap,
  SCHEMA_VERSION,
  STAKEHOLDER_LEVELS,
  STAKEHOLDER_TYPES,
  type StakeholderLevel,
  type StakeholderType,
  typed,
  type Workshop,
  type WorkshopOrigin,
  workshopDetailsMap,
} from './schema'

/**
 * Pure readers: a document in, plain sorted objects out. Values written by an older or misbehaving client
 * are read defensively (a wrong type becomes a safe default, an entry that is no Y.Map is left out) so one
 * bad field never breaks a board. What people wrote comes out without bidirectional controls (bidi.ts),
 * whatever client wrote it; ids are kept as they are, and only ever used as keys of a Map.
 */

/** A string field as stored (order keys, ids). */
function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** A string people wrote and others read: a title, a name, a card. */
function userText(value: unknown): string {
  return typeof value === 'string' ? withoutBidiControls(value) : ''
}

function number(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

export function readPractice(id: string, map: Y.Map<unknown>): Practice {
  const fields = typed<PracticeFields>(map)
  return {
    id,
    title: userText(fields.get('title')),
    organisation: userText(fields.get('organisation')),
    description: userText(fields.get('description')),
    order: text(fields.get('order')),
    createdAt: number(fields.get('createdAt')),
    locked: fields.get('locked') === true,
  }
}

export function readPractices(doc: Y.Doc): Practice[] {
  const practices: Practice[] = []
  practicesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) practices.push(readPractice(id, map))
  })
  return sortOrdered(practices)
}

export function readWorkshop(doc: Y.Doc): Workshop {
  const details = workshopDetailsMap(doc)
  return {
    schemaVersion: number(details.get('schemaVersion')) || SCHEMA_VERSION,
    title: userText(details.get('title')),
    date: userText(details.get('date')),
    place: userText(details.get('place')),
    createdAt: number(details.get('createdAt')),
    practices: readPractices(doc),
  }
}

/** The workshop this one follows up (see WorkshopOrigin), or null for a workshop started afresh. */
export function readWorkshopOrigin(doc: Y.Doc): WorkshopOrigin | null {
  const value = workshopDetailsMap(doc).get('origin')
  const workshopId = ownField(value, 'workshopId')
  if (typeof workshopId !== 'string' || workshopId === '') return null
  return { workshopId, title: userText(ownField(value, 'title')), date: userText(ownField(value, 'date')) }
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null
}

/** A card's or group's `position` value: a plain object, read field by field. */
export function readPosition(value: unknown): { lane: LaneId; order: string } {
  const lane = ownField(value, 'lane')
  return { lane: isLaneId(lane) ? lane : LANES[0], order: text(ownField(value, 'order')) }
}

export function readCard(id: string, map: Y.Map<unknown>): Card {
  const fields = typed<CardFields>(map)
  // Unknown<…>: a hostile client can store anything under a field, a number or a Y.Array as the text.
  const content: unknown = fields.get('text')
  const color = fields.get('color')
  const groupId: unknown = fields.get('groupId')
  return {
    id,
    text: content instanceof Y.Text ? withoutBidiControls(content.toString()) : userText(content),
    ...readPosition(fields.get('position')),
    color: isCardColor(color) ? color : DEFAULT_CARD_COLOR,
    author: {
      id: text(fields.get('authorId')),
      name: userText(fields.get('authorName')),
      organisation: userText(fields.get('authorOrganisation')),
    },
    createdAt: number(fields.get('createdAt')),
    groupId: typeof groupId === 'string' && groupId !== '' ? groupId : null,
    transfer: {
      owner: userText(fields.get('transferOwner')),
      timeframe: userText(fields.get('transferTimeframe')),
      resources: userText(fields.get('transferResources')),
      barriers: userText(fields.get('transferBarriers')),
    },
    stakeholder: {
      type: oneOf<StakeholderType>(STAKEHOLDER_TYPES, fields.get('stakeholderType')),
      level: oneOf<StakeholderLevel>(STAKEHOLDER_LEVELS, fields.get('stakeholderLevel')),
    },
  }
}

/** A group as stored, before its cards are known. */
export interface GroupRecord {
  id: string
  title: string
  lane: LaneId
  order: string
}

export function readGroupRecord(id: string, map: Y.Map<unknown>): GroupRecord {
  const fields = typed<GroupFields>(map)
  return { id, title: userText(fields.get('title')), ...readPosition(fields.get('position')) }
}

export function readGroupRecords(doc: Y.Doc): GroupRecord[] {
  const groups: GroupRecord[] = []
  groupsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) groups.push(readGroupRecord(id, map))
  })
  return groups
}

export function emptyLanes(): Lanes {
  return { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] }
}

/**
 * Lays cards out in their lanes. A card whose group exists takes the group's lane and sits with the
 * group's other cards at the group's place; a card whose group is gone (deleted concurrently) stands
 * alone at its own position. Groups without cards are left out.
 */
export function arrangeBoard(cardsIn: Iterable<Card>, groupRecords: Iterable<GroupRecord> = []): Board {
  const cards = [...cardsIn]
  // Cards and groups share one space of ids (a dot names its target by id alone): a group under a card's id,
  // which only a hostile client writes, is no group, or its dots would count twice.
  const cardIds = new Set(cards.map((card) => card.id))
  const records = new Map<string, GroupRecord>()
  for (const record of groupRecords) if (!cardIds.has(record.id)) records.set(record.id, record)
  const members = new Map<string, Card[]>()
  const topLevel: Record<LaneId, { id: string; order: string; cards: Card[] }[]> = {
    keyAspects: [],
    stakeholders: [],
    benefits: [],
    transferSteps: [],
  }
  for (const card of cards) {
    const group = card.groupId === null ? undefined : records.get(card.groupId)
    if (!group) {
      const standalone = card.groupId === null ? card : { ...card, groupId: null }
      topLevel[card.lane].push({ id: card.id, order: card.order, cards: [standalone] })
      continue
    }
    const list = members.get(group.id) ?? []
    list.push(card.lane === group.lane ? card : { ...card, lane: group.lane })
    members.set(group.id, list)
  }
  const groups = new Map<string, CardGroup>()
  for (const [groupId, groupCards] of members) {
    const record = records.get(groupId)
    if (!record) continue
    const sorted = sortOrdered(groupCards)
    groups.set(groupId, { ...record, cardIds: sorted.map((card) => card.id) })
    topLevel[record.lane].push({ id: record.id, order: record.order, cards: sorted })
  }
  const lanes = emptyLanes()
  for (const lane of LANES) lanes[lane] = sortOrdered(topLevel[lane]).flatMap((item) => item.cards)
  return { lanes, groups }
}

/** Each lane's cards in display order (see arrangeBoard). */
export function groupIntoLanes(cards: Iterable<Card>, groupRecords: Iterable<GroupRecord> = []): Lanes {
  return arrangeBoard(cards, groupRecords).lanes
}

export function readCards(doc: Y.Doc): Card[] {
  const cards: Card[] = []
  cardsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map) cards.push(readCard(id, map))
  })
  return cards
}

export function readBoard(doc: Y.Doc): Board {
  return arrangeBoard(readCards(doc), readGroupRecords(doc))
}
