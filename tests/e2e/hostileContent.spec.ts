import type { Page } from '@playwright/test'
import { addCard, cardWithText, createWorkshop, join, lane, newActor, participantLink } from './actors'
import { expect, test } from './fixtures'

/**
 * Card text is whatever a participant types, and a link travels further than the room it was made for.
 * Markup, script, `javascript:` links and spreadsheet formulas written into a card must reach the others as
 * the characters they are, on the board, in the overview and in the printable report, and run nowhere.
 */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '[click me](javascript:window.__pwned=3)',
  'javascript:window.__pwned=4',
  '=HYPERLINK("http://evil.example","x")',
  '**bold?** <b>bold?</b> &amp;',
].join(' ')

/** Whatever a page would do if any of it ran or rendered: scripts, dialogs, images, links, policy reports. */
async function watch(page: Page) {
  const incidents: string[] = []
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) incidents.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __violations: string[] }).__violations ??= []
      ;(window as unknown as { __violations: string[] }).__violations.push(event.violatedDirective)
    })
  })
  return incidents
}

async function expectInert(page: Page, incidents: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(
    await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
  ).toEqual([])
  expect(incidents).toEqual([])
  const card = cardWithText(page, '<script>window.__pwned=2</script>')
  if ((await card.count()) > 0) {
    await expect(card.locator('img, script, a, b, strong')).toHaveCount(0)
  }
}

test('markup, scripts, javascript: links and formulas in a card stay text for everyone', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')
  const anaIncidents = await watch(ana.page)
  const juanIncidents = await watch(juan.page)

  await createWorkshop(ana.page, { title: 'Hostile input check' })
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await ana.page.getByLabel('Title', { exact: true }).fill('Community gardens')
  await ana.page.getByRole('button', { name: 'Add practice' }).click()
  const link = await participantLink(ana.page)
  await juan.page.goto(link)
  await join(juan.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')
  for (const page of [ana.page, juan.page]) {
    await page.getByRole('link', { name: 'Open board for “Community gardens”' }).click()
  }

  // A transfer step, so that the overview's draft action plan shows it too.
  await addCard(juan.page, 'Transfer steps', HOSTILE)
  const onAnasBoard = cardWithText(lane(ana.page, 'transferSteps'), '<script>window.__pwned=2</script>')
  await expect(onAnasBoard).toBeVisible()
  await expect(onAnasBoard).toContainText('[click me](javascript:window.__pwned=3)')
  await expect(onAnasBoard).toContainText('=HYPERLINK("http://evil.example","x")')
  await expect(onAnasBoard).toContainText('<b>bold?</b> &amp;')
  await expectInert(ana.page, anaIncidents)
  await expectInert(juan.page, juanIncidents)

  // The facilitator's other views show the same text, inert.
  const workshopUrl = new URL('..', `${ana.page.url()}/`).href.replace(/\/p\/$/, '')
  await ana.page.goto(`${workshopUrl}/overview`)
  await expect(
    ana.page.getByText('<script>window.__pwned=2</script>', { exact: false }).first(),
  ).toBeVisible()
  await expectInert(ana.page, anaIncidents)
  await ana.page.goto(`${workshopUrl}/report`)
  await expect(
    ana.page.getByText('[click me](javascript:window.__pwned=3)', { exact: false }).first(),
  ).toBeVisible()
  await expect(ana.page.locator('main a[href^="javascript:"]')).toHaveCount(0)
  await expectInert(ana.page, anaIncidents)

  await ana.context.close()
  await juan.context.close()
})
