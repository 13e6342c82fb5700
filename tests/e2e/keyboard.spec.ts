import type { Locator, Page } from '@playwright/test'
import { type Actor, cardWithText, lane, newActor } from './actors'
import { expect, test } from './fixtures'

/**
 * Day two by keyboard alone. Fran facilitates and Paula, a partner from Las Palmas, maps the practice:
 * neither touches a mouse. Every step is a key press or typed text; after each one the focus must be on
 * something that shows it has the focus (an outline or a ring, as `:focus-visible` draws it), and never
 * back on <body>, where a keyboard user would have to start the page over.
 */

const FLAT = 'Flat for renovation'
const GARDENS = 'Community urban gardens'

/** How long the app may take to put the focus somewhere after a key press. */
const FOCUS_SETTLES_MS = 1000

interface FocusState {
  onBody: boolean
  what: string
  indicator: boolean
}

function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { onBody: true, what: '<body>', indicator: false }
    }
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
    const ring = style.boxShadow !== 'none'
    const box = element.getBoundingClientRect()
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)
    return {
      onBody: false,
      what: `<${element.tagName.toLowerCase()}> “${name}”`,
      indicator: element.matches(':focus-visible') && (outline || ring) && box.width > 0 && box.height > 0,
    }
  })
}

/**
 * Checks that the focus is somewhere a person can see it after `action`. The app may take a frame or two
 * to put it there (a page that replaces a form focuses its heading once drawn): within a second a
 * person has not yet looked for it.
 */
async function expectFocusShown(page: Page, action: string): Promise<void> {
  let state = await focusState(page)
  for (const started = Date.now(); !state.indicator && Date.now() - started < FOCUS_SETTLES_MS; ) {
    await page.waitForTimeout(50)
    state = await focusState(page)
  }
  expect(state.onBody, `the focus fell back to <body> after ${action}`).toBe(false)
  expect(state.indicator, `${state.what} has the focus but shows no focus indicator (after ${action})`).toBe(
    true,
  )
}

async function press(page: Page, key: string, action = `pressing ${key}`): Promise<void> {
  await page.keyboard.press(key)
  await expectFocusShown(page, action)
}

/** How a step moves the focus: checking the focus indicator after each key (the story), or not. */
interface Moving {
  /** Shift+Tab, or Tab; by default whichever way the target lies from the focus. */
  backwards?: boolean
  max?: number
  /** Off where a test looks at something else and must not fail for the focus on its way there. */
  checkFocus?: boolean
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement)
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the focus indicator at every stop. */
async function tabTo(
  page: Page,
  target: Locator,
  { backwards, max = 80, checkFocus = true }: Moving = {},
): Promise<void> {
  await target.waitFor({ state: 'attached' })
  // The way a person would go: back when the target is above the focus, on when it is below.
  const above = await target.evaluate((element) => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return false
    return Boolean(focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING)
  })
  const key = (backwards ?? above) ? 'Shift+Tab' : 'Tab'
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return
    if (checkFocus) await press(page, key, `Tab on the way to ${target}`)
    else await page.keyboard.press(key)
  }
  const { what } = await focusState(page)
  throw new Error(`${target} did not get the focus after ${max} presses of ${key} (the focus is on ${what})`)
}

/** Tabs to `target` and presses Enter on it. */
async function activate(page: Page, target: Locator, options: Moving = {}): Promise<void> {
  await tabTo(page, target, options)
  if (options.checkFocus === false) await page.keyboard.press('Enter')
  else await press(page, 'Enter', `Enter on ${target}`)
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field)
  await page.keyboard.type(text)
  await expect(field).toHaveValue(text)
}

async function joinByKeyboard(actor: Actor, name: string, organisation: string): Promise<void> {
  const { page } = actor
  // The name field takes the focus when the form opens, unless the page's heading took it after a
  // navigation: then it is the next stop.
  await tabTo(page, page.getByLabel('Your name'), { max: 3 })
  await page.keyboard.type(name)
  await press(page, 'Tab')
  await expect(page.getByLabel('Organisation or region')).toBeFocused()
  await page.keyboard.type(organisation)
  await press(page, 'Enter', 'joining')
  await expect(page.getByTestId('workshop-title')).toBeVisible()
}

