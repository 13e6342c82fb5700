import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppliedRows } from '../../server/appliedRows'

describe('AppliedRows', () => {
  it('with rows numbered across documents, takes the highest as the contiguous end', () => {
    const rows = new AppliedRows(false)
    rows.addEverythingUpTo(10)
    expect(rows.add(14)).toBe(false)
    expect(rows.contiguous).toBe(14)
    expect(rows.hasGap).toBe(false)
  })

  it('with rows numbered per document, stops at the first missing row and reports the gap', () => {
    const rows = new AppliedRows(true)
    rows.addEverythingUpTo(5)
    expect(rows.add(6)).toBe(false)
    expect(rows.add(8)).toBe(true)
    expect(rows.contiguous).toBe(6)
    expect(rows.has(8)).toBe(true)
    expect(rows.has(7)).toBe(false)
    expect(rows.add(7)).toBe(false)
    expect(rows.contiguous).toBe(8)
    expect(rows.hasGap).toBe(false)
    expect(rows.add(3)).toBe(false)
    expect(rows.contiguous).toBe(8)
  })

  it('takes a catch-up from storage as holding every row up to its end, and keeps rows beyond it', () => {
    const rows = new AppliedRows(true)
    rows.add(1)
    rows.add(4)
    rows.add(9)
    rows.addEverythingUpTo(5)
    expect(rows.contiguous).toBe(5)
    expect(rows.has(9)).toBe(true)
    rows.addEverythingUpTo(8)
    expect(rows.contiguous).toBe(9)
  })

  it('ends, whatever the order rows arrive in, with every row and no gap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((count) =>
          fc.shuffledSubarray(
            Array.from({ length: count }, (_, index) => index + 1),
            { minLength: count, maxLength: count },
          ),
        ),
        (order) => {
          const rows = new AppliedRows(true)
          for (const seq of order) rows.add(seq)
          expect(rows.contiguous).toBe(order.length)
          expect(rows.hasGap).toBe(false)
        },
      ),
    )
  })
})
