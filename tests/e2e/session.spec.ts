import type { Locator, Page } from '@playwright/test'
import {
  addCard,
  cardWithText,
  connectionStatus,
  createWorkshop,
  join,
  lane,
  newActor,
  readSharedLinks,
} from './actors'
import { expect, test } from './fixtures'

/**
 * A session, run by its facilitator. Fran facilitates; Paula, a remote partner from Las Palmas, writes and
 * votes; Olga's screen is the room's projector on the observer link. Fran shares the links and starts a
 * timer that all three see alike; in Silent writing Paula's cards stay hers until Fran moves to Reveal &
 * cluster; Fran gives everyone two dots and opens the vote, closes it, and all see the results, per
 * organisation too; Fran brings everyone to a board, then locks it. Olga sees all of it and can touch none.
 */

const FLAT = 'Flat for renovation'
const GARDENS = 'Community urban gardens'

function seconds(text: string): number {
  const parts = text.trim().split(':').map(Number)
  return parts.reduce((total, part) => total * 60 + part, 0)
}

function openBoard(page: Page, title: string): Promise<void> {
  return page.getByRole('link', { name: `Open board for “${title}”` }).click()
}

/** The facilitator sets the timer's length in its panel (which closes once it is set). */
async function setTimer(page: Page, minutes: string): Promise<void> {
  await page.getByTestId('timer-settings').click()
  await page.getByTestId('timer-minutes').fill(minutes)
  await page.getByTestId('timer-set').click()
  await expect(page.getByTestId('timer-panel')).toHaveCount(0)
}

function draftCards(page: Page): Locator {
  return page.getByTestId('draft-card')
}

/** Everything an observer must not have: no way to write, vote, steer the session or say anything. */
async function expectNoControls(page: Page): Promise<void> {
  for (const testId of [
    'phase-select',
    'next-phase',
    'agenda-button',
    'add-default-agenda',
    'timer-start',
    'timer-pause',
    'timer-set',
    'timer-settings',
    'timer-restart',
    'timer-add-minute',
    'add-dot',
    'remove-dot',
    'clear-votes',
    'done-button',
    'hand-button',
    'follow-toggle',
    'summon-button',
    'lock-toggle',
    'room-button',
  ]) {
    await expect(page.getByTestId(testId), testId).toHaveCount(0)
  }
  await expect(page.getByLabel(/^New card in/)).toHaveCount(0)
  await expect(page.locator('[data-drag-handle]')).toHaveCount(0)
}

