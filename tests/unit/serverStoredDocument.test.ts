import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkStoredDocument, DamagedDocumentError } from '../../server/storage/documentStore'

function update(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

describe('checkStoredDocument', () => {
  it('passes a snapshot and log rows that decode', () => {
    expect(() =>
      checkStoredDocument('w/boards/p', { snapshot: update('a'), updates: [update('b')], lastSeq: 2 }),
    ).not.toThrow()
  })

  it('names the part that does not decode: a truncated log row', () => {
    const torn = update('a long enough text to be cut in half').subarray(0, 12)
    let error: unknown
    try {
      checkStoredDocument('w/boards/p', { snapshot: update('a'), updates: [update('b'), torn], lastSeq: 3 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DamagedDocumentError)
    expect((error as DamagedDocumentError).part).toBe('log row 2 of 2')
    expect((error as DamagedDocumentError).message).toContain('w/boards/p')
  })

  it('names a snapshot that does not decode', () => {
    expect(() =>
      checkStoredDocument('w', { snapshot: new Uint8Array([255, 255, 255]), updates: [], lastSeq: 1 }),
    ).toThrow(/stored snapshot of w is damaged/)
  })
})
