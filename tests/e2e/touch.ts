import { type Browser, type CDPSession, devices, expect, type Locator, type Page } from '@playwright/test'
import type { LanguageCode } from '../../shared/languages'
import { type Actor, newActor } from './actors'

/**
 * A finger on a touch screen, for stories on a phone. Playwright's mouse sends mouse events and its
 * touchscreen only taps, so these send real touch events through the Chrome DevTools Protocol
 * (Input.dispatchTouchEvent): touchStart, touchMove…, touchEnd, as a phone's screen reports them. The page
 * sees touch and pointer events with pointerType "touch", and the browser scrolls for a swipe as it would
 * for a thumb.
 */

/**
 * A person on a Pixel 7 (412×839, touch, a phone's user agent and pixel density); `width` narrows the
 * screen to that of a smaller phone (390 px: an iPhone 12 to 15).
 */
export async function newPhoneActor(
  browser: Browser,
  name: string,
  options: { language?: LanguageCode; width?: number } = {},
): Promise<Actor> {
  const { defaultBrowserType: _browserType, ...pixel } = devices['Pixel 7']
  const viewport = { ...pixel.viewport, width: options.width ?? pixel.viewport.width }
  const context = await browser.newContext({ ...pixel, viewport })
  await context.addInitScript((language) => {
    if (location.protocol !== 'http:') return
    if (!localStorage.getItem('practicemap:language')) localStorage.setItem('practicemap:language', language)
  }, options.language ?? 'en')
  const page = await context.newPage()
  return { name, context, page }
}

export { newActor }

interface Point {
  x: number
  y: number
}

const sessions = new WeakMap<Page, Promise<CDPSession>>()

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page)
  if (!session) {
    session = page.context().newCDPSession(page)
    sessions.set(page, session)
  }
  return session
}

/** One finger's touch point as the protocol takes it. */
function finger(point: Point) {
  return { x: Math.round(point.x), y: Math.round(point.y), id: 1, radiusX: 4, radiusY: 4, force: 1 }
}

async function touchStart(page: Page, point: Point): Promise<void> {
  await (await cdp(page)).send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [finger(point)],
  })
}

async function touchMove(page: Page, point: Point): Promise<void> {
  await (await cdp(page)).send('Input.dispatchTouchEvent', {
    type: 'touchMove',
    touchPoints: [finger(point)],
  })
}

export async function touchEnd(page: Page): Promise<void> {
  await (await cdp(page)).send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

/** A frame at 60 Hz: how often a phone's screen reports a moving finger. */
const FRAME_MS = 16

/**
 * Moves the finger from `from` to `to` in `steps` frames, one move a frame at most. Chromium answers a
 * touch move once the page has handled it, which on a busy board takes a frame or more by itself (50–75 ms
 * measured here): only what is left of the frame is waited for, not a whole frame on top.
 */
export async function slide(page: Page, from: Point, to: Point, steps: number): Promise<Point> {
  for (let step = 1; step <= steps; step++) {
    const started = Date.now()
    await touchMove(page, {
      x: from.x + ((to.x - from.x) * step) / steps,
      y: from.y + ((to.y - from.y) * step) / steps,
    })
    const restOfFrame = FRAME_MS - (Date.now() - started)
    if (restOfFrame > 0) await page.waitForTimeout(restOfFrame)
  }
  return to
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`not visible: ${locator}`)
  return box
}

/**
 * Where an element sits in the layout, on the screen, without the shifts the board animates while a card
 * is carried (the cards of its lane slide aside to show where it would land): the drop follows the
 * layout, and a finger aiming at a card's shifted picture would aim at the gap instead.
 */
async function layoutBoxOf(locator: Locator): Promise<Box> {
  return locator.evaluate((node) => {
    const box = node.getBoundingClientRect()
    let dx = 0
    let dy = 0
    for (let element: Element | null = node; element; element = element.parentElement) {
      const transform = getComputedStyle(element).transform
      if (transform === 'none') continue
      const matrix = new DOMMatrixReadOnly(transform)
      dx += matrix.m41
      dy += matrix.m42
    }
    return { x: box.x - dx, y: box.y - dy, width: box.width, height: box.height }
  })
}

