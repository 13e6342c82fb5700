import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { boardDocumentName, participationDocumentName } from '../../shared/documentNames'
import { setInterest } from '../../shared/interest'
import { readBoard } from '../../shared/readers'
import type { Author } from '../../shared/schema'
import { setDots } from '../../shared/voting'
import { addCard, join, newActor, openExampleWorkshop, participantLink } from './actors'
import { expect, test } from './fixtures'

/**
 * Ana, the facilitator, turns the example workshop's results into paper and slides: the printable report
 * (A4, a page per practice, saved as PDF by the browser), a board as a PNG slide, and every file of the
 * Export menu. The room's votes and transfer interest come from two partners, written into the documents
 * with a stock y-websocket client as their devices would.
 */

const GARDENS = 'Urban gardens (“Huecos Urbanos”)'
const FLAT = 'Flat for renovation (“Mieszkanie za remont”)'
const juan: Author = { id: 'juan-e2e', name: 'Juan Pérez', organisation: 'Las Palmas de Gran Canaria' }
const ola: Author = { id: 'ola-e2e', name: 'Ola Wójcik', organisation: 'Żyrardów' }

function tokenOf(page: Page, workshopId: string): Promise<string> {
  return page
    .evaluate((key) => localStorage.getItem(key), `practicemap:token:${workshopId}`)
    .then((stored) => (JSON.parse(stored ?? '{}') as { token?: string }).token ?? '')
}

