import { useI18n } from '../i18n'
import { useMappingActions } from '../session/mappingActions'
import { useSession, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { boardLayout, cardAbove, locate, placeAfterGroup } from './boardDrag'
import { requestGroupTitleFocus } from './combine'

/** After a card moves into or out of a group it is drawn anew elsewhere: give its handle the focus back. */
function focusCardHandle(cardId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"] [data-drag-handle]`)?.focus()
  })
}

/**
 * Grouping without a mouse: among a card's actions, "Group with the card above" for a card standing
 * alone under another card or a group, and "Take out of the group" for a grouped card.
 */
export function CardGroupActions({
  practiceId,
  cardId,
  onDone,
}: {
  practiceId: string
  cardId: string
  onDone(): void
}) {
  const { t } = useI18n()
  const session = useSession()
  const mapping = useMappingActions()
  const above = useWorkshop((state) => {
    const view = state.boards[practiceId]
    return view ? cardAbove(boardLayout(view), cardId) : null
  })
  const groupId = useWorkshop((state) => {
    const view = state.boards[practiceId]
    return view ? (locate(boardLayout(view), cardId)?.groupId ?? null) : null
  })

  if (groupId !== null) {
    return (
      <button
        type="button"
        className="icon-button icon-button--card"
        aria-label={t.groups.takeOut}
        title={t.groups.takeOut}
        onClick={() => {
          const view = session.store.getState().boards[practiceId]
          const place = view ? placeAfterGroup(boardLayout(view), cardId) : null
          if (!place) return
          mapping.takeOutOfGroup(practiceId, cardId, place.lane, place.index)
          onDone()
          focusCardHandle(cardId)
        }}
      >
        <Icon name="ungroup" size={16} />
      </button>
    )
  }

  if (above === null) return null
  return (
    <button
      type="button"
      className="icon-button icon-button--card"
      aria-label={t.groups.groupWithAbove}
      title={t.groups.groupWithAbove}
      onClick={() => {
        const view = session.store.getState().boards[practiceId]
        const joining = view ? (locate(boardLayout(view), above)?.groupId ?? null) : null
        const created = mapping.groupCards(practiceId, above, cardId)
        onDone()
        if (created && joining === null) requestGroupTitleFocus(created)
        else focusCardHandle(cardId)
      }}
    >
      <Icon name="group" size={16} />
    </button>
  )
}