/**
 * Where a finger presses a card to drag it: on its text, left of the middle, clear of the buttons in its
 * footer and of the drag handle (pressing the handle works too, but people press the card).
 */
async function pressPoint(source: Locator): Promise<Point> {
  const box = await boxOf(source)
  return { x: box.x + box.width * 0.4, y: box.y + Math.min(box.height / 2, 24) }
}

/** What the board shows while something is carried: the carried card or group. */
export function carried(page: Page): Locator {
  return page.locator('.card--overlay, .card-group--overlay')
}

/** The board's press-and-hold: long enough for the touch sensor (200 ms), as short as people hold. */
export const HOLD_MS = 400

/**
 * Scrolls the page as a person would before pressing: `source` in the middle of the screen, or, when
 * `target` is near enough, the two of them around the middle, so the finger need not wait at the screen's
 * edge while the board scrolls.
 */
async function scrollToShow(page: Page, source: Locator, target?: Locator): Promise<void> {
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('no viewport')
  const from = await layoutBoxOf(source)
  const to = target ? await layoutBoxOf(target) : from
  const top = Math.min(from.y, to.y)
  const bottom = Math.max(from.y + from.height, to.y + to.height)
  const middle = bottom - top < viewport.height * 0.45 ? (top + bottom) / 2 : from.y + from.height / 2
  await page.evaluate((by) => window.scrollBy(0, by), middle - viewport.height / 2)
}

/** Presses `source`, holds until the board picks it up, and checks that it did. Returns where the finger is. */
export async function pressAndHold(page: Page, source: Locator, target?: Locator): Promise<Point> {
  await scrollToShow(page, source, target)
  const start = await pressPoint(source)
  await touchStart(page, start)
  await page.waitForTimeout(HOLD_MS)
  await expect(carried(page), 'the hold picked the card up').toBeVisible()
  return start
}

/**
 * Where to put the finger over `target` (a card, a group or a lane): `middle` is the card's combine zone
 * (a drop there groups), `before`/`after` its top and bottom edge (a drop there places the card beside it).
 */
export type Spot = 'middle' | 'before' | 'after'

function spotIn(box: Box, spot: Spot): Point {
  const x = box.x + box.width * 0.4
  if (spot === 'middle') return { x, y: box.y + box.height / 2 }
  if (spot === 'before') return { x, y: box.y + Math.min(8, box.height * 0.15) }
  return { x, y: box.y + box.height - Math.min(8, box.height * 0.15) }
}

/**
 * Carries what the finger holds to `target`. A target off the screen is reached as a person does: the
 * finger rests near the screen's edge and the board scrolls under it until the target comes into view.
 */
async function carryTo(page: Page, from: Point, target: Locator, spot: Spot): Promise<Point> {
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('no viewport')
  // dnd-kit scrolls while the finger is within a fifth of the screen's height from its top or bottom: a
  // target is aimed at once it is clear of those bands, else the board would scroll on under the finger.
  const edge = { top: viewport.height * 0.25, bottom: viewport.height * 0.75 }
  let at = from
  for (let rounds = 0; rounds < 200; rounds++) {
    const aim = spotIn(await layoutBoxOf(target), spot)
    // At the page's top or bottom nothing scrolls any more: a target on the screen there is aimed at even
    // within the band (the last card of the last lane may never reach the middle of the screen).
    const { atTop, atBottom } = await page.evaluate(() => ({
      atTop: window.scrollY <= 1,
      atBottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
    }))
    const reachable =
      (aim.y >= edge.top || (atTop && aim.y >= 0)) &&
      (aim.y <= edge.bottom || (atBottom && aim.y <= viewport.height))
    if (reachable) {
      // Close enough to rest on: done when the board has settled with the target under the finger (a card
      // moving between lanes shifts the lanes below it, so the target may have moved meanwhile).
      if (Math.abs(aim.y - at.y) < 3 && Math.abs(aim.x - at.x) < 3) return at
      at = await slide(page, at, aim, 8)
      await page.waitForTimeout(150)
      continue
    }
    // Rest a little into the band toward the target: dnd-kit scrolls the page, gently this far from the
    // edge, while the finger stays there.
    const toward = { x: aim.x, y: aim.y < edge.top ? viewport.height * 0.13 : viewport.height * 0.87 }
    at = await slide(page, at, toward, 6)
    await page.waitForTimeout(60)
  }
  throw new Error(`the board did not scroll to ${target}`)
}

