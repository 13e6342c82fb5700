import type { Locator, Page } from '@playwright/test'
import { addCard, cardWithText, createWorkshop, join, newActor, readSharedLinks } from './actors'
import { expect, test } from './fixtures'

/**
 * The board on the wall. Fran facilitates; Paula, a partner from Las Palmas, writes on her laptop; Olga's
 * laptop drives the room's 1920×1080 projector on the observer link. Olga puts Fresh board into projector
 * mode: the four lanes fill the screen in type the back row reads, with the phase and the timer large.
 * Paula's private drafts stay off the wall until the reveal; then she writes card after card, and each lane
 * fits itself (smaller type, two columns, then "+ N more cards") without the page ever scrolling. Votes and
 * groups show as on the board. The wall follows Fran from board to board and answers her summon, and
 * Escape leaves projector mode. Fran's own projector mode carries the join QR code; Paula has none.
 */

const FLAT = 'Flat for renovation'
const GARDENS = 'Community urban gardens'
const WALL = { width: 1920, height: 1080 }

/** What the wall shows of every lane, read from the page as laid out. */
interface LaneReport {
  lane: string
  /** The count in the lane's header. */
  count: number
  /** The "+ N more cards" number, 0 without one. */
  more: number
  /** Card texts drawn, and whether each lies wholly within its lane and the screen. */
  cards: { text: string; inside: boolean; fontSize: number }[]
  cardSize: number
  columns: number
}

interface WallReport {
  scroll: { width: number; height: number }
  viewport: { width: number; height: number }
  lanesBox: { left: number; top: number; right: number; bottom: number }
  lanes: LaneReport[]
}

function readWall(page: Page): Promise<WallReport> {
  return page.evaluate(() => {
    const number = (text: string | null | undefined) => Number(/\d+/.exec(text ?? '')?.[0] ?? 0)
    const lanesElement = document.querySelector('[data-testid="projector-lanes"]')
    const lanesRect = lanesElement?.getBoundingClientRect()
    const lanes = Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="projector-lane-"]'))
    return {
      scroll: {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      lanesBox: {
        left: lanesRect?.left ?? 0,
        top: lanesRect?.top ?? 0,
        right: lanesRect?.right ?? 0,
        bottom: lanesRect?.bottom ?? 0,
      },
      lanes: lanes.map((lane) => {
        const box = (lane.querySelector('.pj-lane__box') ?? lane).getBoundingClientRect()
        const cards = Array.from(lane.querySelectorAll<HTMLElement>('[data-testid="projector-card"]'))
        return {
          lane: lane.dataset.testid ?? '',
          count: number(lane.querySelector('.pj-lane__count')?.textContent),
          more: number(lane.querySelector('[data-testid="projector-more"]')?.textContent),
          cards: cards.map((card) => {
            const rect = card.getBoundingClientRect()
            const text = card.querySelector<HTMLElement>('.pj-card__text')
            return {
              text: text?.textContent ?? '',
              inside:
                rect.top >= box.top - 0.5 &&
                rect.bottom <= box.bottom + 0.5 &&
                rect.left >= box.left - 0.5 &&
                rect.right <= box.right + 0.5 &&
                rect.bottom <= window.innerHeight &&
                rect.right <= window.innerWidth,
              fontSize: text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0,
            }
          }),
          cardSize: Number(lane.dataset.cardSize ?? 0),
          columns: Number(lane.dataset.columns ?? 0),
        }
      }),
    }
  })
}

/**
 * The wall as the room needs it: no page scroll, the lanes across the whole width and down to the
 * bottom, and in every lane each card either drawn whole or counted under "+ N more cards".
 */
