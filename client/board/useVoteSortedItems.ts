import { useMemo } from 'react'
import { useBoardRules, useFacilitation } from '../session/facilitationContext'
import { useWorkshop } from '../session/sessionContext'
import { itemsByVotes } from '../session/votes'
import type { LaneCardIds } from '../store/boardView'

/**
 * A lane's top-level items, sorted by votes when this device chose so and voting is closed (while it is
 * open, an order by votes would give away the dots). Unchanged otherwise, so nothing re-renders.
 */
export function useVoteSortedItems(practiceId: string, items: LaneCardIds): LaneCardIds {
  const sorted = useFacilitation((state) => state.sortedByVotes[practiceId] ?? false)
  const rules = useBoardRules(practiceId)
  const tally = useFacilitation((state) => state.tallies.get(practiceId))
  const board = useWorkshop((state) => state.boards[practiceId])
  const active = sorted && !rules.votingOpen
  return useMemo(() => {
    if (!active || !board) return items
    const next = { ...items }
    for (const lane of Object.keys(items) as (keyof LaneCardIds)[]) {
      const cards = board.lanes[lane].map((id) => board.cards[id]).filter((card) => card !== undefined)
      next[lane] = itemsByVotes(items[lane], cards, tally)
    }
    return next
  }, [active, board, items, tally])
}
