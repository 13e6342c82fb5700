import * as Y from 'yjs'
import { newId } from './ids'
import { orderKeyAt } from './ordering'
import { groupIntoLanes, readCards } from './readers'
import {
  type Author,
  type CardColor,
  type CardFields,
  cardsMap,
  DEFAULT_CARD_COLOR,
  isCardColor,
  isLaneId,
  type LaneId,
  LIMITS,
  typed,
} from './schema'
import { applyTextChange } from './textDiff'

/** Domain operations on a board document; each runs in one Yjs transaction (see workshopOperations.ts). */

export interface NewCard {
  lane: LaneId
  text: string
  color?: CardColor
  author: Author
  /** Position among the lane's cards; the end of the lane when omitted. */
  index?: number
}

function laneSiblings(doc: Y.Doc, lane: LaneId, exceptId?: string) {
  const lanes = groupIntoLanes(readCards(doc).filter((card) => card.id !== exceptId))
  return lanes[lane]
}

function cardText(value: string): string {
  // Cards keep inner line breaks (Shift+Enter) but not leading or trailing blank space.
  return value.trim().slice(0, LIMITS.cardText)
}

export function addCard(doc: Y.Doc, input: NewCard, now: number, origin?: unknown): string {
  if (!isLaneId(input.lane)) throw new Error(`Unknown lane: ${String(input.lane)}`)
  const id = newId()
  doc.transact(() => {
    const siblings = laneSiblings(doc, input.lane)
    const card = typed<CardFields>(new Y.Map())
    const content = new Y.Text()
    content.insert(0, cardText(input.text))
    card.set('text', content)
    card.set('position', { lane: input.lane, order: orderKeyAt(siblings, input.index ?? siblings.length) })
    card.set('color', input.color && isCardColor(input.color) ? input.color : DEFAULT_CARD_COLOR)
    card.set('authorId', input.author.id)
    card.set('authorName', input.author.name.slice(0, LIMITS.personName))
    card.set('authorOrganisation', input.author.organisation.slice(0, LIMITS.organisation))
    card.set('createdAt', now)
    cardsMap(doc).set(id, card.map)
  }, origin)
  return id
}

function cardFields(doc: Y.Doc, id: string) {
  const map = cardsMap(doc).get(id)
  return map ? typed<CardFields>(map) : undefined
}

/** Sets the card's text, changing only the span that differs so concurrent edits elsewhere in it survive. */
export function editCardText(doc: Y.Doc, id: string, text: string, origin?: unknown): boolean {
  const card = cardFields(doc, id)
  if (!card) return false
  doc.transact(() => {
    let content = card.get('text')
    if (!(content instanceof Y.Text)) {
      content = new Y.Text()
      card.set('text', content)
    }
    applyTextChange(content, cardText(text))
  }, origin)
  return true
}

export function setCardColor(doc: Y.Doc, id: string, color: CardColor, origin?: unknown): boolean {
  const card = cardFields(doc, id)
  if (!card || !isCardColor(color)) return false
  if (card.get('color') === color) return true
  doc.transact(() => card.set('color', color), origin)
  return true
}

/**
 * Moves a card to `index` of `lane`, counted among the lane's other cards. Only the card's position value
 * changes: the card is never removed and re-inserted, so two people moving it at once can neither
 * duplicate nor lose it; the last move to arrive wins as a whole.
 */
export function moveCard(doc: Y.Doc, id: string, lane: LaneId, index: number, origin?: unknown): boolean {
  const card = cardFields(doc, id)
  if (!card || !isLaneId(lane)) return false
  doc.transact(() => {
    card.set('position', { lane, order: orderKeyAt(laneSiblings(doc, lane, id), index) })
  }, origin)
  return true
}

export function deleteCard(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const cards = cardsMap(doc)
  if (!cards.has(id)) return false
  doc.transact(() => cards.delete(id), origin)
  return true
}
