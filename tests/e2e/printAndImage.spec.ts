import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import type * as Y from 'yjs'
import { groupCards, renameGroup } from '../../shared/boardOperations'
import { boardDocumentName, participationDocumentName } from '../../shared/documentNames'
import { setInterest } from '../../shared/interest'
import { readBoard } from '../../shared/readers'
import type { Author } from '../../shared/schema'
import { setDots } from '../../shared/voting'
import { addCard, join, newActor, openExampleWorkshop, participantLink, tokenOf } from './actors'
import { expect, test } from './fixtures'
import { connectStockClient } from './stockClient'

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

/** Syncs one of the workshop's documents with the facilitator's token, applies `edit`, and waits for the server's echo. */
async function editDocument(page: Page, name: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const url = new URL(page.url())
  const workshopId = url.pathname.split('/')[2] ?? ''
  const client = await connectStockClient(url.origin, name, { token: await tokenOf(page, workshopId) })
  try {
    await client.change(edit)
  } finally {
    client.close()
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

/** The pixels of a PNG slide, and how to ask what colour one is. */
function slide(bytes: Buffer) {
  const png = PNG.sync.read(bytes)
  const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  const is = (x: number, y: number, hex: string) => {
    const offset = 4 * (y * png.width + x)
    const [r, g, b] = rgb(hex)
    return png.data[offset] === r && png.data[offset + 1] === g && png.data[offset + 2] === b
  }
  /** The longest run of `hex` down column x. */
  const longestRun = (x: number, hex: string) => {
    let best = { top: 0, length: 0 }
    let top = 0
    for (let y = 0; y <= png.height; y++) {
      if (y < png.height && is(x, y, hex)) continue
      if (y - top > best.length) best = { top, length: y - top }
      top = y + 1
    }
    return best
  }
  return { png, is, longestRun }
}

test('a group’s votes are told once: the printable report adds up to the dots cast, the board image frames the group', async ({
  browser,
}) => {
  // Measured on this machine under a load of 20 on 2 cores: 60 s to the board image, which takes 10–20 s.
  test.setTimeout(180_000)
  const ana = await newActor(browser, 'Ana')
  const page = ana.page
  let workshopId = ''

  await test.step('on the Urban gardens board, two stakeholders and two transfer steps are grouped; four dots are cast', async () => {
    await openExampleWorkshop(page)
    await join(page, 'Ana Kowalska', 'Żyrardów')
    await page.getByRole('link', { name: /Open board for “Urban gardens/ }).click()
    await addCard(page, 'Stakeholders', 'Schools nearby')
    await addCard(page, 'Transfer steps', 'Find a vacant plot')
    await addCard(page, 'Transfer steps', 'Sign a lease')
    const address = boardAddress(page)
    workshopId = address.workshopId
    await editDocument(page, boardDocumentName(workshopId, address.practiceId), (doc) => {
      const citizens = cardId(doc, 'Citizen groups, who run the programme')
      const schools = cardId(doc, 'Schools nearby')
      renameGroup(doc, groupCards(doc, citizens, schools) ?? '', 'Who runs it')
      const plot = cardId(doc, 'Find a vacant plot')
      renameGroup(doc, groupCards(doc, plot, cardId(doc, 'Sign a lease')) ?? '', 'Land')
      // 2 dots on the first group (one on each of its cards), 1 on the second, 1 on a card of its own.
      setDots(doc, juan, citizens, 1)
      setDots(doc, ola, schools, 1)
      setDots(doc, { id: 'eva-e2e', name: 'Eva', organisation: 'Brașov' }, plot, 1)
      setDots(
        doc,
        { id: 'ioana-e2e', name: 'Ioana', organisation: 'Brașov' },
        cardId(doc, 'Environmental education'),
        1,
      )
    })
    await expect(page.getByTestId('card-group')).toHaveCount(2)
  })

  await test.step('the printable report: the groups’ votes once, under their titles, and 4 votes in all', async () => {
    await page.goto(`/w/${workshopId}/report`)
    const gardens = page.getByTestId('report-practice').nth(1)
    await expect(gardens.getByTestId('report-group')).toHaveCount(2)
    const runsIt = gardens.getByTestId('report-group').filter({ hasText: 'Who runs it' })
    await expect(runsIt.getByTestId('report-group-votes')).toHaveText('2 votes')
    await expect(runsIt.getByTestId('report-card')).toHaveCount(2)
    // A grouped card has no votes of its own: they are its group's.
    for (const card of await runsIt.getByTestId('report-card').all())
      await expect(card).not.toContainText('vote')
    const lanes = await page.locator('[data-testid^="report-lane-"]').allInnerTexts()
    const votes = lanes.flatMap((text) =>
      [...text.matchAll(/(\d+) votes?\b/g)].map((match) => Number(match[1])),
    )
    expect(votes.reduce((sum, n) => sum + n, 0)).toBe(4)
    const plan = page.getByTestId('report-action-plan')
    await expect(plan.getByTestId('report-plan-group')).toContainText('Group: Land')
    await expect(plan.getByTestId('report-plan-group').locator('td').last()).toHaveText('1')
    const column = await plan.locator('tbody tr td:last-child').allInnerTexts()
    expect(column.reduce((sum, text) => sum + Number(text || 0), 0)).toBe(1)
  })

  await test.step('the action plan’s headers keep their words whole, on screen and on paper', async () => {
    const headers = page.getByTestId('report-action-plan').locator('thead th')
    await expect(headers).toHaveText([
      'Practice',
      'Step',
      'Owner',
      'Timeframe',
      'Resources',
      'Barriers',
      'Votes',
    ])
    /** Each header's overflow and how many lines its words take (1: no word split). */
    const layout = () =>
      headers.evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange()
          range.selectNodeContents(cell)
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          return { text: cell.textContent, fits: cell.scrollWidth <= cell.clientWidth, lines: tops.size }
        }),
      )
    for (const [media, width] of [
      ['screen', 1280],
      ['print', 1280],
      ['screen', 900],
    ] as const) {
      await page.emulateMedia({ media })
      await page.setViewportSize({ width, height: 800 })
      for (const header of await layout())
        expect({ ...header, media, width }).toEqual({ ...header, fits: true, lines: 1, media, width })
    }
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByTestId('report-action-plan').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/report-action-plan.png' })
    await page
      .getByTestId('report-practice')
      .nth(1)
      .getByTestId('report-lane-stakeholders')
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/report-group.png' })
  })

  await test.step('the board image frames each group in its lane’s colour, around its cards', async () => {
    await page.goBack()
    await expect(page.getByTestId('practice-title')).toHaveText(GARDENS)
    await page.getByTestId('export-menu').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ])
    const bytes = readFileSync(await download.path())
    writeFileSync('/tmp/print-board-groups.png', bytes)
    const { is, longestRun } = slide(bytes)
    // The lanes (layout.ts): 56 px margins, 4 lanes 434 px wide, 24 px apart. A frame's edge is a run of the
    // lane's colour down the slide much longer than the header (64 px) or a badge.
    const lanes = [
      { x: 56, colour: '#3d7a8a', grouped: false },
      { x: 514, colour: '#5a6fb0', grouped: true },
      { x: 972, colour: '#4f8a5b', grouped: false },
      { x: 1430, colour: '#b07a2a', grouped: true },
    ]
    for (const { x, colour, grouped } of lanes) {
      const edges = Array.from({ length: 434 }, (_, dx) => ({
        x: x + dx,
        ...longestRun(x + dx, colour),
      })).filter((column) => column.length > 120)
      if (!grouped) {
        expect(edges).toEqual([])
        continue
      }
      // A left and a right edge, as tall as each other, with the group's yellow cards between them.
      const left = edges[0]
      const right = edges.at(-1)
      expect(left && right && right.x - left.x).toBeGreaterThan(300)
      expect(Math.abs((left?.length ?? 0) - (right?.length ?? 0))).toBeLessThanOrEqual(2)
      const top = left?.top ?? 0
      const inside = Array.from({ length: left?.length ?? 0 }, (_, dy) => top + dy).filter((y) =>
        is((left?.x ?? 0) + 40, y, '#fbf0c0'),
      )
      // Two cards' worth of yellow rows inside the frame.
      expect(inside.length).toBeGreaterThan(60)
    }
  })

  await ana.context.close()
})
