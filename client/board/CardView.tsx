import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import {
  type FocusEvent,
  memo,
  type PointerEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { CARD_COLORS, type Card } from '../../shared/schema'
import { cardEditDraftKey, readEditDraft } from '../drafts'
import { useI18n } from '../i18n'
import { useCanWrite, useSession, useWorkshop } from '../session/sessionContext'
import { excerpt, mergeText } from '../text'
import { Icon } from '../ui/Icon'
import { CardEditor } from './CardEditor'
import { CardFields } from './CardFields'
import { CardGroupActions } from './CardGroupActions'
import { CombineTarget } from './CombineTarget'
import { useCoarsePointer } from './useCoarsePointer'
import { CardVotes } from './Voting'

/** Who wrote the card: on every card, carried or light too. */
export function AuthorLine({ card }: { card: Card }) {
  const { t } = useI18n()
  const { name, organisation } = card.author
  return (
    // The organisation is plain text after the name: one element fewer on each of hundreds of cards.
    <p className="card__author">
      <span className="card__author-name">{name || t.cards.unknownAuthor}</span>
      {organisation && ` · ${organisation}`}
    </p>
  )
}

/** What a card looks like while it is carried (the drag overlay): its text and author, no controls. */
export function CardPreview({ card }: { card: Card }) {
  return (
    <div className={`card card--${card.color} card--overlay`}>
      <p className="card__text">{card.text}</p>
      <AuthorLine card={card} />
    </div>
  )
}

interface PresenceHandlers {
  onPointerEnter(event: PointerEvent<HTMLElement>): void
  onPointerLeave(): void
  onFocus(): void
  onBlur(event: FocusEvent<HTMLElement>): void
}

/**
 * Whether a mouse rests on the card or the focus is inside it. A card draws its tools only then: a board
 * holds hundreds of cards, and their hidden tools were most of its elements, so most of the time it took
 * to open on a phone. A pressed button means a drag is passing over, not someone reaching for a tool.
 */
function usePointerOrFocusWithin(): [boolean, PresenceHandlers] {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const handlers = useMemo<PresenceHandlers>(
    () => ({
      onPointerEnter: (event) => {
        if (event.pointerType !== 'touch' && event.buttons === 0) setHovered(true)
      },
      onPointerLeave: () => setHovered(false),
      onFocus: () => setFocused(true),
      onBlur: (event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
          setFocused(false)
        }
      },
    }),
    [],
  )
  return [hovered || focused, handlers]
}

/** Where focus should go when this card disappears: a neighbouring card, else the lane's new-card field. */
function focusAfterRemoval(item: HTMLElement | null): () => void {
  const target =
    item?.nextElementSibling?.querySelector<HTMLElement>('[data-drag-handle]') ??
    item?.previousElementSibling?.querySelector<HTMLElement>('[data-drag-handle]') ??
    item?.closest('.lane')?.querySelector<HTMLElement>('.add-card__field')
  return () => target?.focus()
}

