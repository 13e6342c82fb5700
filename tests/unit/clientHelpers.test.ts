import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  addCardDraftKey,
  cardEditDraftKey,
  cardIdOfEditDraftKey,
  newPracticeDraftKey,
  orphanedEdits,
  parseEditDraft,
  parsePracticeDraft,
  readDraftText,
  readEditDraft,
  readPracticeDraft,
  writeDraftText,
  writeEditDraft,
  writePracticeDraft,
} from '../../client/drafts'
import { changedFields } from '../../client/forms'
import { initials } from '../../client/identity'
import { isSaveKey } from '../../client/keys'
import { changedKeys } from '../../client/session/changedKeys'
import { storedValue } from '../../client/storage'
import { comparePeople, distinctPeople, readPerson, samePeople } from '../../client/store/presence'
import { addCard, deleteCard, editCardText, moveCard } from '../../shared/boardOperations'
import { cardsMap } from '../../shared/schema'

describe('isSaveKey', () => {
  it('saves on a plain Enter only', () => {
    expect(isSaveKey({ key: 'Enter', shiftKey: false, nativeEvent: { isComposing: false } })).toBe(true)
    expect(isSaveKey({ key: 'Enter', shiftKey: false })).toBe(true)
    expect(isSaveKey({ key: 'Enter', shiftKey: true })).toBe(false)
    expect(isSaveKey({ key: 'a', shiftKey: false })).toBe(false)
    expect(isSaveKey({ key: 'Escape', shiftKey: false })).toBe(false)
  })

  it('never saves on the Enter that confirms a word in an input method', () => {
    expect(isSaveKey({ key: 'Enter', shiftKey: false, nativeEvent: { isComposing: true } })).toBe(false)
    // Safari ends the composition before this keydown but still reports keyCode 229.
    expect(
      isSaveKey({ key: 'Enter', shiftKey: false, keyCode: 229, nativeEvent: { isComposing: false } }),
    ).toBe(false)
    expect(isSaveKey({ key: 'Enter', shiftKey: false, keyCode: 13 })).toBe(true)
  })
})

