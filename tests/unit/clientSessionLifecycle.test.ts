import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AccessCheck } from '../../client/session/linkAccess'
import type { OpenLocalCopy } from '../../client/session/syncedDocument'
import { boardDocumentName, participationDocumentName } from '../../shared/documentNames'
import { CloseCode } from '../../shared/protocol'
import { cardsMap } from '../../shared/schema'
import { addPhase, setCurrentPhase, setPracticeLocked } from '../../shared/sessionOperations'
import { addPractice } from '../../shared/workshopOperations'
import { ana, installStandInBrowser, serverWithPractice, WORKSHOP, workshopName } from './sessionHarness'
import { SyncServer } from './syncSocketPair'

/**
 * What the session split into parts (issue 13) must keep doing, where only e2e looked before, and mostly
 * could not: the IndexedDB names a device's copies and drafts are kept under, a refused change sent again
 * once the board opens, a facilitator replacing their own link, private drafts revealed, a board let go
 * entirely, presence hidden with the page, no "Reconnecting…" flash, and nothing left listening once
 * the session is destroyed. The stand-in browser is sessionHarness.ts, as for clientSession.test.ts.
 */

const persistence = vi.hoisted(() => ({ opened: [] as string[], destroyed: [] as string[] }))

// The browser's IndexedDB copy, reduced to its name: what a device finds again on its next visit, and
// what forgetWorkshopOnThisDevice (lifecycleApi.ts) deletes.
vi.mock('y-indexeddb', () => ({
  IndexeddbPersistence: class {
    readonly name: string
    readonly whenSynced = Promise.resolve()
    constructor(name: string) {
      this.name = name
      persistence.opened.push(name)
    }
    destroy(): Promise<void> {
      persistence.destroyed.push(this.name)
      return Promise.resolve()
    }
  },
}))

const browser = installStandInBrowser()
const { open, settle } = browser

beforeEach(() => {
  persistence.opened.length = 0
  persistence.destroyed.length = 0
})

/** A local copy that holds nothing and records the names it was opened under. */
function recordingCopy(names: string[]): OpenLocalCopy {
  return (name) => {
    names.push(name)
    return { whenSynced: Promise.resolve(), destroy: () => undefined }
  }
}

describe('a workshop session kept on this device', () => {
  it('keeps its documents and this person’s drafts under the IndexedDB names a device finds again', async () => {
    const { server, practiceId } = serverWithPractice()
    open(server, { openLocalCopy: undefined })
    await settle()
    expect([...persistence.opened].sort()).toEqual(
      [
        `practicemap:${workshopName}`,
        `practicemap:${participationDocumentName(WORKSHOP)}`,
        `practicemap:${boardDocumentName(WORKSHOP, practiceId)}`,
        `practicemap:drafts:${WORKSHOP}:${ana.id}`,
      ].sort(),
    )
    browser.destroyAll()
    expect([...persistence.destroyed].sort()).toEqual([...persistence.opened].sort())
  })

  it('keeps no drafts on an observer’s device', async () => {
    const { server } = serverWithPractice()
    const names: string[] = []
    open(server, { role: 'observer', openLocalCopy: recordingCopy(names) })
    await settle()
    expect(names).toHaveLength(3)
    expect(names.some((name) => name.startsWith('drafts:'))).toBe(false)
  })
})

