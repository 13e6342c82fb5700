import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyTextChange } from '../../shared/textDiff'

function textOf(initial: string) {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  text.insert(0, initial)
  return { doc, text }
}

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

describe('applyTextChange', () => {
  it.each([
    ['', 'hello'],
    ['hello', ''],
    ['hello world', 'hello brave world'],
    ['abcabc', 'abc'],
    ['Żyrardów', 'Żyrardów 🏠'],
    ['line one\nline two', 'line one\nline 2'],
  ])('turns %j into %j', (before, after) => {
    const { text } = textOf(before)
    applyTextChange(text, after)
    expect(text.toString()).toBe(after)
  })

  it('keeps a collaborator’s concurrent edit of another part of the text', () => {
    const alice = textOf('community gardens')
    const bob = new Y.Doc()
    sync(alice.doc, bob)
    applyTextChange(alice.text, 'Community gardens')
    applyTextChange(bob.getText('t'), 'community gardens run by citizens')
    sync(alice.doc, bob)
    sync(bob, alice.doc)
    expect(alice.text.toString()).toBe('Community gardens run by citizens')
    expect(bob.getText('t').toString()).toBe(alice.text.toString())
  })
})
