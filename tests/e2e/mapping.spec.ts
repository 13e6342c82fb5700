import type { Locator, Page } from '@playwright/test'
import {
  addCard,
  cardWithText,
  createWorkshop,
  dragWithKeyboard,
  dragWithMouse,
  join,
  lane,
  newActor,
  participantLink,
} from './actors'
import { expect, test } from './fixtures'

/**
 * Mapping a practice together. Fran facilitates for the City of Żyrardów; Paula joins from Las Palmas de
 * Gran Canaria by the participant link. Paula groups two cards by dropping one on the other, names the
 * group and moves it to another lane; she drafts a transfer step's action plan and tags a stakeholder.
 * Fran follows it all on her facilitator overview. Then both say, in the transfer-interest matrix, how
 * much their organisation wants to adapt the practice: each in their own row, each seeing the other's
 * answer as it comes.
 */

const PRACTICE = 'Flat for renovation'

/** Drags `source` by the mouse and drops it on the middle of card `target`, checking it offers to group. */
async function dropOnCard(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox()
  if (!from) throw new Error('the card to drag is not visible')
  const startX = from.x + from.width / 2
  const startY = from.y + 14
  await page.mouse.move(startX, startY)
  await page.mouse.down()
  await page.mouse.move(startX + 10, startY + 10, { steps: 5 })
  await expect(page.locator('.card--overlay')).toBeVisible()
  const to = await target.boundingBox()
  if (!to) throw new Error('the target card is not visible')
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 1, { steps: 2 })
  await expect(target.getByTestId('combine-hint')).toHaveText('Group with this card')
  await expect(page.getByTestId('carry-hint')).toHaveText('Drop to group')
  await page.mouse.up()
}

