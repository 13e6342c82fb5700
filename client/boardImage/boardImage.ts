import type { WorkshopReport } from '../../shared/report'
import { drawBoardImage } from './draw'
import { type BoardImageInput, type ImageLane, layoutBoardImage, SLIDE } from './layout'

/**
 * One practice's board as a PNG slide (1920×1080), from the report model (the same cards, votes and order
 * as the printable report): the input for the layout, then the picture on a canvas of our own.
 */

export interface BoardImageLabels {
  untitledPractice: string
  lanes: Record<ImageLane['lane'], string>
  noCards: string
  more(count: number): string
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
    lanes: practice.lanes.map(({ lane, cards }) => ({
      lane,
      title: labels.lanes[lane],
      cards: cards.map(({ text, color, votes, groupTitle }) => ({ text, color, votes, groupTitle })),
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
    value
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