async function expectWallFits(page: Page): Promise<WallReport> {
  const wall = await readWall(page)
  expect(wall.scroll.width, 'no sideways scroll').toBeLessThanOrEqual(wall.viewport.width)
  expect(wall.scroll.height, 'no page scroll').toBeLessThanOrEqual(wall.viewport.height)
  expect(wall.lanesBox.left).toBeLessThanOrEqual(0.02 * wall.viewport.width)
  expect(wall.lanesBox.right).toBeGreaterThanOrEqual(0.98 * wall.viewport.width)
  expect(wall.lanesBox.bottom).toBeGreaterThanOrEqual(0.97 * wall.viewport.height)
  expect(wall.lanesBox.bottom).toBeLessThanOrEqual(wall.viewport.height)
  // The header takes no more than a sixth of the height: the lanes have the rest.
  expect(wall.lanesBox.top).toBeLessThanOrEqual(wall.viewport.height / 6)
  expect(wall.lanes).toHaveLength(4)
  for (const lane of wall.lanes) {
    expect(lane.cards.length + lane.more, `${lane.lane}: drawn + counted`).toBe(lane.count)
    for (const card of lane.cards) {
      expect(card.inside, `${lane.lane}: “${card.text}” drawn whole`).toBe(true)
      expect(card.fontSize, `${lane.lane}: “${card.text}” readable`).toBeGreaterThanOrEqual(20)
    }
  }
  return wall
}

/** Starts recording how long each lane fit takes on the wall (ProjectorLane names each on the timeline). */
async function recordFits(page: Page): Promise<void> {
  await page.evaluate(() => {
    const fits: number[] = []
    Object.assign(window, { projectorFits: fits })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'projector lane fit') fits.push(entry.duration)
    }).observe({ type: 'measure' })
  })
}

async function recordedFits(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { projectorFits: number[] }).projectorFits.slice())
}

function laneOnWall(page: Page, laneId: string): Locator {
  return page.getByTestId(`projector-lane-${laneId}`)
}

function seconds(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0)
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
}

const KEY_ASPECTS = [
  'Tenants renovate in exchange for rent',
  'A clear contract with the city',
  'The city keeps ownership of the flats',
  'Renovation vouchers from the municipal budget',
  'Technical advice from the city architect',
  'Young families come first on the waiting list',
  'Rent is frozen for five years after the works',
  'Works checked by an inspector before moving in',
  'Materials bought in bulk by the city',
  'Open days in renovated flats',
  'A guarantee fund for unfinished works',
  'Local builders trained on the job',
  'Energy certificate after renovation',
  'Monthly meeting of tenants and officials',
  'Simple application form, one page',
  'Priority for flats empty for years',
  'A mentor for each renovating household',
  'Clear rules when a tenant leaves early',
  'The programme is evaluated every year',
  'Savings on heating shown to every tenant',
]

