import { useCallback, useMemo, useState } from 'react'
import { isLaneId, LANES, type LaneId } from '../../shared/schema'
import { type OrphanedEdit, readOrphanedEdits } from '../drafts'
import { useFacilitation } from '../session/facilitationContext'
import type { LaneCardIds } from '../store/boardView'

const NONE: readonly OrphanedEdit[] = []

/**
 * Unsaved edits of cards someone else deleted meanwhile, by lane. The editor's text is kept on the device
 * (see CardEditor); when its card disappears, the text is offered back here instead of vanishing with it.
 * Looked up again whenever the board's cards change, and after each decision (`refresh`).
 */
export function useOrphanedEdits(
  practiceId: string,
  lanes: LaneCardIds,
): { byLane: Readonly<Record<LaneId, readonly OrphanedEdit[]>>; refresh(): void } {
  const [version, setVersion] = useState(0)
  // A private draft's open edit is kept under the key of the card it becomes: it is no orphan.
  const drafts = useFacilitation((state) => state.drafts)
  const byLane = useMemo(() => {
    void version
    const grouped: Record<LaneId, readonly OrphanedEdit[]> = {
      keyAspects: NONE,
      stakeholders: NONE,
      benefits: NONE,
      transferSteps: NONE,
    }
    const cardIds = new Set(LANES.flatMap((lane) => lanes[lane]))
    for (const draft of drafts) if (draft.practiceId === practiceId) cardIds.add(draft.id)
    for (const edit of readOrphanedEdits(practiceId, cardIds)) {
      const lane = isLaneId(edit.draft.lane) ? edit.draft.lane : LANES[0]
      grouped[lane] = [...grouped[lane], edit]
    }
    return grouped
  }, [practiceId, lanes, drafts, version])
  const refresh = useCallback(() => setVersion((count) => count + 1), [])
  return { byLane, refresh }
}
