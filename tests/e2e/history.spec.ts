import type { Page } from '@playwright/test'
import {
  addCard,
  cardWithText,
  dragWithMouse,
  join,
  lane,
  newActor,
  openExampleWorkshop,
  participantLink,
} from './actors'
import { expect, test } from './fixtures'

/** Set HISTORY_SCREENSHOTS=<folder> to keep pictures of the history page at desktop and phone width. */
async function picture(page: Page, name: string): Promise<void> {
  const folder = process.env.HISTORY_SCREENSHOTS
  if (folder) await page.screenshot({ path: `${folder}/history-${name}.png`, fullPage: true })
}

test('restores a snapshot while a participant is connected', async ({ browser, pageErrors }) => {
  // 15 s on a quiet machine, near 60 s under a load of 8–12.
  test.setTimeout(90_000)
  pageErrors.allowConsoleErrors(
    /status of 409 \(Conflict\)/,
    'the story makes the server refuse a 51st hand-taken snapshot',
  )
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  const workshopPath = new URL(ana.page.url()).pathname
  await juan.page.goto(await participantLink(ana.page))
  await join(juan.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')
  await juan.page.getByRole('link', { name: /Open board for “Urban gardens/ }).click()
  await expect(cardWithText(lane(juan.page, 'keyAspects'), 'Environmental education')).toBeVisible()

  // The facilitator keeps the state before the break.
  await ana.page.getByTestId('history-link').click()
  await expect(ana.page).toHaveURL(`${workshopPath}/history`)
  await expect(ana.page.getByTestId('history-empty')).toBeVisible()
  await ana.page.getByTestId('history-note').fill('Before the break')
  await ana.page.getByTestId('history-take').click()
  await expect(ana.page.getByRole('status').filter({ hasText: 'Snapshot taken.' })).toBeVisible()
  const taken = ana.page.getByTestId('history-item').filter({ hasText: 'Taken by hand: Before the break' })
  await expect(taken).toBeVisible()
  // Nothing changed since: no second copy, and she is told so.
  await ana.page.getByTestId('history-take').click()
  await expect(
    ana.page.getByRole('status').filter({ hasText: 'Nothing has changed since the latest snapshot' }),
  ).toBeVisible()
  await expect(ana.page.getByTestId('history-item')).toHaveCount(1)
  // The server's refusal past 50 snapshots taken by hand is explained in her language.
  await ana.page.route('**/snapshots', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'this workshop already keeps 50 snapshots taken by hand',
            code: 'snapshotLimit',
          }),
        })
      : route.continue(),
  )
  await ana.page.getByTestId('history-take').click()
  await expect(ana.page.getByRole('alert')).toContainText(
    'This workshop already keeps 50 snapshots taken by hand',
  )
  await ana.page.unroute('**/snapshots')

  // Meanwhile a participant deletes a card and adds one.
  const removed = cardWithText(lane(juan.page, 'keyAspects'), 'Environmental education')
  await removed.hover()
  await removed.getByRole('button', { name: 'Delete card' }).click()
  await expect(removed).toHaveCount(0)
  await addCard(juan.page, 'Transfer steps', 'Rent a plot from the city (Juan)')
  await dragWithMouse(
    juan.page,
    cardWithText(lane(juan.page, 'keyAspects'), 'Promotes good environmental practices'),
    lane(juan.page, 'benefits'),
  )
  await expect(
    cardWithText(lane(juan.page, 'benefits'), 'Promotes good environmental practices'),
  ).toBeVisible()

  // The facilitator opens the snapshot and sees what changed since.
  await taken.getByTestId('history-open').click()
  const view = ana.page.getByTestId('history-view')
  // Focus moves into what opened: its heading is read out, Tab goes on inside the snapshot.
  await expect(view.getByTestId('history-view-heading')).toBeFocused()
  await expect(view.getByTestId('history-summary')).toHaveText(
    'Since then: 1 card added, 1 removed, 1 moved, 0 edited.',
  )
  const then = view.getByTestId('history-card').filter({ hasText: 'Environmental education' })
  await expect(then).toContainText('Removed since')
  await expect(view.getByTestId('history-added')).toContainText('Rent a plot from the city (Juan)')
  await expect(
    view.getByTestId('history-card').filter({ hasText: 'Promotes good environmental practices' }),
  ).toContainText('Moved since: Key aspects → Benefits')
  await picture(ana.page, 'desktop')

  // Restoring asks first, then changes the participant's board without a reload.
  await view.getByTestId('history-restore').click()
  const dialog = ana.page.getByRole('dialog')
  await expect(dialog).toContainText('The current state is kept as a snapshot first')
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(view.getByTestId('history-restore-status')).toContainText('Restored.')
  // Not lost to the page behind the disabled Restore button: on the heading, the outcome announced.
  await expect(view.getByTestId('history-view-heading')).toBeFocused()
  await expect(view.getByRole('status')).toContainText('Restored.')
  await expect(cardWithText(lane(juan.page, 'keyAspects'), 'Environmental education')).toBeVisible()
  await expect(cardWithText(lane(juan.page, 'transferSteps'), '(Juan)')).toHaveCount(0)
  await expect(
    cardWithText(lane(juan.page, 'keyAspects'), 'Promotes good environmental practices'),
  ).toBeVisible()
  await expect(view.getByTestId('history-summary')).toHaveText(
    'Nothing on the boards has changed since then.',
  )
  // The state before the restore is kept, so the restore can be undone.
  await expect(ana.page.getByTestId('history-item').first()).toContainText('Before restoring the snapshot of')
  // Closing the snapshot gives focus back to the button that opened it.
  await view.getByRole('button', { name: 'Close' }).click()
  await expect(view).toHaveCount(0)
  await expect(taken.getByTestId('history-open')).toBeFocused()

  // Moving the session on takes a snapshot by itself; the open page lists it without a reload.
  await ana.page.getByRole('button', { name: 'Start: Silent writing' }).click()
  await expect(ana.page.getByTestId('history-item').first()).toContainText('Phase changed to Silent writing')

  await ana.page.setViewportSize({ width: 390, height: 844 })
  await picture(ana.page, 'phone')
  await ana.page.getByRole('link', { name: 'All practices' }).click()
  await expect(ana.page.getByTestId('history-link')).toBeInViewport()
  await picture(ana.page, 'header-phone')

  // A participant who finds the address is told the history is the facilitator's.
  await juan.page.goto(`${workshopPath}/history`)
  await expect(juan.page.getByTestId('history-refused')).toBeVisible()

  await ana.context.close()
  await juan.context.close()
})
