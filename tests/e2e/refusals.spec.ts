import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import type { Page } from '@playwright/test'
import { type RunningServer, type StartOptions, startServer } from '../../server/app'
import {
  addCard,
  cardWithText,
  connectionStatus,
  createWorkshop,
  join,
  lane,
  newActor,
  participantLink,
  tokenOf,
} from './actors'
import { expect, test } from './fixtures'
import { connectStockClient } from './stockClient'

/**
 * What a person sees when the server refuses their changes for what they cost: sent too fast, or a board
 * that is full. Each story runs its own server with small limits (the stories' shared server keeps the
 * defaults, which no person reaches).
 */

// Each story starts a server of its own besides the browsers, and the first waits 30 s for the server to
// take changes again: measured at 53 s (second) and 85 s (first) on this shared machine under load.
test.describe.configure({ timeout: 150_000 })

async function serverWith(
  limits: StartOptions,
): Promise<{ server: RunningServer; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(joinPath(tmpdir(), 'practicemap-e2e-limits-'))
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    staticDir: 'dist/client',
    logLevel: 'warn',
    ...limits,
  })
  return {
    server,
    dispose: async () => {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Fran creates a workshop with one practice and opens its board; Paula joins by the link and opens it too. */
async function workshopWithBoard(fran: Page, paula: Page): Promise<void> {
  await createWorkshop(fran, { title: 'Urban gardens seminar', place: 'Las Palmas de Gran Canaria' })
  await join(fran, 'Fran Nowak', 'Żyrardów')
  await fran.getByLabel('Title', { exact: true }).fill('Huecos Urbanos')
  await fran.getByRole('button', { name: 'Add practice' }).click()
  await expect(fran.getByTestId('practice')).toHaveCount(1)
  const link = await participantLink(fran)
  await paula.goto(link)
  await join(paula, 'Paula Reyes', 'Las Palmas')
  for (const page of [fran, paula]) {
    await page.getByRole('link', { name: 'Open board for “Huecos Urbanos”' }).click()
    await expect(page.getByTestId('practice-title')).toHaveText('Huecos Urbanos')
    await expect(connectionStatus(page)).toHaveAttribute('data-status', 'connected')
  }
}

test('a participant who writes faster than the server takes is told so, and every card arrives', async ({
  browser,
}, testInfo) => {
  // Four messages at once, then one every two seconds: opening the board takes two of them.
  const { server, dispose } = await serverWith({
    connectionMessageBurst: 4,
    connectionMessagesPerSecond: 0.5,
  })
  try {
    const fran = await newActor(browser, 'Fran', { baseURL: server.url })
    const paula = await newActor(browser, 'Paula', { baseURL: server.url })
    await workshopWithBoard(fran.page, paula.page)

    const texts = Array.from({ length: 6 }, (_, i) => `Garden plot ${i + 1}`)
    await test.step('Paula adds six cards in a row; the badge says they are sent shortly', async () => {
      for (const text of texts) await addCard(paula.page, 'Benefits', text)
      // Read at one moment: the state lasts only until the budget refills, which on a loaded machine can
      // come between two separate looks.
      const badge = connectionStatus(paula.page)
      const shown = () =>
        badge.evaluate((element) => ({
          status: element.getAttribute('data-status'),
          text: element.textContent?.trim(),
          title: element.getAttribute('title'),
        }))
      // Looked at every 50 ms: expect.poll's default backs off to a look a second, which can miss it.
      await expect.poll(shown, { intervals: [50] }).toEqual({
        status: 'tooFast',
        text: 'Sending shortly',
        title: expect.stringMatching(/kept on this device and sent in a few seconds/),
      })
      // Her cards are all on her board meanwhile.
      for (const text of texts) await expect(cardWithText(lane(paula.page, 'benefits'), text)).toBeVisible()
      await paula.page.screenshot({ path: testInfo.outputPath('sending-shortly.png') })
    })

    await test.step('moments later all six reach Fran, and the badge says connected again', async () => {
      for (const text of texts) {
        await expect(cardWithText(lane(fran.page, 'benefits'), text)).toBeVisible({ timeout: 45_000 })
      }
      await expect(connectionStatus(paula.page)).toHaveAttribute('data-status', 'connected')
    })
  } finally {
    await dispose()
  }
})

test('a participant writing on a full board is told it is full; their card stays on their device', async ({
  browser,
}, testInfo) => {
  const maxDocumentBytes = 10 * 1024
  const { server, dispose } = await serverWith({ maxDocumentBytes })
  try {
    const fran = await newActor(browser, 'Fran', { baseURL: server.url })
    const paula = await newActor(browser, 'Paula', { baseURL: server.url })
    await workshopWithBoard(fran.page, paula.page)

    await test.step('the board is nearly full already', async () => {
      // As a script with the facilitator's link could fill it: a long text in the board's document.
      await writeIntoBoard(fran.page, server.url, maxDocumentBytes - 160)
      await expect(paula.page.getByTestId('full-notice')).toHaveCount(0)
    })

    await test.step('Paula adds a card: the server refuses it and her board says it is full', async () => {
      await addCard(paula.page, 'Key aspects', 'Water from the roof')
      const notice = paula.page.getByTestId('full-notice')
      await expect(notice).toHaveText(/This board is full: the server takes no more changes to it/)
      await expect(cardWithText(lane(paula.page, 'keyAspects'), 'Water from the roof')).toBeVisible()
      await paula.page.screenshot({ path: testInfo.outputPath('board-full.png') })
    })

    await test.step('Fran never sees it', async () => {
      await fran.page.waitForTimeout(500)
      await expect(cardWithText(lane(fran.page, 'keyAspects'), 'Water from the roof')).toHaveCount(0)
    })
  } finally {
    await dispose()
  }
})

/** Writes `characters` into the open board's document with a stock client and the facilitator's token. */
async function writeIntoBoard(facilitator: Page, serverUrl: string, characters: number): Promise<void> {
  const [, , workshopId = '', , practiceId = ''] = new URL(facilitator.url()).pathname.split('/')
  const client = await connectStockClient(serverUrl, `${workshopId}/boards/${practiceId}`, {
    token: await tokenOf(facilitator, workshopId),
  })
  try {
    await client.change((doc) => doc.getText('filler').insert(0, 'f'.repeat(characters)))
  } finally {
    client.close()
  }
}
