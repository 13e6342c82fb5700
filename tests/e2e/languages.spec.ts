import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import {
  cardWithText,
  connectionStatus,
  join,
  lane,
  newActor,
  openExampleWorkshop,
  participantLink,
} from './actors'
import { expect, test } from './fixtures'

/**
 * Every partner's language. Ana, who facilitates in Tuscany, switches PracticeMap to Italian from the top bar:
 * the boards, her downloads and the app after a reload (even offline) speak Italian. Juan, from Las Palmas,
 * opens the link for the first time in a Spanish browser and is greeted in Spanish.
 */

const FLAT = 'Flat for renovation (“Mieszkanie za remont”)'

/** The first text the page showed, recorded as it appeared, to catch a flash of another language. */
async function recordFirstText(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    if (location.protocol !== 'http:') return
    const observer = new MutationObserver(() => {
      const text = document.getElementById('root')?.textContent ?? ''
      if (text.trim() === '') return
      Object.assign(window, { firstText: text })
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
}

function firstText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { firstText?: string }).firstText ?? '')
}

async function download(page: Page, format: 'md' | 'docx'): Promise<Buffer> {
  await page.getByTestId('export-menu').click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${format}`).click(),
  ])
  return readFileSync(await file.path())
}

test('a facilitator works in Italian from the top bar; a partner with a Spanish browser starts in Spanish', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allowConsoleErrors(
    /net::ERR_INTERNET_DISCONNECTED/,
    'Ana reloads offline on purpose: the page’s requests to the server fail meanwhile',
  )
  const ana = await newActor(browser, 'Ana (facilitator, Tuscany)')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Rossi', 'Regione Toscana')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  const link = await participantLink(ana.page)

  await test.step('Ana switches to Italian from the top bar, and the board reads Italian', async () => {
    await ana.page.getByRole('button', { name: 'Language: English' }).click()
    await ana.page.getByRole('button', { name: 'Italiano' }).click()
    await expect(ana.page.getByRole('button', { name: 'Lingua: Italiano' })).toBeVisible()
    await expect(ana.page.locator('html')).toHaveAttribute('lang', 'it')
    await expect(ana.page.getByRole('heading', { name: 'Buone pratiche' })).toBeVisible()
    await ana.page.getByRole('link', { name: `Apri la bacheca di «${FLAT}»` }).click()
    await expect(lane(ana.page, 'keyAspects')).toContainText('Aspetti chiave')
    await expect(lane(ana.page, 'stakeholders')).toContainText('Stakeholder')
    await expect(lane(ana.page, 'transferSteps')).toContainText('Passi per il trasferimento')
    const field = ana.page.getByLabel('Nuova scheda in Passi per il trasferimento')
    await field.fill('Censire gli alloggi comunali sfitti a Prato')
    await field.press('Enter')
    await expect(field).toHaveValue('')
    await expect(cardWithText(lane(ana.page, 'transferSteps'), 'Censire gli alloggi')).toBeVisible()
  })

  await test.step('her Markdown and Word downloads are in Italian', async () => {
    const markdown = (await download(ana.page, 'md')).toString('utf8')
    expect(markdown).toContain('### Aspetti chiave')
    expect(markdown).toContain('### Passi per il trasferimento')
    expect(markdown).toContain('## Interesse al trasferimento')
    expect(markdown).toContain('## Piano d’azione')
    expect(markdown).toContain('Censire gli alloggi comunali sfitti a Prato')
    expect(markdown).not.toMatch(/^### (Key aspects|Transfer steps)$/m)
    const docx = await JSZip.loadAsync(await download(ana.page, 'docx'))
    const documentXml = (await docx.file('word/document.xml')?.async('string')) ?? ''
    expect(documentXml).toContain('Passi per il trasferimento')
    expect(documentXml).toContain('Interesse al trasferimento')
    expect(documentXml).not.toContain('Transfer steps')
  })

  await test.step('a reload keeps Italian from the first text on the screen, also offline', async () => {
    await recordFirstText(ana.page)
    await ana.page.reload()
    await expect(lane(ana.page, 'benefits')).toContainText('Benefici')
    const first = await firstText(ana.page)
    expect(first).toContain('Vai al contenuto')
    expect(first).not.toMatch(/Skip to content|Loading|Opening/)
    // The service worker keeps every language's file: offline, the reload is still in Italian.
    await ana.page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await ana.context.setOffline(true)
    await ana.page.reload()
    await expect(connectionStatus(ana.page)).toHaveAttribute('data-status', 'offline')
    await expect(lane(ana.page, 'benefits')).toContainText('Benefici')
    await expect(ana.page.getByRole('button', { name: 'Lingua: Italiano' })).toBeVisible()
    expect(await firstText(ana.page)).toContain('Vai al contenuto')
    await ana.context.setOffline(false)
  })

  await test.step('Juan opens the link in a Spanish browser, on his first visit: Spanish', async () => {
    const juan = await newActor(browser, 'Juan (Las Palmas)', { language: null, locale: 'es-ES' })
    await recordFirstText(juan.page)
    await juan.page.goto(link)
    await expect(juan.page.getByRole('heading', { name: /^Únete a «IMPETUS/ })).toBeVisible()
    await expect(juan.page.locator('html')).toHaveAttribute('lang', 'es')
    expect(await firstText(juan.page)).not.toMatch(/Skip to content|Join|Loading/)
    await juan.page.getByLabel('Tu nombre').fill('Juan Pérez')
    await juan.page.getByLabel('Organización o región').fill('Cabildo de Gran Canaria')
    await juan.page.getByRole('button', { name: 'Unirme' }).click()
    await expect(juan.page.getByRole('heading', { name: 'Buenas prácticas' })).toBeVisible()
    await expect(juan.page.getByRole('button', { name: 'Idioma: Español' })).toBeVisible()
    await juan.context.close()
  })

  await ana.context.close()
})

const sizes = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'small phone', viewport: { width: 360, height: 740 }, hasTouch: true },
] as const

const languages = [
  { name: 'Español', button: 'Idioma: Español', benefits: 'Beneficios', openBoard: 'Abrir el tablero de' },
  { name: 'Italiano', button: 'Lingua: Italiano', benefits: 'Benefici', openBoard: 'Apri la bacheca di' },
] as const

/**
 * Controls whose text does not fit inside them: the words run out of a button or chip. Text cut on purpose
 * with an ellipsis (a long workshop title) is left out.
 */
async function textOverflowingItsBox(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a.button, summary, select, label, [role="status"], .chip, .badge, h1, h2, h3',
    )
    for (const element of controls) {
      if (element.offsetParent === null) continue
      const style = getComputedStyle(element)
      if (style.textOverflow === 'ellipsis') continue
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 60)}”`)
      }
    }
    return found
  })
}

