import { expect, test } from '@playwright/test'
import { addCard, cardWithText, join, lane, newActor } from './actors'

test('Ctrl+Z undoes only one’s own edits, never a collaborator’s', async ({ browser }) => {
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')
  await ana.page.goto('/')
  await ana.page.getByRole('button', { name: 'Open the example workshop' }).click()
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  const link = ana.page.url()
  await juan.page.goto(link)
  await join(juan.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')

  for (const actor of [ana, juan]) {
    await actor.page.getByRole('link', { name: /Open board for “Urban gardens/ }).click()
  }
  await addCard(ana.page, 'Transfer steps', 'Find a vacant plot (Ana)')
  await addCard(juan.page, 'Transfer steps', 'Contact citizen groups (Juan)')
  await expect(cardWithText(lane(ana.page, 'transferSteps'), '(Juan)')).toBeVisible()

  await ana.page.locator('body').click({ position: { x: 5, y: 300 } })
  await ana.page.keyboard.press('Control+z')
  for (const page of [ana.page, juan.page]) {
    await expect(cardWithText(lane(page, 'transferSteps'), '(Ana)')).toHaveCount(0)
    await expect(cardWithText(lane(page, 'transferSteps'), '(Juan)')).toBeVisible()
  }
  // Nothing more of Ana's to undo: a second Ctrl+Z must leave Juan's card alone.
  await ana.page.keyboard.press('Control+z')
  await expect(cardWithText(lane(juan.page, 'transferSteps'), '(Juan)')).toBeVisible()
  // The seminar's own cards were not Ana's either.
  await expect(cardWithText(lane(ana.page, 'keyAspects'), 'Environmental education')).toBeVisible()

  await ana.page.keyboard.press('Control+Shift+z')
  await expect(cardWithText(lane(juan.page, 'transferSteps'), '(Ana)')).toBeVisible()

  await ana.context.close()
  await juan.context.close()
})

test('the home page lists workshops opened on this device, and an unknown link says so', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  await ana.page.goto('/')
  await ana.page.getByRole('button', { name: 'Open the example workshop' }).click()
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  await ana.page.goto('/')
  await ana.page.getByRole('link', { name: /IMPETUS – 2nd Interregional Thematic Seminar/ }).click()
  await expect(ana.page.getByTestId('workshop-title')).toHaveText(
    'IMPETUS – 2nd Interregional Thematic Seminar',
  )

  await ana.page.goto('/w/doesNotExist123')
  await expect(ana.page.getByRole('heading', { level: 1 })).toContainText(/not found|does not exist/i)
  await ana.context.close()
})
