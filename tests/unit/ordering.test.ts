import { describe, expect, it } from 'vitest'
import { compareOrdered, orderKeyAt, orderKeyBetween, sortOrdered } from '../../shared/ordering'

describe('fractional order keys', () => {
  it('places a key strictly between its neighbours', () => {
    const a = orderKeyBetween(null, null)
    const b = orderKeyBetween(a, null)
    const middle = orderKeyBetween(a, b)
    expect(a < middle && middle < b).toBe(true)
  })

  it('inserts at any index of a sorted list and keeps it sorted', () => {
    const items = [{ id: 'x', order: orderKeyBetween(null, null) }]
    for (let round = 0; round < 200; round++) {
      const index = (round * 7) % (items.length + 1)
      items.splice(index, 0, { id: `n${round}`, order: orderKeyAt(items, index) })
      expect(sortOrdered(items).map((item) => item.id)).toEqual(items.map((item) => item.id))
    }
  })

  it('breaks ties between equal keys by id, the same way on every client', () => {
    const b = { id: 'b', order: 'a0' }
    const a = { id: 'a', order: 'a0' }
    expect(sortOrdered([b, a]).map((item) => item.id)).toEqual(['a', 'b'])
    expect(compareOrdered(b, a)).toBeGreaterThan(0)
  })

  it('inserts next to a tie without asking for a key between two equal keys', () => {
    const siblings = sortOrdered([
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a0' },
      { id: 'c', order: 'a2' },
    ])
    const key = orderKeyAt(siblings, 1)
    expect(key > 'a0' && key < 'a2').toBe(true)
  })

  it('survives malformed keys written by a misbehaving client', () => {
    expect(() => orderKeyBetween('not a key!', null)).not.toThrow()
    expect(() => orderKeyAt([{ id: 'a', order: '' }], 1)).not.toThrow()
  })
})