describe('a workshop session: refusals and the link', () => {
  it('sends a refused board change again once the board it saw locked is open again, not before', async () => {
    const { server, practiceId } = serverWithPractice()
    const session = open(server, { role: 'participant' })
    await settle()
    const boardName = boardDocumentName(WORKSHOP, practiceId)
    // The board was locked a moment before this device heard of it: the server refuses the change.
    server.endsOf(boardName)[0]?.refuseChange('locked')
    await settle()
    setPracticeLocked(server.docOf(workshopName), practiceId, true)
    await settle()
    expect(session.canWrite('board', practiceId)).toBe(false)
    expect(server.endsOf(boardName)).toHaveLength(1)
    setPracticeLocked(server.docOf(workshopName), practiceId, false)
    await settle()
    // A new connection: the server asks for everything it lacks, the refused change included.
    expect(server.endsOf(boardName).map((end) => end.state)).toEqual(['closed', 'open'])
  })

  it('keeps access while this facilitator replaces their own link, then asks the server', async () => {
    const { server } = serverWithPractice()
    let answer: AccessCheck = { state: 'granted', role: 'facilitator' }
    const session = open(server, { checkAccess: async () => answer })
    await settle()
    const replaced = session.replaceOwnLink()
    server.endsOf(workshopName)[0]?.close(CloseCode.linkRevoked)
    await settle()
    expect(session.store.getState().access).toBe('granted')
    // The replacement failed and the old link no longer works after all.
    answer = { state: 'revoked' }
    replaced()
    await settle()
    expect(session.store.getState().access).toBe('revoked')
  })
})

describe('a workshop session: drafts, boards, presence', () => {
  it('keeps a participant’s card as a draft during private writing and reveals it when the phase ends', async () => {
    const { server, practiceId } = serverWithPractice()
    const workshop = server.docOf(workshopName)
    setCurrentPhase(
      workshop,
      addPhase(workshop, 'Silent writing', { privateWriting: true, voting: false, locked: false }),
    )
    const session = open(server, { role: 'participant', openLocalCopy: recordingCopy([]) })
    await settle()
    expect(session.addCard(practiceId, 'keyAspects', 'A quiet thought')).not.toBeNull()
    const board = server.docOf(boardDocumentName(WORKSHOP, practiceId))
    expect(cardsMap(board).size).toBe(0)
    expect(session.facilitation.store.getState().drafts).toHaveLength(1)
    setCurrentPhase(workshop, null)
    await settle()
    expect(cardsMap(board).size).toBe(1)
    expect(session.facilitation.store.getState().drafts).toEqual([])
  })

  it('lets a removed practice’s board go entirely: its connection, its view, its votes', async () => {
    const { server, practiceId } = serverWithPractice()
    const session = open(server)
    await settle()
    expect(Object.keys(session.facilitation.store.getState().voteBoards)).toEqual([practiceId])
    session.removePractice(practiceId)
    await settle()
    expect(server.endsOf(boardDocumentName(WORKSHOP, practiceId)).map((end) => end.state)).toEqual(['closed'])
    expect(session.store.getState().boards).toEqual({})
    expect(session.store.getState().boardUndo).toEqual({})
    expect(session.facilitation.store.getState().voteBoards).toEqual({})
  })

  it('leaves the room when the page is hidden and comes back when it is shown again', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    browser.window.dispatchEvent(new Event('pagehide'))
    expect(session.store.getState().people).toEqual([])
    session.setEditingCard('someCard')
    expect(session.store.getState().people).toEqual([])
    const shown = Object.assign(new Event('pageshow'), { persisted: true })
    browser.window.dispatchEvent(shown)
    expect(session.store.getState().people.map((person) => person.editingCardId)).toEqual(['someCard'])
  })

  it('does not flash “Reconnecting…” while a new practice’s board connects', async () => {
    const server = new SyncServer()
    const session = open(server)
    await settle()
    server.autoAccept = false
    session.addPractice({ title: 'New', organisation: '', description: '' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(session.store.getState().connection).toBe('connected')
    server.latest.accept()
    await vi.advanceTimersByTimeAsync(2000)
    expect(session.store.getState().connection).toBe('connected')
  })

  it('changes nothing once destroyed, whatever the documents and the browser do next', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    session.destroy()
    const left = session.store.getState()
    const facilitationLeft = session.facilitation.store.getState()
    addPractice(server.docOf(workshopName), { title: 'Later', organisation: '', description: '' }, 2)
    browser.window.dispatchEvent(new Event('offline'))
    browser.window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(20_000)
    expect(session.store.getState()).toBe(left)
    expect(session.facilitation.store.getState()).toBe(facilitationLeft)
    expect(server.open).toEqual([])
  })
})