test('projector mode: the board on the wall, re-fitted as cards arrive, following the facilitator', async ({
  browser,
}, testInfo) => {
  // Some 30 cards typed one by one while three browsers run: measured 3.1 to 6.9 minutes on this 2-core
  // machine shared with other engineers' runs (load average 15 to 28), past 8 at a load of 45.
  test.setTimeout(480_000)
  const fran = await newActor(browser, 'Fran')
  const paula = await newActor(browser, 'Paula')
  const olga = await newActor(browser, 'Olga', { viewport: WALL })
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false })
  const wall = olga.page

  const links = await test.step('Fran prepares two practices; Paula joins, the projector opens', async () => {
    await createWorkshop(fran.page, { title: 'Affordable housing seminar', place: 'Żyrardów' })
    await join(fran.page, 'Fran Nowak', 'Żyrardów')
    for (const [title, organisation] of [
      [FLAT, 'Żyrardów'],
      [GARDENS, 'Las Palmas'],
    ] as const) {
      await fran.page.getByLabel('Title', { exact: true }).fill(title)
      await fran.page.getByLabel('Partner organisation or region').fill(organisation)
      await fran.page.getByRole('button', { name: 'Add practice' }).click()
    }
    const shared = await readSharedLinks(fran.page)
    await paula.page.goto(shared.participant)
    await join(paula.page, 'Paula Reyes', 'Las Palmas')
    await wall.goto(shared.observer)
    for (const actor of [fran, paula, olga]) {
      await actor.page.getByRole('link', { name: `Open board for “${FLAT}”` }).click()
      await expect(actor.page.getByTestId('practice-title')).toHaveText(FLAT)
    }
    return shared
  })

  await test.step('Fran starts Silent writing with a ten-minute timer', async () => {
    await fran.page.getByTestId('phase-select').selectOption({ label: '1. Silent writing' })
    await fran.page.getByTestId('timer-settings').click()
    await fran.page.getByTestId('timer-minutes').fill('10')
    await fran.page.getByTestId('timer-set').click()
    await fran.page.getByTestId('timer-start').click()
    await expect(wall.getByTestId('timer')).toHaveAttribute('data-status', 'running')
  })

  await test.step('Olga turns on projector mode: lanes fill the screen, phase and timer are large', async () => {
    // Participants look at their own screens: no projector mode for them.
    await expect(paula.page.getByTestId('practice-title')).toHaveText(FLAT)
    await expect(paula.page.getByTestId('projector-mode')).toHaveCount(0)
    await wall.getByRole('link', { name: 'Projector mode' }).click()
    await expect(wall).toHaveURL(/\/p\/[0-9a-zA-Z]+\/projector$/)
    await expect(wall.getByTestId('projector-board')).toBeVisible()
    await expect(wall.getByTestId('practice-title')).toHaveText(FLAT)
    // Nothing of the app's own chrome: no top bar, no session bar, no way to write.
    await expect(wall.locator('.topbar')).toHaveCount(0)
    await expect(wall.getByTestId('session-bar')).toHaveCount(0)
    await expect(wall.getByLabel(/^New card in/)).toHaveCount(0)
    // Leaving is in sight.
    await expect(wall.getByRole('button', { name: 'Exit projector mode' })).toBeVisible()
    await expect(wall.getByTestId('current-phase')).toHaveText('Silent writing')
    expect(await fontSize(wall.getByTestId('current-phase'))).toBeGreaterThanOrEqual(36)
    const timer = wall.getByTestId('projector-timer')
    await expect(timer).toBeVisible()
    await expect(timer).toHaveAttribute('data-status', 'running')
    const left = seconds((await timer.getByTestId('timer-remaining').textContent()) ?? '')
    expect(left).toBeGreaterThan(540)
    expect(left).toBeLessThanOrEqual(600)
    expect(await fontSize(timer.getByTestId('timer-remaining'))).toBeGreaterThanOrEqual(64)
    // An observer's link does not lead to the participant link: no join code here.
    await expect(wall.getByTestId('projector-join')).toHaveCount(0)
    await expectWallFits(wall)
  })

  await test.step('Paula’s private drafts never reach the wall; the reveal brings them', async () => {
    await addCard(paula.page, 'Key aspects', KEY_ASPECTS[0] as string)
    await addCard(paula.page, 'Key aspects', KEY_ASPECTS[1] as string)
    await expect(paula.page.getByTestId('draft-card')).toHaveCount(2)
    await expect(wall.getByText('Paula Reyes: 2 drafts')).toHaveCount(0)
    await expect(laneOnWall(wall, 'keyAspects').locator('.pj-lane__count')).toHaveText('0 cards')
    await expect(wall.getByTestId('projector-card')).toHaveCount(0)
    await fran.page.getByTestId('next-phase').click()
    await expect(wall.getByTestId('current-phase')).toHaveText('Reveal & cluster')
    await expect(laneOnWall(wall, 'keyAspects').getByTestId('projector-card')).toHaveCount(2)
    await addCard(paula.page, 'Stakeholders', 'Municipal housing office')
    await addCard(paula.page, 'Benefits', 'Empty flats are lived in again')
    await addCard(paula.page, 'Transfer steps', 'Map the empty municipal flats')
    await expect(wall.getByTestId('projector-card')).toHaveCount(5)
  })

  const roomy = await test.step('with a few cards the card text is large: at least 28 px', async () => {
    const report = await expectWallFits(wall)
    for (const lane of report.lanes) {
      for (const card of lane.cards) expect(card.fontSize, card.text).toBeGreaterThanOrEqual(28)
    }
    await shot(wall, 'projector-few-cards')
    return report
  })

  await test.step('Paula writes card after card; each lane re-fits and the page never scrolls', async () => {
    const keyAspects = laneOnWall(wall, 'keyAspects')
    await recordFits(wall)
    let count = 2
    for (const text of KEY_ASPECTS.slice(2)) {
      await addCard(paula.page, 'Key aspects', text)
      count++
      await expect(keyAspects.locator('.pj-lane__count')).toHaveText(`${count} cards`)
      // Every few cards, the whole wall is checked as it stands.
      if (count % 4 === 0) await expectWallFits(wall)
    }
    for (const text of [
      'Lower rents for young people',
      'Less pressure on the housing market',
      'Old town streets come alive',
      'A long card that says a great deal: the renovation gives people a home they shaped themselves, ' +
        'the neighbours see the street change flat by flat, and the city gets back buildings it could not ' +
        'afford to renovate on its own, while the money stays with local builders and craftspeople.',
    ]) {
      await addCard(paula.page, 'Benefits', text)
    }
    await expect(laneOnWall(wall, 'benefits').locator('.pj-lane__count')).toHaveText('5 cards')
    const crowded = await expectWallFits(wall)
    const keyLane = crowded.lanes.find((lane) => lane.lane === 'projector-lane-keyAspects')
    const before = roomy.lanes.find((lane) => lane.lane === 'projector-lane-keyAspects')
    // Re-fitted: smaller type and a second column, and with 20 cards the rest counted.
    expect(keyLane?.cardSize).toBeLessThan(before?.cardSize ?? 0)
    expect(keyLane?.columns).toBe(2)
    expect(keyLane?.count).toBe(KEY_ASPECTS.length)
    expect(keyLane?.more).toBeGreaterThan(0)
    await expect(laneOnWall(wall, 'keyAspects').getByTestId('projector-more')).toHaveText(
      `+ ${keyLane?.more} more cards`,
    )
    // A quiet lane keeps its large type: lanes fit each on their own.
    const transfer = crowded.lanes.find((lane) => lane.lane === 'projector-lane-transferSteps')
    expect(transfer?.cards[0]?.fontSize).toBeGreaterThanOrEqual(28)
    await shot(wall, 'projector-many-cards')
    // What each re-fit cost the wall (ms), for the record: printed, not judged on a shared machine.
    const fits = (await recordedFits(wall)).sort((a, b) => a - b)
    expect(fits.length).toBeGreaterThanOrEqual(KEY_ASPECTS.length - 2)
    const at = (share: number) => fits[Math.min(fits.length - 1, Math.floor(share * fits.length))]?.toFixed(1)
    console.log(
      `projector lane fits while cards arrived: ${fits.length}, median ${at(0.5)} ms, max ${at(1)} ms`,
    )
  })

  await test.step('a group and the dots show on the wall as on the board, once voting closes', async () => {
    // Paula groups two benefits with the card action, and names the group.
    const lessPressure = cardWithText(paula.page, 'Less pressure on the housing market')
    await lessPressure.hover()
    await lessPressure.getByRole('button', { name: 'Group with the card above' }).click()
    await paula.page.getByLabel('Group title').fill('Housing market')
    await paula.page.getByLabel('Group title').press('Enter')
    const group = laneOnWall(wall, 'benefits').getByTestId('projector-group')
    await expect(group).toHaveCount(1)
    await expect(group.locator('.pj-group__title')).toHaveText('Housing market')
    await expect(group.getByTestId('projector-card')).toHaveCount(2)
    // The vote: Paula's dot stays hidden on the wall until Fran closes it.
    await fran.page.getByTestId('next-phase').click()
    await expect(wall.getByTestId('current-phase')).toHaveText('Vote')
    const office = cardWithText(paula.page, 'Municipal housing office')
    await office.getByTestId('add-dot').click()
    await expect(office.getByTestId('card-votes')).toHaveAttribute('data-my-dots', '1')
    await expect(wall.getByTestId('projector-votes')).toHaveCount(0)
    await fran.page.getByTestId('next-phase').click()
    await expect(wall.getByTestId('current-phase')).toHaveText('Discuss')
    await expect(
      laneOnWall(wall, 'stakeholders').getByTestId('projector-card').getByTestId('projector-votes'),
    ).toHaveText('1 dot')
    await expectWallFits(wall)
  })

  await test.step('the wall follows Fran to another board, and stays when she leaves the boards', async () => {
    await fran.page.getByRole('link', { name: 'Next practice' }).click()
    await expect(fran.page.getByTestId('practice-title')).toHaveText(GARDENS)
    await expect(wall.getByTestId('practice-title')).toHaveText(GARDENS)
    await expect(wall).toHaveURL(/\/projector$/)
    await expect(wall.getByTestId('projector-card')).toHaveCount(0)
    await fran.page.getByRole('link', { name: 'All practices' }).click()
    await expect(fran.page.getByTestId('practice')).toHaveCount(2)
    await wall.waitForTimeout(500)
    await expect(wall.getByTestId('practice-title')).toHaveText(GARDENS)
    await fran.page.getByRole('link', { name: `Open board for “${FLAT}”` }).click()
    await expect(wall.getByTestId('practice-title')).toHaveText(FLAT)
  })

  await test.step('Escape leaves projector mode; the summon brings the wall back into it', async () => {
    await wall.keyboard.press('Escape')
    await expect(wall).toHaveURL(/\/p\/[0-9a-zA-Z]+$/)
    await expect(wall.getByTestId('projector-board')).toHaveCount(0)
    await expect(wall.getByTestId('session-bar')).toBeVisible()
    // Olga looks at the other practice in projector mode; Fran stays where she is.
    await wall.getByRole('link', { name: 'Next practice' }).click()
    await expect(wall.getByTestId('practice-title')).toHaveText(GARDENS)
    await wall.getByRole('link', { name: 'Projector mode' }).click()
    await expect(wall.getByTestId('projector-board')).toBeVisible()
    await wall.waitForTimeout(500)
    await expect(wall.getByTestId('practice-title')).toHaveText(GARDENS)
    await fran.page.getByTestId('summon-button').click()
    await expect(wall.getByTestId('practice-title')).toHaveText(FLAT)
    await expect(wall).toHaveURL(/\/projector$/)
    await expectWallFits(wall)
  })

  await test.step('Fran’s own projector mode has the join code in its corner, and leaves by keyboard', async () => {
    await fran.page.setViewportSize(WALL)
    await fran.page.getByRole('link', { name: 'Projector mode' }).click()
    const join = fran.page.getByTestId('projector-join')
    await expect(join.getByTestId('qr-code')).toBeVisible()
    await expect(join).toContainText('Scan to join')
    // No facilitator's tools on the wall either.
    await expect(fran.page.getByTestId('timer-settings')).toHaveCount(0)
    await expect(fran.page.getByTestId('summon-button')).toHaveCount(0)
    await expectWallFits(fran.page)
    await shot(fran.page, 'projector-facilitator')
    const exit = fran.page.getByRole('button', { name: 'Exit projector mode' })
    for (let presses = 0; presses < 5; presses++) {
      if (await exit.evaluate((element) => element === document.activeElement)) break
      await fran.page.keyboard.press('Tab')
    }
    await expect(exit).toBeFocused()
    await fran.page.keyboard.press('Enter')
    await expect(fran.page).toHaveURL(/\/p\/[0-9a-zA-Z]+$/)
    await expect(fran.page.getByTestId('summon-button')).toBeVisible()
    // The wall was not moved by any of this: Fran stayed on the same board.
    await expect(wall.getByTestId('practice-title')).toHaveText(FLAT)
    expect(links.observer).toContain('token=')
  })
})
