import type { CardColor, LaneId } from '../../shared/schema'

/**
 * The slide layout of one practice board (a 1920×1080 PNG): where the title, the four lanes and every card
 * go, with each text already wrapped into lines. Pure: the caller passes `measure` (a canvas's measureText
 * in the browser, a fixed-width stub in tests), so the layout is tested without a DOM.
 *
 * Everything fits on the one slide: the layout tries large type in one column per lane first, then smaller
 * type, then two columns; a long card is cut after a few lines with "…", and if even the smallest setting
 * cannot hold a lane's cards, the lane ends with "+ N more cards".
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
  votes: number
  /** The group's title, or empty when the card stands alone. */
  groupTitle: string
}

export interface ImageLane {
  lane: LaneId
  title: string
  cards: readonly ImageCard[]
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

export interface CardBox {
  x: number
  y: number
  width: number
  height: number
  color: CardColor
  group: TextLine | null
  lines: TextLine[]
  /** The vote count's badge at the card's bottom right, when it has votes. */
  votes: { text: string; x: number; y: number; width: number; height: number; font: string } | null
}

export interface LaneBox {
  lane: LaneId
  x: number
  y: number
  width: number
  height: number
  header: { height: number; title: TextLine; count: TextLine }
  cards: CardBox[]
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
  group: string | null
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
  const groupSize = Math.round(size * 0.68)
  const group = card.groupTitle.trim()
    ? (wrapText(card.groupTitle.trim(), inner, font(groupSize, 600), measure, 1)[0] ?? null)
    : null
  const lines = wrapText(card.text, inner, font(size), measure, setting.maxLines)
  const shownLines = lines.length > 0 ? lines : ['']
  const lineHeight = Math.round(size * 1.25)
  const height =
    2 * CARD_PADDING +
    (group ? Math.round(groupSize * 1.3) + 4 : 0) +
    shownLines.length * lineHeight +
    (card.votes > 0 ? Math.round(size * 0.9) + 6 : 0)
  return { card, height, group, lines: shownLines }
}

/**
 * Places the cards, in order, each in the column that is shortest so far (so two columns stay balanced
 * and read left to right, top to bottom); null if one of them does not fit.
 */
function stack(
  sized: readonly SizedCard[],
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
          lane.cards.map((card) => sizeCard(card, cardWidth, setting, measure)),
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
    const sized = lane.cards.map((card) => sizeCard(card, cardWidth, chosen, measure))
    const moreFont = font(Math.max(18, chosen.fontSize - 2), 600)
    const moreHeight = 34
    // Room for every card, or for as many as fit with the "+ N more" line under them.
    let shown = sized.length
    let placed = stack(sized, chosen.columns, available)
    while (placed === null && shown > 0) {
      shown--
      placed = stack(sized.slice(0, shown), chosen.columns, available - moreHeight)
    }
    const positions = placed ?? []
    const size = chosen.fontSize
    const lineHeight = Math.round(size * 1.25)
    const groupSize = Math.round(size * 0.68)
    const cards = positions.map(({ column, y: offset }, cardIndex): CardBox => {
      const item = sized[cardIndex] as SizedCard
      const left = x + CARD_GAP + column * (cardWidth + CARD_GAP)
      const top = cardsTop + offset
      let textTop = top + CARD_PADDING
      const group = item.group
        ? { text: item.group, x: left + CARD_PADDING, y: textTop, font: font(groupSize, 600) }
        : null
      if (group) textTop += Math.round(groupSize * 1.3) + 4
      const lines = item.lines.map((text, line) => ({
        text,
        x: left + CARD_PADDING,
        y: textTop + line * lineHeight,
        font: font(size),
      }))
      let votes: CardBox['votes'] = null
      if (item.card.votes > 0) {
        const votesFont = font(Math.round(size * 0.72), 700)
        const text = `● ${item.card.votes}`
        const badgeHeight = Math.round(size * 0.9) + 2
        const badgeWidth = Math.ceil(measure(text, votesFont)) + 18
        votes = {
          text,
          font: votesFont,
          width: badgeWidth,
          height: badgeHeight,
          x: left + cardWidth - CARD_PADDING - badgeWidth + 6,
          y: top + item.height - CARD_PADDING - badgeHeight + 6,
        }
      }
      return {
        x: left,
        y: top,
        width: cardWidth,
        height: item.height,
        color: item.card.color,
        group,
        lines,
        votes,
      }
    })
    const hidden = sized.length - cards.length
    const lastBottom = cards.reduce((bottom, card) => Math.max(bottom, card.y + card.height), cardsTop)
    const more =
      hidden > 0
        ? { text: input.labels.more(hidden), x: x + CARD_GAP, y: lastBottom + CARD_GAP, font: moreFont }
        : null
    const emptyFont = font(24, 400)
    const empty =
      lane.cards.length === 0
        ? {
            text: input.labels.noCards,
            x: x + (laneWidth - measure(input.labels.noCards, emptyFont)) / 2,
            y: cardsTop + 24,
            font: emptyFont,
          }
        : null
    const headerFont = font(26, 700)
    const countFont = font(24, 600)
    const count = String(lane.cards.length)
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
