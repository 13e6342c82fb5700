import type { Page } from '@playwright/test'
import { addCard, cardWithText, createWorkshop, join, lane, newActor, participantLink } from './actors'
import { expect, test } from './fixtures'

/**
 * A workshop's life beyond the day: the facilitator brings the practice list from a spreadsheet, the
 * partners write on the boards, the facilitator starts the follow-up meeting from them, and finally
 * deletes the first workshop while a partner still has it open.
 */

const shot = (name: string) => `/tmp/lifecycle-${name}.png`

/** The IndexedDB databases this device keeps for a workshop's documents. */
function localCopies(page: Page, workshopId: string): Promise<string[]> {
  return page.evaluate(
    async (id) =>
      (await indexedDB.databases())
        .map((database) => database.name ?? '')
        .filter((name) => name === `practicemap:${id}` || name.startsWith(`practicemap:${id}/`)),
    workshopId,
  )
}

const PRACTICE_LIST_CSV =
  '\uFEFFTytuł;Organizacja;Opis\r\n' +
  'Mieszkanie za remont;Żyrardów;"Flat for renovation:\nthe right to a flat for renovating it"\r\n' +
  'Rowery miejskie;Brașov;Shared city bikes\r\n'

test('the facilitator imports the practice list, starts a follow-up, and deletes the workshop under a partner', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allowConsoleErrors(
    /status of 400 \(Bad Request\)/,
    'a practice list with errors is refused with 400, and the page names the rows',
  )
  const ana = await newActor(browser, 'Ana (facilitator)')
  const juan = await newActor(browser, 'Juan (participant)')

  await createWorkshop(ana.page, { title: 'Las Palmas seminar', date: '2024-04-10' })
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  const originalPath = new URL(ana.page.url()).pathname

  // The day-one list, from a Polish spreadsheet (semicolons, byte-order mark, a line break in a cell).
  await ana.page.getByTestId('practice-csv-import').click()
  await expect(ana.page.getByText('title, organisation (or region), description')).toBeVisible()
  await ana.page.screenshot({ path: shot('csv-import') })
  // The list saved by Excel as plain "CSV" (cp1250 on a Polish computer) is refused here, before sending,
  // with how to save it instead; nothing reaches the server.
  const imports: string[] = []
  ana.page.on('request', (request) => {
    if (request.url().includes('/practices/import')) imports.push(request.url())
  })
  await ana.page.getByLabel('Practice list (.csv)').setInputFiles({
    name: 'praktyki-cp1250.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Tytu\xb3;Organizacja\r\nMieszkanie za remont;\xafyrard\xf3w\r\n', 'latin1'),
  })
  await expect(ana.page.getByTestId('practice-csv-error')).toContainText(
    'Save it as “CSV UTF-8” (in Excel: File → Save As → CSV UTF-8)',
  )
  expect(imports).toEqual([])
  await ana.page.getByLabel('Practice list (.csv)').setInputFiles({
    name: 'praktyki.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PRACTICE_LIST_CSV, 'utf8'),
  })
  await expect(ana.page.getByTestId('practice-csv-result')).toHaveText('2 practices added')
  await ana.page.getByTestId('practice-csv-result').scrollIntoViewIfNeeded()
  await ana.page.screenshot({ path: shot('csv-added') })
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  await expect(ana.page.getByTestId('practice').first()).toContainText('Mieszkanie za remont')
  await expect(ana.page.getByTestId('practice').first()).toContainText('Żyrardów')
  // A file with a row missing its title adds nothing and says which row.
  await ana.page.getByLabel('Practice list (.csv)').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('title,organisation\nGood,A\n,B\n', 'utf8'),
  })
  await expect(ana.page.getByTestId('practice-csv-error')).toContainText('Row 3 has no title.')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  await ana.page.keyboard.press('Escape')

  // A partner joins and writes on the first board.
  const link = await participantLink(ana.page)
  await juan.page.goto(link)
  await join(juan.page, 'Juan Pérez', 'Gran Canaria')
  await expect(juan.page.getByTestId('practice')).toHaveCount(2)
  await juan.page.getByRole('link', { name: 'Mieszkanie za remont', exact: true }).click()
  await addCard(juan.page, 'Key aspects', 'Right to a flat for its renovation')
  await addCard(juan.page, 'Transfer steps', 'Pilot with ten flats in Telde')
  await juan.page.getByRole('link', { name: 'All practices' }).click()
  // The partner sees no Workshop menu and no CSV import.
  await expect(juan.page.getByTestId('workshop-menu')).toHaveCount(0)
  await expect(juan.page.getByTestId('practice-csv-import')).toHaveCount(0)

  // The follow-up: the facilitator's Workshop menu, a dialog prefilled from this workshop.
  await ana.page.getByTestId('workshop-menu').click()
  await ana.page.screenshot({ path: shot('menu') })
  await ana.page.getByTestId('start-follow-up').click()
  const dialog = ana.page.getByTestId('follow-up-dialog')
  await expect(dialog.getByLabel('Workshop title')).toHaveValue('Las Palmas seminar — follow-up')
  await expect(dialog).toContainText('Votes are not carried over')
  await dialog.getByLabel('Place').fill('Brașov')
  await ana.page.screenshot({ path: shot('follow-up-dialog') })
  await ana.page.setViewportSize({ width: 390, height: 844 })
  await ana.page.screenshot({ path: shot('follow-up-dialog-phone') })
  await ana.page.setViewportSize({ width: 1280, height: 800 })
  // An answer without a usable link (a proxy mangling it, say): the dialog stays open and says so.
  await ana.page.route('**/follow-up', (route) =>
    route.fulfill({
      status: 201,
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'nosuchworkshop',
        links: { facilitator: 'not a link', participant: 'not a link', observer: 'not a link' },
      }),
    }),
  )
  await dialog.getByTestId('create-follow-up').click()
  await expect(dialog).toContainText('Something went wrong on the server')
  await ana.page.unroute('**/follow-up')
  await dialog.getByTestId('create-follow-up').click()

  // Ana lands in the new workshop, as its facilitator, with the boards carried over.
  await expect.poll(() => new URL(ana.page.url()).pathname).not.toBe(originalPath)
  await expect(ana.page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
  await expect(ana.page.getByTestId('workshop-title')).toHaveText('Las Palmas seminar — follow-up')
  const origin = ana.page.getByTestId('follow-up-origin')
  await expect(origin).toHaveText('Follow-up of Las Palmas seminar (10 April 2024)')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  await expect(ana.page.getByTestId('workshop-menu')).toBeVisible()
  await ana.page.screenshot({ path: shot('follow-up-header') })
  await ana.page.getByRole('link', { name: 'Mieszkanie za remont', exact: true }).click()
  await expect(cardWithText(lane(ana.page, 'keyAspects'), 'Right to a flat for its renovation')).toBeVisible()
  await expect(cardWithText(lane(ana.page, 'transferSteps'), 'Pilot with ten flats in Telde')).toBeVisible()

  // Back to the first workshop through the origin link, to delete it while Juan is still in it.
  await ana.page.getByRole('link', { name: 'All practices' }).click()
  await ana.page.getByTestId('follow-up-origin').getByRole('link').click()
  await expect(ana.page.getByTestId('workshop-title')).toHaveText('Las Palmas seminar')
  await ana.page.getByTestId('workshop-menu').click()
  await ana.page.getByTestId('delete-workshop').click()
  const confirm = ana.page.getByTestId('delete-workshop-dialog')
  await expect(confirm).toContainText('Delete “Las Palmas seminar”?')
  await expect(confirm).toContainText('cannot be undone')
  await expect(confirm).toContainText('JSON export')
  await ana.page.screenshot({ path: shot('delete-dialog') })
  await ana.page.setViewportSize({ width: 390, height: 844 })
  await ana.page.screenshot({ path: shot('delete-dialog-phone') })
  await ana.page.setViewportSize({ width: 1280, height: 800 })
  const originalId = originalPath.split('/')[2] ?? ''
  expect(await localCopies(ana.page, originalId)).toContain(`practicemap:${originalId}`)
  await confirm.getByTestId('confirm-delete-workshop').click()

  // Ana is home; the workshop is no longer among her recent ones (the follow-up is).
  await expect(ana.page).toHaveURL(/\/$/)
  const recent = ana.page.getByRole('link', { name: 'Las Palmas seminar', exact: true })
  await expect(recent).toHaveCount(0)
  await expect(ana.page.getByRole('link', { name: /Las Palmas seminar — follow-up/ })).toBeVisible()
  await expect
    .poll(() =>
      ana.page.evaluate(
        (path) => localStorage.getItem(`practicemap:token:${path.split('/')[2]}`),
        originalPath,
      ),
    )
    .toBeNull()
  // Nor are its local copies: no IndexedDB database of it is left on Ana's device.
  await expect.poll(() => localCopies(ana.page, originalId)).toEqual([])

  // Juan, still in it, is told why it is gone, instead of "Reconnecting…" for ever.
  await expect(juan.page.getByTestId('workshop-deleted')).toBeVisible()
  await expect(juan.page.getByText('This workshop was deleted by its facilitator')).toBeVisible()
  await juan.page.screenshot({ path: shot('deleted-participant') })
  // Nothing of it stays on Juan's device either: no local copy, no token, not among his recent workshops;
  // the message stays on screen meanwhile.
  await expect.poll(() => localCopies(juan.page, originalId)).toEqual([])
  await expect
    .poll(() => juan.page.evaluate((id) => localStorage.getItem(`practicemap:token:${id}`), originalId))
    .toBeNull()
  await expect(juan.page.getByTestId('workshop-deleted')).toBeVisible()
  await juan.page.goto('/')
  await expect(juan.page.getByRole('link', { name: 'Las Palmas seminar', exact: true })).toHaveCount(0)
  // Its link no longer works: the server knows no such workshop.
  const linkUrl = new URL(link)
  const answer = await juan.page.request.get(`/api/workshops/${linkUrl.pathname.split('/')[2]}`, {
    headers: { Authorization: `Bearer ${linkUrl.searchParams.get('token')}` },
  })
  expect(answer.status()).toBe(404)

  await ana.context.close()
  await juan.context.close()
})
