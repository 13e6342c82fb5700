import {
  addCard,
  cardWithText,
  createWorkshop,
  dragWithKeyboard,
  join,
  lane,
  newActor,
  participantLink,
} from './actors'
import { expect, test } from './fixtures'

test('unsaved card edits survive a remote move, a reload, and never revert a collaborator', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')
  await createWorkshop(ana.page, { title: 'Edit review' })
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await ana.page.getByLabel('Title', { exact: true }).fill('Gardens')
  await ana.page.getByRole('button', { name: 'Add practice' }).click()
  // Juan is a participant: he joins through the participant link and writes on the board like Ana.
  await juan.page.goto(await participantLink(ana.page))
  await join(juan.page, 'Juan Pérez', 'Las Palmas')
  for (const a of [ana, juan]) await a.page.getByRole('link', { name: 'Open board for “Gardens”' }).click()

  await addCard(ana.page, 'Key aspects', 'Fewer empty flats')
  await expect(cardWithText(lane(juan.page, 'keyAspects'), 'Fewer empty flats')).toBeVisible()

  // Ana opens the editor and types; Juan moves the card to another lane.
  const card = cardWithText(lane(ana.page, 'keyAspects'), 'Fewer empty flats')
  await card.hover()
  await card.getByRole('button', { name: 'Edit card' }).click()
  const field = ana.page.getByLabel('Edit card text')
  await field.fill('Far fewer empty flats')
  const juansCard = cardWithText(lane(juan.page, 'keyAspects'), 'Fewer empty flats')
  await dragWithKeyboard(juan.page, juansCard.getByRole('button', { name: /Move card/ }), [
    { key: 'ArrowRight', overLane: 'Stakeholders' },
  ])
  await expect(cardWithText(lane(ana.page, 'stakeholders'), '')).toHaveCount(1)
  await expect(lane(ana.page, 'stakeholders').getByLabel('Edit card text')).toHaveValue(
    'Far fewer empty flats',
  )
  await expect(lane(ana.page, 'stakeholders').getByLabel('Edit card text')).toBeFocused()

  // Ana reloads mid-edit: the editor comes back with her words.
  await ana.page.reload()
  await expect(lane(ana.page, 'stakeholders').getByLabel('Edit card text')).toHaveValue(
    'Far fewer empty flats',
  )

  // Juan edits the card meanwhile; Ana saves: both changes stay.
  const jCard = cardWithText(lane(juan.page, 'stakeholders'), 'Fewer empty flats')
  await jCard.hover()
  await jCard.getByRole('button', { name: 'Edit card' }).click()
  await juan.page.getByLabel('Edit card text').fill('Fewer empty flats in the centre')
  await juan.page.getByLabel('Edit card text').press('Enter')
  await ana.page.waitForTimeout(500)
  await ana.page.getByLabel('Edit card text').press('Enter')
  for (const a of [ana, juan]) {
    await expect(lane(a.page, 'stakeholders').locator('.card__text')).toHaveText(
      'Far fewer empty flats in the centre',
    )
  }

  // Juan opens the editor, Ana edits, Juan just clicks away: Ana's edit stays.
  await jCard.hover()
  await jCard.getByRole('button', { name: 'Edit card' }).click()
  const aCard = lane(ana.page, 'stakeholders').getByTestId('card')
  await aCard.hover()
  await aCard.getByRole('button', { name: 'Edit card' }).click()
  await ana.page.getByLabel('Edit card text').fill('Far fewer empty flats in the old town')
  await ana.page.getByLabel('Edit card text').press('Enter')
  await expect(lane(juan.page, 'stakeholders').getByLabel('Edit card text')).toBeVisible()
  await juan.page.waitForTimeout(300)
  await juan.page.locator('body').click({ position: { x: 5, y: 300 } })
  await juan.page.waitForTimeout(300)
  for (const a of [ana, juan]) {
    await expect(lane(a.page, 'stakeholders').locator('.card__text')).toHaveText(
      'Far fewer empty flats in the old town',
    )
  }
  await expect(
    ana.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('practicemap:edit:'))),
  ).resolves.toEqual([])

  // Cancel with the mouse really cancels.
  await aCard.hover()
  await aCard.getByRole('button', { name: 'Edit card' }).click()
  await ana.page.getByLabel('Edit card text').fill('discard me')
  await ana.page.getByRole('button', { name: 'Cancel' }).click()
  await expect(lane(ana.page, 'stakeholders').locator('.card__text')).toHaveText(
    'Far fewer empty flats in the old town',
  )
  await ana.context.close()
  await juan.context.close()
})

