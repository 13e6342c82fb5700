import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../server/closeCodes'
import { MemoryStore } from '../../server/storage/memoryStore'
import { addCard, groupCards, setTransferDetails } from '../../shared/boardOperations'
import {
  boardDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { readInterest, setInterest } from '../../shared/interest'
import { readBoard, readPractices, readWorkshop, readWorkshopOrigin } from '../../shared/readers'
import { setDots } from '../../shared/voting'
import { addPractice } from '../../shared/workshopOperations'
import {
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  InstrumentedStore,
  RawClient,
  startTestServer,
  syncUrl,
  tempDir,
  tokensOf,
  upgradeStatus,
  waitFor,
} from './helpers'

afterEach(cleanup)

const ana = { id: 'ana', name: 'Ana Żak', organisation: 'Gmina Żyrardów' }

function api(serverUrl: string, path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${serverUrl}/api/workshops${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  })
}

/** Every byte the server keeps in its data folder (the database, its WAL and shared memory). */
function dataBytes(dataDir: string): Buffer {
  return Buffer.concat(
    readdirSync(dataDir)
      .filter((name) => name.startsWith('practicemap.db'))
      .map((name) => readFileSync(join(dataDir, name))),
  )
}

describe('DELETE /api/workshops/<id>', () => {
  it('refuses participants, then removes the workshop for good: connections closed, links 404, bytes gone', async () => {
    const dataDir = tempDir()
    const server = await startTestServer({ dataDir })
    const workshop = await createWorkshop(server.url, 'Seminar to forget')
    const facilitator = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    const practiceId = addPractice(facilitator.doc, { title: 'Rowery', organisation: '', description: '' }, 1)
    const boardName = boardDocumentName(workshop.id, practiceId)
    const board = await connectSynced(server.url, boardName, workshop.tokens.participant)
    const marker = `secret-marker-${'ż'.repeat(3)}-7f3a9c`
    addCard(board.doc, { lane: 'benefits', text: marker, author: ana }, 2)
    await waitFor(() => {
      const live = server.registry.get(boardName)?.doc
      return live !== undefined && readBoard(live).lanes.benefits.length === 1
    })
    // The marker is on disk before: otherwise its absence afterwards would prove nothing.
    expect(dataBytes(dataDir).includes(Buffer.from(marker))).toBe(true)
    const raw = await RawClient.open(server.url, boardName, workshop.tokens.participant)

    const refused = await api(server.url, `/${workshop.id}`, workshop.tokens.participant, {
      method: 'DELETE',
    })
    expect(refused.status).toBe(403)
    expect(
      await api(server.url, `/${workshop.id}`, workshop.tokens.observer, { method: 'DELETE' }),
    ).toHaveProperty('status', 403)

    // The path is shared with GET (api.ts): both methods are offered, others refused with both named.
    const put = await api(server.url, `/${workshop.id}`, workshop.tokens.facilitator, { method: 'PUT' })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, DELETE')

    const deleted = await api(server.url, `/${workshop.id}`, workshop.tokens.facilitator, {
      method: 'DELETE',
    })
    expect(deleted.status).toBe(204)

    expect(await raw.closed).toEqual({ code: CloseCode.workshopDeleted, reason: expect.any(String) })
    // The stock client takes the code as final: it stops, instead of reconnecting for ever.
    await waitFor(
      () => !board.provider.wsconnected && !board.provider.shouldConnect,
      2000,
      'the provider to stop',
    )
    expect(server.registry.get(boardName)).toBeUndefined()
    expect(server.registry.get(workshopDocumentName(workshop.id))).toBeUndefined()

    const afterwards = await api(server.url, `/${workshop.id}`, workshop.tokens.facilitator)
    expect(afterwards.status).toBe(404)
    const ws = `${syncUrl(server.url)}/${workshopDocumentName(workshop.id)}?token=${workshop.tokens.facilitator}`
    expect(await upgradeStatus(ws)).toBe(404)

    expect(dataBytes(dataDir).includes(Buffer.from(marker))).toBe(false)
  })
})

