import type { InterestMatrix } from '../../shared/interest'
import type { InterestEntry } from '../../shared/schema'

/**
 * The store's slice for mapping a workshop as a whole: the transfer-interest matrix, mirrored from the
 * participation document. Like the rest of the store it is written only by the session's observers,
 * through the pure functions here, which keep every unchanged object.
 */
export interface MappingSlice {
  /** Who wants to adapt which practice (the participation document), as `readInterest` reads it. */
  interest: InterestMatrix
  /** False until the participation document is loaded from this device or the server. */
  interestReady: boolean
}

export const EMPTY_INTEREST: InterestMatrix = { organisations: [], cells: new Map() }

export function initialMappingSlice(): MappingSlice {
  return { interest: EMPTY_INTEREST, interestReady: false }
}

function sameEntry(a: InterestEntry, b: InterestEntry): boolean {
  return (
    a.organisation === b.organisation &&
    a.practiceId === b.practiceId &&
    a.level === b.level &&
    a.note === b.note &&
    a.updatedBy.id === b.updatedBy.id &&
    a.updatedBy.name === b.updatedBy.name &&
    a.updatedAt === b.updatedAt
  )
}

/** The matrix as re-read, reusing the previous cells and organisation list where they are equal. */
export function mirrorInterest(previous: InterestMatrix, next: InterestMatrix): InterestMatrix {
  const cells = new Map<string, InterestEntry>()
  let cellsChanged = previous.cells.size !== next.cells.size
  for (const [key, entry] of next.cells) {
    const old = previous.cells.get(key)
    if (old && sameEntry(old, entry)) cells.set(key, old)
    else {
      cells.set(key, entry)
      cellsChanged = true
    }
  }
  const sameOrganisations =
    previous.organisations.length === next.organisations.length &&
    previous.organisations.every(
      (organisation, index) =>
        organisation.key === next.organisations[index]?.key &&
        organisation.name === next.organisations[index]?.name,
    )
  if (!cellsChanged && sameOrganisations) return previous
  return {
    organisations: sameOrganisations ? previous.organisations : next.organisations,
    cells: cellsChanged ? cells : previous.cells,
  }
}
