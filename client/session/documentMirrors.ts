import * as Y from 'yjs'
import { readInterest } from '../../shared/interest'
import { ownValue, withEntry } from '../../shared/ownKeys'
import {
  readCard,
  readGroupRecord,
  readPractice,
  readWorkshop,
  readWorkshopOrigin,
} from '../../shared/readers'
import {
  cardsMap,
  groupsMap,
  interestMap,
  practicesMap,
  type WorkshopOrigin,
  workshopDetailsMap,
} from '../../shared/schema'
import { mirrorGroupRecords } from '../store/boardGroups'
import type { BoardView } from '../store/boardView'
import { mirrorInterest } from '../store/mappingSlice'
import { mirrorCards, mirrorDetails, mirrorPractices, type WorkshopState } from '../store/workshopStore'
import { changedKeys } from './changedKeys'

/**
 * The documents as the store shows them: each observer reads what a transaction changed and writes it
 * into the store, keeping every unchanged object as it was (so components that read it do not render
 * again). The store never writes back. Each function returns what stops it.
 */

export type SetWorkshopState = (
  update: (state: WorkshopState) => WorkshopState | Partial<WorkshopState>,
) => void

/** The records an observeDeep batch changed, read again: null for one deleted. */
function readChanged<T, Entry>(
  root: Y.Map<Entry>,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  read: (id: string, map: Y.Map<unknown>) => T,
): Map<string, T | null> {
  const changed = new Map<string, T | null>()
  for (const id of changedKeys(root, events)) {
    const map = root.get(id)
    changed.set(id, map instanceof Y.Map ? read(id, map) : null)
  }
  return changed
}

/** `changed` runs after each change is mirrored (readiness depends on content). */
export function mirrorWorkshopDocument(
  doc: Y.Doc,
  setState: SetWorkshopState,
  changed: { details(): void; practices(): void },
): () => void {
  const details = workshopDetailsMap(doc)
  const practices = practicesMap(doc)
  const onDetails = () => {
    const { title, date, place, createdAt } = readWorkshop(doc)
    setState((state) => {
      const next = mirrorDetails(state.details, { title, date, place, createdAt })
      return next === state.details ? state : { details: next }
    })
    changed.details()
  }
  const onPractices = (events: readonly Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changedPractices = readChanged(practices, events, readPractice)
    setState((state) => mirrorPractices(state, changedPractices))
    changed.practices()
  }
  details.observeDeep(onDetails)
  practices.observeDeep(onPractices)
  return () => {
    details.unobserveDeep(onDetails)
    practices.unobserveDeep(onPractices)
  }
}

/** Mirrors a board's cards and groups into its view in the store (opened with EMPTY_BOARD). */
export function mirrorBoardDocument(
  practiceId: string,
  doc: Y.Doc,
  setState: SetWorkshopState,
  changed: () => void,
): () => void {
  const cards = cardsMap(doc)
  const groups = groupsMap(doc)
  const onCards = (events: readonly Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changedCards = readChanged(cards, events, readCard)
    updateBoard(setState, practiceId, (view) => mirrorCards(view, changedCards))
    changed()
  }
  const onGroups = (events: readonly Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changedGroups = readChanged(groups, events, readGroupRecord)
    updateBoard(setState, practiceId, (view) => mirrorGroupRecords(view, changedGroups))
  }
  cards.observeDeep(onCards)
  groups.observeDeep(onGroups)
  return () => {
    cards.unobserveDeep(onCards)
    groups.unobserveDeep(onGroups)
  }
}

/** Mirrors the transfer-interest matrix of the participation document. */
export function mirrorParticipationDocument(
  doc: Y.Doc,
  setState: SetWorkshopState,
  changed: () => void,
): () => void {
  const interest = interestMap(doc)
  const onInterest = () => {
    const next = readInterest(doc)
    setState((state) => {
      const mirrored = mirrorInterest(state.interest, next)
      return mirrored === state.interest ? state : { interest: mirrored }
    })
    changed()
  }
  interest.observeDeep(onInterest)
  return () => interest.unobserveDeep(onInterest)
}

/** Changes one board's view, if the store has it (a board closed meanwhile has none). */
export function updateBoard(
  setState: SetWorkshopState,
  practiceId: string,
  update: (view: BoardView) => BoardView,
): void {
  setState((state) => {
    const view = ownValue(state.boards, practiceId)
    if (!view) return state
    const next = update(view)
    return next === view ? state : { boards: withEntry(state.boards, practiceId, next) }
  })
}

/**
 * The workshop a follow-up continues: set once, so kept apart from the store's details, for
 * useSyncExternalStore (the same object until it changes).
 */
export class OriginMirror {
  private value: WorkshopOrigin | null = null
  private readonly listeners = new Set<() => void>()

  readonly get = (): WorkshopOrigin | null => this.value

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  read(doc: Y.Doc): void {
    const next = readWorkshopOrigin(doc)
    if (JSON.stringify(next) === JSON.stringify(this.value)) return
    this.value = next
    for (const listener of this.listeners) listener()
  }
}