test('cards are grouped, moved as one, planned and tagged; the overview and the interest matrix follow live', async ({
  browser,
}, testInfo) => {
  const fran = await newActor(browser, 'Fran')
  const paula = await newActor(browser, 'Paula')
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0)
  }
  const asPhone = async (page: Page, name: string) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, `${name}-phone`)
    await page.setViewportSize({ width: 1280, height: 800 })
  }

  await test.step('Fran creates the workshop and a practice; Paula joins by the participant link', async () => {
    await createWorkshop(fran.page, { title: 'Affordable housing seminar', place: 'Żyrardów' })
    await join(fran.page, 'Fran Nowak', 'City of Żyrardów')
    await fran.page.getByLabel('Title', { exact: true }).fill(PRACTICE)
    await fran.page.getByRole('button', { name: 'Add practice' }).click()
    await expect(fran.page.getByTestId('practice')).toHaveCount(1)
    await fran.page.getByLabel('Title', { exact: true }).fill('Urban gardens')
    await fran.page.getByLabel('Partner organisation or region').fill('Las Palmas de Gran Canaria')
    await fran.page.getByRole('button', { name: 'Add practice' }).click()
    await expect(fran.page.getByTestId('practice')).toHaveCount(2)
    const link = await participantLink(fran.page)
    await paula.page.goto(link)
    await join(paula.page, 'Paula Reyes', 'Las Palmas de Gran Canaria')
    for (const actor of [fran, paula]) {
      await actor.page.getByRole('link', { name: `Open board for “${PRACTICE}”` }).click()
      await expect(actor.page.getByTestId('board')).toBeVisible()
    }
  })

  await test.step('Paula drops one card on another: a group appears for both', async () => {
    await addCard(paula.page, 'Key aspects', 'Tenants renovate the flat themselves')
    await addCard(paula.page, 'Key aspects', 'Rent is waived during the works')
    await addCard(paula.page, 'Key aspects', 'A tenancy contract for ten years')
    const keyAspects = lane(paula.page, 'keyAspects')
    await dropOnCard(
      paula.page,
      cardWithText(keyAspects, 'A tenancy contract'),
      cardWithText(keyAspects, 'Tenants renovate'),
    )
    for (const page of [paula.page, fran.page]) {
      const made = lane(page, 'keyAspects').getByTestId('card-group')
      await expect(made).toHaveCount(1)
      await expect(made.getByTestId('card')).toHaveText([/Tenants renovate/, /A tenancy contract/])
      await expect(made).toHaveAttribute('data-group-id', /^[0-9a-zA-Z]{12}$/)
      await expect(made.getByLabel('Group title')).toHaveAttribute('placeholder', 'Untitled group')
    }
    // The card not dropped on stays on its own, after the group.
    await expect(lane(fran.page, 'keyAspects').getByTestId('card')).toHaveText([
      /Tenants renovate/,
      /A tenancy contract/,
      /Rent is waived/,
    ])
  })

  await test.step('Paula names the group at once; Fran sees the title', async () => {
    const title = lane(paula.page, 'keyAspects').getByLabel('Group title')
    await expect(title).toBeFocused()
    await paula.page.keyboard.type('Tenancy model')
    await paula.page.keyboard.press('Enter')
    await expect(lane(fran.page, 'keyAspects').getByLabel('Group title')).toHaveValue('Tenancy model')
  })

  await test.step('Paula moves the group to Benefits with the keyboard; it moves as one for both', async () => {
    await dragWithKeyboard(
      paula.page,
      paula.page.getByRole('button', { name: 'Move group “Tenancy model”' }),
      [
        { key: 'ArrowRight', overLane: 'Stakeholders' },
        { key: 'ArrowRight', overLane: 'Benefits' },
      ],
    )
    await expect(paula.page.locator('[id^="DndLiveRegion"]')).toContainText('Group dropped in Benefits')
    for (const page of [paula.page, fran.page]) {
      const moved = lane(page, 'benefits').getByTestId('card-group')
      await expect(moved).toHaveCount(1)
      await expect(moved.getByTestId('card')).toHaveCount(2)
      await expect(lane(page, 'keyAspects').getByTestId('card')).toHaveText([/Rent is waived/])
    }
  })

  await test.step('Fran groups a new card with the card above from its menu, without a mouse', async () => {
    await addCard(fran.page, 'Benefits', 'Fewer empty municipal flats')
    const card = cardWithText(lane(fran.page, 'benefits'), 'Fewer empty municipal flats')
    const action = card.getByRole('button', { name: 'Group with the card above' })
    // A card draws its actions only once the focus (or a mouse) is on it: Tab from its handle reaches them.
    await expect(action).toHaveCount(0)
    await card.getByRole('button', { name: /Move card/ }).focus()
    await fran.page.keyboard.press('Tab')
    await expect(action).toBeFocused()
    await expect(action).toBeVisible()
    await fran.page.keyboard.press('Enter')
    for (const page of [fran.page, paula.page]) {
      await expect(lane(page, 'benefits').getByTestId('card-group').getByTestId('card')).toHaveCount(3)
    }
  })

  await test.step('Paula drags a card out of the group to Stakeholders; it stands alone there', async () => {
    const inGroup = lane(paula.page, 'benefits').getByTestId('card-group')
    await dragWithMouse(
      paula.page,
      cardWithText(inGroup, 'Fewer empty municipal flats'),
      lane(paula.page, 'stakeholders'),
    )
    for (const page of [paula.page, fran.page]) {
      await expect(lane(page, 'benefits').getByTestId('card-group').getByTestId('card')).toHaveCount(2)
      await expect(lane(page, 'benefits').getByTestId('card')).toHaveText([
        /Tenants renovate/,
        /A tenancy contract/,
      ])
      await expect(lane(page, 'stakeholders').getByTestId('card')).toHaveText([/Fewer empty municipal flats/])
    }
  })

  await test.step('Fran carries the group back to Key aspects by its handle, with the mouse', async () => {
    const handle = fran.page.getByRole('button', { name: 'Move group “Tenancy model”' })
    const from = await handle.boundingBox()
    const to = await lane(fran.page, 'keyAspects').boundingBox()
    if (!from || !to) throw new Error('the group or the lane is not visible')
    await fran.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await fran.page.mouse.down()
    await fran.page.mouse.move(from.x + 10, from.y + 10, { steps: 5 })
    await expect(fran.page.locator('.card-group--overlay')).toContainText('Tenancy model')
    await fran.page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 })
    await fran.page.mouse.move(to.x + to.width / 2, to.y + 42, { steps: 2 })
    await fran.page.mouse.up()
    for (const page of [fran.page, paula.page]) {
      const moved = lane(page, 'keyAspects').getByTestId('card-group')
      await expect(moved).toHaveCount(1)
      await expect(moved.getByTestId('card')).toHaveText([/Tenants renovate/, /A tenancy contract/])
      await expect(lane(page, 'benefits').getByTestId('card')).toHaveCount(0)
    }
  })

  await test.step('Paula drafts a transfer step’s action plan', async () => {
    await addCard(paula.page, 'Transfer steps', 'Survey vacant municipal flats')
    const step = cardWithText(lane(paula.page, 'transferSteps'), 'Survey vacant')
    await step.getByRole('button', { name: 'Action plan details' }).click()
    const form = step.getByRole('form', { name: /Action plan details of/ })
    await form.getByLabel('Owner (organisation)').fill('City of Żyrardów')
    await form.getByLabel('Timeframe').fill('2025 Q2')
    await form.getByLabel('Resources').fill('Two housing officers')
    await form.getByLabel('Barriers').fill('Owners’ consent')
    await form.getByRole('button', { name: 'Save details' }).click()
    for (const page of [paula.page, fran.page]) {
      await expect(
        cardWithText(lane(page, 'transferSteps'), 'Survey vacant').getByTestId('transfer-summary'),
      ).toHaveText('Owner: City of Żyrardów · 2025 Q2')
    }
  })

  await test.step('Paula tags a stakeholder; the lane tells both which types are still missing', async () => {
    await expect(lane(fran.page, 'stakeholders').getByTestId('missing-stakeholder-types')).toHaveText(
      'Missing: public authority, business, research, civil society',
    )
    await addCard(paula.page, 'Stakeholders', 'Municipal housing office')
    const card = cardWithText(lane(paula.page, 'stakeholders'), 'Municipal housing office')
    // A tag's select lists its choices once reached: pressed with a pointer (the type), or focused (the level).
    const type = card.getByLabel('Stakeholder type')
    await expect(type.locator('option')).toHaveCount(1)
    await type.dispatchEvent('pointerdown')
    await expect(type.locator('option')).toHaveCount(5)
    await type.selectOption({ label: 'Public authority' })
    await card.getByLabel('Level').focus()
    await card.getByLabel('Level').selectOption({ label: 'Local' })
    for (const page of [paula.page, fran.page]) {
      await expect(lane(page, 'stakeholders').getByTestId('missing-stakeholder-types')).toHaveText(
        'Missing: business, research, civil society',
      )
    }
    await expect(
      cardWithText(lane(fran.page, 'stakeholders'), 'Municipal housing office').getByLabel(
        'Stakeholder type',
      ),
    ).toHaveValue('publicAuthority')
  })

  await test.step('the board with a group, on a laptop and on a phone', async () => {
    await shot(paula.page, 'board-with-group')
    await asPhone(paula.page, 'board-with-group')
  })

  await test.step('Fran’s overview shows the practice live, with the draft action plan', async () => {
    await fran.page.getByRole('link', { name: 'All practices' }).click()
    await fran.page.getByRole('link', { name: 'Facilitator overview' }).click()
    await expect(fran.page).toHaveURL(/\/w\/[0-9a-zA-Z]+\/overview$/)
    await expect(fran.page.getByTestId('overview-practice')).toHaveCount(2)
    const practice = fran.page.getByTestId('overview-practice').filter({ hasText: PRACTICE })
    // The other practice's board is still empty: all four lanes stand out.
    const other = fran.page.getByTestId('overview-practice').filter({ hasText: 'Urban gardens' })
    await expect(other.locator('[data-empty="true"]')).toHaveCount(4)
    await expect(practice.getByTestId('lane-count-keyAspects')).toHaveAttribute('data-count', '3')
    await expect(practice.getByTestId('lane-count-keyAspects')).toContainText('3 cards')
    await expect(practice.getByTestId('lane-count-stakeholders')).toContainText('2 cards')
    await expect(practice.getByTestId('lane-count-benefits')).toHaveAttribute('data-empty', 'true')
    await expect(practice.getByTestId('lane-count-benefits')).toContainText('empty')
    await expect(practice.getByTestId('overview-people')).toContainText('Paula Reyes')
    await expect(practice.getByTestId('overview-top-voted')).toContainText('No dots yet.')
    await expect(
      fran.page.getByTestId('action-plan-practice').filter({ hasText: 'Urban gardens' }),
    ).toContainText('No transfer steps yet.')
    const row = fran.page.getByTestId('action-plan').getByTestId('action-plan-row')
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('Survey vacant municipal flats')
    await expect(row).toContainText('City of Żyrardów')
    await expect(row).toContainText('2025 Q2')
    await expect(row).toContainText('Two housing officers')
    await expect(row).toContainText('Owners’ consent')
    await shot(fran.page, 'overview')
    // Live: Paula writes the first benefit; the lane is no longer marked empty.
    await addCard(paula.page, 'Benefits', 'Fewer vacant municipal flats')
    await expect(practice.getByTestId('lane-count-benefits')).not.toHaveAttribute('data-empty', 'true')
    await expect(practice.getByTestId('lane-count-benefits')).toHaveAttribute('data-count', '1')
    await asPhone(fran.page, 'overview')
  })

  await test.step('Paula has no link to the overview', async () => {
    await paula.page.getByRole('link', { name: 'All practices' }).click()
    await expect(paula.page.getByRole('link', { name: 'Transfer interest' })).toBeVisible()
    await expect(paula.page.getByRole('link', { name: 'Facilitator overview' })).toHaveCount(0)
  })

  const cellLabel = (organisation: string) => `Interest of ${organisation} in “${PRACTICE}”`

  await test.step('both open the interest matrix; each may fill in only their own row', async () => {
    await paula.page.getByRole('link', { name: 'Transfer interest' }).click()
    await fran.page.getByRole('link', { name: 'All practices' }).click()
    await fran.page.getByRole('link', { name: 'Transfer interest' }).click()
    for (const page of [paula.page, fran.page])
      await expect(page.getByTestId('interest-matrix')).toBeVisible()
    // Paula's row exists before she answers; Fran's not yet on her screen.
    await expect(
      paula.page.getByLabel(cellLabel('Las Palmas de Gran Canaria'), { exact: true }),
    ).toBeVisible()
    await expect(paula.page.getByLabel(cellLabel('City of Żyrardów'), { exact: true })).toHaveCount(0)
  })

  await test.step('both answer, and each sees the other’s answer live', async () => {
    await paula.page
      .getByLabel(cellLabel('Las Palmas de Gran Canaria'), { exact: true })
      .selectOption({ label: 'Want to adapt' })
    await fran.page.getByLabel(cellLabel('City of Żyrardów'), { exact: true }).selectOption({
      label: 'Will include in our action plan',
    })
    // Fran, facilitating, may change any row: she sees Paula's answer in its field.
    await expect(fran.page.getByLabel(cellLabel('Las Palmas de Gran Canaria'), { exact: true })).toHaveValue(
      'wantToAdapt',
    )
    const fransRowForPaula = paula.page.getByTestId('interest-row').filter({ hasText: 'City of Żyrardów' })
    // The first column is the first practice.
    await expect(fransRowForPaula.getByTestId('interest-cell').first()).toHaveAttribute(
      'data-level',
      'actionPlan',
    )
    await expect(fransRowForPaula.getByTestId('interest-level')).toHaveText([
      'Will include in our action plan',
      'Not answered',
    ])
    // Paula still cannot change Fran's row.
    await expect(fransRowForPaula.getByRole('combobox')).toHaveCount(0)
    await expect(fransRowForPaula.getByRole('button')).toHaveCount(0)
  })

  await test.step('Paula adds a note to her answer; Fran reads it', async () => {
    const row = paula.page.getByTestId('interest-row').filter({ hasText: 'Las Palmas de Gran Canaria' })
    await row.getByRole('button', { name: /^Add a note/ }).click()
    await row.getByRole('textbox').fill('Needs a council decision first')
    await row.getByRole('button', { name: 'Save note' }).click()
    const forFran = fran.page.getByTestId('interest-row').filter({ hasText: 'Las Palmas de Gran Canaria' })
    await expect(forFran.getByTestId('interest-cell').first()).toContainText('Needs a council decision first')
    await expect(fran.page.getByTestId('interest-summary')).toHaveText([
      '2 partners want to adapt it',
      '0 partners want to adapt it',
    ])
  })

  await test.step('Fran adds a row for a partner not in the room', async () => {
    await fran.page.getByLabel('Organisation or region').fill('Region of Central Macedonia')
    await fran.page.getByRole('button', { name: 'Add row' }).click()
    await fran.page
      .getByLabel(cellLabel('Region of Central Macedonia'), { exact: true })
      .selectOption({ label: 'Curious' })
    const row = paula.page.getByTestId('interest-row').filter({ hasText: 'Region of Central Macedonia' })
    await expect(row.getByTestId('interest-level')).toHaveText(['Curious', 'Not answered'])
    await shot(paula.page, 'interest-matrix')
    await asPhone(paula.page, 'interest-matrix')
    await shot(fran.page, 'interest-matrix-facilitator')
  })

  for (const actor of [fran, paula]) await actor.context.close()
})

