import { describe, expect, it } from 'vitest'
import {
  connectionStatus,
  type DocumentConnection,
  fullDocuments,
  isSyncStep1,
  refusalEffect,
} from '../../client/session/refusals'
import { NOTHING_FULL } from '../../client/store/workshopStore'
import { REFUSAL_REASONS } from '../../shared/refusals'

const connected: DocumentConnection = {
  status: 'connected',
  saveFailed: false,
  tooFast: false,
  damaged: false,
}

describe('what a refusal from the server means on this device', () => {
  it('tells too fast, full and rights apart by the reason the server sends', () => {
    expect(refusalEffect(REFUSAL_REASONS.tooFast)).toEqual({ kind: 'tooFast' })
    expect(refusalEffect(REFUSAL_REASONS.documentFull)).toEqual({ kind: 'full', reason: 'document' })
    expect(refusalEffect(REFUSAL_REASONS.workshopFull)).toEqual({ kind: 'full', reason: 'workshop' })
    expect(refusalEffect(REFUSAL_REASONS.locked)).toEqual({ kind: 'rights' })
    expect(refusalEffect(REFUSAL_REASONS.readOnly)).toEqual({ kind: 'rights' })
    // A reason from a newer server: asking again what this link may do is the safe answer.
    expect(refusalEffect('something new')).toEqual({ kind: 'rights' })
  })

  it('shows "sending shortly" only while connected, below offline and unsaved', () => {
    const tooFast = { ...connected, tooFast: true }
    expect(connectionStatus(true, [connected, connected])).toBe('connected')
    expect(connectionStatus(true, [connected, tooFast])).toBe('tooFast')
    expect(connectionStatus(true, [tooFast, { ...connected, status: 'connecting' }])).toBe('reconnecting')
    expect(connectionStatus(true, [tooFast, { ...connected, saveFailed: true }])).toBe('notSaving')
    expect(connectionStatus(false, [tooFast])).toBe('offline')
  })

  it('puts a damaged server copy above everything but being offline', () => {
    const damaged = { ...connected, status: 'disconnected' as const, damaged: true }
    expect(connectionStatus(true, [connected, damaged])).toBe('damaged')
    expect(connectionStatus(true, [{ ...connected, saveFailed: true }, damaged])).toBe('damaged')
    expect(connectionStatus(false, [damaged])).toBe('offline')
  })

  it('reads a ballot refusal as a question of rights', () => {
    expect(refusalEffect(REFUSAL_REASONS.notYourBallot)).toEqual({ kind: 'rights' })
  })

  it('lists the full boards, and the workshop when its own documents or all of it are full', () => {
    const full = fullDocuments(
      [
        { practiceId: null, full: null },
        { practiceId: 'board0001', full: 'document' },
        { practiceId: 'board0002', full: null },
      ],
      NOTHING_FULL,
    )
    expect(full).toEqual({ boards: new Map([['board0001', 'document']]), workshop: null })
    // Unchanged: the same object, so nothing re-renders.
    expect(fullDocuments([{ practiceId: 'board0001', full: 'document' }], full)).toBe(full)
    expect(
      fullDocuments(
        [
          { practiceId: null, full: 'document' },
          { practiceId: null, full: 'workshop' },
        ],
        full,
      ).workshop,
    ).toBe('workshop')
    expect(fullDocuments([], full)).toEqual(NOTHING_FULL)
    // A practice id from the document is a key like any other, even one every plain object inherits.
    const odd = fullDocuments([{ practiceId: 'constructor', full: 'workshop' }], NOTHING_FULL)
    expect(odd.boards.get('constructor')).toBe('workshop')
    expect(fullDocuments([], odd)).toEqual(NOTHING_FULL)
  })

  it('recognises the server asking for what it lacks (a sync step 1)', () => {
    // [messageSync, step 1, state vector]: the handler sees the payload after the message type.
    expect(isSyncStep1(new Uint8Array([0, 0, 1, 0]), 1)).toBe(true)
    expect(isSyncStep1(new Uint8Array([0, 2, 3, 1, 2, 3]), 1)).toBe(false)
  })
})
