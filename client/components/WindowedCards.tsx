import { createContext, memo, useContext, useEffect, useRef } from 'react'
import { useI18n } from '../i18n'
import { useWorkshop } from '../session/sessionContext'
import { CardGroupView } from './CardGroup'
import { AuthorLine, CardView } from './CardView'
import { type NearScreenWatch, useChunksNearScreen } from './useChunksNearScreen'
import { chunkOf, isFullItem } from './windowing'

const WatchContext = createContext<NearScreenWatch | null>(null)

/**
 * A lane's top-level items (cards and groups) as list items. A long lane draws the chunks near the screen
 * as full cards and the rest as light ones (see windowing.ts); a short one draws every card in full.
 *
 * Every item stays in the lane's SortableContext: dnd-kit skips the ones not mounted (they are neither
 * measured nor hit), and the lane's collision detection only looks at what is registered, so a drop lands
 * among the full cards around the pointer, which are all there is near the screen.
 */
export function LaneItems({
  practiceId,
  items,
  groupCards,
}: {
  practiceId: string
  items: readonly string[]
  groupCards: Readonly<Record<string, readonly string[]>>
}) {
  const { fullChunks, watch } = useChunksNearScreen()
  return (
    <WatchContext.Provider value={watch}>
      {items.map((id, index) => {
        const grouped = groupCards[id]
        if (isFullItem(index, items.length, fullChunks)) {
          return grouped ? (
            <CardGroupView key={id} practiceId={practiceId} groupId={id} cardIds={grouped} />
          ) : (
            <CardView key={id} practiceId={practiceId} cardId={id} />
          )
        }
        const chunk = chunkOf(index)
        return grouped ? (
          <LightGroup key={id} practiceId={practiceId} groupId={id} cardIds={grouped} chunk={chunk} />
        ) : (
          <LightCard key={id} practiceId={practiceId} cardId={id} chunk={chunk} />
        )
      })}
    </WatchContext.Provider>
  )
}

/** Tells the lane when this light item comes near the screen, so its chunk is built in full. */
function useReportNear(chunk: number | undefined) {
  const watch = useContext(WatchContext)
  const ref = useRef<HTMLLIElement | null>(null)
  useEffect(() => {
    const node = ref.current
    if (!node || !watch || chunk === undefined) return
    watch.observe(node)
    return () => watch.unobserve(node)
  }, [watch, chunk])
  return ref
}

/**
 * A card far from the screen: its text and author on its colour, nothing to press and no dnd-kit hooks
 * (three elements instead of some thirty). Its text is in the page, so Ctrl+F and screen readers find it;
 * the browser skips its layout and painting while it is off screen (content-visibility in styles.css).
 * It is not focusable: Tab moves down the full cards, scrolling, and the chunks ahead turn full first.
 */
const LightCard = memo(function LightCard({
  practiceId,
  cardId,
  chunk,
}: {
  practiceId: string
  cardId: string
  /** Set on a top-level card: the chunk it reports itself near for. A card in a light group has none. */
  chunk?: number
}) {
  const card = useWorkshop((state) => state.boards[practiceId]?.cards[cardId])
  const ref = useReportNear(chunk)
  if (!card) return null
  return (
    <li
      ref={ref}
      className={`card card--${card.color} card--light`}
      data-testid="card-light"
      data-card-id={cardId}
      data-chunk={chunk}
    >
      <p className="card__text">{card.text}</p>
      <div className="card__footer">
        <AuthorLine card={card} />
      </div>
    </li>
  )
})

/** A group far from the screen: its title and its cards, light. */
const LightGroup = memo(function LightGroup({
  practiceId,
  groupId,
  cardIds,
  chunk,
}: {
  practiceId: string
  groupId: string
  cardIds: readonly string[]
  chunk: number
}) {
  const { t } = useI18n()
  const title = useWorkshop((state) => state.boards[practiceId]?.groups[groupId]?.title ?? '')
  const ref = useReportNear(chunk)
  return (
    <li
      ref={ref}
      className="card-group card-group--light"
      data-testid="card-group-light"
      data-group-id={groupId}
      data-chunk={chunk}
    >
      <div className="card-group__header">
        <span className="card-group__title-text">{title || t.groups.untitled}</span>
        <span className="card-group__count">{t.cards.count(cardIds.length)}</span>
      </div>
      <ul className="card-group__cards">
        {cardIds.map((id) => (
          <LightCard key={id} practiceId={practiceId} cardId={id} />
        ))}
      </ul>
    </li>
  )
})
