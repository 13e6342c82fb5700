import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdateDecodes } from '../../server/storage/updateDecodes'
import { addCard, editCardText } from '../../shared/boardOperations'
import { setDots } from '../../shared/voting'

/** A board with every kind of content Yjs writes: maps, text with formats and embeds, arrays, XML, deletions. */
function sampleUpdate(): Uint8Array {
  const doc = new Y.Doc()
  const author = { id: 'author', name: 'Ana', organisation: 'Żyrardów' }
  const ids = Array.from({ length: 12 }, (_, i) =>
    addCard(doc, { lane: 'benefits', text: `Card ${i}: é, 😀`, author }, 1),
  )
  editCardText(doc, ids[0] ?? '', 'changed')
  setDots(doc, { id: 'v1-voter', name: 'Ana', organisation: '' }, ids[1] ?? '', 2)
  doc.getArray('list').insert(0, [1, 'two', { three: [3] }, new Uint8Array([1, 2]), null, true, 2.5])
  const text = doc.getText('text')
  text.insert(0, 'hello')
  text.format(0, 2, { bold: true })
  text.insertEmbed(1, { image: 'x' })
  doc.getXmlFragment('xml').insert(0, [new Y.XmlElement('p'), new Y.XmlText('hi')])
  doc.getMap('cards').delete(ids[2] ?? '')
  return Y.encodeStateAsUpdate(doc)
}

function throws(run: () => void): boolean {
  try {
    run()
    return false
  } catch {
    return true
  }
}

const base = sampleUpdate()

/** The sample with one byte changed or cut, as a damaged disk or a torn copy leaves it. */
const damaged = fc
  .tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean())
  .map(([at, value, cut]) => {
    if (cut) return base.slice(0, at)
    const bytes = base.slice()
    bytes[at] = (bytes[at] ?? 0) ^ value
    return bytes
  })

describe('checkUpdateDecodes', () => {
  it('passes what Yjs writes', () => {
    expect(() => checkUpdateDecodes(base)).not.toThrow()
    expect(() => checkUpdateDecodes(Y.encodeStateAsUpdate(new Y.Doc()))).not.toThrow()
  })

  it('finds every damaged update that does not decode and on which a client throws', () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        if (throws(() => Y.decodeUpdate(bytes)) && throws(() => Y.applyUpdate(new Y.Doc(), bytes))) {
          expect(() => checkUpdateDecodes(bytes)).toThrow()
        }
      }),
      { numRuns: 1000, seed: 11 },
    )
  })

  it('refuses no update a client would take', () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        if (throws(() => checkUpdateDecodes(bytes))) {
          expect(() => Y.applyUpdate(new Y.Doc(), bytes)).toThrow()
        }
      }),
      { numRuns: 1000, seed: 12 },
    )
  })
})
