import {
  addCard,
  cardWithText,
  connectionStatus,
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
 * The foundation's story: a facilitator creates a workshop and a practice, a remote partner joins from the
 * participant link, both write cards, move them by mouse and keyboard, reload, and the partner loses the connection,
 * writes on, reloads offline, and comes back to a merged board.
 */
test('a facilitator and a remote partner fill a board together, live, and nothing is lost offline', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allowConsoleErrors(
    /net::ERR_INTERNET_DISCONNECTED/,
    'the partner goes offline on purpose: requests fail meanwhile',
  )
  const ana = await newActor(browser, 'Ana')
  const juan = await newActor(browser, 'Juan')

  await test.step('Ana creates a workshop and lands in it as its facilitator', async () => {
    await createWorkshop(ana.page, {
      title: 'Housing and urban gardens seminar',
      date: '2024-04-10',
      place: 'Las Palmas de Gran Canaria',
    })
    await join(ana.page, 'Ana Kowalska', 'Żyrardów')
    await expect(ana.page.getByTestId('workshop-title')).toHaveText('Housing and urban gardens seminar')
    await expect(connectionStatus(ana.page)).toHaveAttribute('data-status', 'connected')
  })

  await test.step('Ana adds a practice and opens its board', async () => {
    await ana.page.getByLabel('Title', { exact: true }).fill('Flat for renovation')
    await ana.page.getByLabel('Partner organisation or region').fill('Żyrardów')
    await ana.page.getByLabel('Short description').fill('A flat in exchange for renovating it')
    await ana.page.getByRole('button', { name: 'Add practice' }).click()
    await expect(ana.page.getByTestId('practice')).toHaveCount(1)
  })

  let workshopLink = ''
  await test.step('Ana copies the participant link from the share panel', async () => {
    workshopLink = await participantLink(ana.page)
  })

  await test.step('Juan opens the link, says who he is, and sees the practice', async () => {
    await juan.page.goto(workshopLink)
    // The token is kept on his device, not in the address bar.
    await expect(juan.page).toHaveURL(/\/w\/[0-9a-zA-Z]+$/)
    await join(juan.page, 'Juan Pérez', 'Las Palmas de Gran Canaria')
    await expect(juan.page.getByTestId('practice').filter({ hasText: 'Flat for renovation' })).toBeVisible()
    await juan.page.getByRole('link', { name: 'Open board for “Flat for renovation”' }).click()
    await ana.page.getByRole('link', { name: 'Open board for “Flat for renovation”' }).click()
    await expect(juan.page.getByTestId('practice-title')).toHaveText('Flat for renovation')
  })

  await test.step('both write cards and each sees the other’s, with author and organisation', async () => {
    await addCard(ana.page, 'Key aspects', 'Right to a flat in exchange for its renovation')
    await addCard(juan.page, 'Benefits', 'Revitalised municipal housing stock')
    const anasCard = cardWithText(
      lane(juan.page, 'keyAspects'),
      'Right to a flat in exchange for its renovation',
    )
    await expect(anasCard).toBeVisible()
    await expect(anasCard).toContainText('Ana Kowalska')
    await expect(anasCard).toContainText('Żyrardów')
    await expect(
      cardWithText(lane(ana.page, 'benefits'), 'Revitalised municipal housing stock'),
    ).toContainText('Juan Pérez')
  })

  await test.step('Ana sees where Juan is', async () => {
    await ana.page.getByRole('button', { name: /2 people here/ }).click()
    await expect(ana.page.getByTestId('presence-list')).toContainText('Juan Pérez')
    await expect(ana.page.getByTestId('presence-list')).toContainText('on “Flat for renovation”')
    await ana.page.keyboard.press('Escape')
  })

  await test.step('Ana drags her card to Stakeholders with the mouse; Juan sees it move', async () => {
    const card = cardWithText(lane(ana.page, 'keyAspects'), 'Right to a flat')
    await dragWithMouse(ana.page, card, lane(ana.page, 'stakeholders'))
    await expect(cardWithText(lane(ana.page, 'stakeholders'), 'Right to a flat')).toBeVisible()
    await expect(cardWithText(lane(juan.page, 'stakeholders'), 'Right to a flat')).toBeVisible()
    await expect(cardWithText(lane(juan.page, 'keyAspects'), 'Right to a flat')).toHaveCount(0)
  })

  await test.step('Juan moves his card to Transfer steps with the keyboard; Ana sees it move', async () => {
    const card = cardWithText(lane(juan.page, 'benefits'), 'Revitalised municipal housing stock')
    await dragWithKeyboard(juan.page, card.getByRole('button', { name: /Move card/ }), [
      { key: 'ArrowRight', overLane: 'Transfer steps' },
    ])
    await expect(juan.page.locator('[id^="DndLiveRegion"]')).toContainText('dropped in Transfer steps')
    await expect(
      cardWithText(lane(ana.page, 'transferSteps'), 'Revitalised municipal housing stock'),
    ).toBeVisible()
    await expect(cardWithText(lane(ana.page, 'benefits'), 'Revitalised municipal housing stock')).toHaveCount(
      0,
    )
  })

  await test.step('a reload keeps everything, in the same lanes', async () => {
    await juan.page.reload()
    await expect(cardWithText(lane(juan.page, 'stakeholders'), 'Right to a flat')).toBeVisible()
    await expect(
      cardWithText(lane(juan.page, 'transferSteps'), 'Revitalised municipal housing stock'),
    ).toBeVisible()
    await expect(connectionStatus(juan.page)).toHaveAttribute('data-status', 'connected')
  })

  await test.step('Juan loses the connection, writes on, even reloads, and loses nothing', async () => {
    await juan.context.setOffline(true)
    await expect(connectionStatus(juan.page)).toHaveAttribute('data-status', 'offline')
    await addCard(juan.page, 'Transfer steps', 'Map vacant municipal flats (written offline)')
    await juan.page.reload()
    await expect(cardWithText(lane(juan.page, 'transferSteps'), 'written offline')).toBeVisible()
    await expect(connectionStatus(juan.page)).toHaveAttribute('data-status', 'offline')
    // It says so after the reload as before it, not "Connecting…".
    await expect(connectionStatus(juan.page)).toHaveText('Offline')
    await addCard(ana.page, 'Benefits', 'Fewer empty flats (written while Juan was away)')
    await expect(cardWithText(ana.page, 'written offline')).toHaveCount(0)
    // A page loaded on demand, never opened on this device, opens offline too: the service worker stored it.
    const board = juan.page.url()
    await juan.page.goto(new URL('../interest', board).href)
    await expect(juan.page.getByRole('heading', { level: 1, name: 'Transfer interest' })).toBeVisible()
    await juan.page.goto(board)
    await expect(cardWithText(lane(juan.page, 'transferSteps'), 'written offline')).toBeVisible()
  })

  await test.step('back online, both see the merged board', async () => {
    await juan.context.setOffline(false)
    await expect(connectionStatus(juan.page)).toHaveAttribute('data-status', 'connected')
    await expect(cardWithText(lane(ana.page, 'transferSteps'), 'written offline')).toBeVisible()
    await expect(cardWithText(lane(juan.page, 'benefits'), 'written while Juan was away')).toBeVisible()
    for (const page of [ana.page, juan.page]) await expect(page.getByTestId('card')).toHaveCount(4)
  })

  await ana.context.close()
  await juan.context.close()
})

