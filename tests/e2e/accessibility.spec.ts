import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Locator, Page, TestInfo } from '@playwright/test'
import english from '../../client/i18n/en'
import polish from '../../client/i18n/pl'
import { type Actor, cardWithText, lane, newActor } from './actors'
import { expect, test } from './fixtures'

/**
 * WCAG 2.1 AA, measured: axe checks every page and dialog as a person meets it (home, join, the practice
 * list, a board through a whole session on a laptop and on a phone, the facilitator's pages and every
 * dialog), in English and in Polish (whose long words are what breaks a layout or a name first; see WORDING_RULES). Each
 * test audits all of its screens, then fails with the list of what axe found on each, so one run shows
 * everything still wrong.
 *
 * Set AXE_SUMMARY=<file> to append one JSON line per screen (violations: rule, impact, nodes; and how long
 * axe took), the figures of the "before and after" table.
 *
 * Timeouts: through AxeBuilder axe took 3–15 s a screen on this machine when several engineers shared its
 * two cores (up to 75 s at a load average of 24), and the board's 22 screens 8.7 minutes; each test has
 * twice what it took then. Run in the page (see runAxe) the board's test takes 51 s at a load of 12
 * (AxeBuilder: 104 s), so the timeouts now also cover loads well past that.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Rules axe still calls experimental and leaves out unless asked, although each tests a WCAG 2.1 A/AA
 * success criterion: 2.5.3 Label in Name (a control's visible text must be part of its accessible name, so
 * that "click Next: Vote" works for a person using speech), 1.3.1 (fake headings and table captions, data
 * cells without headers) and 1.3.4 Orientation.
 */
const EXPERIMENTAL_WCAG_RULES = [
  'label-content-name-mismatch',
  'p-as-heading',
  'table-fake-caption',
  'td-has-header',
  'css-orientation-lock',
]

/**
 * What a second language can change: the words. A page's structure, roles and colours are the same in
 * every language, so after the whole rule set in English, the rules that read words run in Polish: names
 * (visible text in the name, empty or missing ones), titles, languages of parts, and what long words do to a
 * layout (a region that starts to scroll must be reachable by keyboard). That takes a third of the time.
 */
const WORDING_RULES = [
  'label-content-name-mismatch',
  'button-name',
  'link-name',
  'input-button-name',
  'label',
  'select-name',
  'summary-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'aria-command-name',
  'aria-tooltip-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-dialog-name',
  'document-title',
  'empty-heading',
  'empty-table-header',
  'image-alt',
  'svg-img-alt',
  'role-img-alt',
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
  'p-as-heading',
  'scrollable-region-focusable',
]

const LANGUAGES = [
  { code: 'en', messages: english.messages },
  { code: 'pl', messages: polish.messages },
] as const

type Messages = (typeof LANGUAGES)[number]['messages']

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true } as const

/**
 * The axe-core that @axe-core/playwright runs (its own dependency, so the very same version and rules).
 * AxeBuilder injects its half-megabyte script again for every check, then copies every result into a
 * blank page it opens to merge them: 4–8 s a screen here, against 0.5–1 s for `axe.run` in the page.
 * The pages have no frames, which is all that merging is for.
 */
const AXE_SOURCE: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))(
  'axe-core',
).source

/**
 * Runs axe on the whole page, injecting it once per document. Only violations are judged, so the other
 * result types keep one example node each instead of a selector computed for every node that passed.
 */
async function runAxe(page: Page, options: AxeOptions): Promise<{ violations: AxeViolation[] }> {
  const injected = await page.evaluate(() => 'axe' in window)
  if (!injected) await page.evaluate(AXE_SOURCE)
  return page.evaluate(
    (runOptions) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> }
        }
      ).axe.run(document, runOptions),
    { ...options, resultTypes: ['violations'] },
  )
}

/** What these checks pass to `axe.run` and read of its answer (axe-core's own types, narrowed). */
interface AxeOptions {
  runOnly: { type: 'tag' | 'rule'; values: string[] }
  rules: Record<string, { enabled: boolean }>
}

interface AxeViolation {
  id: string
  impact?: string | null
  nodes: { target: unknown[] }[]
}

interface Finding {
  screen: string
  rule: string
  impact: string
  nodes: number
  targets: string[]
}

/** Collects what axe finds on each screen of one test, and fails the test with all of it at the end. */
class Audit {
  readonly findings: Finding[] = []
  readonly screens: string[] = []

  constructor(
    /** English gets every WCAG 2.1 A/AA rule; another language the rules that read words (WORDING_RULES). */
    private readonly language: string,
    private readonly testInfo: TestInfo,
  ) {}

