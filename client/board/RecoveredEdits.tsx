import type { LaneId } from '../../shared/schema'
import { type OrphanedEdit, writeEditDraft } from '../drafts'
import { useI18n } from '../i18n'
import { useCanWrite, useSession } from '../session/sessionContext'

export function RecoveredEdit({
  practiceId,
  lane,
  edit,
  onDone,
}: {
  practiceId: string
  lane: LaneId
  edit: OrphanedEdit
  onDone(): void
}) {
  const { t } = useI18n()
  const session = useSession()
  // On a board locked meanwhile the text stays here, to add once it opens again (or to discard).
  const canEdit = useCanWrite('board', practiceId)

  function finish(target: HTMLElement) {
    // The block disappears: focus goes to the lane's new-card field rather than to nowhere.
    const field = target.closest('.lane')?.querySelector<HTMLElement>('.add-card__field')
    writeEditDraft(edit.key, null)
    onDone()
    requestAnimationFrame(() => field?.focus())
  }

  return (
    <div className="recovered" data-testid="recovered-edit">
      <p className="recovered__note" role="status">
        {t.cards.recovered}
      </p>
      <p className="recovered__text">{edit.draft.text}</p>
      <div className="recovered__actions">
        {canEdit && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={(event) => {
              if (session.addCard(practiceId, lane, edit.draft.text) !== null) finish(event.currentTarget)
            }}
          >
            {t.cards.recoveredAdd}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={(event) => finish(event.currentTarget)}
        >
          {t.cards.recoveredDiscard}
        </button>
      </div>
    </div>
  )
}
