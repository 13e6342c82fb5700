import { describe, expect, it } from 'vitest'
import { boardImageFilename, boardImageInput } from '../../client/boardImage/boardImage'
import {
  type BoardImageInput,
  type BoardImageLayout,
  CARD_SETTINGS,
  font,
  type ImageCard,
  type ImageItem,
  layoutBoardImage,
  type Measure,
  SLIDE,
  wrapText,
} from '../../client/boardImage/layout'
import { buildReport } from '../../shared/report'
import type { CardColor } from '../../shared/schema'
import { fixtureWorkshop, LONG_TEXT } from './reportFixture'

/**
 * A stand-in for canvas measureText: every grapheme is half the font size wide. Remembered per text and
 * font, as a pure function may be: a crowded lane's cards share a 1,900-character text, which the layout
 * measures word by word for every setting it tries, and segmenting each of those again took 20–37 s.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const measured = new Map<string, number>()
const measure: Measure = (text, fontSpec) => {
  const key = `${fontSpec}\u0000${text}`
  const known = measured.get(key)
  if (known !== undefined) return known
  const size = Number(/(\d+)px/.exec(fontSpec)?.[1] ?? 16)
  const width = [...segmenter.segment(text)].length * size * 0.5
  measured.set(key, width)
  return width
}
const FONT = font(20) // 10 px a grapheme

const LABELS = { noCards: 'No cards', more: (count: number) => `+ ${count} more cards` }

function card(text: string, votes = 0, color: CardColor = 'yellow'): ImageCard {
  return { text, votes, color }
}

/** Cards on their own, or a group when the lane's function returns one. */
function input(
  cardsPerLane: (lane: number) => (ImageCard | ImageItem)[],
  title = 'Urban gardens',
): BoardImageInput {
  return {
    title,
    organisation: 'Las Palmas de Gran Canaria',
    subtitle: 'IMPETUS, 10 April 2024',
    lanes: (['keyAspects', 'stakeholders', 'benefits', 'transferSteps'] as const).map((lane, index) => ({
      lane,
      title: lane,
      items: cardsPerLane(index).map(
        (item): ImageItem => ('kind' in item ? item : { kind: 'card', card: item }),
      ),
    })),
    labels: LABELS,
  }
}

function group(title: string, votes: number, cards: ImageCard[]): ImageItem {
  return { kind: 'group', group: { title, votes, cards } }
}