/** Where a drop is to land, as the board announces it while the card is carried. */
export interface Landing {
  lane: string
  position: number
  count: number
}

function announcement(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]')
}

/**
 * Slides the finger up and down a little, as a person does who watches where the gap opens, until the board
 * says the carried card would land at `landing` (its announcement for screen readers says the same).
 */
async function settleOn(page: Page, at: Point, landing: Landing): Promise<Point> {
  const wanted = `over ${landing.lane}, position ${landing.position} of ${landing.count}.`
  const offsets = [0, 10, -10, 20, -20, 30, -30, 45, -45, 60, -60, 80, -80]
  let finger = at
  for (const offset of offsets) {
    const next = { x: at.x, y: at.y + offset }
    finger = await slide(page, finger, next, 3)
    await page.waitForTimeout(120)
    if ((await announcement(page).textContent())?.includes(wanted)) return finger
  }
  throw new Error(
    `the card never came over ${wanted} (the board says: ${await announcement(page).textContent()})`,
  )
}

/**
 * Presses `source` (a card or a group's header), holds, carries it to `target` and lifts the finger once
 * the board shows it would land at `landing`. Checks that the board picked it up and that nothing is
 * carried afterwards.
 */
export async function touchDrag(
  page: Page,
  source: Locator,
  target: Locator,
  landing: Landing,
): Promise<void> {
  const start = await pressAndHold(page, source, target)
  // A first small slide, as a finger does once the card lifts.
  const lifted = await slide(page, start, { x: start.x, y: start.y + 12 }, 4)
  const near = await carryTo(page, lifted, target, 'middle')
  await settleOn(page, near, landing)
  await touchEnd(page)
  await expect(carried(page), 'nothing is carried after the finger lifts').toHaveCount(0)
}

/**
 * Drops the held card on the middle of `target`, checking the board offers to group them before the finger
 * lifts.
 */
export async function touchDropOnCard(page: Page, source: Locator, target: Locator): Promise<void> {
  const start = await pressAndHold(page, source, target)
  const lifted = await slide(page, start, { x: start.x, y: start.y + 12 }, 4)
  await carryTo(page, lifted, target, 'middle')
  await expect(target.getByTestId('combine-hint')).toBeVisible()
  await touchEnd(page)
  await expect(carried(page)).toHaveCount(0)
}

/**
 * A quick swipe up from `from` by `distance` pixels, as a thumb scrolls a page: no hold, so nothing may be
 * picked up. Returns how far the page scrolled.
 */
export async function swipeUp(page: Page, from: Locator, distance: number): Promise<number> {
  const before = await page.evaluate(() => window.scrollY)
  const start = await pressPoint(from)
  await touchStart(page, start)
  await slide(page, start, { x: start.x, y: start.y - distance }, 8)
  await expect(carried(page), 'a swipe picks nothing up').toHaveCount(0)
  await touchEnd(page)
  // The page may still glide after the finger lifts (a fling): wait until it rests.
  let last = Number.NaN
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => window.scrollY)
    if (now === last) break
    last = now
    await page.waitForTimeout(50)
  }
  await expect(carried(page)).toHaveCount(0)
  return (await page.evaluate(() => window.scrollY)) - before
}