export const CardView = memo(function CardView({
  practiceId,
  cardId,
}: {
  practiceId: string
  cardId: string
}) {
  const { t } = useI18n()
  const session = useSession()
  const card = useWorkshop((state) => state.boards[practiceId]?.cards[cardId])
  const editors = useWorkshop((state) => state.editorsByCard[cardId])
  const draftKey = cardEditDraftKey(practiceId, cardId)
  // Observers, and participants on a locked board, see the card without any of its controls.
  const canEdit = useCanWrite('board', practiceId)
  // An edit left open (the page reloaded, or the card moved lanes and so remounted) opens again. If the
  // board is locked meanwhile, the editor closes but its text stays on the device, and comes back with it.
  const [editOpen, setEditing] = useState(() => readEditDraft(draftKey) !== null)
  const editing = editOpen && canEdit
  const [pickingColor, setPickingColor] = useState(false)
  // On touch screens the card's tools stay folded behind one button, so each card keeps to its text.
  const [toolsOpen, setToolsOpen] = useState(false)
  const coarsePointer = useCoarsePointer()
  const [reached, presence] = usePointerOrFocusWithin()
  const showTools = !editing && canEdit && (reached || toolsOpen || pickingColor)
  const handleRef = useRef<HTMLButtonElement | null>(null)
  const paletteRef = useRef<HTMLButtonElement | null>(null)
  const itemRef = useRef<HTMLLIElement | null>(null)
  const colorsId = useId()

  // Tell the others which card this user is editing, for as long as the editor is open.
  useEffect(() => {
    if (!editing) return
    session.setEditingCard(cardId)
    return () => session.setEditingCard(null)
  }, [editing, session, cardId])

  if (!card) return null

  function finishEditing(text: string, base: string, viaKeyboard: boolean) {
    // Merge with what others wrote since the editor opened: saving, even by just tapping elsewhere,
    // must not put back the text as it was then. An emptied card keeps its text (deleting is a button).
    const current = session.store.getState().boards[practiceId]?.cards[cardId]?.text
    if (current !== undefined && text.trim() && text !== base) {
      const merged = mergeText(base, text, current)
      if (merged !== current) session.editCardText(practiceId, cardId, merged)
    }
    closeEditor(viaKeyboard)
  }

  function closeEditor(viaKeyboard: boolean) {
    setEditing(false)
    if (viaKeyboard) requestAnimationFrame(() => handleRef.current?.focus())
  }

  function remove() {
    const restoreFocus = focusAfterRemoval(itemRef.current)
    session.deleteCard(practiceId, cardId)
    requestAnimationFrame(restoreFocus)
  }

  const label = excerpt(card.text)
  const className = (isDragging: boolean) =>
    [
      'card',
      `card--${card.color}`,
      isDragging ? 'card--placeholder' : '',
      editing ? 'card--editing' : '',
      editors ? 'card--busy' : '',
      pickingColor ? 'card--picking' : '',
      toolsOpen ? 'card--tools-open' : '',
      canEdit ? '' : 'card--readonly',
    ]
      .filter(Boolean)
      .join(' ')

  return (
    <SortableCard
      cardId={cardId}
      color={card.color}
      disabled={editing || !canEdit}
      canEdit={canEdit}
      className={className}
      handleLabel={t.cards.moveHandle(label)}
      handleRef={handleRef}
      itemRef={itemRef}
      presence={presence}
    >
      {editors && (
        <p className="card__editing" data-testid="card-editing">
          {t.cards.editing(editors)}
        </p>
      )}
      {editing ? (
        <CardEditor
          initialText={card.text}
          draftKey={draftKey}
          lane={card.lane}
          onSave={finishEditing}
          onCancel={() => closeEditor(true)}
        />
      ) : (
        // Double-click is a mouse shortcut; the Edit button is the way in for everyone else.
        <p className="card__text" onDoubleClick={canEdit ? () => setEditing(true) : undefined}>
          {card.text}
        </p>
      )}
      {!editing && <CardFields practiceId={practiceId} card={card} canEdit={canEdit} />}
      <div className="card__footer">
        <AuthorLine card={card} />
        {!editing && canEdit && coarsePointer && (
          // On a touch screen there is no hovering: this one button unfolds the tools. Its dots are drawn
          // by CSS (a glyph, not an inline SVG), as it stands on every card.
          <button
            type="button"
            className="icon-button icon-button--card card__more"
            aria-label={t.cards.options}
            aria-expanded={toolsOpen}
            onClick={() => {
              setToolsOpen((open) => !open)
              setPickingColor(false)
            }}
          />
        )}
        {showTools && (
          <div className="card__actions">
            <CardGroupActions practiceId={practiceId} cardId={cardId} onDone={() => setToolsOpen(false)} />
            <button
              type="button"
              className="icon-button icon-button--card"
              aria-label={t.cards.edit}
              title={t.cards.edit}
              onClick={() => {
                setToolsOpen(false)
                setEditing(true)
              }}
            >
              <Icon name="edit" size={16} />
            </button>
            <button
              ref={paletteRef}
              type="button"
              className="icon-button icon-button--card"
              aria-label={t.cards.changeColor}
              title={t.cards.changeColor}
              aria-expanded={pickingColor}
              aria-controls={colorsId}
              onClick={() => setPickingColor((open) => !open)}
            >
              <Icon name="palette" size={16} />
            </button>
            <button
              type="button"
              className="icon-button icon-button--card icon-button--danger"
              aria-label={t.cards.delete}
              title={t.cards.delete}
              onClick={remove}
            >
              <Icon name="trash" size={16} />
            </button>
          </div>
        )}
      </div>
      {!editing && <CardVotes practiceId={practiceId} cardId={cardId} />}
      {pickingColor && !editing && canEdit && (
        <fieldset
          id={colorsId}
          className="color-picker"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation()
              setPickingColor(false)
              paletteRef.current?.focus()
            }
          }}
        >
          <legend className="visually-hidden">{t.cards.color}</legend>
          {CARD_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={`color-picker__swatch card--${color}`}
              aria-label={t.colors[color]}
              title={t.colors[color]}
              aria-pressed={card.color === color}
              onClick={() => {
                session.setCardColor(practiceId, cardId, color)
                setPickingColor(false)
                setToolsOpen(false)
              }}
            />
          ))}
        </fieldset>
      )}
      {canEdit && <CombineTarget cardId={cardId} lane={card.lane} />}
    </SortableCard>
  )
})

/**
 * The card's list item as a sortable: dnd-kit re-renders every sortable on each step of a drag, so this
 * part holds only the item, its position and its handle. The card's content comes in as `children`, an
 * element its parent made: unchanged, React skips it, so a drag does not re-render a thousand cards.
 */
function SortableCard({
  cardId,
  color,
  disabled,
  canEdit,
  className,
  handleLabel,
  handleRef,
  itemRef,
  presence,
  children,
}: {
  cardId: string
  color: string
  disabled: boolean
  canEdit: boolean
  className(isDragging: boolean): string
  handleLabel: string
  handleRef: RefObject<HTMLButtonElement | null>
  itemRef: RefObject<HTMLLIElement | null>
  presence: PresenceHandlers
  children: ReactNode
}) {
  const { t } = useI18n()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: cardId, disabled, attributes: { roleDescription: t.dnd.roleDescription } })
  const itemNode = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node)
      itemRef.current = node
    },
    [setNodeRef, itemRef],
  )
  const handleNode = useCallback(
    (node: HTMLButtonElement | null) => {
      setActivatorNodeRef(node)
      handleRef.current = node
    },
    [setActivatorNodeRef, handleRef],
  )
  return (
    <li
      ref={itemNode}
      className={className(isDragging)}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="card"
      data-card-id={cardId}
      data-color={color}
      {...presence}
      {...(canEdit ? listeners : {})}
    >
      {canEdit && (
        <button
          ref={handleNode}
          type="button"
          className="card__handle"
          data-drag-handle=""
          {...attributes}
          aria-label={handleLabel}
        />
      )}
      {children}
    </li>
  )
}