test('a board link connects its board beside the workshop; a wrong one says so and lets that board go', async ({
  browser,
}) => {
  const ana = await newActor(browser, 'Ana')
  await createWorkshop(ana.page, { title: 'Links' })
  await join(ana.page, 'Ana Kowalska', 'Żyrardów')
  await ana.page.getByLabel('Title', { exact: true }).fill('Gardens')
  await ana.page.getByRole('button', { name: 'Add practice' }).click()
  await ana.page.getByRole('link', { name: 'Open board for “Gardens”' }).click()
  await addCard(ana.page, 'Key aspects', 'Shared tools')
  const boardAddress = ana.page.url()
  // What the page itself does with its sockets, in its own order (the browser may hold back a socket's
  // handshake while another to the same server is under way, so the DevTools events do not tell).
  await ana.context.addInitScript(() => {
    const events: string[] = []
    const boards: WebSocket[] = []
    // Presence frames (y-websocket message type 1) the page sent, per kind of document.
    const presenceSent: Record<string, number> = { board: 0, workshop: 0, participation: 0 }
    Object.assign(window, { socketEvents: events, boardSockets: boards, presenceSent })
    const Native = window.WebSocket
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols)
        const address = String(url)
        const room = address.includes('/boards/') ? 'board' : 'workshop'
        const kind = address.includes('/participation') ? 'participation' : room
        if (room === 'board') boards.push(this)
        events.push(`${room} opened`)
        this.addEventListener('message', () => events.push(`${room} answered`), { once: true })
        const send = this.send.bind(this)
        this.send = (data) => {
          if (data instanceof Uint8Array && data[0] === 1) presenceSent[kind] = (presenceSent[kind] ?? 0) + 1
          send(data)
        }
      }
    }
  })
  const socketEvents = () =>
    ana.page.evaluate(() => (window as unknown as { socketEvents: string[] }).socketEvents)
  const openSocketsToNoSuchBoard = () =>
    ana.page.evaluate(
      () =>
        (window as unknown as { boardSockets: WebSocket[] }).boardSockets.filter(
          (socket) =>
            socket.url.includes('/boards/noSuchPractice') &&
            (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN),
        ).length,
    )

  // Opened afresh, the board's document is asked for at once, before the workshop's has said it exists.
  await ana.page.reload()
  await expect(cardWithText(lane(ana.page, 'keyAspects'), 'Shared tools')).toBeVisible()
  const events = await socketEvents()
  expect(events.indexOf('board opened'), events.join(', ')).toBeGreaterThanOrEqual(0)
  expect(events.indexOf('board opened'), events.join(', ')).toBeLessThan(events.indexOf('workshop answered'))
  // Presence is published through the workshop's document only: each announced presence is renewed every
  // 15 s and relayed to everyone on that document, and nobody reads it on a board.
  const presenceSent = () =>
    ana.page.evaluate(() => (window as unknown as { presenceSent: Record<string, number> }).presenceSent)
  await expect.poll(async () => (await presenceSent()).workshop).toBeGreaterThan(0)
  expect(await presenceSent()).toMatchObject({ board: 0, participation: 0 })

  // A link to a practice the workshop does not have: the page says so, and lets that board's socket go.
  await ana.page.goto(boardAddress.replace(/\/p\/[^/?#]+/, '/p/noSuchPractice'))
  await expect(
    ana.page.getByRole('heading', { name: 'This practice is no longer in the workshop' }),
  ).toBeVisible()
  expect(await socketEvents()).toContain('board opened')
  await expect.poll(openSocketsToNoSuchBoard).toBe(0)
  await ana.context.close()
})