  async check(page: Page, screen: string): Promise<void> {
    // Transitions (a dialog fading in, a popover) would be judged half-drawn, with their colours mid-way.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    const started = Date.now()
    const results = await runAxe(page, {
      ...(this.language === 'en'
        ? { runOnly: { type: 'tag', values: WCAG_21_AA } }
        : { runOnly: { type: 'rule', values: WORDING_RULES } }),
      rules: Object.fromEntries(EXPERIMENTAL_WCAG_RULES.map((id) => [id, { enabled: true }])),
    })
    const ms = Date.now() - started
    const name = `${screen} [${this.language}]`
    this.screens.push(name)
    const found = results.violations.map((violation) => ({
      screen: name,
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      nodes: violation.nodes.length,
      targets: violation.nodes.slice(0, 4).map((node) => String(node.target.join(' '))),
    }))
    this.findings.push(...found)
    const summary = process.env.AXE_SUMMARY
    if (summary) {
      appendFileSync(
        summary,
        `${JSON.stringify({ screen: name, ms, violations: found.map(({ targets: _, ...rest }) => rest) })}\n`,
      )
    }
  }

  expectClean(): void {
    const lines = this.findings.map(
      (finding) =>
        `  ${finding.screen}: ${finding.rule} (${finding.impact}) × ${finding.nodes}: ${finding.targets.join(' | ')}`,
    )
    void this.testInfo.attach('axe-findings.json', {
      body: JSON.stringify(this.findings, null, 2),
      contentType: 'application/json',
    })
    expect(this.findings, `axe found on ${this.screens.length} screens:\n${lines.join('\n')}`).toEqual([])
  }
}

/** The example workshop made through the API, so the story needs no words of the home page to start. */
async function exampleWorkshop(
  page: Page,
): Promise<{ facilitator: string; participant: string; observer: string }> {
  const response = await page.request.post('/api/workshops/example', { data: {} })
  expect(response.status()).toBe(201)
  const { links } = (await response.json()) as {
    links: Record<'facilitator' | 'participant' | 'observer', string>
  }
  const path = (link: string) => {
    const url = new URL(link)
    return `${url.pathname}${url.search}`
  }
  return {
    facilitator: path(links.facilitator),
    participant: path(links.participant),
    observer: path(links.observer),
  }
}

async function joinAs(page: Page, t: Messages, name: string, organisation: string): Promise<void> {
  await page.getByLabel(t.join.nameLabel).fill(name)
  await page.getByLabel(t.join.organisationLabel).fill(organisation)
  await page.getByRole('button', { name: t.join.submit, exact: true }).click()
  await expect(page.getByTestId('practice')).toHaveCount(2)
}

/** The first practice's board (the example's "Flat for renovation"), by its address. */
async function openFirstBoard(page: Page): Promise<void> {
  const practiceId = await page.getByTestId('practice').first().getAttribute('data-practice-id')
  await page.goto(`${new URL(page.url()).pathname}/p/${practiceId}`)
  await expect(page.getByTestId('practice-title')).toBeVisible()
  await expect(page.getByTestId('card').first()).toBeVisible()
}

async function closeWithEscape(page: Page, what: Locator): Promise<void> {
  await page.keyboard.press('Escape')
  await expect(what).toBeHidden()
}