/** What a countdown shows, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('timer-remaining').textContent()) ?? ''
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function handle(scope: Page | Locator, text: string): Locator {
  return cardWithText(scope, text).locator('[data-drag-handle]')
}

test('a whole day two, facilitated and mapped by keyboard alone', async ({ browser }) => {
  test.setTimeout(600_000)
  const fran = await newActor(browser, 'Fran')
  const paula = await newActor(browser, 'Paula')
  const liveRegion = paula.page.locator('[id^="DndLiveRegion"]')

  await test.step('Fran creates the workshop and its two practices from the keyboard', async () => {
    const { page } = fran
    await page.goto('/')
    await typeInto(page, page.getByLabel('Workshop title'), 'Affordable housing seminar')
    await press(page, 'Enter', 'creating the workshop')
    await expect(page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
    await joinByKeyboard(fran, 'Fran Nowak', 'Żyrardów')
    for (const [title, organisation] of [
      [FLAT, 'Żyrardów'],
      [GARDENS, 'Las Palmas'],
    ] as const) {
      await typeInto(page, page.getByLabel('Title', { exact: true }), title)
      await typeInto(page, page.getByLabel('Partner organisation or region'), organisation)
      await press(page, 'Enter', `adding the practice “${title}”`)
      await expect(page.getByTestId('practice').filter({ hasText: title })).toBeVisible()
    }
    await expect(page.getByTestId('practice')).toHaveCount(2)
  })

  const participantLink = await test.step('Fran opens Share and reads the participant link', async () => {
    const { page } = fran
    const share = page.getByTestId('share-button')
    await activate(page, share)
    const panel = page.getByTestId('share-panel')
    await expect(panel).toBeVisible()
    await expect(panel.getByTestId('participant-link')).toHaveValue(/token=/)
    const link = await panel.getByTestId('participant-link').inputValue()
    await press(page, 'Escape', 'closing the share dialog')
    await expect(panel).toBeHidden()
    await expect(share).toBeFocused()
    return link
  })

  await test.step('Paula joins from the link; both open the first board', async () => {
    await paula.page.goto(participantLink)
    await joinByKeyboard(paula, 'Paula Reyes', 'Las Palmas')
    for (const actor of [fran, paula]) {
      await activate(actor.page, actor.page.getByRole('link', { name: `Open board for “${FLAT}”` }))
      await expect(actor.page.getByTestId('practice-title')).toHaveText(FLAT)
    }
  })

  await test.step('Fran sets a five-minute timer, starts it and adds a minute', async () => {
    const { page } = fran
    await activate(page, page.getByTestId('timer-settings'))
    const minutes = page.getByTestId('timer-minutes')
    await tabTo(page, minutes)
    await press(page, 'Control+a')
    await page.keyboard.type('5')
    await press(page, 'Enter', 'setting the timer')
    await expect(page.getByTestId('timer-panel')).toHaveCount(0)
    await expect(page.getByTestId('timer-settings')).toBeFocused()
    await expect(page.getByTestId('timer-remaining')).toHaveText('5:00')
    await activate(page, page.getByTestId('timer-start'))
    await expect(paula.page.getByTestId('timer')).toHaveAttribute('data-status', 'running')
    const addMinute = page.getByTestId('timer-add-minute')
    await tabTo(page, addMinute)
    const before = await secondsLeft(paula.page)
    await press(page, 'Enter', 'adding a minute')
    // A minute more than before, less the moments the press and the sync take.
    await expect.poll(() => secondsLeft(paula.page)).toBeGreaterThan(before + 45)
  })

  await test.step('Fran starts Silent writing; Paula writes a card in each lane', async () => {
    await activate(fran.page, fran.page.getByRole('button', { name: 'Start: Silent writing' }))
    await expect(paula.page.getByTestId('private-writing')).toBeVisible()
    const { page } = paula
    const cards: [string, string][] = [
      ['Key aspects', 'Tenants renovate in exchange for rent'],
      ['Key aspects', 'A clear contract with the city'],
      ['Key aspects', 'Flats stay municipal'],
      ['Stakeholders', 'Municipal housing office'],
      ['Benefits', 'Empty flats are lived in again'],
      ['Transfer steps', 'Survey vacant municipal flats'],
    ]
    for (const [laneTitle, text] of cards) {
      const field = page.getByLabel(`New card in ${laneTitle}`)
      await typeInto(page, field, text)
      await press(page, 'Enter', `adding “${text}”`)
      await expect(field).toHaveValue('')
      await expect(field).toBeFocused()
    }
    await expect(page.getByTestId('draft-card')).toHaveCount(6)
  })

  await test.step('Fran moves on to Reveal & cluster: the drafts are cards for everyone', async () => {
    await activate(fran.page, fran.page.getByRole('button', { name: 'Next: Reveal & cluster' }))
    await expect(fran.page.getByRole('button', { name: 'Next: Reveal & cluster' })).toHaveCount(0)
    await expectFocusShown(fran.page, 'moving to the next phase')
    await expect(cardWithText(lane(fran.page, 'keyAspects'), 'Flats stay municipal')).toBeVisible()
  })

  await test.step('Paula picks a card up and hears it, then carries it to another lane', async () => {
    const { page } = paula
    await tabTo(page, handle(lane(page, 'keyAspects'), 'Tenants renovate'))
    await press(page, 'Space', 'picking the card up')
    await expect(liveRegion).toHaveText(
      'Picked up card “Tenants renovate in exchange for rent” in Key aspects, position 1 of 3.',
    )
    // Still there a moment later: nothing took its place before a screen reader could say it.
    await page.waitForTimeout(600)
    await expect(liveRegion).toHaveText(/^Picked up card “Tenants renovate/)
    await press(page, 'ArrowRight', 'carrying the card to the next lane')
    await expect(liveRegion).toHaveText(/^The card is over Stakeholders, position \d of 2\.$/)
    await press(page, 'Space', 'dropping the card')
    await expect(liveRegion).toHaveText(/^Card dropped in Stakeholders, position \d of 2\.$/)
    await expect(cardWithText(lane(fran.page, 'stakeholders'), 'Tenants renovate')).toBeVisible()
    await expect(handle(lane(page, 'stakeholders'), 'Tenants renovate')).toBeFocused()
  })

  await test.step('Paula moves a card down within its lane', async () => {
    const { page } = paula
    await tabTo(page, handle(lane(page, 'keyAspects'), 'A clear contract'))
    await press(page, 'Space', 'picking the card up')
    await expect(liveRegion).toHaveText(/^Picked up card “A clear contract with the city”/)
    await press(page, 'ArrowDown', 'carrying the card down')
    await expect(liveRegion).toHaveText('The card is over Key aspects, position 2 of 2.')
    await press(page, 'Space', 'dropping the card')
    await expect(lane(fran.page, 'keyAspects').getByTestId('card')).toHaveText([
      /Flats stay municipal/,
      /A clear contract with the city/,
    ])
    await expect(handle(lane(page, 'keyAspects'), 'A clear contract')).toBeFocused()
  })

  await test.step('Paula groups the two cards of the lane and names the group', async () => {
    const { page } = paula
    const card = cardWithText(lane(page, 'keyAspects'), 'A clear contract')
    await activate(page, card.getByRole('button', { name: 'Group with the card above' }))
    const title = lane(page, 'keyAspects').getByLabel('Group title')
    await expect(title).toBeFocused()
    await page.keyboard.type('Rules of the programme')
    await press(page, 'Enter', 'naming the group')
    await expect(fran.page.getByTestId('card-group').getByLabel('Group title')).toHaveValue(
      'Rules of the programme',
    )
    await expect(page.getByTestId('card-group').locator('.card-group__handle')).toBeFocused()
    await expect(fran.page.getByTestId('card-group').getByTestId('card')).toHaveCount(2)
  })

  await test.step('Fran opens the vote; Paula puts a dot on a card', async () => {
    await activate(fran.page, fran.page.getByRole('button', { name: 'Next: Vote' }))
    const { page } = paula
    await expect(page.getByTestId('dot-budget')).toBeVisible()
    const office = cardWithText(lane(page, 'stakeholders'), 'Municipal housing office')
    await activate(page, office.getByRole('button', { name: 'Give a dot to “Municipal housing office”' }))
    await expect(office.getByTestId('card-votes')).toHaveAttribute('data-my-dots', '1')
    await expect(
      office.getByRole('img', { name: 'You put 1 dot on “Municipal housing office”' }),
    ).toBeVisible()
  })

  await test.step('Fran closes the vote; Paula wanders off and Fran brings everyone to her board', async () => {
    await activate(fran.page, fran.page.getByRole('button', { name: 'Next: Discuss' }))
    await expect(cardWithText(paula.page, 'Municipal housing office').getByTestId('vote-total')).toHaveText(
      '1 dot',
    )
    await activate(paula.page, paula.page.getByRole('link', { name: 'All practices' }))
    await expect(paula.page.getByTestId('practice-list')).toBeVisible()
    await expectFocusShown(paula.page, 'going to the practice list')
    await activate(fran.page, fran.page.getByTestId('summon-button'))
    await expect(paula.page.getByTestId('practice-title')).toHaveText(FLAT)
    await expect(paula.page.getByTestId('summon-notice')).toBeVisible()
  })

  await test.step('Fran locks the board for participants', async () => {
    const { page } = fran
    const lock = page.getByRole('button', { name: 'Lock board' })
    await activate(page, lock)
    await expect(paula.page.getByTestId('lock-badge')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Unlock board' })).toBeFocused()
  })

  await test.step('Fran opens the agenda and closes it again', async () => {
    const { page } = fran
    const agenda = page.getByTestId('agenda-button')
    await activate(page, agenda)
    await expect(page.getByTestId('agenda-editor')).toBeVisible()
    await press(page, 'Escape', 'closing the agenda')
    await expect(page.getByTestId('agenda-editor')).toHaveCount(0)
    await expect(agenda).toBeFocused()
  })

  await test.step('Paula says her organisation wants to adapt the practice', async () => {
    const { page } = paula
    await activate(page, page.getByRole('link', { name: 'All practices' }))
    await activate(page, page.getByRole('link', { name: 'Transfer interest' }))
    const cell = page.getByLabel(`Interest of Las Palmas in “${FLAT}”`, { exact: true })
    await tabTo(page, cell)
    // A closed list box takes the arrow keys: Choose… → No interest → Curious → Want to adapt.
    for (let step = 0; step < 3; step++) await press(page, 'ArrowDown', 'choosing a level of interest')
    await expect(cell).toHaveValue('wantToAdapt')
    await fran.page.goto(new URL('interest', `${fran.page.url().replace(/\/p\/.*$/, '')}/`).toString())
    await expect(
      fran.page
        .getByTestId('interest-row')
        .filter({ hasText: 'Las Palmas' })
        .getByTestId('interest-cell')
        .first(),
    ).toHaveAttribute('data-level', 'wantToAdapt')
  })

  for (const actor of [fran, paula]) await actor.context.close()
})

test('a card picked up by keyboard is announced, and the announcement is not overwritten at once', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  const { page } = ana
  const response = await page.request.post('/api/workshops/example', { data: {} })
  const { links } = (await response.json()) as { links: { facilitator: string } }
  await page.goto(links.facilitator)
  await page.keyboard.type('Ana Kowalska')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Żyrardów')
  await page.keyboard.press('Enter')
  const quietly = { checkFocus: false }
  await activate(page, page.getByRole('link', { name: /^Open board for “Flat for renovation/ }), quietly)
  const first = lane(page, 'keyAspects').getByTestId('card').first()
  const text = (await first.locator('.card__text').textContent()) ?? ''
  await tabTo(page, first.locator('[data-drag-handle]'), quietly)
  await page.keyboard.press('Space')
  const liveRegion = page.locator('[id^="DndLiveRegion"]')
  await expect(liveRegion).toContainText('Picked up card')
  // dnd-kit reports the card over its own place right after the pick-up; a screen reader takes longer
  // than that to start reading, so the pick-up must still be what the live region holds.
  await page.waitForTimeout(600)
  await expect(liveRegion).toHaveText(
    new RegExp(
      `^Picked up card “${escapeRegExp(text.slice(0, 20))}.*” in Key aspects, position 1 of \\d+\\.$`,
    ),
  )
  await page.keyboard.press('Escape')
  await expect(liveRegion).toHaveText(/^Moving cancelled\./)
  await ana.context.close()
})
