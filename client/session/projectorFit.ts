/**
 * How a lane fits on the wall in projector mode, apart from the DOM so the decisions can be tested. Sizes
 * are in wall pixels: CSS pixels on a 1920×1080 screen. projector.css multiplies them by the wall unit,
 * min(width / 1920, height / 1080), so a 1280×800 projector shows the same layout, only smaller in pixels
 * (and as large on its screen).
 */

export const WALL = { width: 1920, height: 1080 } as const

export interface FitStep {
  /** Card text size in wall pixels. */
  cardSize: number
  columns: 1 | 2
}

/**
 * Tried in order, per lane: the first under which all of the lane's cards fit is used. Large type first;
 * a second column only once the type is small enough that a half-lane still holds about 16 letters a line
 * (a second column at 28 px would break words like "infrastructure"), and never below the floor.
 */
export const FIT_STEPS: readonly FitStep[] = [
  { cardSize: 40, columns: 1 },
  { cardSize: 34, columns: 1 },
  { cardSize: 30, columns: 1 },
  { cardSize: 28, columns: 1 },
  { cardSize: 26, columns: 1 },
  { cardSize: 24, columns: 1 },
  { cardSize: 24, columns: 2 },
  { cardSize: 22, columns: 2 },
  { cardSize: 20, columns: 2 },
]

/**
 * The smallest card text the wall shows: 1/54 of the screen's height, about 3 cm on a 3 m wide screen,
 * still read from the back of a seminar room. Below it a lane shows what fits and says "+ N more cards".
 */
export const READABLE_FLOOR = 20

/** The last step, the one a crowded lane ends on. */
export const FLOOR_STEP = FIT_STEPS.length - 1

/** One wall pixel in CSS pixels, for a screen of this size (the same formula as projector.css). */
export function wallUnit(width: number, height: number): number {
  return Math.max(0, Math.min(width / WALL.width, height / WALL.height))
}

/**
 * The height of the smallest item a lane can hold, in wall pixels: one line of floor-sized text with the
 * card's padding and the gap under it (kept in step with projector.css). No item is lower.
 */
const SMALLEST_ITEM = READABLE_FLOOR * 1.25 + 2 * 10 + 10

/**
 * How many of a lane's items are worth drawing to find out how many fit: more than its box could hold
 * even if every item were one short line, at the floor, in two columns. The rest are only counted, so a
 * lane of 300 cards measures about 35, not 300.
 */
export function itemCap(boxHeight: number, unit: number): number {
  if (!(unit > 0) || !(boxHeight > 0)) return 1
  return 2 * Math.ceil(boxHeight / (SMALLEST_ITEM * unit)) + 1
}

/** The index of the first step for which `fits` holds, or null when none does (the lane is too full). */
export function firstFittingStep(fits: (step: FitStep) => boolean): number | null {
  const index = FIT_STEPS.findIndex(fits)
  return index >= 0 ? index : null
}

/**
 * The same answer as firstFittingStep, found from the step the lane has now: a card more or less moves a
 * lane by a step at most, so this tries two steps where the search from the top tries up to nine (each
 * try is a reflow of the lane). Every step holds more than the one before it, which is what makes the
 * answers equal.
 */
export function fittingStepFrom(current: number, fits: (step: FitStep) => boolean): number | null {
  const tries = (index: number) => fits(FIT_STEPS[index] as FitStep)
  let index = Math.min(Math.max(0, current), FIT_STEPS.length - 1)
  if (tries(index)) {
    while (index > 0 && tries(index - 1)) index--
    return index
  }
  for (index++; index < FIT_STEPS.length; index++) if (tries(index)) return index
  return null
}

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Half a pixel of slack: layout rounds positions to fractions of a pixel. */
const SLACK = 0.5

/**
 * How many of the items, in reading order, lie wholly inside the box: counting stops at the first that
 * does not (in two columns the second column starts below the top of the first, so a later item can lie
 * inside while an earlier one is cut; it would be shown out of order).
 */
export function leadingItemsInside(items: readonly Box[], box: Box): number {
  let count = 0
  for (const item of items) {
    const inside =
      item.left >= box.left - SLACK &&
      item.top >= box.top - SLACK &&
      item.right <= box.right + SLACK &&
      item.bottom <= box.bottom + SLACK
    if (!inside) break
    count++
  }
  return count
}

/** How many cards the items from `shown` on hold: what "+ N more cards" counts (a group counts its cards). */
export function hiddenCards(cardsPerItem: readonly number[], shown: number): number {
  let hidden = 0
  for (let index = Math.max(0, shown); index < cardsPerItem.length; index++)
    hidden += cardsPerItem[index] ?? 0
  return hidden
}