describe('drafts', () => {
  const store = new Map<string, string>()

  beforeEach(() => {
    store.clear()
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('keys drafts by practice and lane, or practice and card, apart from each other', () => {
    expect(addCardDraftKey('p1', 'benefits')).toBe('practicemap:draft:p1:benefits')
    expect(cardEditDraftKey('p1', 'c1')).toBe('practicemap:edit:p1:c1')
    expect(new Set([addCardDraftKey('p1', 'c1'), cardEditDraftKey('p1', 'c1')]).size).toBe(2)
  })

  it('keeps a new card’s text until it is emptied', () => {
    writeDraftText('k', 'half a thought')
    expect(readDraftText('k')).toBe('half a thought')
    writeDraftText('k', '')
    expect(store.has('k')).toBe(false)
    expect(readDraftText('k')).toBe('')
  })

  it('keeps an open edit with the text it started from, and forgets one that changes nothing', () => {
    writeEditDraft('e', { base: 'Fewer flats', text: 'Fewer empty flats' })
    expect(readEditDraft('e')).toEqual({ base: 'Fewer flats', text: 'Fewer empty flats' })
    writeEditDraft('e', { base: 'Fewer flats', text: 'Fewer flats' })
    expect(readEditDraft('e')).toBeNull()
    writeEditDraft('e', { base: 'a', text: 'b' })
    writeEditDraft('e', null)
    expect(store.has('e')).toBe(false)
  })

  it('reads a damaged edit draft as none', () => {
    for (const raw of [null, '', 'not json', '42', '{"base":1,"text":"x"}', '{"text":"x"}', 'null']) {
      expect(parseEditDraft(raw)).toBeNull()
    }
    expect(parseEditDraft('{"base":"","text":"new"}')).toEqual({ base: '', text: 'new' })
  })

  it('keeps the card’s lane with an edit, and reads drafts written without one', () => {
    writeEditDraft('e', { base: 'a', text: 'b', lane: 'benefits' })
    expect(readEditDraft('e')).toEqual({ base: 'a', text: 'b', lane: 'benefits' })
    expect(parseEditDraft('{"base":"a","text":"b","lane":3}')).toEqual({ base: 'a', text: 'b' })
  })

  it('finds the kept edits of this board’s cards that are gone', () => {
    expect(cardIdOfEditDraftKey(cardEditDraftKey('p1', 'c1'), 'p1')).toBe('c1')
    expect(cardIdOfEditDraftKey(cardEditDraftKey('p1', 'c1'), 'p2')).toBeNull()
    expect(cardIdOfEditDraftKey('practicemap:edit:p1:', 'p1')).toBeNull()
    expect(cardIdOfEditDraftKey(addCardDraftKey('p1', 'benefits'), 'p1')).toBeNull()

    const drafts = new Map([
      [cardEditDraftKey('p1', 'kept'), { base: 'a', text: 'still here' }],
      [cardEditDraftKey('p1', 'gone'), { base: 'a', text: 'my words', lane: 'benefits' }],
      [cardEditDraftKey('p1', 'blank'), { base: 'a', text: '   ' }],
      [cardEditDraftKey('p2', 'other'), { base: 'a', text: 'another board' }],
    ])
    const keys = [...drafts.keys(), 'practicemap:identity', addCardDraftKey('p1', 'benefits')]
    const found = orphanedEdits(keys, 'p1', new Set(['kept']), (key) => drafts.get(key) ?? null)
    expect(found).toEqual([
      {
        key: cardEditDraftKey('p1', 'gone'),
        cardId: 'gone',
        draft: { base: 'a', text: 'my words', lane: 'benefits' },
      },
    ])
  })

  it('keeps a new practice’s fields per workshop until they are all empty', () => {
    const key = newPracticeDraftKey('w1')
    expect(key).not.toBe(newPracticeDraftKey('w2'))
    writePracticeDraft(key, { title: 'Gardens', organisation: '', description: 'Plots for neighbours' })
    expect(readPracticeDraft(key)).toEqual({
      title: 'Gardens',
      organisation: '',
      description: 'Plots for neighbours',
    })
    writePracticeDraft(key, { title: '', organisation: '', description: '' })
    expect(store.has(key)).toBe(false)
    expect(readPracticeDraft(key)).toBeNull()
    expect(parsePracticeDraft('{"title":5,"description":"x"}')).toEqual({
      title: '',
      organisation: '',
      description: 'x',
    })
    expect(parsePracticeDraft('nope')).toBeNull()
  })

  it('lives without storage: nothing throws', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    })
    expect(() => writeEditDraft('e', { base: 'a', text: 'b' })).not.toThrow()
    expect(readEditDraft('e')).toBeNull()
    expect(readDraftText('k')).toBe('')
  })
})

describe('changedFields', () => {
  it('keeps only what the form’s user changed', () => {
    const base = { title: 'Gardens', organisation: 'Las Palmas', description: '' }
    expect(changedFields(base, { ...base })).toEqual({})
    expect(changedFields(base, { ...base, description: 'Plots for neighbours' })).toEqual({
      description: 'Plots for neighbours',
    })
    expect(changedFields(base, { title: 'Urban gardens', organisation: '', description: '' })).toEqual({
      title: 'Urban gardens',
      organisation: '',
    })
  })
})

