import { useState } from 'react'
import { useI18n } from '../i18n'
import { Icon } from '../ui/Icon'
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

/** Previous and next practice above the one-practice matrix, and where in the list it is. */
export function InterestPracticePager({
  practiceIds,
  index,
  onShow,
}: {
  practiceIds: readonly string[]
  index: number
  onShow(practiceId: string): void
}) {
  const { t } = useI18n()
  const previous = practiceIds[index - 1]
  const next = practiceIds[index + 1]
  const position = t.board.position(index + 1, practiceIds.length)
  return (
    <div className="interest-pager" data-testid="interest-pager">
      <p className="interest-pager__position" aria-live="polite">
        {position}
      </p>
      <button
        type="button"
        className="button button--secondary interest-pager__button"
        disabled={previous === undefined}
        onClick={() => previous !== undefined && onShow(previous)}
      >
        <Icon name="left" size={16} />
        <span>{t.board.previous}</span>
      </button>
      <button
        type="button"
        className="button button--secondary interest-pager__button"
        disabled={next === undefined}
        onClick={() => next !== undefined && onShow(next)}
      >
        <span>{t.board.next}</span>
        <Icon name="right" size={16} />
      </button>
    </div>
  )
}
