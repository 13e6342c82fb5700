import type { CardColor, LaneId } from '../../shared/schema'

/**
 * The slide layout of one practice board (a 1920×1080 PNG): where the title, the four lanes and every card
 * go, with each text already wrapped into lines. Pure: the caller passes `measure` (a canvas's measureText
 * in the browser, a fixed-width stub in tests), so the layout is tested without a DOM.
 *
 * Everything fits on the one slide: the layout tries large type in one column per lane first, then smaller
 * type, then two columns; a long card is cut after a few lines with "…", and if even the smallest setting
 * cannot hold a lane's cards, the lane ends with "+ N more cards".
 *
 * A group is drawn as a group: a frame around its cards with its title and its votes, once, at the top;
 * its cards carry no votes of their own (a dot on a grouped card counts for the group), so the badges of
 * a slide add up to the dots cast on the board.
 */

export const SLIDE = { width: 1920, height: 1080 } as const
// The app's own font stack, then the colour-emoji fonts of the main systems so emoji in cards draw as emoji.
export const FONT_FAMILY =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"'
const ELLIPSIS = '…'

export type Measure = (text: string, font: string) => number

export interface ImageCard {
  text: string
  color: CardColor
  /** Its own votes: 0 for a card in a group, whose votes are the group's. */
  votes: number
}

export interface ImageGroup {
  /** Already the fallback ("Untitled group") when the group has no title. */
  title: string
  votes: number
  cards: readonly ImageCard[]
}

/** A lane's top-level item: a card on its own or a group of cards. */
export type ImageItem = { kind: 'card'; card: ImageCard } | { kind: 'group'; group: ImageGroup }

export interface ImageLane {
  lane: LaneId
  title: string
  items: readonly ImageItem[]
}

export interface BoardImageInput {
  title: string
  organisation: string
  /** A line under the title: the workshop's name and date, say. */
  subtitle: string
  lanes: readonly ImageLane[]
  labels: { noCards: string; more(count: number): string }
}

/** One line of text, its top-left corner at (x, y) (the drawing uses textBaseline "top"). */
export interface TextLine {
  text: string
  x: number
  y: number
  font: string
}

/** A vote count's badge: "● 3" in white on the lane's colour. */
export interface VoteBadge {
  text: string
  x: number
  y: number
  width: number
  height: number
  font: string
}

export interface CardBox {
  x: number
  y: number
  width: number
  height: number
  color: CardColor
  lines: TextLine[]
  /** The vote count's badge at the card's bottom right, when it has votes of its own. */
  votes: VoteBadge | null
}

/** The frame around a group's cards, its title at the top left and its votes at the top right. */
export interface GroupBox {
  x: number
  y: number
  width: number
  height: number
  title: TextLine
  votes: VoteBadge | null
}

export interface LaneBox {
  lane: LaneId
  x: number
  y: number
  width: number
  height: number
  header: { height: number; title: TextLine; count: TextLine }
  /** Every card shown, those in groups included (they lie inside their group's frame). */
  cards: CardBox[]
  groups: GroupBox[]
  /** "+ N more cards" under the last card that fits, or null when every card is shown. */
  more: TextLine | null
  /** "No cards", in the middle of an empty lane. */
  empty: TextLine | null
}

export interface BoardImageLayout {
  width: number
  height: number
  title: TextLine[]
  /** The organisation and the subtitle, on one line under the title. */
  organisation: TextLine | null
  lanes: LaneBox[]
  /** The type size the cards ended up with (px), and how many columns each lane has. */
  cardFontSize: number
  columns: number
}

const MARGIN = 56
const LANE_GAP = 24
const HEADER_HEIGHT = 64
const CARD_GAP = 12
const CARD_PADDING = 14
const TITLE_SIZE = 52
const TITLE_LINE = 62
const TITLE_MAX_LINES = 2
/** Space between a group's frame and its cards. */
const GROUP_PADDING = 10

/** Tried in order: the first setting under which every lane's cards fit is used. */
export const CARD_SETTINGS: readonly { fontSize: number; columns: number; maxLines: number }[] = [
  { fontSize: 34, columns: 1, maxLines: 6 },
  { fontSize: 28, columns: 1, maxLines: 6 },
  { fontSize: 24, columns: 1, maxLines: 5 },
  { fontSize: 21, columns: 1, maxLines: 5 },
  { fontSize: 19, columns: 2, maxLines: 5 },
  { fontSize: 17, columns: 2, maxLines: 4 },
  { fontSize: 15, columns: 2, maxLines: 3 },
]

