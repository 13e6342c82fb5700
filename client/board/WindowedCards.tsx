import { createContext, memo, type ReactNode, type Ref, useCallback, useContext } from 'react'
import type { Card } from '../../shared/schema'
import { useI18n } from '../i18n'
import { useWorkshop } from '../session/sessionContext'
import { CardGroupView } from './CardGroup'
import { AuthorLine, CardView } from './CardView'
import { type NearScreenWatch, useChunksNearScreen } from './useChunksNearScreen'
import { CHUNK_SIZE, chunkOf, isFullItem } from './windowing'

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
  const shown: ReactNode[] = []
  let index = 0
  while (index < items.length) {
    if (!isFullItem(index, items.length, fullChunks)) {
      const chunk = chunkOf(index)
      shown.push(
        <LightChunk
          key={`light-${chunk}`}
          practiceId={practiceId}
          items={items}
          groupCards={groupCards}
          chunk={chunk}
        />,
      )
      index = (chunk + 1) * CHUNK_SIZE
      continue
    }
    const id = items[index] ?? ''
    const grouped = groupCards[id]
    shown.push(
      grouped ? (
        <CardGroupView key={id} practiceId={practiceId} groupId={id} cardIds={grouped} />
      ) : (
        <CardView key={id} practiceId={practiceId} cardId={id} />
      ),
    )
    index++
  }
  return <WatchContext.Provider value={watch}>{shown}</WatchContext.Provider>
}

/**
 * The items of one chunk far from the screen, drawn light. One component per chunk, not per card: a
 * thousand-card board has some fifty of these instead of nine hundred components, each with its own
 * store subscription. Each item tells the lane when it comes near the screen, so the chunk is built in
 * full (a ref with a cleanup, React 19).
 */
const LightChunk = memo(function LightChunk({
  practiceId,
  items,
  groupCards,
  chunk,
}: {
  practiceId: string
  /** All of the lane's items: this chunk draws its own slice, so the props stay the same between renders. */
  items: readonly string[]
  groupCards: Readonly<Record<string, readonly string[]>>
  chunk: number
}) {
  const { t } = useI18n()
  const cards = useWorkshop((state) => state.boards[practiceId]?.cards)
  const groups = useWorkshop((state) => state.boards[practiceId]?.groups)
  const watch = useContext(WatchContext)
  const reportNear = useCallback(
    (node: HTMLLIElement | null) => {
      if (!node || !watch) return
      watch.observe(node)
      return () => watch.unobserve(node)
    },
    [watch],
  )
  return items.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE).map((id) => {
    const grouped = groupCards[id]
    if (!grouped) {
      const card = cards?.[id]
      return card ? <LightCard key={id} card={card} chunk={chunk} reportNear={reportNear} /> : null
    }
    const title = groups?.[id]?.title || t.groups.untitled
    return (
      <li
        key={id}
        ref={reportNear}
        className="card-group card-group--light"
        data-testid="card-group-light"
        data-group-id={id}
        data-chunk={chunk}
      >
        <div className="card-group__header">
          <span className="card-group__title-text">{title}</span>
          <span className="card-group__count">{t.cards.count(grouped.length)}</span>
        </div>
        <ul className="card-group__cards">
          {grouped.map((cardId) => {
            const card = cards?.[cardId]
            return card ? <LightCard key={cardId} card={card} /> : null
          })}
        </ul>
      </li>
    )
  })
})

/**
 * A card far from the screen: its text and author on its colour, nothing to press and no dnd-kit hooks
 * (a few elements instead of some thirty). Its text is in the page, so Ctrl+F and screen readers find it;
 * the browser skips its layout and painting while it is off screen (content-visibility in styles.css).
 * It is not focusable: Tab moves down the full cards, scrolling, and the chunks ahead turn full first.
 * Memoised on the card itself: the store keeps an unchanged card's object, so an edit elsewhere on the
 * board redraws only the edited card.
 */
const LightCard = memo(function LightCard({
  card,
  chunk,
  reportNear,
}: {
  card: Card
  /** Set on a top-level card, with reportNear; a card inside a light group reports through its group. */
  chunk?: number
  reportNear?: Ref<HTMLLIElement>
}) {
  return (
    <li
      ref={reportNear}
      className={`card card--${card.color} card--light`}
      data-testid="card-light"
      data-card-id={card.id}
      data-chunk={chunk}
    >
      <p className="card__text">{card.text}</p>
      <div className="card__footer">
        <AuthorLine card={card} />
      </div>
    </li>
  )
})