test("a card's tools are reached by hovering, by Tab from its handle, and on a phone by its options button", async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  await createWorkshop(ana.page, { title: 'Card tools' })
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await ana.page.getByLabel('Title', { exact: true }).fill('Gardens')
  await ana.page.getByRole('button', { name: 'Add practice' }).click()
  await ana.page.getByRole('link', { name: 'Open board for “Gardens”' }).click()
  await addCard(ana.page, 'Key aspects', 'Shared tools')
  await addCard(ana.page, 'Key aspects', 'Open on Sundays')
  const first = cardWithText(lane(ana.page, 'keyAspects'), 'Shared tools')
  const second = cardWithText(lane(ana.page, 'keyAspects'), 'Open on Sundays')

  // A card at rest draws no tools; a mouse resting on it shows them.
  await ana.page.mouse.move(0, 0)
  await expect(first.getByRole('button', { name: 'Edit card' })).toHaveCount(0)
  await first.hover()
  await expect(first.getByRole('button', { name: 'Edit card' })).toBeVisible()
  await ana.page.mouse.move(0, 0)
  await expect(first.getByRole('button', { name: 'Edit card' })).toHaveCount(0)

  // With the keyboard: Tab from the handle goes through the card's tools, then on to the next card.
  await first.getByRole('button', { name: /Move card/ }).focus()
  await ana.page.keyboard.press('Tab')
  await expect(first.getByRole('button', { name: 'Edit card' })).toBeFocused()
  await ana.page.keyboard.press('Tab')
  await expect(first.getByRole('button', { name: 'Change colour' })).toBeFocused()
  await ana.page.keyboard.press('Tab')
  await expect(first.getByRole('button', { name: 'Delete card' })).toBeFocused()
  await ana.page.keyboard.press('Tab')
  await expect(second.getByRole('button', { name: /Move card/ })).toBeFocused()
  await expect(first.getByRole('button', { name: 'Edit card' })).toHaveCount(0)
  // The second card can be grouped with the first; Enter on its Edit opens the editor.
  await ana.page.keyboard.press('Tab')
  await expect(second.getByRole('button', { name: 'Group with the card above' })).toBeFocused()
  await ana.page.keyboard.press('Tab')
  await expect(second.getByRole('button', { name: 'Edit card' })).toBeFocused()
  await ana.page.keyboard.press('Enter')
  await expect(second.getByLabel('Edit card text')).toBeFocused()
  await ana.page.keyboard.press('Escape')
  await expect(second.locator('.card__text')).toHaveText('Open on Sundays')

  // On a phone there is no hover: the options button unfolds the tools.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    storageState: await ana.context.storageState(),
  })
  const page = await phone.newPage()
  await page.goto(ana.page.url())
  const onPhone = cardWithText(lane(page, 'keyAspects'), 'Shared tools')
  await expect(onPhone).toBeVisible()
  await expect(onPhone.getByRole('button', { name: 'Edit card' })).toHaveCount(0)
  await onPhone.getByRole('button', { name: 'Card options' }).tap()
  await expect(onPhone.getByRole('button', { name: 'Edit card' })).toBeVisible()
  await onPhone.getByRole('button', { name: 'Edit card' }).tap()
  await expect(onPhone.getByLabel('Edit card text')).toBeVisible()
  await phone.close()
  await ana.context.close()
})