export function font(size: number, weight: 400 | 600 | 700 = 400): string {
  return `${weight} ${size}px ${FONT_FAMILY}`
}

/** The text's grapheme clusters (an emoji with its modifiers or a letter with its accents stays whole). */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    )
  }
  return Array.from(text)
}

/** Cuts `line` (dropping whole graphemes from its end) until it and "…" fit in `width`. */
export function withEllipsis(line: string, width: number, fontSpec: string, measure: Measure): string {
  const parts = graphemes(line.trimEnd())
  while (parts.length > 0 && measure(`${parts.join('').trimEnd()}${ELLIPSIS}`, fontSpec) > width) parts.pop()
  return `${parts.join('').trimEnd()}${ELLIPSIS}`
}

/**
 * Wraps `text` into lines no wider than `width`: at spaces where it can, inside a word only when the word
 * alone is too wide; line breaks in the text are kept. More than `maxLines` lines: the last one shown ends
 * with "…".
 */
export function wrapText(
  text: string,
  width: number,
  fontSpec: string,
  measure: Measure,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = []
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n')
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/[ \t]+/).filter(Boolean)
    if (words.length === 0) {
      lines.push('')
      continue
    }
    let current = ''
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word
      if (measure(candidate, fontSpec) <= width) {
        current = candidate
        continue
      }
      if (current) lines.push(current)
      current = ''
      // A word wider than the line on its own: break it between graphemes.
      if (measure(word, fontSpec) > width) {
        let piece = ''
        for (const grapheme of graphemes(word)) {
          if (piece && measure(piece + grapheme, fontSpec) > width) {
            lines.push(piece)
            piece = grapheme
          } else piece += grapheme
        }
        current = piece
      } else current = word
    }
    lines.push(current)
  }
  // Blank lines at the ends say nothing on a slide.
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', width, fontSpec, measure)
  return kept
}

interface SizedCard {
  card: ImageCard
  height: number
  lines: string[]
}

function sizeCard(
  card: ImageCard,
  width: number,
  setting: (typeof CARD_SETTINGS)[number],
  measure: Measure,
): SizedCard {
  const inner = width - 2 * CARD_PADDING
  const size = setting.fontSize
  const lines = wrapText(card.text, inner, font(size), measure, setting.maxLines)
  const shownLines = lines.length > 0 ? lines : ['']
  const lineHeight = Math.round(size * 1.25)
  const height =
    2 * CARD_PADDING + shownLines.length * lineHeight + (card.votes > 0 ? Math.round(size * 0.9) + 6 : 0)
  return { card, height, lines: shownLines }
}

function groupTitleSize(setting: (typeof CARD_SETTINGS)[number]): number {
  return Math.round(setting.fontSize * 0.72)
}

function badgeHeight(size: number): number {
  return Math.round(size * 0.9) + 2
}

/** The height of a group's title row: its title, or its votes badge when that is taller. */
function groupHeaderHeight(setting: (typeof CARD_SETTINGS)[number]): number {
  return Math.max(Math.round(groupTitleSize(setting) * 1.3), badgeHeight(setting.fontSize))
}

type SizedItem =
  | { kind: 'card'; height: number; card: SizedCard }
  | { kind: 'group'; height: number; group: ImageGroup; title: string; cards: SizedCard[] }

/** An item's size in a column `width` wide: a group holds its cards, narrower by its padding, under its title. */
function sizeItem(
  item: ImageItem,
  width: number,
  setting: (typeof CARD_SETTINGS)[number],
  measure: Measure,
): SizedItem {
  if (item.kind === 'card') {
    const card = sizeCard(item.card, width, setting, measure)
    return { kind: 'card', height: card.height, card }
  }
  const inner = width - 2 * GROUP_PADDING
  const cards = item.group.cards.map((card) => sizeCard(card, inner, setting, measure))
  const badge = item.group.votes > 0 ? votesWidth(item.group.votes, setting, measure) + 8 : 0
  const title =
    wrapText(item.group.title.trim(), inner - badge, font(groupTitleSize(setting), 700), measure, 1)[0] ?? ''
  const height =
    2 * GROUP_PADDING +
    groupHeaderHeight(setting) +
    cards.reduce((sum, card) => sum + CARD_GAP + card.height, 0)
  return { kind: 'group', height, group: item.group, title, cards }
}