describe('DELETE /api/workshops/<id> when storage fails', () => {
  it('answers 500 and keeps the workshop usable: nobody is told it is gone, a retry deletes it', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const workshop = await createWorkshop(server.url, 'Seminar to keep')
    const token = workshop.tokens.facilitator
    const name = workshopDocumentName(workshop.id)
    const facilitator = await connectSynced(server.url, name, token)
    addPractice(facilitator.doc, { title: 'Rowery', organisation: '', description: '' }, 1)
    await waitFor(() => readPractices(server.registry.get(name)?.doc ?? facilitator.doc).length === 1)

    store.failDeletes = true
    const failed = await api(server.url, `/${workshop.id}`, token, { method: 'DELETE' })
    expect(failed.status).toBe(500)
    expect(await failed.json()).toEqual({
      error: expect.stringMatching(/could not be deleted/),
      code: 'deleteFailed',
    })
    expect(server.registry.isWorkshopDeleted(workshop.id)).toBe(false)
    expect((await api(server.url, `/${workshop.id}`, token)).status).toBe(200)
    const again = await connectSynced(server.url, name, token)
    expect(readPractices(again.doc).map((practice) => practice.title)).toEqual(['Rowery'])

    store.failDeletes = false
    expect((await api(server.url, `/${workshop.id}`, token, { method: 'DELETE' })).status).toBe(204)
    expect(server.registry.isWorkshopDeleted(workshop.id)).toBe(true)
    expect((await api(server.url, `/${workshop.id}`, token)).status).toBe(404)
  })
})

describe('POST /api/workshops/<id>/follow-up', () => {
  async function workshopWithResults() {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url, 'Las Palmas seminar')
    const facilitator = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    facilitator.doc.getMap('workshop').set('date', '2024-04-10')
    const practiceId = addPractice(
      facilitator.doc,
      { title: 'Mieszkanie za remont', organisation: 'Żyrardów', description: 'Flat for renovation' },
      1,
    )
    const boardName = boardDocumentName(workshop.id, practiceId)
    const board = await connectSynced(server.url, boardName, workshop.tokens.participant)
    const aspect = addCard(board.doc, { lane: 'keyAspects', text: 'Right to a flat', author: ana }, 2)
    const step = addCard(board.doc, { lane: 'transferSteps', text: 'Pilot in Brașov', author: ana }, 3)
    const other = addCard(board.doc, { lane: 'transferSteps', text: 'Ask the council', author: ana }, 4)
    setTransferDetails(board.doc, step, { owner: 'Primăria Brașov', timeframe: '2025' })
    groupCards(board.doc, step, other, 'Pilot')
    setDots(board.doc, ana, aspect, 1)
    const participation = await connectSynced(
      server.url,
      participationDocumentName(workshop.id),
      workshop.tokens.participant,
    )
    setInterest(
      participation.doc,
      { organisation: 'Primăria Brașov', practiceId, level: 'wantToAdapt' },
      ana,
      6,
    )
    await waitFor(() => (server.registry.get(boardName)?.doc.getMap('cards').size ?? 0) === 3)
    await waitFor(
      () =>
        (server.registry.get(participationDocumentName(workshop.id))?.doc.getMap('interest').size ?? 0) === 1,
    )
    return { server, workshop, practiceId }
  }

  async function followUp(carry: string) {
    const { server, workshop, practiceId } = await workshopWithResults()
    const response = await api(server.url, `/${workshop.id}/follow-up`, workshop.tokens.facilitator, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Brașov meeting', date: '2025-03-01', place: 'Brașov', carry }),
    })
    expect(response.status).toBe(201)
    const created = (await response.json()) as {
      id: string
      links: Record<'facilitator' | 'participant' | 'observer', string>
    }
    expect(created.id).not.toBe(workshop.id)
    const tokens = tokensOf(created.links)
    const newWorkshop = await connectSynced(server.url, workshopDocumentName(created.id), tokens.facilitator)
    const newBoard = await connectSynced(
      server.url,
      boardDocumentName(created.id, practiceId),
      tokens.participant,
    )
    const interest = await connectSynced(
      server.url,
      participationDocumentName(created.id),
      tokens.participant,
    )
    return { server, workshop, newWorkshop, newBoard, interest, tokens }
  }

  it('carries practices, cards, groups and interest, not votes, and records where it came from', async () => {
    const { workshop, newWorkshop, newBoard, interest } = await followUp('everything')
    const details = readWorkshop(newWorkshop.doc)
    expect(details).toMatchObject({ title: 'Brașov meeting', date: '2025-03-01', place: 'Brașov' })
    expect(readWorkshopOrigin(newWorkshop.doc)).toEqual({
      workshopId: workshop.id,
      title: 'Las Palmas seminar',
      date: '2024-04-10',
    })
    expect(readPractices(newWorkshop.doc).map((p) => [p.title, p.organisation])).toEqual([
      ['Mieszkanie za remont', 'Żyrardów'],
    ])
    const lanes = readBoard(newBoard.doc).lanes
    expect(lanes.keyAspects.map((card) => card.text)).toEqual(['Right to a flat'])
    expect(lanes.transferSteps.map((card) => card.text)).toEqual(['Pilot in Brașov', 'Ask the council'])
    expect(lanes.transferSteps[0]?.transfer.owner).toBe('Primăria Brașov')
    expect([...readBoard(newBoard.doc).groups.values()].map((group) => group.title)).toEqual(['Pilot'])
    expect(newBoard.doc.getMap('votes').size).toBe(0)
    expect([...readInterest(interest.doc).cells.values()].map((cell) => cell.level)).toEqual(['wantToAdapt'])
    expect(newWorkshop.doc.getMap('phases').size).toBeGreaterThan(0)
  })

  it('with transferAndInterest carries only the transfer steps, and the interest matrix', async () => {
    const { newBoard, interest } = await followUp('transferAndInterest')
    const lanes = readBoard(newBoard.doc).lanes
    expect(lanes.keyAspects).toEqual([])
    expect(lanes.transferSteps.map((card) => card.text)).toEqual(['Pilot in Brașov', 'Ask the council'])
    expect(readInterest(interest.doc).cells.size).toBe(1)
  })

  it('is for the facilitator only, and checks what it is asked', async () => {
    const { server, workshop } = await workshopWithResults()
    const asParticipant = await api(server.url, `/${workshop.id}/follow-up`, workshop.tokens.participant, {
      method: 'POST',
      body: JSON.stringify({ title: 'x' }),
    })
    expect(asParticipant.status).toBe(403)
    const noTitle = await api(server.url, `/${workshop.id}/follow-up`, workshop.tokens.facilitator, {
      method: 'POST',
      body: JSON.stringify({ carry: 'votes' }),
    })
    expect(noTitle.status).toBe(400)
    expect(((await noTitle.json()) as { error: string }).error).toMatch(/title is required/)
  })
})

