import { describe, expect, it, vi } from 'vitest'
import type { AccessCheck } from '../../client/session/linkAccess'
import { boardDocumentName, participationDocumentName } from '../../shared/documentNames'
import { CloseCode } from '../../shared/protocol'
import { readPractices } from '../../shared/readers'
import { addPractice } from '../../shared/workshopOperations'
import { installStandInBrowser, serverWithPractice, WORKSHOP, workshopName } from './sessionHarness'
import { afterBackoff, SyncServer } from './syncSocketPair'

/**
 * A whole workshop session against an in-memory server (syncSocketPair.ts): what the store shows (access,
 * the connection badge, the people, undo) after each thing the server can do to one of its documents.
 * The browser around it is a stand-in: a window for online/offline events, navigator.onLine, no storage.
 */

const browser = installStandInBrowser()
const { open, settle } = browser

describe('a workshop session', () => {
  it('opens every document, is ready with the server’s content, and shows this person in the room', async () => {
    const server = new SyncServer()
    const workshop = server.docOf(workshopName)
    addPractice(workshop, { title: 'Huecos Urbanos', organisation: '', description: '' }, 1)
    const session = open(server)
    await settle()
    const state = session.store.getState()
    expect(state.ready).toBe(true)
    expect(state.connection).toBe('connected')
    expect(Object.values(state.practices).map((practice) => practice.title)).toEqual(['Huecos Urbanos'])
    // The practice's board opened beside the workshop's and participation documents.
    const [practiceId = ''] = state.practiceIds
    expect(server.open.map((end) => end.documentName).sort()).toEqual(
      [workshopName, participationDocumentName(WORKSHOP), boardDocumentName(WORKSHOP, practiceId)].sort(),
    )
    expect(state.people.map((person) => person.user.name)).toEqual(['Ana'])
  })

  it('ends access when the link is revoked, and stops syncing every document', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    server.endsOf(workshopName)[0]?.close(CloseCode.linkRevoked)
    expect(session.store.getState().access).toBe('revoked')
    await afterBackoff()
    expect(server.open).toEqual([])
  })

  it('ends access when the facilitator deletes the workshop', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    server.endsOf(workshopName)[0]?.close(CloseCode.workshopDeleted)
    expect(session.store.getState().access).toBe('deleted')
  })

  it('asks the server why when every upgrade is refused, and shows a workshop that is gone', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const checkAccess = vi.fn(async (): Promise<AccessCheck> => ({ state: 'notFound' }))
    const session = open(server, { checkAccess })
    for (const end of server.ends) end.refuseUpgrade()
    await afterBackoff()
    for (const end of server.ends) end.refuseUpgrade()
    await settle()
    expect(checkAccess).toHaveBeenCalledTimes(1)
    expect(session.store.getState().access).toBe('notFound')
  })

  it('carries on when the server says the link still works after an unexplained final close', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    server.endsOf(workshopName)[0]?.close(4499)
    await settle()
    expect(session.store.getState().access).toBe('granted')
    expect(server.endsOf(workshopName).filter((end) => end.state === 'open')).toHaveLength(1)
  })

  it('says a board’s stored copy is damaged, and that changes are not saved after a failed save', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    const [practiceId = ''] = session.store.getState().practiceIds
    server.endsOf(boardDocumentName(WORKSHOP, practiceId))[0]?.close(CloseCode.documentDamaged)
    expect(session.store.getState().connection).toBe('damaged')
    expect(session.store.getState().boards[practiceId]?.ready).toBe(true)

    const other = new SyncServer()
    const saving = open(other)
    await settle()
    other.endsOf(workshopName)[0]?.close(CloseCode.internalError)
    await afterBackoff()
    expect(saving.store.getState().connection).toBe('notSaving')
  })

  it('goes offline with the browser and sends what was written meanwhile when back online', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    browser.navigator.onLine = false
    browser.window.dispatchEvent(new Event('offline'))
    expect(session.store.getState().connection).toBe('offline')
    expect(server.open).toEqual([])
    const id = session.addPractice({ title: 'Written offline', organisation: '', description: '' })
    expect(id).not.toBeNull()
    browser.navigator.onLine = true
    browser.window.dispatchEvent(new Event('online'))
    await settle()
    expect(session.store.getState().connection).toBe('connected')
    expect(readPractices(server.docOf(workshopName)).map((practice) => practice.title)).toEqual([
      'Huecos Urbanos',
      'Written offline',
    ])
  })

  it('opens the board of the page at once, and lets it go if the server has no such practice', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const session = open(server, { practiceId: 'NoSuchPract1', checkAccess: undefined })
    const board = boardDocumentName(WORKSHOP, 'NoSuchPract1')
    expect(server.endsOf(board)).toHaveLength(1)
    for (const end of server.ends) end.accept()
    await settle()
    expect(session.store.getState().boards).toEqual({})
    expect(server.endsOf(board)[0]?.state).toBe('closed')
  })

  it('undoes this person’s change only, never a partner’s', async () => {
    const { server } = serverWithPractice()
    const session = open(server)
    await settle()
    session.addPractice({ title: 'Mine', organisation: '', description: '' })
    const workshop = server.docOf(workshopName)
    addPractice(workshop, { title: 'A partner’s', organisation: '', description: '' }, 2)
    expect(session.store.getState().workshopUndo.canUndo).toBe(true)
    session.undo({ kind: 'workshop' })
    expect(readPractices(workshop).map((practice) => practice.title)).toEqual([
      'Huecos Urbanos',
      'A partner’s',
    ])
    expect(session.store.getState().workshopUndo).toEqual({ canUndo: false, canRedo: true })
  })

  it('lets an observer change nothing, and shows no presence of theirs', async () => {
    const { server } = serverWithPractice()
    const session = open(server, { role: 'observer' })
    await settle()
    expect(session.addPractice({ title: 'Not allowed', organisation: '', description: '' })).toBeNull()
    expect(readPractices(server.docOf(workshopName))).toHaveLength(1)
    expect(session.store.getState().people).toEqual([])
  })
})