function votesFont(size: number): string {
  return font(Math.round(size * 0.72), 700)
}

function votesWidth(votes: number, setting: (typeof CARD_SETTINGS)[number], measure: Measure): number {
  return Math.ceil(measure(`● ${votes}`, votesFont(setting.fontSize))) + 18
}

/** How many cards the items hold, those in groups included. */
function cardCount(items: readonly ImageItem[]): number {
  return items.reduce((sum, item) => sum + (item.kind === 'card' ? 1 : item.group.cards.length), 0)
}

/**
 * Places the items, in order, each in the column that is shortest so far (so two columns stay balanced
 * and read left to right, top to bottom); null if one of them does not fit.
 */
function stack(
  sized: readonly { height: number }[],
  columns: number,
  available: number,
): { column: number; y: number }[] | null {
  const placed: { column: number; y: number }[] = []
  const heights: number[] = Array.from({ length: columns }, () => 0)
  for (const card of sized) {
    let column = 0
    for (let candidate = 1; candidate < columns; candidate++) {
      if ((heights[candidate] ?? 0) < (heights[column] ?? 0)) column = candidate
    }
    const y = heights[column] ?? 0
    if (y + card.height > available) return null
    placed.push({ column, y })
    heights[column] = y + card.height + CARD_GAP
  }
  return placed
}