test('a card carried to another lane groups with a card there; only the lane under the pointer offers to', async ({
  browser,
}) => {
  const fran = await newActor(browser, 'Fran')
  await createWorkshop(fran.page, { title: 'Housing exchange' })
  await join(fran.page, 'Fran Nowak', 'City of Żyrardów')
  await fran.page.getByLabel('Title', { exact: true }).fill(PRACTICE)
  await fran.page.getByRole('button', { name: 'Add practice' }).click()
  await fran.page.getByRole('link', { name: `Open board for “${PRACTICE}”` }).click()
  await addCard(fran.page, 'Key aspects', 'Tenants renovate the flat themselves')
  await addCard(fran.page, 'Key aspects', 'Rent is waived during the works')
  await addCard(fran.page, 'Stakeholders', 'Municipal housing office')
  const keyAspects = lane(fran.page, 'keyAspects')
  const stakeholders = lane(fran.page, 'stakeholders')
  // A card's middle takes a drop only while the pointer is in its lane (each zone costs the drag dearly).
  const zones = (scope: Locator) => scope.locator('.combine-zone')

  const from = await cardWithText(keyAspects, 'Rent is waived').boundingBox()
  if (!from) throw new Error('the card to drag is not visible')
  await fran.page.mouse.move(from.x + from.width / 2, from.y + 14)
  await fran.page.mouse.down()
  await fran.page.mouse.move(from.x + from.width / 2 + 10, from.y + 24, { steps: 5 })
  await expect(fran.page.locator('.card--overlay')).toBeVisible()
  await expect(zones(keyAspects)).toHaveCount(2)
  await expect(zones(stakeholders)).toHaveCount(0)

  // Once the carried card is in the lane its placeholder there shifts the cards: aim where the target is then.
  const target = cardWithText(stakeholders, 'Municipal housing office')
  const near = await target.boundingBox()
  if (!near) throw new Error('the target card is not visible')
  await fran.page.mouse.move(near.x + near.width / 2, near.y + near.height / 2, { steps: 20 })
  await fran.page.waitForTimeout(250)
  const to = await target.boundingBox()
  if (!to) throw new Error('the target card is not visible')
  await fran.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 })
  await fran.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 1, { steps: 2 })
  await expect(zones(stakeholders)).not.toHaveCount(0)
  await expect(zones(keyAspects)).toHaveCount(0)
  await expect(target.getByTestId('combine-hint')).toHaveText('Group with this card')
  await fran.page.mouse.up()

  const made = stakeholders.getByTestId('card-group')
  await expect(made).toHaveCount(1)
  await expect(made.getByTestId('card')).toHaveText([/Municipal housing office/, /Rent is waived/])
  await expect(keyAspects.getByTestId('card')).toHaveText([/Tenants renovate/])
  await expect(fran.page.locator('.combine-zone')).toHaveCount(0)
})
