import { addCard, cardWithText, join, lane, newActor, openExampleWorkshop, participantLink } from './actors'
import { expect, test } from './fixtures'

test('Ctrl+Z undoes only one’s own edits, never a collaborator’s', async ({ browser }) => {
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await juan.page.goto(await participantLink(ana.page))
  await join(juan.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')

  for (const actor of [ana, juan]) {
    await actor.page.getByRole('link', { name: /Open board for “Urban gardens/ }).click()
  }
  await addCard(ana.page, 'Transfer steps', 'Find a vacant plot (Ana)')
  await addCard(juan.page, 'Transfer steps', 'Contact citizen groups (Juan)')
  await expect(cardWithText(lane(ana.page, 'transferSteps'), '(Juan)')).toBeVisible()

  await ana.page.locator('body').click({ position: { x: 5, y: 300 } })
  // Ana's card goes and Juan's stays: one undo is one change, so Juan's page has all of it once Ana's card
  // is gone there.
  await ana.page.keyboard.press('Control+z')
  for (const page of [ana.page, juan.page]) {
    await expect(cardWithText(lane(page, 'transferSteps'), '(Ana)')).toHaveCount(0)
    await expect(cardWithText(lane(page, 'transferSteps'), '(Juan)')).toBeVisible()
  }
  await ana.page.keyboard.press('Control+Shift+z')
  await expect(cardWithText(lane(juan.page, 'transferSteps'), '(Ana)')).toBeVisible()
  await ana.page.keyboard.press('Control+z')
  await expect(cardWithText(lane(juan.page, 'transferSteps'), '(Ana)')).toHaveCount(0)

  // Nothing more of Ana's to undo: a second Ctrl+Z must leave Juan's card alone. Whatever it changed would
  // reach Juan before her next card does (her changes travel in order), so once that card is on Juan's
  // page, his own card being there says the Ctrl+Z took nothing of his.
  await ana.page.keyboard.press('Control+z')
  await addCard(ana.page, 'Transfer steps', 'Ask the city for water (Ana)')
  await expect(cardWithText(lane(juan.page, 'transferSteps'), 'Ask the city for water')).toBeVisible()
  for (const page of [ana.page, juan.page]) {
    await expect(cardWithText(lane(page, 'transferSteps'), '(Juan)')).toBeVisible()
  }
  // The seminar's own cards were not Ana's either.
  await expect(cardWithText(lane(ana.page, 'keyAspects'), 'Environmental education')).toBeVisible()
  await expect(cardWithText(lane(juan.page, 'keyAspects'), 'Environmental education')).toBeVisible()

  await ana.context.close()
  await juan.context.close()
})

test('the home page lists workshops opened on this device, and an unknown or incomplete link says so', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allowConsoleErrors(
    /status of 404 \(Not Found\)/,
    'the story opens an unknown workshop on purpose',
  )
  const ana = await newActor(browser, 'Ana')
  await openExampleWorkshop(ana.page)
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await expect(ana.page.getByTestId('practice')).toHaveCount(2)
  const workshopPath = new URL(ana.page.url()).pathname
  await ana.page.goto('/')
  const recent = ana.page.getByRole('link', { name: /IMPETUS – 2nd Interregional Thematic Seminar/ })
  await expect(recent).toContainText('Facilitator')
  await recent.click()
  await expect(ana.page.getByTestId('workshop-title')).toHaveText(
    'IMPETUS – 2nd Interregional Thematic Seminar',
  )
  // The token was kept on the device: the facilitator's tools are there without it in the address.
  await expect(ana.page.getByTestId('share-button')).toBeVisible()

  await ana.page.goto('/w/doesNotExist123?token=someTokenThatFitsNothing')
  await expect(ana.page.getByRole('heading', { level: 1 })).toContainText(/not found|does not exist/i)

  // Someone given only the address, without its token, is told to ask for the link.
  const eva = await newActor(browser, 'Eva')
  await eva.page.goto(workshopPath)
  await expect(eva.page.getByTestId('link-needed')).toBeVisible()
  await expect(eva.page.getByRole('heading', { level: 1 })).toHaveText('This workshop opens from its link')
  await ana.context.close()
  await eva.context.close()
})
