import { type Browser, type BrowserContext, expect, type Locator, type Page } from '@playwright/test'
import type { LanguageCode } from '../../shared/languages'
import { setPracticeLocked } from '../../shared/sessionOperations'
import { connectStockClient } from './stockClient'

/**
 * The people of the stories. Each actor has a browser context of their own: separate storage, IndexedDB
 * and BroadcastChannel, so whatever one sees of another came through the real server.
 */
export interface Actor {
  name: string
  context: BrowserContext
  page: Page
}

/**
 * A person in a browser of their own. The app speaks `language` to them (English unless told), as if they
 * had chosen it before; with `language: null` it is their first visit, and the browser's `locale` decides.
 */
export async function newActor(
  browser: Browser,
  name: string,
  options: {
    viewport?: { width: number; height: number }
    hasTouch?: boolean
    language?: LanguageCode | null
    locale?: string
    /** Another server than the stories' own (one started with other settings). */
    baseURL?: string
  } = {},
): Promise<Actor> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    hasTouch: options.hasTouch ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
  })
  const language = options.language === undefined ? 'en' : options.language
  if (language !== null) {
    await context.addInitScript((chosen) => {
      // about:blank, where every page starts, has no storage: reading it there throws.
      if (location.protocol !== 'http:') return
      if (!localStorage.getItem('practicemap:language')) localStorage.setItem('practicemap:language', chosen)
    }, language)
  }
  const page = await context.newPage()
  return { name, context, page }
}

/**
 * Creates a workshop from the home page. The creator lands in it as its facilitator, and the address
 * bar shows no token (it is kept on the device).
 */
export async function createWorkshop(
  page: Page,
  details: { title: string; date?: string; place?: string },
): Promise<void> {
  await page.goto('/')
  await page.getByLabel('Workshop title').fill(details.title)
  if (details.date) await page.getByLabel('Date').fill(details.date)
  if (details.place) await page.getByLabel('Place').fill(details.place)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
}

/** Opens the example workshop from the home page, as its facilitator. */
export async function openExampleWorkshop(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Open the example workshop' }).click()
  await expect(page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
}

export interface SharedLinks {
  participant: string
  observer: string
}

export function sharePanel(page: Page): Locator {
  return page.getByTestId('share-panel')
}

/** Opens the share panel (the top bar's Share button) and leaves it open. */
export async function openSharePanel(page: Page): Promise<Locator> {
  await page.getByTestId('share-button').click()
  const panel = sharePanel(page)
  await expect(panel).toBeVisible()
  return panel
}

/** The links a facilitator hands out, read from the share panel as a person would copy them. */
export async function readSharedLinks(page: Page): Promise<SharedLinks> {
  const panel = await openSharePanel(page)
  const participantField = panel.getByTestId('participant-link')
  const observerField = panel.getByTestId('observer-link')
  await expect(participantField).toHaveValue(/\/w\/[0-9a-zA-Z]+\?token=/)
  await expect(observerField).toHaveValue(/\/w\/[0-9a-zA-Z]+\?token=/)
  const links = {
    participant: await participantField.inputValue(),
    observer: await observerField.inputValue(),
  }
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(panel).toBeHidden()
  return links
}

/** The participant link, as the facilitator gives it to a partner. */
export async function participantLink(page: Page): Promise<string> {
  return (await readSharedLinks(page)).participant
}

/** Fills the join form a first-time visitor sees. */
export async function join(page: Page, name: string, organisation: string): Promise<void> {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Organisation or region').fill(organisation)
  await page.getByRole('button', { name: 'Join' }).click()
}

export function lane(page: Page, laneId: string): Locator {
  return page.getByTestId(`lane-${laneId}`)
}

export function cardWithText(scope: Page | Locator, text: string): Locator {
  return scope.getByTestId('card').filter({ hasText: text })
}

export async function addCard(page: Page, laneLabel: string, text: string): Promise<void> {
  const field = page.getByLabel(`New card in ${laneLabel}`)
  await field.fill(text)
  await field.press('Enter')
  await expect(field).toHaveValue('')
}

export function connectionStatus(page: Page): Locator {
  return page.getByTestId('connection-status')
}

/**
 * Drags with the mouse in small steps, as a person does (dnd-kit needs movement beyond its activation
 * distance), and checks that the drag started before dropping.
 */
export async function dragWithMouse(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag source or target is not visible')
  const startX = from.x + from.width / 2
  const startY = from.y + Math.min(from.height / 2, 20)
  await page.mouse.move(startX, startY)
  await page.mouse.down()
  await page.mouse.move(startX + 10, startY + 10, { steps: 5 })
  // The drag overlay appears only once dnd-kit has started a drag.
  await expect(page.locator('.card--overlay')).toBeVisible()
  const endX = to.x + to.width / 2
  const endY = to.y + Math.min(to.height / 2, 60)
  await page.mouse.move(endX, endY, { steps: 20 })
  await page.mouse.move(endX, endY + 2, { steps: 2 })
  await page.mouse.up()
}

/**
 * Carries a card or a group with the keyboard from its drag handle, as a screen reader user does: Space
 * picks it up, each arrow key moves it, Space drops it. Like `dragWithMouse` it checks that the drag
 * started, and before each next key it waits until the board says where the carried item now is (a key
 * pressed before the board has taken the previous one would move it from a stale place).
 */
export async function dragWithKeyboard(
  page: Page,
  handle: Locator,
  moves: readonly { key: string; overLane: string }[],
): Promise<void> {
  const liveRegion = page.locator('[id^="DndLiveRegion"]')
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(liveRegion, 'the key picked it up').toContainText('Picked up')
  for (const { key, overLane } of moves) {
    await page.keyboard.press(key)
    await expect(liveRegion).toContainText(`is over ${overLane}, position`)
  }
  await page.keyboard.press('Space')
}

/**
 * Locks or unlocks a practice's board as the facilitator would, from a stock y-websocket client with the
 * facilitator's token (taken from their device). The facilitator's own lock button comes in a later step.
 * Returns once the server has stored the change and sent it on (its echo came back).
 */
export async function setBoardLocked(facilitator: Page, practiceId: string, locked: boolean): Promise<void> {
  const url = new URL(facilitator.url())
  const workshopId = url.pathname.split('/')[2] ?? ''
  const client = await connectStockClient(url.origin, workshopId, {
    token: await tokenOf(facilitator, workshopId),
  })
  try {
    await client.change((doc) => {
      if (!setPracticeLocked(doc, practiceId, locked)) throw new Error(`no practice ${practiceId}`)
    })
  } finally {
    client.close()
  }
}

/** The token a device keeps for a workshop it opened (the address bar shows none). */
export async function tokenOf(page: Page, workshopId: string): Promise<string> {
  const stored = await page.evaluate((key) => localStorage.getItem(key), `practicemap:token:${workshopId}`)
  return (JSON.parse(stored ?? '{}') as { token?: string }).token ?? ''
}
