import type { Page } from '@playwright/test'
import { addCard, groupCards } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { cardsMap, LANES, practicesMap } from '../../shared/schema'
import { addPractice } from '../../shared/workshopOperations'
import { cardWithText, dragWithMouse, join, lane, newActor } from './actors'
import { expect, test } from './fixtures'
import { connectStockClient, type StockClient } from './stockClient'

/**
 * A long board. Fran brings 200 cards from an earlier session (50 in each lane), written through a stock
 * y-websocket client as the bench does. The cards far down a lane are drawn as light text first (so a
 * board of a thousand cards opens fast): their text is in the page, they turn into full cards as she
 * scrolls to them, Tab still walks every card in order, and dragging still works.
 */

const CARDS = 200
const text = (i: number) => `Card number ${i}: a short sentence`
/** Card i is in lane i % 4, at position i / 4: the keyAspects lane holds 0, 4, 8, … 196. */
const firstLane = LANES[0]
/** Two cards of the Benefits lane (i % 4 === 2), near its end, grouped when the board is written. */
const GROUPED = [186, 190] as const

/** A workshop with one practice whose board holds CARDS cards; returns the board's address with the token. */
async function bigBoard(baseURL: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'The long session' }),
  })
  expect(response.status).toBe(201)
  const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
  const token = new URL(links.facilitator ?? '').searchParams.get('token') ?? ''
  const workshop = await connectStockClient(baseURL, workshopDocumentName(id), { token })
  let board: StockClient | null = null
  try {
    let practiceId = ''
    await workshop.change((doc) => {
      practiceId = addPractice(doc, { title: 'Shared gardens', organisation: 'Loopback', description: '' }, 0)
    })
    board = await connectStockClient(baseURL, boardDocumentName(id, practiceId), { token })
    await board.change((doc) => {
      const author = { id: 'fran', name: 'Fran', organisation: 'Żyrardów' }
      const ids: string[] = []
      for (let i = 0; i < CARDS; i++) {
        ids.push(addCard(doc, { lane: LANES[i % LANES.length] ?? firstLane, text: text(i), author }, i))
      }
      // Far down the Benefits lane, two cards under one title.
      expect(groupCards(doc, ids[GROUPED[0]] ?? '', ids[GROUPED[1]] ?? '', 'Late ideas')).not.toBeNull()
    })
    expect(cardsMap(board.doc).size).toBe(CARDS)
    expect(practicesMap(workshop.doc).size).toBe(1)
    return `/w/${id}/p/${practiceId}?token=${token}`
  } finally {
    board?.close()
    workshop.close()
  }
}

const fullCard = (page: Page, i: number) => cardWithText(lane(page, firstLane), text(i))
const lightCard = (page: Page, i: number) =>
  lane(page, firstLane)
    .getByTestId('card-light')
    .filter({ hasText: text(i) })

test('a long board draws far cards light, builds them as they come near, and still drags', async ({
  browser,
  baseURL,
}) => {
  const address = await bigBoard(baseURL ?? '')
  const fran = await newActor(browser, 'Fran')
  const { page } = fran
  await page.goto(address)
  await join(page, 'Fran', 'Żyrardów')
  await expect(fullCard(page, 0)).toBeVisible()

  await test.step('the far end of a lane is light text, in the page for find and screen readers', async () => {
    await expect(lightCard(page, 196)).toHaveCount(1)
    await expect(fullCard(page, 196)).toHaveCount(0)
    await expect(lightCard(page, 196).getByRole('button')).toHaveCount(0)
    // Every card's text is in the page, light or full.
    await expect(page.locator('[data-testid="card"], [data-testid="card-light"]')).toHaveCount(CARDS)
    await expect(page.getByText(text(196), { exact: true })).toHaveCount(1)
    await expect(lane(page, firstLane)).toContainText('50 cards')
  })

  await test.step('a far group is light too: its title and its cards', async () => {
    const benefits = lane(page, 'benefits')
    const lightGroup = benefits.getByTestId('card-group-light')
    await expect(lightGroup).toContainText('Late ideas')
    await expect(lightGroup.getByTestId('card-light')).toHaveCount(2)
    await expect(lightGroup).toContainText(text(GROUPED[1]))
  })

  await test.step('scrolled into view, a far card is a full card whose tools work', async () => {
    await lightCard(page, 196).scrollIntoViewIfNeeded()
    await expect(fullCard(page, 196)).toBeVisible()
    await expect(lightCard(page, 196)).toHaveCount(0)
    const card = fullCard(page, 196)
    await card.hover()
    await card.getByRole('button', { name: 'Change colour' }).click()
    await card.getByRole('button', { name: 'Blue' }).click()
    await expect(card).toHaveAttribute('data-color', 'blue')
    // The lanes stand side by side: the far group, beside this card, was built in full with it.
    const group = lane(page, 'benefits').getByTestId('card-group')
    await expect(group.getByLabel('Group title')).toHaveValue('Late ideas')
    await expect(cardWithText(group, text(GROUPED[0]))).toBeVisible()
    await expect(page.getByTestId('card-group-light')).toHaveCount(0)
  })

  await test.step('a card dragged from the top of a lane lands in another lane', async () => {
    await page.evaluate(() => window.scrollTo(0, 0))
    const benefits = lane(page, 'benefits')
    await dragWithMouse(page, fullCard(page, 0), benefits.getByTestId('card').first())
    await expect(cardWithText(benefits, text(0))).toBeVisible()
    await expect(fullCard(page, 0)).toHaveCount(0)
    await expect(lane(page, firstLane)).toContainText('49 cards')
    await expect(benefits).toContainText('51 cards')
  })

  await fran.context.close()
})

test('Tab walks every card of a long lane in order, the light ones too', async ({ browser, baseURL }) => {
  const address = await bigBoard(baseURL ?? '')
  const fran = await newActor(browser, 'Fran')
  const { page } = fran
  await page.goto(address)
  await join(page, 'Fran', 'Żyrardów')
  // Past the first chunks: light when the board opens.
  const far = 45
  await expect(lightCard(page, far * 4)).toHaveCount(1)

  await fullCard(page, 0)
    .getByRole('button', { name: /^Move card/ })
    .focus()
  const positionOfFocus = () =>
    page.evaluate((laneId) => {
      const cards = [
        ...document.querySelectorAll(`[data-testid="lane-${laneId}"] .lane__cards > [data-card-id]`),
      ]
      const focused = document.activeElement?.closest('[data-card-id]')
      return focused ? cards.indexOf(focused) : -1
    }, firstLane)
  let position = 0
  for (let press = 0; press < 400 && position < far; press++) {
    await page.keyboard.press('Tab')
    const next = await positionOfFocus()
    // Never skips a card, never leaves the lane's cards before the far one.
    expect(next - position, `after card ${position}, Tab went to card ${next}`).toBeLessThanOrEqual(1)
    expect(next).toBeGreaterThanOrEqual(position)
    position = next
  }
  expect(position).toBe(far)
  await expect(fullCard(page, far * 4)).toBeVisible()
  await fran.context.close()
})