function inside(box: { x: number; y: number; width: number; height: number }, outer: typeof box): boolean {
  return (
    box.x >= outer.x &&
    box.y >= outer.y &&
    box.x + box.width <= outer.x + outer.width + 0.001 &&
    box.y + box.height <= outer.y + outer.height + 0.001
  )
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Every card and every line of text lies on the slide, within its lane, and no two cards overlap. */
function expectTidy(layout: BoardImageLayout) {
  const slide = { x: 0, y: 0, width: layout.width, height: layout.height }
  for (const lane of layout.lanes) {
    expect(inside(lane, slide)).toBe(true)
    for (const box of lane.cards) {
      expect(inside(box, lane)).toBe(true)
      for (const line of box.lines) expect(measure(line.text, line.font)).toBeLessThanOrEqual(box.width - 28)
    }
    for (const [index, a] of lane.cards.entries())
      for (const b of lane.cards.slice(index + 1)) expect(overlaps(a, b)).toBe(false)
    if (lane.more) expect(lane.more.y + 30).toBeLessThanOrEqual(lane.y + lane.height)
  }
}

describe('wrapping card text', () => {
  it('breaks at spaces, keeps the writer’s line breaks, and never exceeds the width', () => {
    expect(wrapText('one two three four', 90, FONT, measure)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('first\nsecond line', 200, FONT, measure)).toEqual(['first', 'second line'])
    expect(wrapText('\n\n  \nspaced\n\n', 200, FONT, measure)).toEqual(['spaced'])
  })

  it('breaks a word too long for a line between graphemes, keeping emoji and accented letters whole', () => {
    expect(wrapText('abcdefghij', 40, FONT, measure)).toEqual(['abcd', 'efgh', 'ij'])
    const farmers = '👩‍🌾👩‍🌾👩‍🌾👩‍🌾👩‍🌾'
    const lines = wrapText(farmers, 20, FONT, measure)
    expect(lines).toEqual(['👩‍🌾👩‍🌾', '👩‍🌾👩‍🌾', '👩‍🌾'])
    // "ś" written as s + combining acute stays one letter.
    const decomposed = 'Os\u0301rodek'
    expect(wrapText(decomposed, 30, FONT, measure).join('')).toBe(decomposed)
    expect(wrapText(decomposed, 30, FONT, measure)[0]).toBe('Os\u0301r')
  })

  it('cuts after the last line allowed with an ellipsis that still fits', () => {
    const lines = wrapText(LONG_TEXT, 200, FONT, measure, 3)
    expect(lines).toHaveLength(3)
    expect(lines[2]?.endsWith('…')).toBe(true)
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(200)
    expect(wrapText('short', 200, FONT, measure, 3)).toEqual(['short'])
  })

  it('leaves hostile text as the characters typed', () => {
    const hostile = '<script>alert(1)</script> =HYPERLINK("http://x") [x](javascript:alert(1)) **bold**'
    expect(wrapText(hostile, 10_000, FONT, measure)).toEqual([hostile])
    expect(wrapText(hostile, 150, FONT, measure).join('').replaceAll(' ', '')).toBe(
      hostile.replaceAll(' ', ''),
    )
  })
})

describe('the board slide layout', () => {
  it('is 1920×1080 and gives a few cards the largest type, one column per lane', () => {
    const layout = layoutBoardImage(
      input((lane) =>
        lane === 3 ? [] : [card('Environmental education', 3), card('Promotes good practices')],
      ),
      measure,
    )
    expect([layout.width, layout.height]).toEqual([SLIDE.width, SLIDE.height])
    expect(layout.cardFontSize).toBe(CARD_SETTINGS[0]?.fontSize)
    expect(layout.columns).toBe(1)
    expect(layout.lanes.map((lane) => lane.header.title.text)).toEqual([
      'keyAspects',
      'stakeholders',
      'benefits',
      'transferSteps',
    ])
    expect(layout.lanes.map((lane) => lane.header.count.text)).toEqual(['2', '2', '2', '0'])
    expect(layout.title.map((line) => line.text)).toEqual(['Urban gardens'])
    expect(layout.organisation?.text).toBe('Las Palmas de Gran Canaria · IMPETUS, 10 April 2024')
    expectTidy(layout)
  })

  it('shows a vote badge only on cards with votes', () => {
    const layout = layoutBoardImage(
      input(() => [card('Voted', 4, 'green'), card('Not voted', 0, 'pink')]),
      measure,
    )
    const [voted, plain] = layout.lanes[0]?.cards ?? []
    expect(voted?.votes?.text).toBe('● 4')
    expect(voted?.color).toBe('green')
    expect(plain?.votes).toBeNull()
    expect(voted && inside(voted.votes ?? voted, voted)).toBe(true)
    expect(layout.lanes[0]?.groups).toEqual([])
  })

  it('frames a group’s cards, with its title and its votes once, at the top of the frame', () => {
    const layout = layoutBoardImage(
      input((lane) =>
        lane === 1
          ? [
              group('Institutions', 2, [card('City council', 0, 'blue'), card('School', 0, 'green')]),
              card('Alone', 2),
            ]
          : [],
      ),
      measure,
    )
    const lane = layout.lanes[1]
    expect(lane?.header.count.text).toBe('3')
    const [frame] = lane?.groups ?? []
    expect(frame?.title.text).toBe('Institutions')
    expect(frame?.votes?.text).toBe('● 2')
    const [council, school, alone] = lane?.cards ?? []
    // Both of its cards lie inside the frame, below its title and badge; the loose card outside it.
    for (const member of [council, school]) {
      expect(member && frame && inside(member, frame)).toBe(true)
      expect((member?.y ?? 0) > (frame?.votes?.y ?? 0) + (frame?.votes?.height ?? 0)).toBe(true)
      expect(member?.votes).toBeNull()
    }
    expect(alone && frame && overlaps(alone, frame)).toBe(false)
    expect(frame?.votes && frame && inside(frame.votes, frame)).toBe(true)
    // The badges of the lane: the group's once and the loose card's, 4 in all for 4 dots.
    const badges = [...(lane?.groups ?? []), ...(lane?.cards ?? [])].flatMap((box) =>
      box.votes ? [box.votes] : [],
    )
    expect(badges.map((badge) => badge.text)).toEqual(['● 2', '● 2'])
    expectTidy(layout)
  })

  it('says so in an empty lane', () => {
    const layout = layoutBoardImage(
      input((lane) => (lane === 1 ? [] : [card('x')])),
      measure,
    )
    expect(layout.lanes[1]?.cards).toEqual([])
    expect(layout.lanes[1]?.empty?.text).toBe('No cards')
    expect(layout.lanes[0]?.empty).toBeNull()
  })

  it('makes the type smaller and adds a column as cards pile up, and still shows every card', () => {
    const many = (count: number) => () =>
      Array.from({ length: count }, (_, index) => card(`Card number ${index + 1} with a few words`))
    const some = layoutBoardImage(input(many(8)), measure)
    const lots = layoutBoardImage(input(many(16)), measure)
    expect(some.cardFontSize).toBeLessThan(CARD_SETTINGS[0]?.fontSize ?? 0)
    expect(lots.cardFontSize).toBeLessThan(some.cardFontSize)
    expect(lots.columns).toBe(2)
    for (const layout of [some, lots]) {
      expectTidy(layout)
      for (const lane of layout.lanes) expect(lane.more).toBeNull()
    }
    expect(lots.lanes[0]?.cards).toHaveLength(16)
  })

  it('ends a lane that cannot hold its cards with “+ N more”, counting every card left out', () => {
    const layout = layoutBoardImage(
      input((lane) =>
        Array.from({ length: lane === 2 ? 150 : 2 }, (_, index) => card(`${LONG_TEXT} ${index}`)),
      ),
      measure,
    )
    const crowded = layout.lanes[2]
    const shown = crowded?.cards.length ?? 0
    expect(shown).toBeGreaterThan(0)
    expect(crowded?.more?.text).toBe(`+ ${150 - shown} more cards`)
    expect(layout.lanes[0]?.more).toBeNull()
    expectTidy(layout)
    // A long card is cut, not allowed to run off: its last line ends with "…".
    expect(crowded?.cards[0]?.lines.at(-1)?.text.endsWith('…')).toBe(true)
  })

  it('cuts a very long practice title after two lines', () => {
    const layout = layoutBoardImage(
      input(() => [], 'Zażółć gęślą jaźń '.repeat(30)),
      measure,
    )
    expect(layout.title).toHaveLength(2)
    expect(layout.title[1]?.text.endsWith('…')).toBe(true)
    for (const line of layout.title)
      expect(measure(line.text, line.font)).toBeLessThanOrEqual(SLIDE.width - 112)
  })
})

describe('the board image of a practice in the report', () => {
  const sources = fixtureWorkshop()
  const report = buildReport(sources)
  const labels = {
    untitledPractice: 'Untitled practice',
    lanes: {
      keyAspects: 'Key aspects',
      stakeholders: 'Stakeholders',
      benefits: 'Benefits',
      transferSteps: 'Transfer steps',
    },
    untitledGroup: 'Untitled group',
    noCards: 'No cards',
    more: LABELS.more,
  }

  it('takes the practice’s cards in the report’s order, with votes, colours and group titles', () => {
    const image = boardImageInput(report, sources.ids.p1, 'Transfer, 20 November 2026', labels)
    expect(image?.title).toBe('Energía comunitaria 🌞')
    expect(image?.organisation).toBe('Cabildo de Gran Canaria')
    expect(image?.lanes.map((lane) => lane.title)).toEqual(Object.values(labels.lanes))
    const keyAspects = (image?.lanes[0]?.items ?? []).flatMap((item) =>
      item.kind === 'card' ? [item.card] : [],
    )
    expect(keyAspects.map((item) => [item.text.slice(0, 12), item.votes])).toEqual([
      ['Współpraca z', 3],
      ['=HYPERLINK("', 1],
      ['Participació', 0],
    ])
    expect(keyAspects[1]?.color).toBe('pink')
    expect(image?.lanes[1]?.items).toEqual([
      {
        kind: 'group',
        group: {
          title: 'Instituții / Instituciones',
          votes: 1,
          cards: [
            { text: 'Universitatea Transilvania', color: 'yellow', votes: 0 },
            { text: 'Ayuntamiento', color: 'yellow', votes: 0 },
          ],
        },
      },
    ])
    expect(boardImageInput(report, 'no-such-practice', '', labels)).toBeNull()
  })

  it('names the file after the workshop and the practice, in ASCII', () => {
    expect(boardImageFilename('Transfer: Żyrardów — Brașov', 'Energía comunitaria 🌞')).toBe(
      'Transfer Zyrardow Brasov-Energia comunitaria.png',
    )
    expect(boardImageFilename('Łódź 2026', 'Gardens (“Huecos Urbanos”)')).toBe(
      'Lodz 2026-Gardens Huecos Urbanos.png',
    )
    expect(boardImageFilename('', '🌞')).toBe('workshop-practice.png')
    // A right-to-left override would show "abc\u202Egnp.exe" as "abcexe.png": it is dropped, not spaced.
    expect(boardImageFilename('abc\u202Egnp.exe', 'Gardens\u2066\u200F')).toBe('abcgnp.exe-Gardens.png')
  })
})
