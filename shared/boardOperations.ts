import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import { newId } from './ids'
import { type Ordered, orderKeyAt, sortOrdered } from './ordering'
import type { TransactionOrigin } from './origins'
import { type GroupRecord, readBoard, readPosition } from './readers'
import {
  type Author,
  type Card,
  type CardColor,
  type CardFields,
  cardsMap,
  DEFAULT_CARD_COLOR,
  type GroupFields,
  groupsMap,
  isCardColor,
  isLaneId,
  type LaneId,
  LIMITS,
  STAKEHOLDER_LEVELS,
  STAKEHOLDER_TYPES,
  type StakeholderTags,
  type TransferDetails,
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
  /**
   * A given id instead of a fresh one: revealing a private draft uses the draft's id, so a draft revealed
   * twice (two tabs of one device) lands as one card, not two.
   */
  id?: string
}

/**
 * The lane's top-level items (ungrouped cards and groups), sorted, without `exceptId`: positions and
 * indexes of ungrouped cards and of groups are counted among these.
 */
function laneItems(doc: Y.Doc, lane: LaneId, exceptId?: string): Ordered[] {
  const board = readBoard(doc)
  const items: Ordered[] = []
  for (const card of board.lanes[lane]) {
    if (card.groupId === null && card.id !== exceptId) items.push(card)
  }
  for (const group of board.groups.values()) {
    if (group.lane === lane && group.id !== exceptId) items.push(group)
  }
  return sortOrdered(items)
}

function cardText(value: string): string {
  // Cards keep inner line breaks (Shift+Enter) but not leading or trailing blank space, nor bidi controls.
  return withoutBidiControls(value).trim().slice(0, LIMITS.cardText)
}

/** A name, title or field written on a board: without bidi controls (see bidi.ts), trimmed, at most `max`. */
function boardText(value: string, max: number): string {
  return withoutBidiControls(value).trim().slice(0, max)
}

export function addCard(doc: Y.Doc, input: NewCard, now: number, origin?: TransactionOrigin): string {
  if (!isLaneId(input.lane)) throw new Error(`Unknown lane: ${String(input.lane)}`)
  const id = input.id ?? newId()
  // A card under this id already exists: a draft revealed again (another tab, a retry). Writing it anew
  // would replace the card, with whatever others did to it since; the first reveal stands.
  if (input.id !== undefined && cardsMap(doc).has(input.id)) return id
  doc.transact(() => {
    const siblings = laneItems(doc, input.lane)
    const card = typed<CardFields>(new Y.Map())
    const content = new Y.Text()
    content.insert(0, cardText(input.text))
    card.set('text', content)
    card.set('position', { lane: input.lane, order: orderKeyAt(siblings, input.index ?? siblings.length) })
    card.set('color', input.color && isCardColor(input.color) ? input.color : DEFAULT_CARD_COLOR)
    card.set('authorId', input.author.id)
    card.set('authorName', boardText(input.author.name, LIMITS.personName))
    card.set('authorOrganisation', boardText(input.author.organisation, LIMITS.organisation))
    card.set('createdAt', now)
    cardsMap(doc).set(id, card.map)
  }, origin)
  return id
}

/** A card's fields, or undefined when there is no card (or something other than a Y.Map) under `id`. */
function cardFields(doc: Y.Doc, id: string) {
  const map: unknown = cardsMap(doc).get(id)
  return map instanceof Y.Map ? typed<CardFields>(map) : undefined
}

/** The group a card's fields name, or null (a card written by a hostile client may hold anything there). */
function storedGroupId(card: { get(key: 'groupId'): unknown }): string | null {
  const groupId = card.get('groupId')
  return typeof groupId === 'string' && groupId !== '' ? groupId : null
}

/** A group's Y.Map, or undefined when there is no group (or something other than a Y.Map) under `id`. */
function groupMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map: unknown = groupsMap(doc).get(id)
  return map instanceof Y.Map ? map : undefined
}

