import { describe, expect, it } from 'vitest'
import {
  FIT_STEPS,
  FLOOR_STEP,
  firstFittingStep,
  fittingStepFrom,
  hiddenCards,
  itemCap,
  leadingItemsInside,
  READABLE_FLOOR,
  wallUnit,
} from '../../client/session/projectorFit'
import { facilitatorBoard, followFacilitatorMove } from '../../client/session/projectorFollow'
import type { Peer } from '../../client/store/presence'
import type { Summon } from '../../shared/schema'

describe('projector mode: fitting a lane on the wall', () => {
  it('starts large, takes a second column only for small type, and never goes below the floor', () => {
    expect(FIT_STEPS[0]?.cardSize).toBeGreaterThanOrEqual(28)
    for (const [index, step] of FIT_STEPS.entries()) {
      const before = FIT_STEPS[index - 1]
      expect(step.cardSize).toBeGreaterThanOrEqual(READABLE_FLOOR)
      // Each step holds more than the one before: smaller type, or as large in more columns.
      if (before) {
        expect(step.cardSize < before.cardSize || step.columns > before.columns).toBe(true)
        expect(step.cardSize).toBeLessThanOrEqual(before.cardSize)
      }
      if (step.columns > 1) expect(step.cardSize).toBeLessThan(28)
    }
    expect(FIT_STEPS[FLOOR_STEP]?.cardSize).toBe(READABLE_FLOOR)
  })

  it('uses the largest step that fits, and none when even the floor is too large', () => {
    expect(firstFittingStep(() => true)).toBe(0)
    expect(firstFittingStep((step) => step.cardSize <= 28)).toBe(3)
    expect(firstFittingStep((step) => step.columns === 2)).toBe(6)
    expect(firstFittingStep(() => false)).toBeNull()
  })

  it('finds the same step from the lane’s current one, trying as few as it can', () => {
    for (let capacity = 0; capacity <= FIT_STEPS.length; capacity++) {
      // A lane whose cards fit from step `capacity` on (capacity = FIT_STEPS.length: never).
      const fits = (step: (typeof FIT_STEPS)[number]) => FIT_STEPS.indexOf(step) >= capacity
      for (let current = 0; current < FIT_STEPS.length; current++) {
        const tried: number[] = []
        const found = fittingStepFrom(current, (step) => {
          tried.push(FIT_STEPS.indexOf(step))
          return fits(step)
        })
        expect(found, `capacity ${capacity}, from ${current}`).toBe(firstFittingStep(fits))
        expect(tried.length).toBeLessThanOrEqual(Math.abs(capacity - current) + 2)
      }
    }
  })

  it('scales with the screen: 1 at 1920×1080, the same layout smaller on a 1280×800 projector', () => {
    expect(wallUnit(1920, 1080)).toBe(1)
    expect(wallUnit(1280, 800)).toBeCloseTo(2 / 3)
    expect(wallUnit(3840, 2160)).toBe(2)
    // A tall window: the width decides.
    expect(wallUnit(1080, 1920)).toBeCloseTo(1080 / 1920)
  })

  it('draws a few more items than a lane could ever hold, so that what is not drawn is only counted', () => {
    // A 1080p lane box is about 880 px high; at the floor a one-line card takes 55 px: 16 a column.
    const cap = itemCap(880, 1)
    expect(cap).toBeGreaterThanOrEqual(2 * Math.floor(880 / 55) + 1)
    expect(cap).toBeLessThan(60)
    // The same lane on a smaller screen holds as many items.
    expect(itemCap(880 * (2 / 3), 2 / 3)).toBe(cap)
    expect(itemCap(0, 1)).toBe(1)
    expect(itemCap(880, 0)).toBe(1)
  })

  it('counts the items shown whole, in reading order, stopping at the first that is cut', () => {
    const box = { left: 0, top: 0, right: 400, bottom: 600 }
    const at = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom })
    expect(leadingItemsInside([], box)).toBe(0)
    expect(leadingItemsInside([at(0, 0, 400, 200), at(0, 210, 400, 600.3)], box)).toBe(2)
    // The second is cut at the bottom: the third, in the next column, is not counted either.
    expect(leadingItemsInside([at(0, 0, 190, 300), at(0, 310, 190, 650), at(210, 0, 400, 100)], box)).toBe(1)
    // An overflow column to the right of the box.
    expect(leadingItemsInside([at(0, 0, 190, 590), at(410, 0, 600, 100)], box)).toBe(1)
  })

  it('says how many cards are not shown, a group counting all of its cards', () => {
    expect(hiddenCards([1, 3, 1, 2], 2)).toBe(3)
    expect(hiddenCards([1, 3, 1, 2], 4)).toBe(0)
    expect(hiddenCards([1, 3], 0)).toBe(4)
  })
})

function peer(overrides: Partial<Peer> & Pick<Peer, 'clientId' | 'userId'>): Peer {
  return {
    isSelf: false,
    name: overrides.userId,
    organisation: '',
    role: 'participant',
    practiceId: null,
    ready: null,
    handRaisedAt: null,
    drafts: {},
    ...overrides,
  }
}

describe('projector mode: following the facilitator', () => {
  const summon: Summon = { id: 's1', practiceId: 'boardB', at: 1_000_000 }

  it('finds the board a facilitator is on, counting out this tab only', () => {
    const fran = peer({ clientId: 1, userId: 'fran', role: 'facilitator', practiceId: 'boardA' })
    const paula = peer({ clientId: 2, userId: 'paula', practiceId: 'boardC' })
    expect(facilitatorBoard([fran, paula], null)).toBe('boardA')
    // Fran's projector window is Fran too: it follows her other window, and never itself.
    const franProjector = { ...fran, clientId: 3, isSelf: true, practiceId: 'boardZ' }
    expect(facilitatorBoard([fran, franProjector, paula], null)).toBe('boardA')
    expect(facilitatorBoard([franProjector, paula], null)).toBeNull()
    // A participant's board never leads; a facilitator on the practice list is on no board.
    expect(facilitatorBoard([{ ...fran, practiceId: null }, paula], summon)).toBeNull()
  })

  it('with several facilitators on boards, picks the one the last summon named, else the first by id', () => {
    const fran = peer({ clientId: 1, userId: 'fran', role: 'facilitator', practiceId: 'boardC' })
    const co = peer({ clientId: 2, userId: 'co', role: 'facilitator', practiceId: 'boardB' })
    expect(facilitatorBoard([fran, co], summon)).toBe('boardB')
    expect(facilitatorBoard([fran, co], { ...summon, practiceId: 'boardX' })).toBe('boardB')
    expect(facilitatorBoard([fran, { ...co, practiceId: 'boardD' }], null)).toBe('boardC')
  })

  it('moves when the facilitator’s board changes, once, and stays when they leave the boards', () => {
    expect(followFacilitatorMove({ before: 'boardA', now: 'boardB', shown: 'boardA' })).toBe('boardB')
    expect(followFacilitatorMove({ before: null, now: 'boardB', shown: 'boardA' })).toBe('boardB')
    // No change: a projector opened on another board stays there.
    expect(followFacilitatorMove({ before: 'boardA', now: 'boardA', shown: 'boardC' })).toBeNull()
    // Already there.
    expect(followFacilitatorMove({ before: 'boardA', now: 'boardB', shown: 'boardB' })).toBeNull()
    // To the practice list or the overview: the wall keeps its board.
    expect(followFacilitatorMove({ before: 'boardA', now: null, shown: 'boardA' })).toBeNull()
  })
})
