import type { CardColor, LaneId } from '../../shared/schema'
import type { BoardImageLayout, TextLine, VoteBadge } from './layout'

/**
 * Paints a board layout (layout.ts) on a canvas, in the app's colours. Card text is only ever drawn with
 * fillText: whatever people typed is pixels, never markup.
 */

/** The lanes' accents and the cards' colours, as in styles.css (--lane-accent, --card-*). */
export const LANE_COLORS: Record<LaneId, string> = {
  keyAspects: '#3d7a8a',
  stakeholders: '#5a6fb0',
  benefits: '#4f8a5b',
  transferSteps: '#b07a2a',
}

export const CARD_COLORS: Record<CardColor, { fill: string; edge: string }> = {
  yellow: { fill: '#fbf0c0', edge: '#e8d57c' },
  green: { fill: '#d8eedb', edge: '#9fcca7' },
  blue: { fill: '#d7e6f6', edge: '#9dbfe3' },
  pink: { fill: '#f8dbe4', edge: '#e3a5b8' },
  purple: { fill: '#e6dcf4', edge: '#bca7df' },
  grey: { fill: '#e9e8e4', edge: '#c4c1b8' },
}

const BACKGROUND = '#f6f5f1'
const LANE_FILL = '#ffffff'
const LANE_EDGE = '#d9d6cd'
const TEXT = '#1e2124'
const MUTED = '#545a61'
/** Inside a group's frame, a shade darker than the lane, so its cards read as one item. */
const GROUP_FILL = '#f1efe8'
/** Wide enough that at least one column of pixels is the lane's colour wherever the frame falls. */
const GROUP_FRAME_WIDTH = 3

function roundedRect(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  context.beginPath()
  context.roundRect(x, y, w, h, r)
}

function text(context: CanvasRenderingContext2D, line: TextLine, color: string) {
  context.font = line.font
  context.fillStyle = color
  context.fillText(line.text, line.x, line.y)
}

function badge(context: CanvasRenderingContext2D, votes: VoteBadge, color: string) {
  roundedRect(context, votes.x, votes.y, votes.width, votes.height, votes.height / 2)
  context.fillStyle = color
  context.fill()
  context.font = votes.font
  context.fillStyle = '#ffffff'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(votes.text, votes.x + votes.width / 2, votes.y + votes.height / 2 + 1)
  context.textAlign = 'left'
  context.textBaseline = 'top'
}

export function drawBoardImage(context: CanvasRenderingContext2D, layout: BoardImageLayout): void {
  context.textBaseline = 'top'
  context.textAlign = 'left'
  context.fillStyle = BACKGROUND
  context.fillRect(0, 0, layout.width, layout.height)

  for (const line of layout.title) text(context, line, TEXT)
  if (layout.organisation) text(context, layout.organisation, MUTED)

  for (const lane of layout.lanes) {
    const accent = LANE_COLORS[lane.lane]
    roundedRect(context, lane.x, lane.y, lane.width, lane.height, 14)
    context.fillStyle = LANE_FILL
    context.fill()
    context.strokeStyle = LANE_EDGE
    context.lineWidth = 1.5
    context.stroke()

    // The header: the lane's colour, its title and card count in white.
    context.save()
    roundedRect(context, lane.x, lane.y, lane.width, lane.height, 14)
    context.clip()
    context.fillStyle = accent
    context.fillRect(lane.x, lane.y, lane.width, lane.header.height)
    context.restore()
    text(context, lane.header.title, '#ffffff')
    text(context, lane.header.count, 'rgba(255,255,255,0.85)')

    // Groups first: a frame in the lane's colour around their cards, their title and votes at the top.
    for (const group of lane.groups) {
      roundedRect(context, group.x, group.y, group.width, group.height, 12)
      context.fillStyle = GROUP_FILL
      context.fill()
      context.strokeStyle = accent
      context.lineWidth = GROUP_FRAME_WIDTH
      context.stroke()
      text(context, group.title, TEXT)
      if (group.votes) badge(context, group.votes, accent)
    }

    for (const card of lane.cards) {
      const colors = CARD_COLORS[card.color]
      context.save()
      context.shadowColor = 'rgba(30,33,36,0.10)'
      context.shadowBlur = 4
      context.shadowOffsetY = 1
      roundedRect(context, card.x, card.y, card.width, card.height, 8)
      context.fillStyle = colors.fill
      context.fill()
      context.restore()
      roundedRect(context, card.x, card.y, card.width, card.height, 8)
      context.strokeStyle = colors.edge
      context.lineWidth = 1.5
      context.stroke()
      for (const line of card.lines) text(context, line, TEXT)
      if (card.votes) badge(context, card.votes, accent)
    }
    if (lane.more) text(context, lane.more, MUTED)
    if (lane.empty) text(context, lane.empty, MUTED)
  }
}