/** Syncs one of the workshop's documents with the facilitator's token, applies `edit`, and lets it reach the server. */
async function editDocument(page: Page, name: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const url = new URL(page.url())
  const workshopId = url.pathname.split('/')[2] ?? ''
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://${url.host}/sync`, name, doc, {
    params: { token: await tokenOf(page, workshopId) },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not sync`)), 10_000)
      provider.once('sync', () => {
        clearTimeout(timer)
        resolve()
      })
    })
    edit(doc)
    await new Promise((resolve) => setTimeout(resolve, 300))
  } finally {
    provider.destroy()
    doc.destroy()
  }
}

function cardId(doc: Y.Doc, text: string): string {
  for (const lane of Object.values(readBoard(doc).lanes)) {
    const card = lane.find((candidate) => candidate.text === text)
    if (card) return card.id
  }
  throw new Error(`no card “${text}”`)
}

/** The ids in the address of the board Ana is on. */
function boardAddress(page: Page): { workshopId: string; practiceId: string } {
  const [, , workshopId = '', , practiceId = ''] = new URL(page.url()).pathname.split('/')
  return { workshopId, practiceId }
}

test('the facilitator prints the report, saves a board as a PNG slide and downloads every export', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  const page = ana.page
  let workshopId = ''
  let gardensId = ''

  await test.step('Ana opens the example workshop, adds a transfer step; partners vote and say their interest', async () => {
    await openExampleWorkshop(page)
    await join(page, 'Ana Kowalska', 'Żyrardów')
    await page.getByRole('link', { name: /Open board for “Urban gardens/ }).click()
    await addCard(page, 'Transfer steps', 'Find a vacant plot <b>now</b>')
    const address = boardAddress(page)
    workshopId = address.workshopId
    gardensId = address.practiceId
    await editDocument(page, boardDocumentName(workshopId, address.practiceId), (doc) => {
      setDots(doc, juan, cardId(doc, 'Environmental education'), 1)
      setDots(doc, ola, cardId(doc, 'Environmental education'), 1)
      setDots(doc, ola, cardId(doc, 'Find a vacant plot <b>now</b>'), 1)
    })
    await editDocument(page, participationDocumentName(workshopId), (doc) => {
      setInterest(
        doc,
        {
          organisation: ola.organisation,
          practiceId: address.practiceId,
          level: 'wantToAdapt',
          note: 'Next spring',
        },
        ola,
        Date.now(),
      )
    })
  })

  await test.step('the Export menu on a board leads to the printable report', async () => {
    await page.getByTestId('export-menu').click()
    await page.getByTestId('export-report').click()
    await expect(page).toHaveURL(new RegExp(`/w/${workshopId}/report$`))
    const report = page.getByTestId('report')
    await expect(report.getByTestId('report-title-page')).toContainText(
      'IMPETUS – 2nd Interregional Thematic Seminar',
    )
    await expect(report.getByTestId('report-title-page')).toContainText('Las Palmas de Gran Canaria')
    const practices = report.getByTestId('report-practice')
    await expect(practices).toHaveCount(2)
    await expect(practices.nth(0).getByRole('heading', { level: 2 })).toHaveText(`1. ${FLAT}`)
    const gardens = practices.nth(1)
    await expect(gardens.getByRole('heading', { level: 2 })).toHaveText(`2. ${GARDENS}`)
    await expect(gardens.getByRole('heading', { level: 3 })).toHaveText([
      'Key aspects',
      'Stakeholders',
      'Benefits',
      'Transfer steps',
    ])
    // Most votes first, with the votes and who wrote it.
    const keyAspects = gardens.getByTestId('report-lane-keyAspects').getByTestId('report-card')
    await expect(keyAspects.first()).toContainText('Environmental education')
    await expect(keyAspects.first()).toContainText('Seminar notes (IMPETUS) · 2 votes')
    await expect(keyAspects.nth(1)).toContainText('0 votes')
    // The page is live: a dot placed now shows without a reload.
    await editDocument(page, boardDocumentName(workshopId, gardensId), (doc) => {
      setDots(
        doc,
        { id: 'eva-e2e', name: 'Eva', organisation: 'Brașov' },
        cardId(doc, 'Environmental education'),
        1,
      )
    })
    await expect(keyAspects.first()).toContainText('Seminar notes (IMPETUS) · 3 votes')
    // Card text is text: the tags Ana typed show as typed, nothing became markup.
    const step = gardens.getByTestId('report-lane-transferSteps').getByTestId('report-card')
    await expect(step).toContainText('Find a vacant plot <b>now</b>')
    await expect(step).toContainText('Ana Kowalska (Żyrardów) · 1 vote')
    await expect(step.locator('b')).toHaveCount(0)
    await expect(step.getByRole('row', { name: /Owner/ })).toBeVisible()
    await expect(practices.nth(0).getByTestId('report-lane-transferSteps')).toContainText('(no cards)')
    // The interest matrix and the action plan, as tables.
    const interest = report.getByTestId('report-interest')
    await expect(interest.getByRole('columnheader')).toHaveText(['Organisation', FLAT, GARDENS])
    await expect(interest.getByRole('row', { name: /Żyrardów/ })).toContainText('Want to adapt')
    await expect(interest.getByRole('row', { name: /Żyrardów/ })).toContainText('Next spring')
    const plan = report.getByTestId('report-action-plan')
    await expect(plan.getByRole('row')).toHaveCount(2)
    await expect(plan.getByRole('row').nth(1)).toContainText('Find a vacant plot <b>now</b>')
    await expect(report.getByTestId('report-print')).toBeVisible()
    await page.screenshot({ path: '/tmp/print-report-screen.png', fullPage: false })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: '/tmp/print-report-phone.png', fullPage: false })
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  await test.step('on paper: no app around it, a new page for each practice, and a PDF of as many pages', async () => {
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.topbar')).toBeHidden()
    await expect(page.getByTestId('session-bar')).toBeHidden()
    await expect(page.getByTestId('report-print')).toBeHidden()
    const breaks = await page
      .getByTestId('report-practice')
      .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore))
    expect(breaks).toEqual(['page', 'page'])
    for (const id of ['report-interest', 'report-action-plan']) {
      expect(await page.getByTestId(id).evaluate((section) => getComputedStyle(section).breakBefore)).toBe(
        'page',
      )
    }
    expect(
      await page
        .locator('.report-table thead')
        .first()
        .evaluate((head) => getComputedStyle(head).display),
    ).toBe('table-header-group')
    await page.screenshot({ path: '/tmp/print-report-print.png', fullPage: true })
    const pdf = await page.pdf({ format: 'A4' })
    writeFileSync('/tmp/print-report.pdf', pdf)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    // Title page, one per practice, the matrix, the action plan.
    expect(pages.length).toBeGreaterThanOrEqual(2 + 1)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    await page.emulateMedia({ media: 'screen' })
  })

  await test.step('Ana saves the Urban gardens board as a PNG slide', async () => {
    await page.goBack()
    await expect(page.getByTestId('practice-title')).toHaveText(GARDENS)
    await page.getByTestId('export-menu').click()
    await expect(page.getByTestId('export-png')).toBeVisible()
    await page.screenshot({ path: '/tmp/print-export-menu.png' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ])
    expect(download.suggestedFilename()).toBe(
      'IMPETUS 2nd Interregional Thematic Seminar-Urban gardens Huecos Urbanos.png',
    )
    const bytes = readFileSync(await download.path())
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080])
    const png = PNG.sync.read(bytes)
    const colours = new Set<string>()
    for (let offset = 0; offset < png.data.length; offset += 4 * 97) {
      colours.add(`${png.data[offset]},${png.data[offset + 1]},${png.data[offset + 2]}`)
    }
    expect(colours.size).toBeGreaterThan(20)
    const hasColour = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
      for (let offset = 0; offset < png.data.length; offset += 4) {
        if (png.data[offset] === r && png.data[offset + 1] === g && png.data[offset + 2] === b) return true
      }
      return false
    }
    // Each lane's header in its colour, and the yellow of the cards.
    for (const colour of ['#3d7a8a', '#5a6fb0', '#4f8a5b', '#b07a2a', '#fbf0c0'])
      expect(hasColour(colour)).toBe(true)
    // Kept to look at: a slide has to read well, which no assertion says.
    writeFileSync('/tmp/print-board.png', bytes)
  })

  await ana.context.close()
})

test('a participant opening the report address is told it is for facilitators', async ({ browser }) => {
  const ana = await newActor(browser, 'Ana')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  const link = new URL(await participantLink(ana.page))
  const juanActor = await newActor(browser, 'Juan')
  await juanActor.page.goto(link.toString())
  await join(juanActor.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')
  await expect(juanActor.page.getByTestId('practice')).toHaveCount(2)
  await juanActor.page.goto(`${link.pathname}/report`)
  await expect(juanActor.page.getByTestId('report-refused')).toContainText('for facilitators')
  await expect(juanActor.page.getByTestId('report')).toHaveCount(0)
  await expect(juanActor.page.getByTestId('report-card')).toHaveCount(0)
  await juanActor.page.screenshot({ path: '/tmp/print-report-refused.png' })
  await ana.context.close()
  await juanActor.context.close()
})

test('every file of the Export menu holds the workshop: Markdown, CSV, JSON and Word', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  const page = ana.page
  await openExampleWorkshop(page)
  await join(page, 'Ana Kowalska', 'Żyrardów')
  await expect(page.getByTestId('practice')).toHaveCount(2)

  async function download(format: string): Promise<Buffer> {
    await page.getByTestId('export-menu').click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${format}`).click(),
    ])
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`))
    return readFileSync(await file.path())
  }

  const markdown = (await download('md')).toString('utf8')
  expect(markdown).toContain('# IMPETUS – 2nd Interregional Thematic Seminar')
  expect(markdown).toContain('Urban gardens (“Huecos Urbanos”)')
  expect(markdown).toContain('Environmental education')

  const csv = (await download('csv')).toString('utf8').replace(/^\uFEFF/, '')
  const [header = '', ...rows] = csv.split(/\r?\n/).filter(Boolean)
  expect(header.split(',').slice(0, 5)).toEqual(['workshop', 'practice', 'lane', 'group', 'text'])
  expect(rows.some((row) => row.includes('Environmental education') && row.includes('Huecos Urbanos'))).toBe(
    true,
  )

  const json = JSON.parse((await download('json')).toString('utf8')) as { practices: { title: string }[] }
  expect(json.practices.map((practice) => practice.title)).toEqual([FLAT, GARDENS])

  const docx = await JSZip.loadAsync(await download('docx'))
  const documentXml = (await docx.file('word/document.xml')?.async('string')) ?? ''
  expect(documentXml).toContain('Urban gardens (“Huecos Urbanos”)')
  expect(documentXml).toContain('Environmental education')
  await ana.context.close()
})
