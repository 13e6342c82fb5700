import type { Locator, Page } from '@playwright/test'
import english from '../../client/i18n/en'
import { LANGUAGE_CODES } from '../../shared/languages'
import { addCard, lane, newActor } from './actors'
import { expect, test } from './fixtures'
import { newPhoneActor } from './touch'

/**
 * A board that works in the hand, on a 390 px phone (an iPhone 12 to 15; a Pixel 7 narrowed by 22 px).
 * Pia joins from her phone with the longest name and organisation of the partnership: the lane chips show
 * all four lanes whole in every language (none cut at the screen's edge with no hint that they scroll);
 * her card keeps its "…" button on its author line; while she votes, how many dots she has left stays in
 * sight wherever she is on the board; and the interest matrix shows one practice at a time with previous
 * and next, so she reaches and sets every practice's level.
 */

const t = english.messages
const NAME = 'Pia Szczepańska-Wróblewska'
const ORGANISATION = 'Województwo kujawsko-pomorskie'

/** The example workshop made through the API: its paths for the facilitator and for participants. */
async function exampleWorkshop(page: Page): Promise<{ facilitator: string; participant: string }> {
  const response = await page.request.post('/api/workshops/example', { data: {} })
  expect(response.status()).toBe(201)
  const { links } = (await response.json()) as { links: Record<'facilitator' | 'participant', string> }
  const path = (link: string) => `${new URL(link).pathname}${new URL(link).search}`
  return { facilitator: path(links.facilitator), participant: path(links.participant) }
}

async function join(page: Page, link: string, name: string, organisation: string): Promise<void> {
  await page.goto(link)
  await page.getByLabel(t.join.nameLabel).fill(name)
  await page.getByLabel(t.join.organisationLabel).fill(organisation)
  await page.getByRole('button', { name: t.join.submit, exact: true }).click()
  await expect(page.getByTestId('practice')).toHaveCount(2)
}

/** Whether the element with exactly this text is on the screen and uncovered (what a person sees). */
async function inSight(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    for (const element of document.querySelectorAll('body *')) {
      if (element.textContent?.trim() !== wanted || element.children.length > 0) continue
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.top < 0 || box.bottom > window.innerHeight) continue
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      if (top && (top === element || element.contains(top))) return true
    }
    return false
  }, text)
}

/** Each lane chip lies whole on the screen and shows its whole name. */
async function chipsCut(chips: Locator, width: number): Promise<string[]> {
  return chips.evaluateAll(
    (links, screenWidth) =>
      links
        .filter((link) => {
          const box = link.getBoundingClientRect()
          return box.left < 0 || box.right > screenWidth || link.scrollWidth > link.clientWidth + 1
        })
        .map((link) => link.textContent ?? ''),
    width,
  )
}

test('on a 390 px phone: lane chips whole, "…" on the author line, dots left in sight, every practice’s interest reachable', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const fran = await newActor(browser, 'Fran')
  const pia = await newPhoneActor(browser, 'Pia', { width: 390 })
  const links = await exampleWorkshop(fran.page)
  await join(fran.page, links.facilitator, 'Fran Nowak', 'Żyrardów')
  await join(pia.page, links.participant, NAME, ORGANISATION)
  const workshop = new URL(pia.page.url()).pathname
  const practiceIds = await pia.page
    .getByTestId('practice')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-practice-id') ?? ''))
  const titles = await pia.page.locator('.practice__title').allInnerTexts()
  await fran.page.goto(`${workshop}/p/${practiceIds[0]}`)
  await pia.page.goto(`${workshop}/p/${practiceIds[0]}`)
  await expect(pia.page.getByTestId('card').first()).toBeVisible()

  await test.step('the four lane chips are whole on the screen in every language', async () => {
    const cut: string[] = []
    for (const code of LANGUAGE_CODES) {
      await pia.page.evaluate((language) => localStorage.setItem('practicemap:language', language), code)
      await pia.page.reload()
      await expect(pia.page.locator('html')).toHaveAttribute('lang', code)
      const chips = pia.page.getByRole('navigation', { name: /./ }).locator('a[href^="#lane-"]')
      await expect(chips).toHaveCount(4)
      cut.push(...(await chipsCut(chips, 390)).map((chip) => `${code}: ${chip}`))
    }
    expect(cut, 'lane chips cut at the screen’s edge or in their text').toEqual([])
    await pia.page.evaluate(() => localStorage.setItem('practicemap:language', 'en'))
    await pia.page.reload()
    await pia.page.getByRole('link', { name: t.lanes.transferSteps.title, exact: true }).tap()
    await expect(lane(pia.page, 'transferSteps')).toBeInViewport()
  })

  await test.step('Pia’s card keeps its "…" button on its author line', async () => {
    await addCard(pia.page, t.lanes.keyAspects.title, 'Tenants renovate the flat')
    const card = lane(pia.page, 'keyAspects').getByTestId('card').filter({ hasText: 'Tenants renovate' })
    const author = await card.locator('.card__author').boundingBox()
    const more = await card.getByRole('button', { name: t.cards.options }).boundingBox()
    if (!author || !more) throw new Error('the card has no author line or no "…" button')
    expect(more.y, 'the "…" button starts below the author line: a row of its own').toBeLessThan(
      author.y + author.height,
    )
  })

  await test.step('while voting, the dots left stay in sight at the bottom of the board', async () => {
    await fran.page.getByTestId('phase-select').selectOption({ index: 3 })
    await expect(pia.page.getByTestId('dot-budget')).toBeVisible()
    await pia.page.getByTestId('add-dot').first().tap()
    await expect(pia.page.getByTestId('dot-budget')).toHaveText(t.voting.left(4, 5))
    await pia.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(() => inSight(pia.page, t.voting.left(4, 5))).toBe(true)
  })

  await test.step('the interest matrix: one practice at a time, each one reached and set', async () => {
    await pia.page.goto(`${workshop}/interest`)
    const matrix = pia.page.getByTestId('interest-matrix')
    await expect(matrix).toBeVisible()
    for (const [index, title] of titles.entries()) {
      const level = pia.page.getByRole('combobox', { name: t.interest.cellLabel(ORGANISATION, title) })
      if (index > 0) await pia.page.getByRole('button', { name: t.board.next, exact: true }).tap()
      await expect(level).toBeInViewport({ ratio: 1 })
      await level.selectOption(index === 0 ? 'curious' : 'wantToAdapt')
    }
    await fran.page.goto(`${workshop}/interest`)
    const row = fran.page.getByTestId('interest-row').filter({ hasText: ORGANISATION })
    await expect(row.getByTestId('interest-cell').nth(0)).toHaveAttribute('data-level', 'curious')
    await expect(row.getByTestId('interest-cell').nth(1)).toHaveAttribute('data-level', 'wantToAdapt')
  })

  for (const actor of [fran, pia]) await actor.context.close()
})
