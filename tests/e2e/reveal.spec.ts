import type { WebSocketRoute } from '@playwright/test'
import { addCard, cardWithText, createWorkshop, join, newActor, readSharedLinks } from './actors'
import { expect, test } from './fixtures'

/**
 * A reveal that races a lock. Fran moves from Silent writing to Reveal & cluster and at once locks the
 * board; Paula's screen hears of the new phase before it hears of the lock, so it reveals her draft as a
 * card, which the server refuses (the board is locked). Her card stays on her device; when Fran unlocks
 * the board, it must reach everyone without Paula having to do anything. Then, in the vote, the locked
 * board tells her why she has no dots to give there.
 */

const FLAT = 'Flat for renovation'

/** A y-websocket sync message (not presence): its first byte is message type 0. */
function isSyncMessage(message: string | Buffer): boolean {
  return typeof message !== 'string' && message[0] === 0
}

test('a draft revealed onto a board locked a moment before reaches everyone once it is unlocked', async ({
  browser,
}) => {
  const fran = await newActor(browser, 'Fran')
  const paula = await newActor(browser, 'Paula')

  await test.step('Fran creates the workshop with one practice and starts Silent writing', async () => {
    await createWorkshop(fran.page, { title: 'Housing seminar' })
    await join(fran.page, 'Fran Nowak', 'Żyrardów')
    await fran.page.getByLabel('Title', { exact: true }).fill(FLAT)
    await fran.page.getByRole('button', { name: 'Add practice' }).click()
    await expect(fran.page.getByTestId('practice')).toHaveCount(1)
  })
  const links = await readSharedLinks(fran.page)

  // Paula's connection to the workshop document (phases, locks) can be held back, as a slow network
  // would; her board's connection is left alone.
  let holding = false
  const held: (string | Buffer)[] = []
  let toPaula: WebSocketRoute | null = null
  await paula.page.routeWebSocket(/\/sync\/[0-9A-Za-z]+\?/, (page) => {
    const server = page.connectToServer()
    toPaula = page
    page.onMessage((message) => server.send(message))
    server.onMessage((message) => {
      if (holding && isSyncMessage(message)) held.push(message)
      else page.send(message)
    })
  })
  const refused = new Promise<void>((resolve) => {
    paula.page.on('console', (message) => {
      if (message.text().includes('the server refused a change')) resolve()
    })
  })

  await test.step('Paula writes a private draft', async () => {
    await paula.page.goto(links.participant)
    await join(paula.page, 'Paula Reyes', 'Las Palmas')
    for (const actor of [fran, paula]) {
      await actor.page.getByRole('link', { name: `Open board for “${FLAT}”` }).click()
    }
    await fran.page.getByTestId('phase-select').selectOption({ label: '1. Silent writing' })
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Silent writing')
    await addCard(paula.page, 'Key aspects', 'Tenants renovate in exchange for rent')
    await expect(paula.page.getByTestId('draft-card')).toHaveCount(1)
  })

  await test.step('Fran moves on and locks the board; Paula hears only of the new phase and reveals', async () => {
    holding = true
    await fran.page.getByTestId('next-phase').click()
    await expect.poll(() => held.length).toBe(1)
    await fran.page.getByTestId('lock-toggle').click()
    await expect(fran.page.getByTestId('lock-toggle')).toHaveAttribute('data-locked', 'true')
    await expect.poll(() => held.length).toBe(2)
    const phaseChange = held.shift()
    if (!toPaula || !phaseChange) throw new Error('Paula’s workshop connection was not routed')
    ;(toPaula as WebSocketRoute).send(phaseChange)
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Reveal & cluster')
    await expect(cardWithText(paula.page, 'Tenants renovate')).toBeVisible()
    await refused
  })

  await test.step('the lock reaches Paula; her card is only on her screen', async () => {
    holding = false
    for (const message of held.splice(0)) (toPaula as WebSocketRoute | null)?.send(message)
    await expect(paula.page.getByTestId('lock-badge')).toBeVisible()
    await expect(cardWithText(paula.page, 'Tenants renovate')).toBeVisible()
    await expect(cardWithText(fran.page, 'Tenants renovate')).toHaveCount(0)
  })

  await test.step('Fran unlocks the board: Paula’s card reaches her without Paula doing anything', async () => {
    await fran.page.getByTestId('lock-toggle').click()
    await expect(paula.page.getByTestId('lock-badge')).toHaveCount(0)
    await expect(cardWithText(fran.page, 'Tenants renovate in exchange for rent')).toBeVisible()
  })

  await test.step('in the vote, a locked board says why Paula cannot give dots there', async () => {
    await fran.page.getByTestId('next-phase').click()
    await expect(paula.page.getByTestId('current-phase')).toHaveText('Vote')
    await expect(paula.page.getByTestId('add-dot').first()).toBeVisible()
    await fran.page.getByTestId('lock-toggle').click()
    await expect(paula.page.getByTestId('add-dot')).toHaveCount(0)
    await expect(paula.page.getByTestId('voting-bar')).toHaveText(
      'Voting is open, but this board is locked: no dots can be given here now.',
    )
  })

  for (const actor of [fran, paula]) await actor.context.close()
})