for (const { code, messages: t } of LANGUAGES) {
  test.describe(`axe, WCAG 2.1 AA, in ${code}`, () => {
    test(`home, join, the practice list and the workshop's menus and dialogs (${code})`, async ({
      browser,
    }, testInfo) => {
      test.setTimeout(6 * 60_000)
      const audit = new Audit(code, testInfo)
      const ana = await newActor(browser, 'Ana', { language: code })
      const { page } = ana

      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await audit.check(page, 'home')

      await page.goto('/nothing/here')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.app.pageNotFound)
      await audit.check(page, 'page not found')

      const links = await exampleWorkshop(page)
      await page.goto(links.facilitator)
      await expect(page.getByLabel(t.join.nameLabel)).toBeVisible()
      await audit.check(page, 'join')
      await joinAs(page, t, 'Ana Kowalska', 'Żyrardów')
      await audit.check(page, 'practice list (facilitator)')

      await page.getByTestId('share-button').click()
      const share = page.getByTestId('share-panel')
      await expect(share.getByTestId('participant-link')).toHaveValue(/token=/)
      await audit.check(page, 'share dialog')
      await closeWithEscape(page, share)

      await page.getByTestId('export-menu').click()
      await expect(page.getByTestId('export-json')).toBeVisible()
      await audit.check(page, 'export menu')
      await closeWithEscape(page, page.getByTestId('export-json'))

      await page.getByTestId('workshop-menu').click()
      await page.getByTestId('start-follow-up').click()
      const followUp = page.getByRole('dialog')
      await expect(followUp).toBeVisible()
      await audit.check(page, 'follow-up dialog')
      await closeWithEscape(page, followUp)

      await page.getByTestId('workshop-menu').click()
      await page.getByTestId('delete-workshop').click()
      const deletion = page.getByRole('dialog')
      await expect(deletion).toBeVisible()
      await audit.check(page, 'delete dialog')
      await closeWithEscape(page, deletion)

      await page.getByRole('button', { name: t.workshop.editDetails }).click()
      await expect(page.getByRole('form', { name: t.workshop.detailsFormLabel })).toBeVisible()
      await audit.check(page, 'workshop details form')
      await page.getByRole('button', { name: t.common.cancel, exact: true }).click()

      await page.locator('.you__button').click()
      await expect(page.locator('.you__panel')).toBeVisible()
      await audit.check(page, 'you menu')
      await closeWithEscape(page, page.locator('.you__panel'))

      await page.goto('/')
      await expect(page.getByRole('heading', { name: t.home.recentHeading })).toBeVisible()
      await audit.check(page, 'home with a recent workshop')

      await ana.context.close()
      audit.expectClean()
    })

    test(`a board through a session, on a laptop and on a phone (${code})`, async ({ browser }, testInfo) => {
      test.setTimeout(18 * 60_000)
      const audit = new Audit(code, testInfo)
      const fran = await newActor(browser, 'Fran', { language: code })
      const paula = await newActor(browser, 'Paula', { language: code })
      const pia = await newActor(browser, 'Pia (phone)', { language: code, ...PHONE })
      const links = await exampleWorkshop(fran.page)
      await fran.page.goto(links.facilitator)
      await joinAs(fran.page, t, 'Fran Nowak', 'Żyrardów')
      for (const [actor, name, organisation] of [
        [paula, 'Paula Reyes', 'Las Palmas de Gran Canaria'],
        [pia, 'Pia Szczepańska-Wróblewska', 'Województwo kujawsko-pomorskie'],
      ] as const) {
        await actor.page.goto(links.participant)
        await joinAs(actor.page, t, name, organisation)
      }
      for (const actor of [fran, paula, pia]) await openFirstBoard(actor.page)

      await audit.check(fran.page, 'board (facilitator)')
      await audit.check(paula.page, 'board (participant)')
      await audit.check(pia.page, 'board on a phone')

      await fran.page.getByTestId('timer-settings').click()
      await expect(fran.page.getByTestId('timer-panel')).toBeVisible()
      await audit.check(fran.page, 'timer settings')
      await fran.page.getByTestId('timer-minutes').fill('5')
      await fran.page.getByTestId('timer-set').click()
      await fran.page.getByTestId('timer-start').click()
      await expect(paula.page.getByTestId('timer')).toHaveAttribute('data-status', 'running')

      await fran.page.getByTestId('agenda-button').click()
      const agenda = fran.page.getByTestId('agenda-editor')
      await expect(agenda).toBeVisible()
      await audit.check(fran.page, 'agenda dialog')
      await closeWithEscape(fran.page, agenda)

      // Silent writing: Paula's card is a draft; Fran sees how many drafts each person holds.
      await fran.page.getByTestId('phase-select').selectOption({ index: 1 })
      await expect(paula.page.getByTestId('private-writing')).toBeVisible()
      const newCard = paula.page.getByLabel(t.cards.newCardLabel(t.lanes.keyAspects.title))
      await newCard.fill('Tenants renovate in exchange for rent')
      await newCard.press('Enter')
      await expect(paula.page.getByTestId('draft-card')).toHaveCount(1)
      await paula.page.getByTestId('done-button').click()
      await paula.page.getByTestId('hand-button').click()
      await expect(fran.page.getByTestId('draft-count')).toBeVisible()
      await audit.check(paula.page, 'board, silent writing (participant)')
      await audit.check(pia.page, 'board on a phone, silent writing')
      await audit.check(fran.page, 'board, silent writing, timer running (facilitator)')
      await fran.page.getByTestId('room-button').click()
      await expect(fran.page.getByTestId('room-panel')).toBeVisible()
      await audit.check(fran.page, 'room panel')
      await closeWithEscape(fran.page, fran.page.getByTestId('room-panel'))

      // Vote: everyone places their own dots.
      await fran.page.getByTestId('phase-select').selectOption({ index: 3 })
      await expect(paula.page.getByTestId('dot-budget')).toBeVisible()
      await paula.page.getByTestId('add-dot').first().click()
      await pia.page.getByTestId('add-dot').first().click()
      await audit.check(paula.page, 'board, voting (participant)')
      await audit.check(pia.page, 'board on a phone, voting')
      await audit.check(fran.page, 'board, voting (facilitator)')

      await pia.page.locator('.you__button').click()
      await expect(pia.page.locator('.you__panel')).toBeVisible()
      await audit.check(pia.page, 'you menu on a phone')
      await closeWithEscape(pia.page, pia.page.locator('.you__panel'))

      // Discuss: the results.
      await fran.page.getByTestId('phase-select').selectOption({ index: 4 })
      await expect(paula.page.getByTestId('vote-total').first()).toBeVisible()
      await audit.check(paula.page, 'board, results (participant)')
      await audit.check(pia.page, 'board on a phone, results')
      await paula.page.locator('.votes__total').first().click()
      await expect(paula.page.getByTestId('vote-breakdown')).toBeVisible()
      await audit.check(paula.page, 'a card’s dots per organisation')
      await closeWithEscape(paula.page, paula.page.getByTestId('vote-breakdown'))
      await paula.page.getByTestId('results-button').click()
      await expect(paula.page.getByTestId('vote-results')).toBeVisible()
      await audit.check(paula.page, 'results dialog')
      await closeWithEscape(paula.page, paula.page.getByTestId('vote-results'))

      // A card being edited, its options and colours.
      const card = cardWithText(lane(paula.page, 'keyAspects'), 'Tenants renovate')
      // A mouse resting on a card shows its tools.
      await card.hover()
      await card.getByRole('button', { name: t.cards.edit }).click()
      await expect(paula.page.getByLabel(t.cards.editLabel)).toBeVisible()
      await audit.check(paula.page, 'card editor')
      await paula.page.keyboard.press('Escape')

      // The facilitator locks the board.
      await fran.page.getByTestId('lock-toggle').click()
      await expect(paula.page.getByTestId('lock-badge')).toBeVisible()
      await audit.check(paula.page, 'board, locked (participant)')
      await audit.check(fran.page, 'board, locked (facilitator)')

      for (const actor of [fran, paula, pia]) await actor.context.close()
      audit.expectClean()
    })

    test(`overview, interest, report, history and the projector (${code})`, async ({ browser }, testInfo) => {
      test.setTimeout(8 * 60_000)
      const audit = new Audit(code, testInfo)
      const fran = await newActor(browser, 'Fran', { language: code })
      const paula = await newActor(browser, 'Paula', { language: code })
      const olga: Actor = await newActor(browser, 'Olga (observer)', { language: code })
      const links = await exampleWorkshop(fran.page)
      await fran.page.goto(links.facilitator)
      await joinAs(fran.page, t, 'Fran Nowak', 'Żyrardów')
      await paula.page.goto(links.participant)
      await joinAs(paula.page, t, 'Paula Reyes', 'Las Palmas de Gran Canaria')
      const workshop = new URL(fran.page.url()).pathname

      await fran.page.goto(`${workshop}/overview`)
      await expect(fran.page.getByTestId('overview-practice')).toHaveCount(2)
      await audit.check(fran.page, 'overview')

      await paula.page.goto(`${workshop}/interest`)
      await expect(paula.page.getByTestId('interest-matrix')).toBeVisible()
      await audit.check(paula.page, 'interest matrix (participant)')
      await fran.page.goto(`${workshop}/interest`)
      await expect(fran.page.getByTestId('interest-matrix')).toBeVisible()
      await audit.check(fran.page, 'interest matrix (facilitator)')

      await fran.page.goto(`${workshop}/report`)
      await expect(fran.page.getByTestId('report-practice')).toHaveCount(2)
      await audit.check(fran.page, 'printable report')

      await fran.page.goto(`${workshop}/history`)
      await expect(fran.page.getByTestId('history-empty')).toBeVisible()
      await audit.check(fran.page, 'history, empty')
      await fran.page.getByTestId('history-take').click()
      await expect(fran.page.getByTestId('history-item')).toHaveCount(1)
      await fran.page.getByTestId('history-open').click()
      await expect(fran.page.getByTestId('history-view')).toBeVisible()
      await audit.check(fran.page, 'history, a snapshot')
      await fran.page.getByTestId('history-restore').click()
      await expect(fran.page.getByRole('dialog')).toBeVisible()
      await audit.check(fran.page, 'history, restore dialog')
      await closeWithEscape(fran.page, fran.page.getByRole('dialog'))

      await fran.page.goto(`${workshop}/share`)
      await expect(fran.page.getByTestId('qr-code')).toBeVisible()
      await audit.check(fran.page, 'projector QR view (/share)')

      await olga.page.goto(links.observer)
      await expect(olga.page.getByTestId('practice')).toHaveCount(2)
      await audit.check(olga.page, 'practice list (observer)')
      await openFirstBoard(olga.page)
      await audit.check(olga.page, 'board (observer)')

      for (const actor of [fran, paula, olga]) await actor.context.close()
      audit.expectClean()
    })
  })
}
