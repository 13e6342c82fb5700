import { addCard, cardWithText, join, lane, newActor, openExampleWorkshop } from './actors'
import { expect, test } from './fixtures'

/**
 * Each screen at a laptop's and a phone's size: lanes side by side on the laptop, stacked on the phone,
 * nothing wider than the screen. The screenshots land in test-results/ for a person to look at.
 */
const sizes = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, hasTouch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
] as const

for (const size of sizes) {
  test(`every screen fits a ${size.name}`, async ({ browser }, testInfo) => {
    const person = await newActor(browser, 'Ana', size)
    const { page } = person
    const shot = async (name: string) => {
      await page.screenshot({ path: testInfo.outputPath(`${size.name}-${name}.png`), fullPage: true })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0)
    }

    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible()
    await shot('home')

    await openExampleWorkshop(page)
    await expect(page.getByLabel('Your name')).toBeVisible()
    await shot('join')

    await join(page, 'Ana Kowalska', 'Żyrardów')
    await expect(page.getByTestId('practice')).toHaveCount(2)
    await shot('practices')

    await page.getByRole('link', { name: /Open board for “Flat for renovation/ }).click()
    await addCard(page, 'Transfer steps', 'Survey vacant municipal flats in our city')
    await expect(cardWithText(lane(page, 'transferSteps'), 'Survey vacant')).toBeVisible()
    await shot('board')

    const first = await lane(page, 'keyAspects').boundingBox()
    const second = await lane(page, 'stakeholders').boundingBox()
    if (!first || !second) throw new Error('lanes are not visible')
    if (size.name === 'laptop') {
      expect(second.x, 'lanes side by side').toBeGreaterThan(first.x + first.width - 1)
      expect(Math.abs(second.y - first.y)).toBeLessThan(2)
    } else {
      expect(second.y, 'lanes stacked').toBeGreaterThan(first.y + first.height - 1)
    }

    // The top bar's language button, on a laptop and on a phone alike.
    await page.getByRole('button', { name: 'Language: English' }).click()
    await page.getByRole('button', { name: 'Polski' }).click()
    await expect(page.getByRole('button', { name: 'Język: Polski' })).toBeVisible()
    await expect(page.getByTestId('lane-benefits')).toContainText('Korzyści')
    await shot('board-pl')
    await person.context.close()
  })
}
