import { withoutBidiControls } from '../../shared/bidi'
import type { ReportCard, WorkshopReport } from '../../shared/report'
import { drawBoardImage } from './draw'
import {
  type BoardImageInput,
  type ImageCard,
  type ImageItem,
  type ImageLane,
  layoutBoardImage,
  SLIDE,
} from './layout'

/**
 * One practice's board as a PNG slide (1920×1080), from the report model (the same cards, votes and order
 * as the printable report): the input for the layout, then the picture on a canvas of our own.
 */

export interface BoardImageLabels {
  untitledPractice: string
  untitledGroup: string
  lanes: Record<ImageLane['lane'], string>
  noCards: string
  more(count: number): string
}

function imageCard({ text, color, votes }: ReportCard): ImageCard {
  return { text, color, votes }
}

/** The layout's input for one practice of the report, or null if the report has no such practice. */
export function boardImageInput(
  report: WorkshopReport,
  practiceId: string,
  subtitle: string,
  labels: BoardImageLabels,
): BoardImageInput | null {
  const practice = report.practices.find((candidate) => candidate.id === practiceId)
  if (!practice) return null
  return {
    title: practice.title.trim() || labels.untitledPractice,
    organisation: practice.organisation,
    subtitle,
    lanes: practice.lanes.map(({ lane, items }) => ({
      lane,
      title: labels.lanes[lane],
      items: items.map((item): ImageItem => {
        if (item.kind === 'card') return { kind: 'card', card: imageCard(item.card) }
        const { title, votes, cards } = item.group
        return {
          kind: 'group',
          group: { title: title.trim() || labels.untitledGroup, votes, cards: cards.map(imageCard) },
        }
      }),
    })),
    labels: { noCards: labels.noCards, more: labels.more },
  }
}

/** Draws the slide and encodes it as PNG; null if this browser has no 2D canvas. */
export async function renderBoardImage(input: BoardImageInput): Promise<Blob | null> {
  const canvas = document.createElement('canvas')
  canvas.width = SLIDE.width
  canvas.height = SLIDE.height
  const context = canvas.getContext('2d')
  if (!context) return null
  // The app's web font is the system's: wait for whatever fonts the page loaded, so measuring matches drawing.
  await document.fonts?.ready
  const measure = (text: string, font: string) => {
    context.font = font
    return context.measureText(text).width
  }
  drawBoardImage(context, layoutBoardImage(input, measure))
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'))
}

/** `<workshop>-<practice>.png`, in letters every file system takes (ASCII, like the server's download names). */
export function boardImageFilename(workshopTitle: string, practiceTitle: string): string {
  const stem = (value: string) =>
    // Bidi controls go first, so they neither show a name other than it is nor become a stray space.
    withoutBidiControls(value)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[łŁ]/g, (char) => (char === 'ł' ? 'l' : 'L'))
      // Punctuation and symbols become spaces: "Gardens (“Huecos”)" → "Gardens Huecos", no stray dashes.
      .replace(/[^A-Za-z0-9._-]+/g, ' ')
      .replace(/\s*-[\s-]*/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.-]+|[\s.-]+$/g, '')
      .slice(0, 60)
      .trim()
  const parts = [stem(workshopTitle) || 'workshop', stem(practiceTitle) || 'practice']
  return `${parts.join('-')}.png`
}
