import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import { newId } from './ids'
import { orderKeyAt } from './ordering'
import type { TransactionOrigin } from './origins'
import { readPractices } from './readers'
import {
  LIMITS,
  type PracticeFields,
  practicesMap,
  SCHEMA_VERSION,
  typed,
  type WorkshopDetails,
  workshopDetailsMap,
} from './schema'
import { addDefaultPhases } from './sessionOperations'

/**
 * Domain operations on a workshop document. Each runs in one Yjs transaction, so a remote peer sees the
 * whole change or none of it and an undo step reverts it as one. `origin` marks the transaction, which lets
 * an UndoManager track only its own user's changes.
 */

export interface PracticeInput {
  title: string
  organisation: string
  description: string
}

/** What a person typed for a title, name, place or description: trimmed, cut, without bidi controls (see bidi.ts). */
export function clean(value: string, maxLength: number): string {
  return withoutBidiControls(value).trim().slice(0, maxLength)
}

function cleanDetails(details: Partial<WorkshopDetails>): Partial<WorkshopDetails> {
  const cleaned: Partial<WorkshopDetails> = {}
  if (details.title !== undefined) cleaned.title = clean(details.title, LIMITS.title)
  if (details.date !== undefined) cleaned.date = clean(details.date, 10)
  if (details.place !== undefined) cleaned.place = clean(details.place, LIMITS.place)
  return cleaned
}

/** A new workshop: its details and the default agenda of phases. */
export function initWorkshop(
  doc: Y.Doc,
  details: WorkshopDetails,
  now: number,
  origin?: TransactionOrigin,
): void {
  doc.transact(() => {
    const map = workshopDetailsMap(doc)
    map.set('schemaVersion', SCHEMA_VERSION)
    map.set('createdAt', now)
    for (const [key, value] of Object.entries(cleanDetails(details))) map.set(key, value)
    addDefaultPhases(doc)
  }, origin)
}

export function updateWorkshopDetails(
  doc: Y.Doc,
  details: Partial<WorkshopDetails>,
  origin?: TransactionOrigin,
): void {
  doc.transact(() => {
    const map = workshopDetailsMap(doc)
    for (const [key, value] of Object.entries(cleanDetails(details))) {
      if (map.get(key) !== value) map.set(key, value)
    }
  }, origin)
}

/** Adds a practice at the end of the list and returns its id. */
export function addPractice(
  doc: Y.Doc,
  input: PracticeInput,
  now: number,
  origin?: TransactionOrigin,
): string {
  const id = newId()
  doc.transact(() => {
    const existing = readPractices(doc)
    const practice = typed<PracticeFields>(new Y.Map())
    practice.set('title', clean(input.title, LIMITS.title))
    practice.set('organisation', clean(input.organisation, LIMITS.organisation))
    practice.set('description', clean(input.description, LIMITS.description))
    practice.set('order', orderKeyAt(existing, existing.length))
    practice.set('createdAt', now)
    practicesMap(doc).set(id, practice.map)
  }, origin)
  return id
}

export function updatePractice(
  doc: Y.Doc,
  id: string,
  patch: Partial<PracticeInput>,
  origin?: TransactionOrigin,
): boolean {
  const map: unknown = practicesMap(doc).get(id)
  if (!(map instanceof Y.Map)) return false
  doc.transact(() => {
    const practice = typed<PracticeFields>(map)
    if (patch.title !== undefined) practice.set('title', clean(patch.title, LIMITS.title))
    if (patch.organisation !== undefined) {
      practice.set('organisation', clean(patch.organisation, LIMITS.organisation))
    }
    if (patch.description !== undefined) {
      practice.set('description', clean(patch.description, LIMITS.description))
    }
  }, origin)
  return true
}

/** Moves a practice to `index` in the list (counted without the practice itself). */
export function movePractice(doc: Y.Doc, id: string, index: number, origin?: TransactionOrigin): boolean {
  const map: unknown = practicesMap(doc).get(id)
  if (!(map instanceof Y.Map)) return false
  doc.transact(() => {
    const others = readPractices(doc).filter((practice) => practice.id !== id)
    typed<PracticeFields>(map).set('order', orderKeyAt(others, index))
  }, origin)
  return true
}

/** Removes the practice from the workshop. Its board document stays in storage, so an undo restores it whole. */
export function removePractice(doc: Y.Doc, id: string, origin?: TransactionOrigin): boolean {
  const practices = practicesMap(doc)
  if (!practices.has(id)) return false
  doc.transact(() => practices.delete(id), origin)
  return true
}
