import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo, useEffect, useId, useRef, useState } from 'react'
import { type CardGroup, LIMITS } from '../../shared/schema'
import { useI18n } from '../i18n'
import { isSaveKey } from '../keys'
import { useMappingActions } from '../session/mappingActions'
import { useCanWrite, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { CardView } from './CardView'
import { takeGroupTitleFocusRequest } from './combine'
import { VoteControls } from './Voting'

/** A group while it is carried (the drag overlay): its title and how many cards it holds. */
export function GroupPreview({ group }: { group: CardGroup }) {
  const { t } = useI18n()
  return (
    <div className="card-group card-group--overlay">
      <div className="card-group__header">
        <span className="card-group__title-text">{group.title || t.groups.untitled}</span>
        <span className="card-group__count">{t.cards.count(group.cardIds.length)}</span>
      </div>
    </div>
  )
}

/**
 * Cards of a lane under one title, framed together. The header moves the whole group (drag it, or its
 * handle with the keyboard), names it, and dissolves it; each card inside can still be edited, and
 * dragged out of the group.
 */
export const CardGroupView = memo(function CardGroupView({
  practiceId,
  groupId,
  cardIds,
}: {
  practiceId: string
  groupId: string
  cardIds: readonly string[]
}) {
  const { t } = useI18n()
  const mapping = useMappingActions()
  const title = useWorkshop((state) => state.boards[practiceId]?.groups[groupId]?.title ?? '')
  const canEdit = useCanWrite('board', practiceId)
  const headingId = useId()
  const shownTitle = title || t.groups.untitled

  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: groupId,
      disabled: !canEdit,
      attributes: { roleDescription: t.groups.roleDescription },
    })

  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'card-group card-group--placeholder' : 'card-group'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="card-group"
      data-group-id={groupId}
      aria-labelledby={headingId}
    >
      <div className="card-group__head" {...(canEdit ? listeners : {})}>
        <div className="card-group__header">
          {canEdit && (
            <button
              ref={setActivatorNodeRef}
              type="button"
              className="card-group__handle"
              data-drag-handle=""
              {...attributes}
              aria-label={t.groups.moveHandle(shownTitle)}
            >
              <Icon name="grip" size={16} />
            </button>
          )}
          {canEdit ? (
            <GroupTitleField
              id={headingId}
              groupId={groupId}
              title={title}
              onSave={(next) => mapping.renameGroup(practiceId, groupId, next)}
            />
          ) : (
            <h3 id={headingId} className={title ? 'card-group__title-text' : 'card-group__title-text muted'}>
              {shownTitle}
            </h3>
          )}
        </div>
        <div className="card-group__meta">
          <span className="card-group__count">{t.cards.count(cardIds.length)}</span>
          {canEdit && (
            <button
              type="button"
              className="button button--small button--ghost card-group__ungroup"
              onClick={(event) => {
                // The group's cards take its place: the first of them keeps the focus here.
                const list = event.currentTarget.closest('.card-group')?.querySelector('[data-card-id]')
                const firstCard = list?.getAttribute('data-card-id')
                mapping.ungroup(practiceId, groupId)
                if (firstCard) {
                  requestAnimationFrame(() => {
                    document
                      .querySelector<HTMLElement>(
                        `[data-card-id="${window.CSS.escape(firstCard)}"] [data-drag-handle]`,
                      )
                      ?.focus()
                  })
                }
              }}
              aria-label={t.groups.ungroupOf(shownTitle)}
              title={t.groups.ungroupHelp}
            >
              <Icon name="ungroup" size={16} />
              <span>{t.groups.ungroup}</span>
            </button>
          )}
        </div>
      </div>
      <VoteControls practiceId={practiceId} targetId={groupId} label={shownTitle} />
      <SortableContext
        id={`group:${groupId}`}
        items={cardIds as string[]}
        strategy={verticalListSortingStrategy}
      >
        <ul className="card-group__cards">
          {cardIds.map((id) => (
            <CardView key={id} practiceId={practiceId} cardId={id} />
          ))}
        </ul>
      </SortableContext>
    </li>
  )
})

/**
 * The group's title, edited in place: saved on Enter or when the field loses focus, put back on Escape.
 * Enter and Escape hand the focus to the group's handle.
 * Someone else's rename shows at once unless this user is typing one of their own.
 */
function GroupTitleField({
  id,
  groupId,
  title,
  onSave,
}: {
  id: string
  groupId: string
  title: string
  onSave(title: string): void
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(title)
  const [focused, setFocused] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const cancelled = useRef(false)

  useEffect(() => {
    if (!focused) setValue(title)
  }, [title, focused])

  useEffect(() => {
    if (!takeGroupTitleFocusRequest(groupId)) return
    // After the drop: dnd-kit finishes its own focus handling first.
    const frame = requestAnimationFrame(() => inputRef.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [groupId])

  function save() {
    if (cancelled.current) cancelled.current = false
    else if (value.trim() !== title) onSave(value)
  }

  /**
   * Done with the title (which saves it, on blur): the focus goes to the group's handle beside it, where
   * the keyboard can carry the group on, rather than back to the top of the page.
   */
  function leaveTo(field: HTMLInputElement) {
    const handle = field.closest('.card-group')?.querySelector<HTMLElement>('.card-group__handle')
    if (handle) handle.focus()
    else field.blur()
  }

  return (
    <input
      ref={inputRef}
      id={id}
      className="card-group__title"
      value={value}
      maxLength={LIMITS.title}
      placeholder={t.groups.untitled}
      aria-label={t.groups.titleLabel}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false)
        save()
      }}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault()
          leaveTo(event.currentTarget)
        } else if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          cancelled.current = true
          setValue(title)
          leaveTo(event.currentTarget)
        }
      }}
    />
  )
}
