import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changedSpan, excerpt, mergeText } from '../../client/text'
import { addCard, editCardText } from '../../shared/boardOperations'
import { readBoard } from '../../shared/readers'

describe('excerpt', () => {
  it('puts a card on one line and cuts it with an ellipsis', () => {
    expect(excerpt('  Right to a flat\n\nin exchange  ')).toBe('Right to a flat in exchange')
    expect(excerpt('abcdefghij', 5)).toBe('abcd…')
    expect(excerpt('abcde', 5)).toBe('abcde')
    expect(excerpt('')).toBe('')
  })
})

describe('changedSpan', () => {
  it('finds the one span that differs', () => {
    expect(changedSpan('same', 'same')).toBeNull()
    expect(changedSpan('hello world', 'hello brave world')).toEqual({ start: 6, end: 6, insert: 'brave ' })
    expect(changedSpan('the cat sat', 'the dog sat')).toEqual({ start: 4, end: 7, insert: 'dog' })
    expect(changedSpan('abc', '')).toEqual({ start: 0, end: 3, insert: '' })
  })

  it('never splits a character made of two UTF-16 units', () => {
    // 😀 and 😁 share their first unit; 😀 and 🈀 share their second.
    expect(changedSpan('a😀', 'a😁')).toEqual({ start: 1, end: 3, insert: '😁' })
    expect(changedSpan('😀', '🈀')).toEqual({ start: 0, end: 2, insert: '🈀' })
  })
})

describe('mergeText', () => {
  it('keeps the other person’s text when I changed nothing (closing the editor never reverts them)', () => {
    expect(mergeText('Fewer flats', 'Fewer flats', 'Fewer empty flats')).toBe('Fewer empty flats')
  })

  it('takes my change when nobody else changed the card', () => {
    expect(mergeText('Fewer flats', 'Fewer empty flats', 'Fewer flats')).toBe('Fewer empty flats')
  })

  it('keeps both changes when they touch different parts', () => {
    const base = 'Map vacant flats. Contact the owners.'
    const mine = 'Map all vacant flats. Contact the owners.'
    const theirs = 'Map vacant flats. Contact the owners by letter.'
    expect(mergeText(base, mine, theirs)).toBe('Map all vacant flats. Contact the owners by letter.')
    expect(mergeText(base, theirs, mine)).toBe('Map all vacant flats. Contact the owners by letter.')
  })

  it('does not double a change both people made', () => {
    expect(mergeText('abc', 'abXc', 'abXc')).toBe('abXc')
    expect(mergeText('one two', 'one 2', 'one 2')).toBe('one 2')
  })

  it('keeps both insertions when the changes overlap, as Yjs does', () => {
    expect(mergeText('abc', 'aXc', 'aYc')).toBe('aXYc')
    expect(mergeText('abc', 'aYc', 'aXc')).toBe('aYXc')
    // Both appended at the end.
    expect(mergeText('Plan', 'Plan A', 'Plan B')).toBe('Plan A B')
  })

  it('keeps my whole edit when someone else deleted the text around it', () => {
    expect(mergeText('keep this', 'keep this and more', '')).toBe(' and more')
  })

  it('merges random disjoint edits exactly like applying both', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 300; round++) {
      const base = Array.from({ length: 20 + random(20) }, () => 'abcdefgh '[random(9)]).join('')
      const cut = 5 + random(base.length - 10)
      // Mine changes the part before `cut`, theirs the part after, neither touching the character at `cut`.
      const a = random(cut)
      const b = a + random(cut - a)
      const c = cut + 1 + random(base.length - cut - 1)
      const d = c + random(base.length - c)
      const mine = base.slice(0, a) + 'MINE'.slice(0, random(5)) + base.slice(b)
      const theirs = base.slice(0, c) + 'THEIRS'.slice(0, random(7)) + base.slice(d)
      const expected = mine.slice(0, mine.length - (base.length - c)) + theirs.slice(c)
      expect(mergeText(base, mine, theirs)).toBe(expected)
    }
  })

  it('saved through the shared operation, keeps a collaborator’s concurrent edit on both replicas', () => {
    const author = { id: 'ana', name: 'Ana', organisation: '' }
    const ana = new Y.Doc()
    const juan = new Y.Doc()
    const id = addCard(ana, { lane: 'benefits', text: 'Fewer empty flats', author }, 1)
    Y.applyUpdate(juan, Y.encodeStateAsUpdate(ana))

    // Ana opens the editor; meanwhile Juan's edit arrives; then Ana saves hers.
    const base = 'Fewer empty flats'
    editCardText(juan, id, 'Fewer empty flats in the centre')
    Y.applyUpdate(ana, Y.encodeStateAsUpdate(juan, Y.encodeStateVector(ana)))
    const current = readBoard(ana).lanes.benefits[0]?.text ?? ''
    editCardText(ana, id, mergeText(base, 'Far fewer empty flats', current))
    Y.applyUpdate(juan, Y.encodeStateAsUpdate(ana, Y.encodeStateVector(juan)))

    for (const doc of [ana, juan]) {
      expect(readBoard(doc).lanes.benefits[0]?.text).toBe('Far fewer empty flats in the centre')
    }
  })
})