test('a facilitator runs a session: timer, private writing and reveal, dot voting, summon and lock', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000)
  const fran = await newActor(browser, 'Fran')
  const paula = await newActor(browser, 'Paula')
  const olga = await newActor(browser, 'Olga')
  const shot = async (page: Page, name: string, size?: { width: number; height: number }) => {
    if (size) await page.setViewportSize(size)
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false })
    if (size) await page.setViewportSize({ width: 1280, height: 800 })
  }
  const phone = { width: 390, height: 844 }

  const links =
    await test.step('Fran creates the workshop with two practices and reads the links', async () => {
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
      await expect(fran.page.getByTestId('practice')).toHaveCount(2)
      await shot(fran.page, 'practice-list-facilitator')
      return readSharedLinks(fran.page)
    })

  await test.step('Paula joins by the link; the projector opens without a name and is not counted', async () => {
    await paula.page.goto(links.participant)
    await join(paula.page, 'Paula Reyes', 'Las Palmas')
    await expect(paula.page.getByTestId('practice')).toHaveCount(2)
    await olga.page.goto(links.observer)
    await expect(olga.page.getByTestId('practice')).toHaveCount(2)
    await expect(olga.page.getByLabel('Your name')).toHaveCount(0)
    await expect(olga.page.getByTestId('view-only-badge')).toBeVisible()
    await fran.page.getByTestId('share-button').click()
    await expect(fran.page.getByTestId('share-panel').getByTestId('people-count')).toHaveText(
      '2 people have joined',
    )
    await fran.page.getByTestId('share-panel').getByRole('button', { name: 'Close' }).click()
    for (const actor of [fran, paula, olga]) await openBoard(actor.page, FLAT)
    await expect(olga.page.getByTestId('practice-title')).toHaveText(FLAT)
  })

  await test.step('Fran sets a five-minute timer and starts it; all three see the same countdown', async () => {
    await setTimer(fran.page, '5')
    await expect(fran.page.getByTestId('timer-remaining')).toHaveText('5:00')
    await fran.page.getByTestId('timer-start').click()
    for (const actor of [paula, olga]) {
      await expect(actor.page.getByTestId('timer')).toHaveAttribute('data-status', 'running')
    }
    await fran.page.waitForTimeout(1500)
    const [franLeft, paulaLeft, olgaLeft] = await Promise.all(
      [fran, paula, olga].map((actor) => actor.page.getByTestId('timer-remaining').textContent()),
    )
    const shown = [franLeft, paulaLeft, olgaLeft].map((text) => seconds(text ?? ''))
    expect(Math.max(...shown) - Math.min(...shown), `countdowns ${shown.join(', ')}`).toBeLessThanOrEqual(1)
    expect(Math.max(...shown)).toBeLessThan(300)
    expect(Math.min(...shown)).toBeGreaterThan(290)
    for (const actor of [paula, olga]) {
      const progress = Number(await actor.page.getByTestId('timer-progress').getAttribute('aria-valuenow'))
      expect(progress).toBeGreaterThanOrEqual(0)
      expect(progress).toBeLessThan(5)
    }
  })

  await test.step('Silent writing: Paula’s cards are drafts only she sees; the others see how many', async () => {
    await fran.page.getByTestId('phase-select').selectOption({ label: '1. Silent writing' })
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Silent writing')
    await expect(olga.page.getByTestId('current-phase')).toHaveText('Silent writing')
    await expect(paula.page.getByTestId('private-writing')).toBeVisible()
    await addCard(paula.page, 'Key aspects', 'Tenants renovate in exchange for rent')
    await addCard(paula.page, 'Key aspects', 'A clear contract with the city')
    await expect(draftCards(paula.page)).toHaveCount(2)
    await expect(draftCards(paula.page).first()).toContainText('Only you can see this until the reveal')
    for (const other of [fran, olga]) {
      await expect(other.page.getByTestId('draft-count')).toHaveText('Paula Reyes: 2 drafts')
      await expect(cardWithText(other.page, 'Tenants renovate')).toHaveCount(0)
      await expect(draftCards(other.page)).toHaveCount(0)
    }
    await shot(paula.page, 'board-timer-phase-laptop')
    await shot(paula.page, 'board-timer-phase-phone', phone)
    await expectNoControls(olga.page)
    await shot(olga.page, 'board-observer-silent-writing')
  })

  await test.step('Paula says she is done; Fran sees it in the room', async () => {
    await paula.page.getByTestId('done-button').click()
    await expect(paula.page.getByTestId('done-button')).toHaveAttribute('aria-pressed', 'true')
    await paula.page.getByTestId('hand-button').click()
    await fran.page
      .getByTestId('session-bar')
      .getByRole('button', { name: /^Room ?, 1 of 1 done, 1 hand raised$/ })
      .click()
    const room = fran.page.getByTestId('room-panel')
    await expect(room.getByTestId('room-done')).toContainText('Paula Reyes')
    await expect(room.getByTestId('raised-hands')).toContainText('Paula Reyes')
    await shot(fran.page, 'facilitator-room')
    await room.getByRole('button', { name: 'Lower Paula Reyes’s hand' }).click()
    await expect(room.getByTestId('raised-hands')).toHaveCount(0)
    await fran.page.keyboard.press('Escape')
    await paula.page.getByTestId('hand-button').click()
    await expect(paula.page.getByTestId('hand-button')).toHaveAttribute('aria-pressed', 'false')
  })

  await test.step('Paula reloads: her drafts are still there, still hers', async () => {
    await paula.page.reload()
    await expect(draftCards(paula.page)).toHaveCount(2)
    await expect(cardWithText(fran.page, 'Tenants renovate')).toHaveCount(0)
    await expect(fran.page.getByTestId('draft-count')).toHaveText('Paula Reyes: 2 drafts')
  })

  await test.step('Fran moves on to Reveal & cluster while Paula still edits a draft: nothing she typed is lost', async () => {
    const contract = draftCards(paula.page).filter({ hasText: 'A clear contract with the city' })
    await contract.getByRole('button', { name: /^Edit draft/ }).click()
    await paula.page.getByLabel('Edit draft text').fill('A clear contract with the city, signed first')
    await fran.page.getByTestId('next-phase').click()
    // The draft is a card now, and its editor is open on it with what Paula had typed.
    const editor = paula.page.getByLabel('Edit card text')
    await expect(editor).toHaveValue('A clear contract with the city, signed first')
    await editor.press('Enter')
    await expect(cardWithText(fran.page, 'A clear contract with the city, signed first')).toBeVisible()
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Reveal & cluster')
    for (const actor of [fran, paula, olga]) {
      const keyAspects = lane(actor.page, 'keyAspects')
      await expect(cardWithText(keyAspects, 'Tenants renovate in exchange for rent')).toBeVisible()
      await expect(cardWithText(keyAspects, 'A clear contract with the city')).toBeVisible()
      await expect(draftCards(actor.page)).toHaveCount(0)
    }
    await expect(fran.page.getByTestId('draft-counts')).toHaveCount(0)
    await addCard(fran.page, 'Stakeholders', 'Municipal housing office')
    await expect(cardWithText(lane(olga.page, 'stakeholders'), 'Municipal housing office')).toBeVisible()
  })

  await test.step('Fran gives everyone two dots in the agenda and opens the vote', async () => {
    await fran.page.getByTestId('agenda-button').click()
    const agenda = fran.page.getByTestId('agenda-editor')
    await expect(agenda.getByTestId('agenda-phase')).toHaveCount(5)
    await agenda.getByLabel('Dots per person').fill('2')
    await agenda.getByLabel('Dots per person').press('Enter')
    await expect(agenda.getByLabel('Dots per person')).toHaveValue('2')
    await shot(fran.page, 'agenda-editor-laptop')
    await shot(fran.page, 'agenda-editor-phone', phone)
    await agenda.getByRole('button', { name: 'Close' }).click()
    await fran.page.getByTestId('next-phase').click()
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Vote')
  })

  await test.step('Paula places her two dots and cannot place a third; nobody else sees them', async () => {
    await expect(paula.page.getByTestId('dot-budget')).toHaveText('2 of 2 dots left')
    const contract = cardWithText(paula.page, 'A clear contract with the city')
    const office = cardWithText(paula.page, 'Municipal housing office')
    const tenants = cardWithText(paula.page, 'Tenants renovate')
    await contract.getByTestId('add-dot').click()
    await expect(contract.getByTestId('card-votes')).toHaveAttribute('data-my-dots', '1')
    // One dot per card: the same card takes no second one.
    await expect(contract.getByTestId('add-dot')).toBeDisabled()
    await office.getByTestId('add-dot').click()
    await expect(paula.page.getByTestId('dot-budget')).toHaveText('0 of 2 dots left')
    await expect(tenants.getByTestId('add-dot')).toBeDisabled()
    // Fran votes too, and sees only her own dot.
    const franContract = cardWithText(fran.page, 'A clear contract with the city')
    await franContract.getByTestId('add-dot').click()
    await expect(franContract.getByTestId('card-votes')).toHaveAttribute('data-my-dots', '1')
    await expect(
      cardWithText(fran.page, 'Municipal housing office').getByTestId('card-votes'),
    ).toHaveAttribute('data-my-dots', '0')
    await expect(fran.page.getByTestId('vote-total')).toHaveCount(0)
    await expect(fran.page.getByTestId('voting-bar')).toContainText('Everyone sees only their own dots')
    await expect(olga.page.getByTestId('vote-total')).toHaveCount(0)
    await expect(olga.page.locator('.votes__dot')).toHaveCount(0)
    await expectNoControls(olga.page)
    await shot(paula.page, 'voting-in-progress-laptop')
    await shot(paula.page, 'voting-in-progress-phone', phone)
  })

  await test.step('Fran closes the vote: everyone sees the totals, per organisation too', async () => {
    await fran.page.getByTestId('next-phase').click()
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Discuss')
    for (const actor of [fran, paula, olga]) {
      await expect(cardWithText(actor.page, 'A clear contract').getByTestId('vote-total')).toHaveText(
        '2 dots',
      )
      await expect(cardWithText(actor.page, 'Municipal housing office').getByTestId('vote-total')).toHaveText(
        '1 dot',
      )
    }
    await cardWithText(olga.page, 'A clear contract')
      .getByRole('button', { name: /^2 dots for/ })
      .click()
    const breakdown = olga.page.getByTestId('vote-breakdown')
    await expect(breakdown.getByTestId('vote-by-organisation')).toContainText('Las Palmas')
    await expect(breakdown.getByTestId('vote-by-organisation')).toContainText('Żyrardów')
    await expect(breakdown.getByTestId('vote-by-person')).toContainText('Paula Reyes')
    await olga.page.keyboard.press('Escape')
    await olga.page.getByTestId('results-button').click()
    const results = olga.page.getByTestId('vote-results')
    await expect(results.getByTestId('result-row').first()).toContainText('A clear contract with the city')
    await expect(results.getByTestId('results-organisations')).toContainText('Las Palmas')
    await expect(results.getByTestId('results-organisations')).toContainText('2 dots')
    await shot(olga.page, 'results-laptop')
    await shot(olga.page, 'results-phone', phone)
    await results.getByRole('button', { name: 'Close' }).click()
  })

  await test.step('sorting by votes puts the most-voted card first', async () => {
    const firstCard = () => lane(paula.page, 'keyAspects').getByTestId('card').first()
    await expect(firstCard()).toContainText('Tenants renovate')
    await paula.page.getByTestId('sort-by-votes').click()
    await expect(paula.page.getByTestId('sort-by-votes')).toHaveAttribute('aria-pressed', 'true')
    await expect(firstCard()).toContainText('A clear contract with the city')
    await shot(paula.page, 'results-sorted-board')
    await paula.page.getByTestId('sort-by-votes').click()
    await expect(firstCard()).toContainText('Tenants renovate')
  })

  await test.step('Paula wanders off; Fran brings everyone to her board and Paula arrives', async () => {
    await paula.page.getByRole('link', { name: 'Next practice' }).click()
    await expect(paula.page.getByTestId('practice-title')).toHaveText(GARDENS)
    await olga.page.getByRole('link', { name: 'All practices' }).click()
    await expect(paula.page.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'true')
    await fran.page.getByTestId('summon-button').click()
    await expect(paula.page.getByTestId('practice-title')).toHaveText(FLAT)
    await expect(paula.page.getByTestId('summon-notice')).toHaveText('The facilitator brought you here.')
    // The projector goes along as well.
    await expect(olga.page.getByTestId('practice-title')).toHaveText(FLAT)
  })

  await test.step('a second screen switched on after the call stays on Transfer interest, told nothing', async () => {
    const wall = await newActor(browser, 'Wall')
    await wall.page.goto(links.observer)
    await wall.page.getByRole('link', { name: 'Transfer interest' }).click()
    await expect(wall.page.getByRole('heading', { level: 1, name: 'Transfer interest' })).toBeVisible()
    const status = connectionStatus(wall.page)
    await expect(status).toHaveAttribute('data-status', 'connected')
    // It changes nothing, so its badge speaks of what it sees.
    await expect(status).toHaveAttribute('title', 'You see everyone’s changes as they make them.')
    // The fact to wait for: this device has read Fran's call and decided on it (it remembers it as handled).
    const workshopId = new URL(wall.page.url()).pathname.split('/')[2] ?? ''
    await expect
      .poll(() =>
        wall.page.evaluate(
          (key) =>
            (JSON.parse(localStorage.getItem(key) ?? '{}') as { handledSummonId?: string }).handledSummonId,
          `practicemap:follow:${workshopId}`,
        ),
      )
      .toBeTruthy()
    await expect(wall.page.getByRole('heading', { level: 1, name: 'Transfer interest' })).toBeVisible()
    await expect(wall.page.getByTestId('summon-notice')).toHaveCount(0)
    await wall.context.close()
  })

  await test.step('leaving again stops following; "Follow facilitator" takes Paula back', async () => {
    await paula.page.getByRole('link', { name: 'All practices' }).click()
    await expect(paula.page.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'false')
    await paula.page.getByTestId('follow-toggle').click()
    await expect(paula.page.getByTestId('practice-title')).toHaveText(FLAT)
    await expect(paula.page.getByTestId('follow-toggle')).toHaveAttribute('aria-pressed', 'true')
  })

  await test.step('Fran locks the board: Paula can no longer add cards', async () => {
    await expect(paula.page.getByLabel('New card in Key aspects')).toBeVisible()
    await fran.page.getByTestId('lock-toggle').click()
    await expect(paula.page.getByTestId('lock-badge')).toBeVisible()
    await expect(paula.page.getByLabel(/^New card in/)).toHaveCount(0)
    await expect(paula.page.locator('[data-drag-handle]')).toHaveCount(0)
    await expect(fran.page.getByLabel('New card in Key aspects')).toBeVisible()
    await expect(fran.page.getByTestId('lock-toggle')).toHaveAttribute('data-locked', 'true')
  })

  await test.step('a short timer runs out: everyone gets a gentle signal', async () => {
    await setTimer(fran.page, '0.1')
    await expect(paula.page.getByTestId('timer-remaining')).toHaveText('0:06')
    await fran.page.getByTestId('timer-start').click()
    for (const actor of [fran, paula, olga]) {
      await expect(actor.page.getByTestId('timer')).toHaveAttribute('data-status', 'finished')
      await expect(actor.page.getByTestId('timer')).toContainText('Time is up')
      await expect(actor.page.getByTestId('timer')).toHaveClass(/timer--ringing/)
    }
    // Start, which would do nothing now, gives way to starting the same length again.
    await expect(fran.page.getByTestId('timer-start')).toHaveCount(0)
    await expect(fran.page.getByTestId('timer-restart')).toBeVisible()
    await shot(fran.page, 'facilitator-board-time-up-laptop')
    await shot(fran.page, 'facilitator-board-time-up-phone', phone)
  })

  await test.step('one more minute while it still rings: the timer runs and rings no more', async () => {
    await fran.page.getByTestId('timer-add-minute').click()
    for (const actor of [fran, paula, olga]) {
      await expect(actor.page.getByTestId('timer')).toHaveAttribute('data-status', 'running')
      await expect(actor.page.getByTestId('timer')).not.toHaveClass(/timer--ringing/)
    }
    // The panel shows the length everyone's timer has now, also on a screen opened since.
    await fran.page.reload()
    await fran.page.getByTestId('timer-settings').click()
    await expect(fran.page.getByTestId('timer-minutes')).toHaveValue('1.1')
    await fran.page.keyboard.press('Escape')
    await expect(fran.page.getByTestId('timer-panel')).toHaveCount(0)
  })

  await test.step('a workshop without an agenda gets the default one back in one click', async () => {
    await fran.page.getByTestId('agenda-button').click()
    const agenda = fran.page.getByTestId('agenda-editor')
    for (let left = 5; left > 0; left--) {
      await agenda
        .getByRole('button', { name: /^Remove “/ })
        .first()
        .click()
      await expect(agenda.getByTestId('agenda-phase')).toHaveCount(left - 1)
    }
    await expect(agenda).toContainText('This workshop has no agenda yet.')
    await agenda.getByRole('button', { name: 'Close' }).click()
    await expect(paula.page.getByTestId('phase-bar')).toHaveCount(0)
    await fran.page.getByTestId('add-default-agenda').click()
    await expect(fran.page.getByTestId('phase-select')).toHaveValue('')
    await expect(fran.page.getByTestId('phase-select').locator('option')).toHaveText([
      'No phase',
      '1. Silent writing',
      '2. Reveal & cluster',
      '3. Vote',
      '4. Discuss',
      '5. Transfer planning',
    ])
    await expect(paula.page.getByTestId('current-phase')).toHaveText('No phase')
  })

  await test.step('the projector saw it all live and had no controls', async () => {
    await expect(olga.page.getByTestId('lock-badge')).toBeVisible()
    await expect(cardWithText(olga.page, 'A clear contract').getByTestId('vote-total')).toHaveText('2 dots')
    await expect(olga.page.getByTestId('timer')).toBeVisible()
    await expectNoControls(olga.page)
    await shot(olga.page, 'observer-end')
  })

  for (const actor of [fran, paula, olga]) await actor.context.close()
})
