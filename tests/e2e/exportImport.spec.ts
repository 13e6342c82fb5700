import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { join, newActor, openExampleWorkshop, participantLink } from './actors'
import { expect, test } from './fixtures'

interface ExportedWorkshop {
  workshop: { title: string }
  practices: { title: string; board: { cards: { text: string; lane: string }[] } }[]
}

/** Downloads the workshop's JSON export from the facilitator's Export menu; returns its name and content. */
async function downloadJson(page: Page): Promise<{ filename: string; path: string; data: ExportedWorkshop }> {
  await page.getByTestId('export-menu').click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ])
  const path = await download.path()
  return {
    filename: download.suggestedFilename(),
    path,
    data: JSON.parse(readFileSync(path, 'utf8')) as ExportedWorkshop,
  }
}

const summary = (data: ExportedWorkshop) =>
  data.practices.map((practice) => ({
    title: practice.title,
    cards: practice.board.cards.map((card) => `${card.lane}: ${card.text}`),
  }))

test('the facilitator downloads the JSON export and imports it as a new workshop with the same practices and cards', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allowConsoleErrors(
    /status of 400 \(Bad Request\)/,
    'a file that is not an export is refused by the server with 400, and the page says so',
  )
  const ana = await newActor(browser, 'Ana')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  const originalPath = new URL(ana.page.url()).pathname

  // The menu offers every format; the JSON arrives under the server's file name.
  await ana.page.getByTestId('export-menu').click()
  for (const format of ['md', 'csv', 'json', 'docx'])
    await expect(ana.page.getByTestId(`export-${format}`)).toBeVisible()
  // The Word report arrives whole: a zip, under the server's .docx name.
  const [docx] = await Promise.all([
    ana.page.waitForEvent('download'),
    ana.page.getByTestId('export-docx').click(),
  ])
  expect(docx.suggestedFilename()).toMatch(/\.docx$/)
  expect(
    readFileSync(await docx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK')
  const original = await downloadJson(ana.page)
  expect(original.filename).toMatch(/\.json$/)
  expect(original.data.practices).toHaveLength(2)
  expect(original.data.practices.some((practice) => practice.board.cards.length > 0)).toBe(true)

  await ana.page.goto('/')
  await ana.page.getByLabel('Workshop export (.json)').setInputFiles(original.path)
  await expect(ana.page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
  expect(new URL(ana.page.url()).pathname).not.toBe(originalPath)
  await expect(ana.page.getByTestId('workshop-title')).toHaveText(original.data.workshop.title)
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  for (const practice of original.data.practices) {
    await expect(ana.page.getByTestId('practice').filter({ hasText: practice.title })).toHaveCount(1)
  }
  // The facilitator of the copy exports it in turn: the same practices with the same cards.
  const copy = await downloadJson(ana.page)
  expect(summary(copy.data)).toEqual(summary(original.data))

  // Something else than an export is refused with a message.
  await ana.page.goto('/')
  await ana.page
    .getByLabel('Workshop export (.json)')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') })
  await expect(ana.page.getByRole('alert')).toContainText('not a PracticeMap workshop export')
  await ana.context.close()
})

test('only the facilitator has the Export menu', async ({ browser }) => {
  const ana = await newActor(browser, 'Ana')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await expect(ana.page.getByTestId('export-menu')).toBeVisible()
  const juan = await newActor(browser, 'Juan')
  await juan.page.goto(await participantLink(ana.page))
  await join(juan.page, 'Juan Núñez', 'Gran Canaria')
  await expect(juan.page.getByTestId('practice')).toHaveCount(2)
  await expect(juan.page.getByTestId('export-menu')).toHaveCount(0)
  await ana.context.close()
  await juan.context.close()
})
