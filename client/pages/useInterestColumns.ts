import { useState } from 'react'
import { useNarrowScreen } from './useNarrowScreen'

/**
 * Which practices the interest matrix shows as columns. On a phone, one at a time with previous and next
 * (a column and a half cut at the screen's edge hid that more practices followed, and where their levels
 * were set); elsewhere, all of them. The shown practice is kept by id, so it stays in view when another
 * practice is added or removed.
 */
export function useInterestColumns(practiceIds: readonly string[]): {
  columns: readonly string[]
  pager: { index: number; show(practiceId: string): void } | null
} {
  const narrow = useNarrowScreen()
  const [shownId, setShownId] = useState<string | null>(null)
  if (!narrow || practiceIds.length <= 1) return { columns: practiceIds, pager: null }
  const found = shownId === null ? -1 : practiceIds.indexOf(shownId)
  const index = Math.max(found, 0)
  const current = practiceIds[index]
  return {
    columns: current === undefined ? practiceIds : [current],
    pager: { index, show: setShownId },
  }
}
