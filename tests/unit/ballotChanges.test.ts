import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ballotsChangedBy } from '../../shared/ballotChanges'
import { addCard, editCardText } from '../../shared/boardOperations'
import { votesMap } from '../../shared/schema'
import { clearVotes, setDots } from '../../shared/voting'

/** The server's copy of a board and the copies of two people, kept in step by hand. */
function board() {
  const server = new Y.Doc()
  const ana = new Y.Doc()
  const ben = new Y.Doc()
  return { server, ana, ben }
}

/** What `doc` sends for one change: the update of the transaction that `change` makes. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let captured: Uint8Array | null = null
  const listener = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update
  }
  doc.on('update', listener)
  change()
  doc.off('update', listener)
  if (!captured) throw new Error('the change changed nothing')
  return captured
}

/** Brings `to` up to date with `from`, as a sync does. */
function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

const ANA = { id: 'v1-AnaAnaAnaAnaAnaAnaAnaAna', name: 'Ana', organisation: 'Żyrardów' }
const BEN = { id: 'v1-BenBenBenBenBenBenBenBen', name: 'Ben', organisation: 'Brașov' }

describe('ballotsChangedBy', () => {
  it('finds a new ballot and every later dot under its voter id', () => {
    const { server, ana } = board()
    const first = updateOf(ana, () => setDots(ana, ANA, 'card1', 1))
    expect(ballotsChangedBy(server, first)).toEqual({ ballots: new Set([ANA.id]), unresolved: false })
    Y.applyUpdate(server, first)
    // The next dot is placed next to values the server has: found through the document.
    const second = updateOf(ana, () => setDots(ana, ANA, 'card1', 2))
    expect(ballotsChangedBy(server, second)).toEqual({ ballots: new Set([ANA.id]), unresolved: false })
    const removed = updateOf(ana, () => setDots(ana, ANA, 'card1', 0))
    Y.applyUpdate(server, second)
    expect(ballotsChangedBy(server, removed)).toEqual({ ballots: new Set([ANA.id]), unresolved: false })
  })

  it('finds a change to someone else’s ballot: a dot moved, the dots replaced, the ballot deleted', () => {
    const { server, ana, ben } = board()
    Y.applyUpdate(
      server,
      updateOf(ana, () => setDots(ana, ANA, 'card1', 2)),
    )
    sync(server, ben)
    const foreignDots = votesMap(ben).get(ANA.id)?.get('dots')
    if (!(foreignDots instanceof Y.Map)) throw new Error('no dots')
    const moved = updateOf(ben, () =>
      ben.transact(() => {
        foreignDots.delete('card1')
        foreignDots.set('card2', 2)
      }),
    )
    expect(ballotsChangedBy(server, moved)).toEqual({ ballots: new Set([ANA.id]), unresolved: false })
    const replaced = updateOf(ben, () => votesMap(ben).get(ANA.id)?.set('dots', new Y.Map()))
    expect(ballotsChangedBy(server, replaced).ballots).toEqual(new Set([ANA.id]))
    const deleted = updateOf(ben, () => votesMap(ben).delete(ANA.id))
    expect(ballotsChangedBy(server, deleted).ballots).toEqual(new Set([ANA.id]))
    // Ben's own vote in the same update is found beside it (on a fresh copy: his attempts above stay his).
    const again = new Y.Doc()
    sync(server, again)
    const both = updateOf(again, () =>
      again.transact(() => {
        setDots(again, BEN, 'card3', 1)
        votesMap(again).delete(ANA.id)
      }),
    )
    expect(ballotsChangedBy(server, both).ballots).toEqual(new Set([ANA.id, BEN.id]))
  })

  it('finds a ballot written under someone else’s key before they ever voted', () => {
    const { server, ben } = board()
    const forged = updateOf(ben, () => setDots(ben, ANA, 'card1', 3))
    expect(ballotsChangedBy(server, forged).ballots).toEqual(new Set([ANA.id]))
  })

  it('finds no ballot in cards: adding, editing and moving them, even typed letter by letter', () => {
    const { server, ana } = board()
    const added = updateOf(ana, () => {
      addCard(ana, { id: 'card000001', lane: 'benefits', text: 'Gardens', author: ANA }, 1)
    })
    expect(ballotsChangedBy(server, added)).toEqual({ ballots: new Set(), unresolved: false })
    Y.applyUpdate(server, added)
    const typed = updateOf(ana, () => {
      for (let i = 1; i <= 300; i++) editCardText(ana, 'card000001', `Gardens ${'x'.repeat(i)}`)
    })
    expect(ballotsChangedBy(server, typed)).toEqual({ ballots: new Set(), unresolved: false })
  })

  it('lets a whole sync through that restates deletions the server already has (a facilitator’s clear)', () => {
    const { server, ana, ben } = board()
    Y.applyUpdate(
      server,
      updateOf(ana, () => setDots(ana, ANA, 'card1', 2)),
    )
    sync(server, ben)
    Y.applyUpdate(
      server,
      updateOf(server, () => clearVotes(server)),
    )
    sync(server, ben)
    // Ben's sync step 2 after an offline moment: his own new work, and his whole delete set.
    setDots(ben, BEN, 'card1', 1)
    const step2 = Y.encodeStateAsUpdate(ben, Y.encodeStateVector(server))
    expect(ballotsChangedBy(server, step2)).toEqual({ ballots: new Set([BEN.id]), unresolved: false })
  })

  it('lets through what the sender made and deleted before sending (collected already)', () => {
    const { server, ana } = board()
    addCard(ana, { id: 'card000002', lane: 'benefits', text: 'Short-lived', author: ANA }, 1)
    ana.transact(() => ana.getMap('cards').delete('card000002'))
    const step2 = Y.encodeStateAsUpdate(ana, Y.encodeStateVector(server))
    expect(ballotsChangedBy(server, step2)).toEqual({ ballots: new Set(), unresolved: false })
  })

  it('cannot place an item next to one the server does not have yet: unresolved', () => {
    const { server, ana, ben } = board()
    Y.applyUpdate(
      server,
      updateOf(ana, () => setDots(ana, ANA, 'card1', 1)),
    )
    sync(server, ben)
    // Ana's next dot exists only on her device; Ben forges an item beside it, to land in her ballot later.
    const pendingOwn = updateOf(ana, () => setDots(ana, ANA, 'card1', 2))
    sync(ana, ben)
    const beside = updateOf(ben, () => setDots(ben, ANA, 'card1', 3))
    expect(ballotsChangedBy(server, beside).unresolved).toBe(true)
    // With the item it depends on in the same update, it is placed.
    const whole = Y.mergeUpdates([pendingOwn, beside])
    expect(ballotsChangedBy(server, whole)).toEqual({ ballots: new Set([ANA.id]), unresolved: false })
  })

  it('cannot place a deletion of what the server does not have yet: unresolved', () => {
    const { server, ana } = board()
    Y.applyUpdate(
      server,
      updateOf(ana, () => setDots(ana, ANA, 'card1', 1)),
    )
    // A delete set for clocks Ana has not used yet: it would delete her next change on arrival.
    const deleteAhead = encodeDeleteOnly(ana.clientID, Y.getState(ana.store, ana.clientID) + 1, 10)
    expect(ballotsChangedBy(server, deleteAhead).unresolved).toBe(true)
  })
})

/** An update with no structs and a delete set of `len` clocks of `client` from `clock` (Yjs update v1). */
function encodeDeleteOnly(client: number, clock: number, len: number): Uint8Array {
  const bytes: number[] = []
  const varUint = (value: number) => {
    let rest = value
    while (rest > 0x7f) {
      bytes.push(0x80 | (rest & 0x7f))
      rest = Math.floor(rest / 128)
    }
    bytes.push(rest)
  }
  varUint(0) // no structs
  varUint(1) // one client in the delete set
  varUint(client)
  varUint(1) // one range
  varUint(clock)
  varUint(len)
  return new Uint8Array(bytes)
}
