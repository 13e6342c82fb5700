import { afterEach, describe, expect, it } from 'vitest'
import { MANUAL_SNAPSHOTS_LIMIT } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { addCard, deleteCard, moveCard } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import type { OpenedSnapshot, RestoreResult, SnapshotList, SnapshotTaken } from '../../shared/protocol'
import { readBoard, readCards, readPractices } from '../../shared/readers'
import { workshopDetailsMap } from '../../shared/schema'
import { readSession, setCurrentPhase } from '../../shared/sessionOperations'
import { addPractice, removePractice } from '../../shared/workshopOperations'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  deferred,
  InstrumentedStore,
  startTestServer,
  waitFor,
} from './helpers'

afterEach(cleanup)

const ana = { id: 'ana', name: 'Ana', organisation: 'Region A' }

/** A workshop with one practice, its facilitator on the workshop document and a participant on the board. */
async function runningWorkshop() {
  const server = await startTestServer()
  const workshop = await createWorkshop(server.url, 'Study visit')
  const facilitator = await connectSynced(
    server.url,
    workshopDocumentName(workshop.id),
    workshop.tokens.facilitator,
  )
  const practiceId = addPractice(
    facilitator.doc,
    { title: 'Bike lanes', organisation: 'Region A', description: '' },
    1,
  )
  const boardName = boardDocumentName(workshop.id, practiceId)
  const participant = await connectSynced(server.url, boardName, workshop.tokens.participant)
  const kept = addCard(participant.doc, { lane: 'keyAspects', text: 'Safe crossings', author: ana }, 2)
  const moved = addCard(participant.doc, { lane: 'benefits', text: 'Cleaner air', author: ana }, 3)
  const liveBoard = () => server.registry.get(boardName)?.doc
  await waitFor(() => readCards(liveBoard() ?? participant.doc).length === 2 && liveBoard() !== undefined)
  await waitFor(
    () =>
      readPractices(server.registry.get(workshopDocumentName(workshop.id))?.doc ?? facilitator.doc).length ===
      1,
  )

  const api = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/workshops/${workshop.id}/snapshots${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    })
  return { server, workshop, facilitator, participant, practiceId, kept, moved, api }
}

