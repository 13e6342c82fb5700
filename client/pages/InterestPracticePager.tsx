import { useI18n } from '../i18n'
import { Icon } from '../ui/Icon'

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
