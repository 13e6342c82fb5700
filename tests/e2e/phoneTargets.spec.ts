import type { Page } from '@playwright/test'
import english from '../../client/i18n/en'
import polish from '../../client/i18n/pl'
import { cardWithText, dragWithMouse, lane, newActor } from './actors'
import { expect, test } from './fixtures'
import { newPhoneActor } from './touch'

/**
 * On a phone every control is big enough for a thumb: at least 44×44 CSS pixels (WCAG 2.5.5 Target Size,
 * and what Apple and Google ask of their own apps). Pia joins from her Pixel 7 and every visible, enabled
 * control she meets is measured: the practice list, a board while writing (with a group on it), the same
 * board while voting, and the interest matrix, in English and in Polish (whose longer words wrap first).
 * The test fails with the list of every control that is too small, so one run shows all of them.
 *
 * Exempt, as WCAG 2.5.5 exempts it: a link inline in a sentence (its size is the sentence's line height).
 */

const MIN_TARGET_PX = 44

/**
 * PHONE_SCREENSHOTS=<folder> saves what Pia sees on each screen (as on her phone, and the whole page), to
 * look at and for the README's pictures.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.PHONE_SCREENSHOTS
  if (!folder) return
  await page.screenshot({ path: `${folder}/${name}.png` })
  await page.screenshot({ path: `${folder}/${name}-full.png`, fullPage: true })
}

const LANGUAGES = [
  { code: 'en', messages: english.messages },
  { code: 'pl', messages: polish.messages },
] as const

interface Offender {
  screen: string
  control: string
  width: number
  height: number
}

/** Every visible, enabled control on the page smaller than a thumb, described so a person can find it. */
async function smallControls(page: Page, screen: string): Promise<Offender[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const found = await page.evaluate((min) => {
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]'
    const inlineInSentence = (element: Element) =>
      element.tagName === 'A' &&
      getComputedStyle(element).display === 'inline' &&
      (element.parentElement?.textContent ?? '').trim() !== (element.textContent ?? '').trim()
    const small: { control: string; width: number; height: number }[] = []
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue
      if (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') continue
      if (inlineInSentence(element)) continue
      const box = element.getBoundingClientRect()
      if (box.width >= min && box.height >= min) continue
      const name =
        element.getAttribute('aria-label') ??
        (element.textContent ?? '').trim().slice(0, 40) ??
        element.getAttribute('name') ??
        ''
      const classes = [...element.classList].slice(0, 2).join('.')
      small.push({
        control: `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${name}”`,
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
      })
    }
    return small
  }, MIN_TARGET_PX)
  return found.map((offender) => ({ screen, ...offender }))
}

/** The example workshop made through the API: its paths for the facilitator and for participants. */
async function exampleWorkshop(page: Page): Promise<{ facilitator: string; participant: string }> {
  const response = await page.request.post('/api/workshops/example', { data: {} })
  expect(response.status()).toBe(201)
  const { links } = (await response.json()) as { links: Record<'facilitator' | 'participant', string> }
  const path = (link: string) => `${new URL(link).pathname}${new URL(link).search}`
  return { facilitator: path(links.facilitator), participant: path(links.participant) }
}

for (const { code, messages: t } of LANGUAGES) {
  test(`every control Pia meets on her phone is at least 44×44 px (${code})`, async ({ browser }) => {
    test.setTimeout(180_000)
    const fran = await newActor(browser, 'Fran', { language: code })
    const pia = await newPhoneActor(browser, 'Pia', { language: code })
    const links = await exampleWorkshop(fran.page)
    const offenders: Offender[] = []

    const join = async (page: Page, link: string, name: string, organisation: string) => {
      await page.goto(link)
      await page.getByLabel(t.join.nameLabel).fill(name)
      await page.getByLabel(t.join.organisationLabel).fill(organisation)
      await page.getByRole('button', { name: t.join.submit, exact: true }).click()
      await expect(page.getByTestId('practice')).toHaveCount(2)
    }
    await join(fran.page, links.facilitator, 'Fran Nowak', 'Żyrardów')
    await join(pia.page, links.participant, 'Pia Szczepańska-Wróblewska', 'Województwo kujawsko-pomorskie')
    offenders.push(...(await smallControls(pia.page, 'practice list')))
    await screenshot(pia.page, `practice-list-${code}`)

    const practiceId = await fran.page.getByTestId('practice').first().getAttribute('data-practice-id')
    const board = (page: Page) => `${new URL(page.url()).pathname}/p/${practiceId}`
    await fran.page.goto(board(fran.page))
    await pia.page.goto(board(pia.page))
    for (const page of [fran.page, pia.page]) await expect(page.getByTestId('card').first()).toBeVisible()

    // A group on the board: Fran drops one of the example's benefits on another.
    const benefits = lane(fran.page, 'benefits')
    await dragWithMouse(
      fran.page,
      cardWithText(benefits, 'Revitalisation of neglected urban areas'),
      cardWithText(benefits, 'Revitalises the municipal housing stock'),
    )
    await expect(pia.page.getByTestId('card-group')).toHaveCount(1)
    offenders.push(...(await smallControls(pia.page, 'board, writing')))
    await screenshot(pia.page, `board-writing-${code}`)
    await pia.page.getByTestId('card-group').scrollIntoViewIfNeeded()
    await screenshot(pia.page, `group-${code}`)

    await fran.page.getByTestId('phase-select').selectOption({ index: 3 })
    await expect(pia.page.getByTestId('dot-budget')).toBeVisible()
    await pia.page.getByTestId('add-dot').first().click()
    offenders.push(...(await smallControls(pia.page, 'board, voting')))
    await screenshot(pia.page, `board-voting-${code}`)

    await pia.page.goto(`${new URL(pia.page.url()).pathname.split('/p/')[0]}/interest`)
    await expect(pia.page.getByTestId('interest-matrix')).toBeVisible()
    offenders.push(...(await smallControls(pia.page, 'interest matrix')))
    await screenshot(pia.page, `interest-${code}`)

    const lines = offenders.map((o) => `  ${o.screen}: ${o.control} ${o.width}×${o.height}`)
    expect(offenders, `controls smaller than 44×44 px on a phone:\n${lines.join('\n')}`).toEqual([])
    for (const actor of [fran, pia]) await actor.context.close()
  })
}