describe('workshop history over the API', () => {
  it('takes a snapshot when the facilitator changes the phase, not when the workshop loads', async () => {
    const { server, facilitator, participant, workshop, api } = await runningWorkshop()
    const listOf = async () =>
      ((await (await api('', workshop.tokens.facilitator)).json()) as SnapshotList).snapshots
    expect(await listOf()).toEqual([])

    const vote = readSession(facilitator.doc).phases.find((phase) => phase.kind === 'vote')
    setCurrentPhase(facilitator.doc, vote?.id ?? null)
    await waitFor(async () => (await listOf()).length === 1, 5000, 'a phase-change snapshot')
    const [snapshot] = await listOf()
    expect(snapshot).toMatchObject({ reason: 'phaseChange', label: 'vote', cardCount: 2 })

    // Everyone leaves, the rooms unload; loading the workshop again (already in a phase) is not a change.
    facilitator.destroy()
    participant.destroy()
    const workshopName = workshopDocumentName(workshop.id)
    await waitFor(() => server.registry.get(workshopName) === undefined, 5000, 'the workshop room to unload')
    const again = await connectSynced(server.url, workshopName, workshop.tokens.facilitator)
    expect(readSession(again.doc).currentPhaseId).toBe(vote?.id)
    addPractice(again.doc, { title: 'Car-free Sundays', organisation: '', description: '' }, 5)
    await waitFor(() => readPractices(server.registry.get(workshopName)?.doc ?? again.doc).length === 2)
    // A snapshot would be taken right after the commit; give a wrong one time to show up.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await listOf()).toHaveLength(1)
  })

  it('restores a snapshot: a connected participant receives it live, and the session does not jump', async () => {
    const { facilitator, participant, workshop, kept, moved, api } = await runningWorkshop()
    const token = workshop.tokens.facilitator
    const firstPhase = readSession(facilitator.doc).phases[0]
    const taken = await api('', token, { method: 'POST', body: JSON.stringify({ label: 'before lunch' }) })
    expect(taken.status).toBe(201)
    const { snapshot } = (await taken.json()) as SnapshotTaken
    expect(snapshot).toMatchObject({ reason: 'manual', label: 'before lunch', cardCount: 2 })

    // After the snapshot: a card deleted, one moved, one added; and the session moves on.
    deleteCard(participant.doc, kept)
    moveCard(participant.doc, moved, 'transferSteps', 0)
    const added = addCard(participant.doc, { lane: 'stakeholders', text: 'Cyclists’ club', author: ana }, 4)
    setCurrentPhase(facilitator.doc, firstPhase?.id ?? null)
    await waitFor(async () => {
      const opened = (await (await api(`/${snapshot.id}`, token)).json()) as OpenedSnapshot
      return opened.changes.totals.added === 1
    })
    const opened = (await (await api(`/${snapshot.id}`, token)).json()) as OpenedSnapshot
    expect(opened.changes.totals).toEqual({ added: 1, removed: 1, moved: 1, edited: 0 })
    expect(opened.report.practices[0]?.lanes.find((lane) => lane.lane === 'keyAspects')?.cards[0]?.text).toBe(
      'Safe crossings',
    )

    const restored = await api(`/${snapshot.id}/restore`, token, { method: 'POST' })
    expect(restored.status).toBe(200)
    const result = (await restored.json()) as RestoreResult
    // The state before the restore is kept: a new snapshot, or the phase change's one when it already holds it.
    expect(['beforeRestore', 'phaseChange']).toContain(result.before.reason)

    // The participant never reconnected: the restore arrives as a change over the open connection.
    await waitFor(() => readCards(participant.doc).some((card) => card.id === kept), 5000, 'the card back')
    const board = readBoard(participant.doc)
    expect(board.lanes.keyAspects.map((card) => card.text)).toEqual(['Safe crossings'])
    expect(board.lanes.benefits.map((card) => card.id)).toEqual([moved])
    expect(readCards(participant.doc).some((card) => card.id === added)).toBe(false)
    expect(readSession(facilitator.doc).currentPhaseId).toBe(firstPhase?.id)
    expect(participant.provider.wsconnected).toBe(true)

    // The state before the restore was kept: restoring it undoes the restore.
    await api(`/${result.before.id}/restore`, token, { method: 'POST' })
    await waitFor(() => readCards(participant.doc).some((card) => card.id === added), 5000, 'the undo')
    expect(readCards(participant.doc).some((card) => card.id === kept)).toBe(false)
  })

  it('restores into documents nobody has open: a removed practice comes back with its board', async () => {
    const { server, facilitator, participant, workshop, practiceId, kept, api } = await runningWorkshop()
    const token = workshop.tokens.facilitator
    const { snapshot } = (await (
      await api('', token, { method: 'POST', body: '{}' })
    ).json()) as SnapshotTaken
    removePractice(facilitator.doc, practiceId)
    deleteCard(participant.doc, kept)
    const workshopName = workshopDocumentName(workshop.id)
    await waitFor(() => readPractices(server.registry.get(workshopName)?.doc ?? facilitator.doc).length === 0)
    facilitator.destroy()
    participant.destroy()
    await waitFor(() => server.registry.size === 0, 5000, 'every room to unload')

    expect((await api(`/${snapshot.id}/restore`, token, { method: 'POST' })).status).toBe(200)
    const again = await connectSynced(server.url, workshopName, token)
    expect(readPractices(again.doc).map((practice) => practice.id)).toEqual([practiceId])
    const board = await connectSynced(server.url, boardDocumentName(workshop.id, practiceId), token)
    expect(readCards(board.doc).map((card) => card.id)).toContain(kept)
  })

  it('refuses participants and observers (403), and answers 404 for an unknown snapshot', async () => {
    const { workshop, api } = await runningWorkshop()
    for (const token of [workshop.tokens.participant, workshop.tokens.observer]) {
      expect((await api('', token)).status).toBe(403)
      expect((await api('', token, { method: 'POST', body: '{}' })).status).toBe(403)
    }
    const { snapshot } = (await (
      await api('', workshop.tokens.facilitator, { method: 'POST', body: '{}' })
    ).json()) as SnapshotTaken
    expect(snapshot.reason).toBe('manual')
    expect((await api(`/${snapshot.id}`, workshop.tokens.participant)).status).toBe(403)
    expect((await api(`/${snapshot.id}/restore`, workshop.tokens.observer, { method: 'POST' })).status).toBe(
      403,
    )

    const missing = await api('/nosuchsnap1', workshop.tokens.facilitator)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({
      error: expect.stringMatching(/no such snapshot/),
      code: 'snapshotNotFound',
    })
    expect((await api('/nosuchsnap1/restore', workshop.tokens.facilitator, { method: 'POST' })).status).toBe(
      404,
    )
    expect(
      (await api('', workshop.tokens.facilitator, { method: 'POST', body: JSON.stringify({ label: 5 }) }))
        .status,
    ).toBe(400)
  })

  it('answers the latest snapshot (200) instead of storing a copy when nothing changed since', async () => {
    const { participant, workshop, api } = await runningWorkshop()
    const token = workshop.tokens.facilitator
    const take = () => api('', token, { method: 'POST', body: JSON.stringify({ label: 'again' }) })
    const first = await take()
    expect(first.status).toBe(201)
    const { snapshot, unchanged } = (await first.json()) as SnapshotTaken
    expect(unchanged).toBe(false)

    const again = await take()
    expect(again.status).toBe(200)
    expect((await again.json()) as SnapshotTaken).toEqual({ snapshot, unchanged: true })

    // A deletion alone (no insertion) is a change too: the state vectors agree, the delete sets do not.
    deleteCard(participant.doc, readCards(participant.doc)[0]?.id ?? '')
    await waitFor(async () => {
      const list = ((await (await api('', token)).json()) as SnapshotList).snapshots
      const opened = (await (await api(`/${list[0]?.id}`, token)).json()) as OpenedSnapshot
      return opened.changes.totals.removed === 1
    })
    const afterChange = await take()
    expect(afterChange.status).toBe(201)
    expect(((await afterChange.json()) as SnapshotTaken).snapshot.id).not.toBe(snapshot.id)
    const list = ((await (await api('', token)).json()) as SnapshotList).snapshots
    expect(list).toHaveLength(2)
  })

  it(`refuses the ${MANUAL_SNAPSHOTS_LIMIT + 1}st snapshot taken by hand with 409`, async () => {
    const { server, workshop, api } = await runningWorkshop()
    const token = workshop.tokens.facilitator
    for (let index = 0; index < MANUAL_SNAPSHOTS_LIMIT; index += 1) {
      // A change before each, or the snapshot would be the previous one again.
      await server.registry.change(workshopDocumentName(workshop.id), (doc) => {
        workshopDetailsMap(doc).set('place', `Room ${index}`)
      })
      expect((await api('', token, { method: 'POST', body: '{}' })).status).toBe(201)
    }
    await server.registry.change(workshopDocumentName(workshop.id), (doc) => {
      workshopDetailsMap(doc).set('place', 'Room 999')
    })
    const refused = await api('', token, { method: 'POST', body: '{}' })
    expect(refused.status).toBe(409)
    expect(await refused.json()).toEqual({
      error: expect.stringMatching(/already keeps 50 snapshots taken by hand/),
      code: 'snapshotLimit',
    })
    expect(((await (await api('', token)).json()) as SnapshotList).snapshots).toHaveLength(
      MANUAL_SNAPSHOTS_LIMIT,
    )
  })

  it('takes phase-change snapshots one at a time, and one for a burst of quick phase changes', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const workshop = await createWorkshop(server.url, 'Study visit')
    const facilitator = await connectSynced(
      server.url,
      workshopDocumentName(workshop.id),
      workshop.tokens.facilitator,
    )
    const phases = readSession(facilitator.doc).phases
    expect(phases.length).toBeGreaterThan(2)
    const held = deferred()
    store.holdHistorySaves = held.promise
    // Ten phase changes, each committed on its own, while the first snapshot is still being saved.
    let last = phases[0]
    for (let index = 0; index < 10; index += 1) {
      last = phases[index % phases.length]
      setCurrentPhase(facilitator.doc, last?.id ?? null)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await waitFor(() => store.historySavesUnderWay === 1, 5000, 'the first snapshot to be saving')
    held.resolve()
    const listOf = async () => store.listHistorySnapshots(workshop.id)
    await waitFor(async () => (await listOf()).length === 2, 5000, 'the second snapshot')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const snapshots = await listOf()
    // The first change's snapshot, then one for all the others, labelled with the newest phase.
    expect(snapshots).toHaveLength(2)
    expect(snapshots[0]?.label).toBe(last?.name.trim() || last?.kind)
    expect(store.mostHistorySavesAtOnce).toBe(1)
  })

  it('skips a phase-change snapshot, copying nothing, when a snapshot taken meanwhile already holds it', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const workshop = await createWorkshop(server.url, 'Study visit')
    const token = workshop.tokens.facilitator
    const facilitator = await connectSynced(server.url, workshopDocumentName(workshop.id), token)
    const phases = readSession(facilitator.doc).phases
    const held = deferred()
    store.holdHistorySaves = held.promise
    setCurrentPhase(facilitator.doc, phases[0]?.id ?? null)
    await waitFor(() => store.historySavesUnderWay === 1, 5000, 'the first snapshot to be saving')
    // A snapshot by hand is asked for, then the phase changes again: both wait for the first one.
    const manual = fetch(`${server.url}/api/workshops/${workshop.id}/snapshots`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    setCurrentPhase(facilitator.doc, phases[1]?.id ?? null)
    await new Promise((resolve) => setTimeout(resolve, 50))
    held.resolve()
    expect((await manual).status).toBe(201)
    const listsBefore = store.historyLists
    await new Promise((resolve) => setTimeout(resolve, 200))
    // The manual snapshot read the documents after the second change: the phase's turn copies nothing.
    expect(store.historyLists).toBe(listsBefore)
    expect((await store.listHistorySnapshots(workshop.id)).map((snapshot) => snapshot.reason)).toEqual([
      'manual',
      'phaseChange',
    ])
  })
})