for (const size of sizes) {
  test(`the board in Spanish and in Italian fits a ${size.name}: long words break no button or chip`, async ({
    browser,
  }, testInfo) => {
    const ana = await newActor(browser, 'Ana', size)
    const { page } = ana
    await openExampleWorkshop(page)
    await join(page, 'Ana Rossi', 'Regione Toscana')
    await expect(page.getByTestId('practice')).toHaveCount(2)
    let current = 'Language: English'
    for (const language of languages) {
      await page.getByRole('button', { name: current }).click()
      await page.getByRole('button', { name: language.name }).click()
      current = language.button
      await expect(page.getByRole('button', { name: current })).toBeVisible()
      await page.getByRole('link', { name: `${language.openBoard} «${FLAT}»` }).click()
      await expect(lane(page, 'benefits')).toContainText(language.benefits)
      await page.screenshot({
        path: testInfo.outputPath(`${size.name}-board-${language.name}.png`),
        fullPage: true,
      })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `the board in ${language.name} is wider than the screen`).toBeLessThanOrEqual(0)
      // The top bar's tools (the language button among them) stay on the brand's row.
      const [brand, tools] = await Promise.all([
        page.locator('.topbar .brand').boundingBox(),
        page.locator('.topbar__tools').boundingBox(),
      ])
      expect(
        Math.abs((tools?.y ?? 0) - (brand?.y ?? 0)),
        `the top bar fits one row: ${JSON.stringify([brand, tools])}`,
      ).toBeLessThan(12)
      expect(await textOverflowingItsBox(page), `text running out of its box in ${language.name}`).toEqual([])
      // The language menu, open, as a person sees it.
      await page.getByRole('button', { name: current }).click()
      await page.screenshot({ path: testInfo.outputPath(`${size.name}-language-menu-${language.name}.png`) })
      await page.keyboard.press('Escape')
      await page.goBack()
      await expect(page.getByTestId('practice')).toHaveCount(2)
    }
    await ana.context.close()
  })
}