/** Sets the card's text, changing only the span that differs so concurrent edits elsewhere in it survive. */
export function editCardText(doc: Y.Doc, id: string, text: string, origin?: TransactionOrigin): boolean {
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

export function setCardColor(doc: Y.Doc, id: string, color: CardColor, origin?: TransactionOrigin): boolean {
  const card = cardFields(doc, id)
  if (!card || !isCardColor(color)) return false
  if (card.get('color') === color) return true
  doc.transact(() => card.set('color', color), origin)
  return true
}

/**
 * Moves a card to `index` of `lane`, counted among the lane's other top-level items, taking it out of its
 * group if it was in one. Only the card's position value changes: the card is never removed and
 * re-inserted, so two people moving it at once can neither duplicate nor lose it; the last move to
 * arrive wins as a whole.
 */
export function moveCard(
  doc: Y.Doc,
  id: string,
  lane: LaneId,
  index: number,
  origin?: TransactionOrigin,
): boolean {
  const card = cardFields(doc, id)
  if (!card || !isLaneId(lane)) return false
  doc.transact(() => {
    const groupId = storedGroupId(card)
    if (groupId) card.set('groupId', null)
    card.set('position', { lane, order: orderKeyAt(laneItems(doc, lane, id), index) })
    if (groupId) removeGroupIfEmpty(doc, groupId)
  }, origin)
  return true
}

export function deleteCard(doc: Y.Doc, id: string, origin?: TransactionOrigin): boolean {
  const cards = cardsMap(doc)
  const card: unknown = cards.get(id)
  if (card === undefined) return false
  doc.transact(() => {
    const groupId = card instanceof Y.Map ? storedGroupId(typed<CardFields>(card)) : null
    cards.delete(id)
    if (groupId) removeGroupIfEmpty(doc, groupId)
  }, origin)
  return true
}

// ---- Groups: cards of a lane under one title, moved and voted on as one. ----

function removeGroupIfEmpty(doc: Y.Doc, groupId: string): void {
  // Only the group field matters: no need to read every card's text.
  const stillUsed = [...cardsMap(doc).values()].some(
    (card: unknown) => card instanceof Y.Map && card.get('groupId') === groupId,
  )
  if (!stillUsed) groupsMap(doc).delete(groupId)
}

function groupCardIds(doc: Y.Doc, groupId: string): string[] {
  return readBoard(doc).groups.get(groupId)?.cardIds ?? []
}

/**
 * Drops card `draggedId` onto card `targetId`: if the target is in a group the card joins it (at the
 * end); otherwise a new group takes the target's place in its lane, holding the target then the card.
 * Returns the group's id, or null when either card is missing or they are the same card.
 */
export function groupCards(
  doc: Y.Doc,
  targetId: string,
  draggedId: string,
  title = '',
  origin?: TransactionOrigin,
): string | null {
  const target = cardFields(doc, targetId)
  const dragged = cardFields(doc, draggedId)
  if (!target || !dragged || targetId === draggedId) return null
  let groupId = storedGroupId(target)
  doc.transact(() => {
    const previousGroup = storedGroupId(dragged)
    if (!groupId || !groupMap(doc, groupId)) {
      const position = readPosition(target.get('position'))
      groupId = newId()
      const group = typed<GroupFields>(new Y.Map())
      group.set('title', boardText(title, LIMITS.title))
      group.set('position', { lane: position.lane, order: position.order })
      groupsMap(doc).set(groupId, group.map)
      target.set('groupId', groupId)
      target.set('position', { lane: position.lane, order: orderKeyAt([], 0) })
    }
    // One read of the board: the group's lane and its other cards, already in their order.
    const board = readBoard(doc)
    const lane = board.groups.get(groupId)?.lane ?? readPosition(target.get('position')).lane
    const members = board.lanes[lane].filter((card) => card.groupId === groupId && card.id !== draggedId)
    dragged.set('groupId', groupId)
    dragged.set('position', { lane, order: orderKeyAt(members, members.length) })
    if (previousGroup && previousGroup !== groupId) removeGroupIfEmpty(doc, previousGroup)
  }, origin)
  return groupId
}

export function renameGroup(doc: Y.Doc, groupId: string, title: string, origin?: TransactionOrigin): boolean {
  const map = groupMap(doc, groupId)
  if (!map) return false
  doc.transact(() => typed<GroupFields>(map).set('title', boardText(title, LIMITS.title)), origin)
  return true
}

/** Moves a whole group to `index` among the top-level items of `lane`; its cards go with it. */
export function moveGroup(
  doc: Y.Doc,
  groupId: string,
  lane: LaneId,
  index: number,
  origin?: TransactionOrigin,
): boolean {
  const map = groupMap(doc, groupId)
  if (!map || !isLaneId(lane)) return false
  doc.transact(() => {
    typed<GroupFields>(map).set('position', { lane, order: orderKeyAt(laneItems(doc, lane, groupId), index) })
    // Grouped cards take their lane from the group; keeping their own lane in step too means a card
    // that leaves the group later, or outlives it, stays where people last saw it.
    for (const cardId of groupCardIds(doc, groupId)) {
      const card = cardFields(doc, cardId)
      const position = readPosition(card?.get('position'))
      if (card && position.lane !== lane) card.set('position', { lane, order: position.order })
    }
  }, origin)
  return true
}

/** Dissolves a group: its cards stand alone again, in the group's place and order. */
export function ungroup(doc: Y.Doc, groupId: string, origin?: TransactionOrigin): boolean {
  if (!groupsMap(doc).has(groupId)) return false
  doc.transact(() => {
    const group = readBoard(doc).groups.get(groupId)
    if (group) {
      const items = laneItems(doc, group.lane)
      let index = Math.max(
        0,
        items.findIndex((item) => item.id === groupId),
      )
      let siblings = items.filter((item) => item.id !== groupId)
      for (const cardId of group.cardIds) {
        const card = cardFields(doc, cardId)
        if (!card) continue
        const order = orderKeyAt(siblings, index)
        card.set('groupId', null)
        card.set('position', { lane: group.lane, order })
        siblings = sortOrdered([...siblings, { id: cardId, order }])
        index++
      }
    }
    groupsMap(doc).delete(groupId)
  }, origin)
  return true
}

// ---- Structured fields. ----

const DETAIL_LIMIT = 500

export function setTransferDetails(
  doc: Y.Doc,
  id: string,
  patch: Partial<TransferDetails>,
  origin?: TransactionOrigin,
): boolean {
  const card = cardFields(doc, id)
  if (!card) return false
  const keys = {
    owner: 'transferOwner',
    timeframe: 'transferTimeframe',
    resources: 'transferResources',
    barriers: 'transferBarriers',
  } as const
  doc.transact(() => {
    for (const [field, key] of Object.entries(keys) as [
      keyof TransferDetails,
      (typeof keys)[keyof TransferDetails],
    ][]) {
      const value = patch[field]
      if (value !== undefined) card.set(key, boardText(value, DETAIL_LIMIT))
    }
  }, origin)
  return true
}

export function setStakeholderTags(
  doc: Y.Doc,
  id: string,
  patch: Partial<StakeholderTags>,
  origin?: TransactionOrigin,
): boolean {
  const card = cardFields(doc, id)
  if (!card) return false
  if (patch.type != null && !STAKEHOLDER_TYPES.includes(patch.type)) return false
  if (patch.level != null && !STAKEHOLDER_LEVELS.includes(patch.level)) return false
  doc.transact(() => {
    if (patch.type !== undefined) card.set('stakeholderType', patch.type)
    if (patch.level !== undefined) card.set('stakeholderLevel', patch.level)
  }, origin)
  return true
}

/**
 * Writes whole cards and groups as they are, under their own ids and positions, in one transaction: a
 * board built from a record of another (an imported export, a follow-up's carried cards).
 */
export function writeBoardRecords(
  doc: Y.Doc,
  cards: Iterable<Card>,
  groups: Iterable<GroupRecord>,
  origin?: TransactionOrigin,
): void {
  // Records are copied as they are (ids, order keys, limits: an import checked them), but what people
  // wrote loses its bidi controls here too, as in every other write (see bidi.ts).
  const clean = withoutBidiControls
  doc.transact(() => {
    for (const group of groups) {
      const fields = typed<GroupFields>(new Y.Map())
      fields.set('title', clean(group.title))
      fields.set('position', { lane: group.lane, order: group.order })
      groupsMap(doc).set(group.id, fields.map)
    }
    for (const card of cards) {
      const fields = typed<CardFields>(new Y.Map())
      fields.set('text', new Y.Text(clean(card.text)))
      fields.set('position', { lane: card.lane, order: card.order })
      fields.set('color', card.color)
      fields.set('authorId', card.author.id)
      fields.set('authorName', clean(card.author.name))
      fields.set('authorOrganisation', clean(card.author.organisation))
      fields.set('createdAt', card.createdAt)
      fields.set('groupId', card.groupId)
      fields.set('transferOwner', clean(card.transfer.owner))
      fields.set('transferTimeframe', clean(card.transfer.timeframe))
      fields.set('transferResources', clean(card.transfer.resources))
      fields.set('transferBarriers', clean(card.transfer.barriers))
      fields.set('stakeholderType', card.stakeholder.type)
      fields.set('stakeholderLevel', card.stakeholder.level)
      cardsMap(doc).set(card.id, fields.map)
    }
  }, origin)
}