export function layoutBoardImage(input: BoardImageInput, measure: Measure): BoardImageLayout {
  const { width, height } = SLIDE
  const contentWidth = width - 2 * MARGIN

  const titleFont = font(TITLE_SIZE, 700)
  const titleLines = wrapText(input.title.trim(), contentWidth, titleFont, measure, TITLE_MAX_LINES)
  let y = MARGIN - 8
  const title = titleLines.map((text, index) => ({
    text,
    x: MARGIN,
    y: y + index * TITLE_LINE,
    font: titleFont,
  }))
  y += Math.max(1, titleLines.length) * TITLE_LINE
  const metaFont = font(28, 400)
  const metaText = [input.organisation.trim(), input.subtitle.trim()].filter(Boolean)
  const organisation =
    metaText.length > 0
      ? {
          text: wrapText(metaText.join(' · '), contentWidth, metaFont, measure, 1)[0] ?? '',
          x: MARGIN,
          y,
          font: metaFont,
        }
      : null
  if (organisation) y += 40
  const lanesTop = y + 20

  const laneWidth = (contentWidth - (input.lanes.length - 1) * LANE_GAP) / Math.max(1, input.lanes.length)
  const laneHeight = height - MARGIN + 16 - lanesTop
  const available = laneHeight - HEADER_HEIGHT - 2 * CARD_GAP

  // The largest setting that shows every card of every lane, else the smallest (with "+ N more").
  const smallest = CARD_SETTINGS[CARD_SETTINGS.length - 1] ?? { fontSize: 15, columns: 2, maxLines: 3 }
  let chosen = smallest
  for (const setting of CARD_SETTINGS) {
    const cardWidth = (laneWidth - 2 * CARD_GAP - (setting.columns - 1) * CARD_GAP) / setting.columns
    const fits = input.lanes.every(
      (lane) =>
        stack(
          lane.items.map((item) => sizeItem(item, cardWidth, setting, measure)),
          setting.columns,
          available,
        ) !== null,
    )
    if (fits) {
      chosen = setting
      break
    }
  }

  const cardWidth = (laneWidth - 2 * CARD_GAP - (chosen.columns - 1) * CARD_GAP) / chosen.columns
  const lanes = input.lanes.map((lane, index): LaneBox => {
    const x = MARGIN + index * (laneWidth + LANE_GAP)
    const cardsTop = lanesTop + HEADER_HEIGHT + CARD_GAP
    const sized = lane.items.map((item) => sizeItem(item, cardWidth, chosen, measure))
    const moreFont = font(Math.max(18, chosen.fontSize - 2), 600)
    const moreHeight = 34
    // Room for every item, or for as many as fit with the "+ N more" line under them.
    let shown = sized.length
    let placed = stack(sized, chosen.columns, available)
    while (placed === null && shown > 0) {
      shown--
      placed = stack(sized.slice(0, shown), chosen.columns, available - moreHeight)
    }
    const positions = placed ?? []
    const size = chosen.fontSize
    const lineHeight = Math.round(size * 1.25)
    const badge = (votes: number, right: number, top: number): VoteBadge => {
      const text = `● ${votes}`
      const width = votesWidth(votes, chosen, measure)
      return { text, font: votesFont(size), width, height: badgeHeight(size), x: right - width, y: top }
    }
    const cardBox = (item: SizedCard, left: number, top: number, width: number): CardBox => ({
      x: left,
      y: top,
      width,
      height: item.height,
      color: item.card.color,
      lines: item.lines.map((text, line) => ({
        text,
        x: left + CARD_PADDING,
        y: top + CARD_PADDING + line * lineHeight,
        font: font(size),
      })),
      votes:
        item.card.votes > 0
          ? badge(
              item.card.votes,
              left + width - CARD_PADDING + 6,
              top + item.height - CARD_PADDING - badgeHeight(size) + 6,
            )
          : null,
    })
    const cards: CardBox[] = []
    const groups: GroupBox[] = []
    positions.forEach(({ column, y: offset }, index) => {
      const item = sized[index] as SizedItem
      const left = x + CARD_GAP + column * (cardWidth + CARD_GAP)
      const top = cardsTop + offset
      if (item.kind === 'card') {
        cards.push(cardBox(item.card, left, top, cardWidth))
        return
      }
      const header = groupHeaderHeight(chosen)
      const titleSize = groupTitleSize(chosen)
      groups.push({
        x: left,
        y: top,
        width: cardWidth,
        height: item.height,
        title: {
          text: item.title,
          x: left + GROUP_PADDING + 4,
          y: top + GROUP_PADDING + (header - Math.round(titleSize * 1.3)) / 2 + 2,
          font: font(titleSize, 700),
        },
        votes:
          item.group.votes > 0
            ? badge(item.group.votes, left + cardWidth - GROUP_PADDING, top + GROUP_PADDING)
            : null,
      })
      let cardTop = top + GROUP_PADDING + header + CARD_GAP
      for (const card of item.cards) {
        cards.push(cardBox(card, left + GROUP_PADDING, cardTop, cardWidth - 2 * GROUP_PADDING))
        cardTop += card.height + CARD_GAP
      }
    })
    const hidden = cardCount(lane.items) - cards.length
    const lastBottom = [...cards, ...groups].reduce(
      (bottom, box) => Math.max(bottom, box.y + box.height),
      cardsTop,
    )
    const more =
      hidden > 0
        ? { text: input.labels.more(hidden), x: x + CARD_GAP, y: lastBottom + CARD_GAP, font: moreFont }
        : null
    const emptyFont = font(24, 400)
    const total = cardCount(lane.items)
    const empty =
      total === 0
        ? {
            text: input.labels.noCards,
            x: x + (laneWidth - measure(input.labels.noCards, emptyFont)) / 2,
            y: cardsTop + 24,
            font: emptyFont,
          }
        : null
    const headerFont = font(26, 700)
    const countFont = font(24, 600)
    const count = String(total)
    return {
      lane: lane.lane,
      x,
      y: lanesTop,
      width: laneWidth,
      height: laneHeight,
      header: {
        height: HEADER_HEIGHT,
        title: {
          text: wrapText(lane.title, laneWidth - 80, headerFont, measure, 1)[0] ?? '',
          x: x + 20,
          y: lanesTop + (HEADER_HEIGHT - 26) / 2,
          font: headerFont,
        },
        count: {
          text: count,
          x: x + laneWidth - 20 - measure(count, countFont),
          y: lanesTop + (HEADER_HEIGHT - 24) / 2,
          font: countFont,
        },
      },
      cards,
      groups,
      more,
      empty,
    }
  })

  return {
    width,
    height,
    title,
    organisation,
    lanes,
    cardFontSize: chosen.fontSize,
    columns: chosen.columns,
  }
}
