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
  it('throws as Yjs does on a string that is not UTF-8, wherever it is: a value, a key, a text, a nested key', () => {
    const makers: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getMap('m').set('key', 'caf\u00e9'),
      (doc) => doc.getMap('m').set('caf\u00e9', 1),
      (doc) => doc.getText('t').insert(0, 'caf\u00e9'),
      (doc) => doc.getArray('a').insert(0, [{ nested: { 'caf\u00e9': [true] } }]),
    ]
    for (const make of makers) {
      const doc = new Y.Doc()
      make(doc)
      const update = Y.encodeStateAsUpdate(doc)
      expect(() => checkUpdateDecodes(update)).not.toThrow()
      // é is C3 A9 in UTF-8; FF A9 is no UTF-8 at all.
      const at = update.findIndex((byte, i) => byte === 0xc3 && update[i + 1] === 0xa9)
      expect(at).toBeGreaterThan(0)
      const broken = update.slice()
      broken[at] = 0xff
      expect(() => Y.applyUpdate(new Y.Doc(), broken)).toThrow()
      expect(() => checkUpdateDecodes(broken)).toThrow()
    }
  })

  it('throws as Yjs does on a value of no known type', () => {
    const doc = new Y.Doc()
    doc.getArray('a').insert(0, [true])
    const update = Y.encodeStateAsUpdate(doc)
    // true is written as the type byte 120, the last byte before the empty delete set.
    const at = update.lastIndexOf(120)
    const broken = update.slice()
    broken[at] = 100
    expect(() => Y.applyUpdate(new Y.Doc(), broken)).toThrow()
    expect(() => checkUpdateDecodes(broken)).toThrow()
  })

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
