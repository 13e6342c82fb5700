import type { LaneId } from '../../shared/schema'
import { useFacilitation } from '../session/facilitationContext'

/** How many of this device's drafts are in a lane (a lane with drafts is not "empty" to its writer). */
export function useDraftCount(practiceId: string, lane: LaneId): number {
  return useFacilitation(
    (state) => state.drafts.filter((draft) => draft.practiceId === practiceId && draft.lane === lane).length,
  )
}
