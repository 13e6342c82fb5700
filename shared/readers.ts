import type * as Y from 'yjs'
import { sortOrdered } from './ordering'
import {
  type Board,
  type Card,
  type CardFields,
  cardsMap,
  DEFAULT_CARD_COLOR,
  isCardColor,
  isLaneId,
  LANES,
  type Lanes,
  type Practice,
  type PracticeFields,
  practicesMap,
  SCHEMA_VERSION,
  typed,
  type Workshop,
  workshopDetailsMap,
} from './schema'

/**
 * Pure readers: a document in, plain sorted objects out. Values written by an older or misbehaving client
 * are read defensively (a wrong type becomes a safe default) so one bad field never breaks a board.
 */

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function number(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

export function readPractice(id: string, map: Y.Map<unknown>): Practice {
  const fields = typed<PracticeFields>(map)
  return {
    id,
    title: text(fields.get('title')),
    organisation: text(fields.get('organisation')),
    description: text(fields.get('description')),
    order: text(fields.get('order')),
    createdAt: number(fields.get('createdAt')),
    locked: fields.get('locked') === true,
  }
}

export function readPractices(doc: Y.Doc): Practice[] {
  const practices: Practice[] = []
  practicesMap(doc).forEach((map, id) => {
    practices.push(readPractice(id, map))
  })
  return sortOrdered(practices)
}

export function readWorkshop(doc: Y.Doc): Workshop {
  const details = workshopDetailsMap(doc)
  return {
    schemaVersion: number(details.get('schemaVersion')) || SCHEMA_VERSION,
    title: text(details.get('title')),
    date: text(details.get('date')),
    place: text(details.get('place')),
    createdAt: number(details.get('createdAt')),
    practices: readPractices(doc),
  }
}

export function readCard(id: string, map: Y.Map<unknown>): Card {
  const fields = typed<CardFields>(map)
  const content = fields.get('text')
  const position = fields.get('position')
  const color = fields.get('color')
  return {
    id,
    text: content && typeof content.toString === 'function' ? content.toString() : '',
    lane: isLaneId(position?.lane) ? position.lane : LANES[0],
    order: text(position?.order),
    color: isCardColor(color) ? color : DEFAULT_CARD_COLOR,
    author: {
      id: text(fields.get('authorId')),
      name: text(fields.get('authorName')),
      organisation: text(fields.get('authorOrganisation')),
    },
    createdAt: number(fields.get('createdAt')),
  }
}

export function emptyLanes(): Lanes {
  return { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] }
}

/** Groups cards into their lanes, each lane in the shared order. */
export function groupIntoLanes(cards: Iterable<Card>): Lanes {
  const lanes = emptyLanes()
  for (const card of cards) lanes[card.lane].push(card)
  for (const lane of LANES) lanes[lane] = sortOrdered(lanes[lane])
  return lanes
}

export function readCards(doc: Y.Doc): Card[] {
  const cards: Card[] = []
  cardsMap(doc).forEach((map, id) => {
    cards.push(readCard(id, map))
  })
  return cards
}

export function readBoard(doc: Y.Doc): Board {
  return { lanes: groupIntoLanes(readCards(doc)) }
}
