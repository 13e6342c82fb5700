import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { avatarColors, ownAvatarColor } from '../../client/avatarColors'
import { PRESENCE_COLORS } from '../../client/identity'

/** WCAG 2.x contrast ratio of a #rrggbb colour with white. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const value = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  return 1.05 / (luminance + 0.05)
}

const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 24 }), { minLength: min, maxLength: max })

describe('avatar colours of the people in a workshop', () => {
  it('every colour keeps white initials readable (at least 4.5:1)', () => {
    for (const color of PRESENCE_COLORS) expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5)
  })

  it('people present get distinct colours, as long as there are colours enough', () => {
    fc.assert(
      fc.property(ids(1, PRESENCE_COLORS.length), (people) => {
        const colors = avatarColors(people)
        expect(colors.size).toBe(people.length)
        expect(new Set(colors.values()).size).toBe(people.length)
        for (const color of colors.values()) expect(PRESENCE_COLORS).toContain(color)
      }),
    )
  })

  it('a room of twelve, as at the seminar, shows twelve colours (random picks of 8 shared one almost always)', () => {
    const room = Array.from({ length: 12 }, (_, index) => `device-${index}`)
    expect(new Set(avatarColors(room).values()).size).toBe(12)
  })

  it('every device computes the same colours, whatever order it heard of the people in', () => {
    fc.assert(
      fc.property(
        ids(1, 30).chain((people) =>
          fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length })),
        ),
        ([people, shuffled]) => {
          expect(avatarColors(shuffled)).toEqual(avatarColors(people))
        },
      ),
    )
  })

  it('a person keeps their own colour while nobody else prefers it, whoever comes and goes', () => {
    fc.assert(
      fc.property(ids(1, 12), (people) => {
        const preferred = people.map((id) => ownAvatarColor(id))
        const colors = avatarColors(people)
        people.forEach((id, index) => {
          const color = preferred[index]
          if (preferred.filter((other) => other === color).length === 1) expect(colors.get(id)).toBe(color)
        })
      }),
    )
    expect(avatarColors(['ana'])).toEqual(new Map([['ana', ownAvatarColor('ana')]]))
  })

  it('with more people than colours, colours repeat as evenly as they can', () => {
    fc.assert(
      fc.property(ids(PRESENCE_COLORS.length + 1, 60), (people) => {
        const counts = new Map<string, number>()
        for (const color of avatarColors(people).values()) counts.set(color, (counts.get(color) ?? 0) + 1)
        expect(counts.size).toBe(PRESENCE_COLORS.length)
        expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1)
      }),
    )
  })
})