describe('initials', () => {
  it.each([
    ['Ana Kowalska', 'AK'],
    ['ana maria kowalska', 'AK'],
    ['  Juan  ', 'J'],
    ['Łukasz Żak', 'ŁŻ'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})

describe('presence', () => {
  const state = (user: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ user, ...extra })

  it('reads a well-formed state and caps what could be huge', () => {
    const person = readPerson(
      7,
      state(
        { id: 'u1', name: `  ${'N'.repeat(200)} `, organisation: 'O'.repeat(500), color: '#1f5f8b' },
        { practiceId: 'p1', editingCardId: 'c1' },
      ),
      false,
    )
    expect(person?.user.name).toHaveLength(80)
    expect(person?.user.organisation).toHaveLength(120)
    expect(person).toMatchObject({ clientId: 7, isSelf: false, practiceId: 'p1', editingCardId: 'c1' })
    expect(person?.user.color).toBe('#1f5f8b')
  })

  it('shows no one for an observer’s presence: the server marks it with the role of its link', () => {
    const projector = state({ id: 'p1', name: 'Projector' }, { role: 'observer' })
    expect(readPerson(9, projector, false)).toBeNull()
    expect(readPerson(9, { ...projector, role: 'participant' }, false)?.user.name).toBe('Projector')
  })

  it('ignores states without a usable user and defaults what is malformed', () => {
    expect(readPerson(1, null, false)).toBeNull()
    expect(readPerson(1, {}, false)).toBeNull()
    expect(readPerson(1, state({ id: 'u1', name: '   ' }), false)).toBeNull()
    expect(readPerson(1, state({ id: 5, name: 'Ana' }), false)).toBeNull()
    const odd = readPerson(
      1,
      state({ id: 'u1', name: 'Ana', color: 'red; x' }, { practiceId: 3, editingCardId: '' }),
      true,
    )
    expect(odd).toMatchObject({ practiceId: null, editingCardId: null, isSelf: true })
    expect(odd?.user.color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('sorts this tab first, then by name; lists someone with two tabs once, preferring this tab', () => {
    const make = (clientId: number, id: string, name: string, isSelf = false) =>
      readPerson(clientId, state({ id, name }), isSelf) ?? expect.unreachable()
    const people = [
      make(3, 'u2', 'Zofia'),
      make(2, 'u1', 'Ana'),
      make(9, 'me', 'Me', true),
      make(4, 'me', 'Me'),
    ]
    people.sort(comparePeople)
    expect(people.map((person) => person.clientId)).toEqual([9, 2, 4, 3])
    const distinct = distinctPeople([make(4, 'me', 'Me'), make(9, 'me', 'Me', true), make(2, 'u1', 'Ana')])
    expect(distinct.map((person) => person.clientId)).toEqual([9, 2])
    expect(samePeople(people, [...people])).toBe(true)
    expect(samePeople(people, people.slice(1))).toBe(false)
    expect(samePeople([make(2, 'u1', 'Ana')], [make(2, 'u1', 'Anna')])).toBe(false)
  })
})

describe('changedKeys', () => {
  it('names each card an observeDeep batch touched, however deep the change', () => {
    const doc = new Y.Doc()
    const cards = cardsMap(doc)
    const batches: string[][] = []
    cards.observeDeep((events) => batches.push([...changedKeys(cards, events)].sort()))
    const author = { id: 'a', name: 'Ana', organisation: '' }
    const one = addCard(doc, { lane: 'keyAspects', text: 'One', author }, 1)
    const two = addCard(doc, { lane: 'keyAspects', text: 'Two', author }, 1)
    editCardText(doc, one, 'One!')
    moveCard(doc, two, 'benefits', 0)
    doc.transact(() => {
      editCardText(doc, one, 'One!!')
      deleteCard(doc, two)
    })
    expect(batches).toEqual([[one], [two], [one], [two], [one, two].sort()])
  })
})

describe('storedValue', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('returns the same object until the stored text changes', () => {
    const store = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
    })
    const value = storedValue('k', (raw) => (Array.isArray(raw) ? raw : []))
    const first = value.get()
    expect(value.get()).toBe(first)
    value.set(['a'])
    expect(value.get()).toEqual(['a'])
    expect(value.get()).toBe(value.get())
    store.set('k', 'not json')
    expect(value.get()).toEqual([])
  })

  it('keeps a value for the page when storage refuses it', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    })
    const value = storedValue('identity', (raw) => (typeof raw === 'string' ? raw : null))
    value.set('Ana')
    expect(value.get()).toBe('Ana')
  })
})