describe('POST /api/workshops/<id>/practices/import', () => {
  it('adds every row as a practice, seen at once by people already in the workshop', async () => {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url)
    const watcher = connectClient(server.url, workshopDocumentName(workshop.id), workshop.tokens.participant)
    await waitFor(() => watcher.provider.synced)
    const csv =
      '\uFEFFTytuł;Organizacja;Opis\r\nMieszkanie za remont;Żyrardów;"Flat for\nrenovation"\r\nRowery;Brașov;\r\n'

    const response = await api(server.url, `/${workshop.id}/practices/import`, workshop.tokens.facilitator, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ added: 2 })
    await waitFor(() => readPractices(watcher.doc).length === 2, 2000, 'the practices to arrive live')
    expect(readPractices(watcher.doc).map((p) => [p.title, p.organisation, p.description])).toEqual([
      ['Mieszkanie za remont', 'Żyrardów', 'Flat for\nrenovation'],
      ['Rowery', 'Brașov', ''],
    ])
  })

  it('refuses a file that is not UTF-8 (Excel’s code-page CSV) with 400, adding nothing', async () => {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url)
    const response = await api(server.url, `/${workshop.id}/practices/import`, workshop.tokens.facilitator, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: Buffer.from('Tytu\xb3;Organizacja\r\nMieszkanie;\xafyrard\xf3w\r\n', 'latin1'),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: expect.stringMatching(/not UTF-8.*CSV UTF-8/),
      code: 'practiceListInvalid',
      problems: [{ problem: 'notUtf8' }],
    })
    const client = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    expect(readPractices(client.doc)).toEqual([])
  })

  it('adds nothing when a row is wrong, and says which', async () => {
    const server = await startTestServer()
    const workshop = await createWorkshop(server.url)
    const response = await api(server.url, `/${workshop.id}/practices/import`, workshop.tokens.facilitator, {
      method: 'POST',
      body: 'title,organisation\nGood one,A\n,B\n',
    })
    expect(response.status).toBe(400)
    // The English sentence for scripts, and each problem as data for the app to say in its language.
    expect(await response.json()).toEqual({
      error: 'row 3 has no title',
      code: 'practiceListInvalid',
      problems: [{ problem: 'noTitle', row: 3 }],
    })
    const summary = await api(server.url, `/${workshop.id}`, workshop.tokens.facilitator)
    expect(summary.status).toBe(200)
    const client = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    expect(readPractices(client.doc)).toEqual([])
    const asParticipant = await api(
      server.url,
      `/${workshop.id}/practices/import`,
      workshop.tokens.participant,
      {
        method: 'POST',
        body: 'title\nX\n',
      },
    )
    expect(asParticipant.status).toBe(403)
  })
})
