import { memo, type RefObject, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Card, LaneId } from '../../shared/schema'
import { useI18n } from '../i18n'
import {
  type Box,
  FIT_STEPS,
  type FitStep,
  FLOOR_STEP,
  fittingStepFrom,
  hiddenCards,
  itemCap,
  leadingItemsInside,
  wallUnit,
} from '../session/projectorFit'
import type { ProjectorItem } from './projectorItems'

/** The name of each fit's entry on the performance timeline. */
const FIT_MEASURE = 'projector lane fit'

/** Whether two item lists show the same: the store keeps unchanged cards and groups as the same objects. */
function sameItems(a: readonly ProjectorItem[], b: readonly ProjectorItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => {
      const other = b[index]
      if (!other || other.kind !== item.kind || other.id !== item.id || other.votes !== item.votes)
        return false
      if (item.kind === 'card') return other.kind === 'card' && other.card === item.card
      return (
        other.kind === 'group' &&
        other.group === item.group &&
        other.cards.length === item.cards.length &&
        other.cards.every((card, cardIndex) => card === item.cards[cardIndex])
      )
    })
  )
}

function applyStep(list: HTMLElement, step: FitStep): void {
  list.style.setProperty('--pj-size', String(step.cardSize))
  list.style.setProperty('--pj-columns', String(step.columns))
}

function boxOf(element: Element): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect()
  return { left, top, right, bottom }
}

/** How many of the drawn items lie whole inside the lane's box, in reading order. */
function itemsInside(list: HTMLElement, box: HTMLElement): number {
  const items = Array.from(list.children, boxOf)
  return leadingItemsInside(items, boxOf(box))
}

interface Size {
  width: number
  height: number
}

/**
 * The lane's own size, measured before the first paint and followed after: the window, full screen, a
 * header that grows (a timer set, a QR code loaded) all change it. The lanes' grid gives each lane its
 * size whatever it holds, so what the lane draws never changes it (no loop with the fitting below).
 */
function useLaneSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = () => {
      const rect = element.getBoundingClientRect()
      const next = { width: Math.round(rect.width), height: Math.round(rect.height) }
      setSize((current) =>
        current && current.width === next.width && current.height === next.height ? current : next,
      )
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** What a fit was measured for: the lane's content and the screen, each compared by identity. */
interface Measured {
  items: readonly ProjectorItem[]
  size: Size | null
  fonts: number
}

interface Fit {
  measured: Measured
  /** Index into FIT_STEPS. */
  step: number
  /** How many items are drawn; the cards of the rest are counted under them. */
  shown: number
}

/**
 * One lane on the wall. Its cards take the largest type under which they all fit (FIT_STEPS), re-fitted
 * whenever a card comes, goes or changes and when the screen changes; at the floor, the lane shows the
 * items that fit whole and counts the cards of the rest ("+ 4 more cards").
 *
 * Fitting is measuring: after a render that draws every item (or as many as could ever fit, itemCap),
 * the steps are tried on the list in place, each a reflow of this lane only, before the browser paints.
 * Only then does React draw the chosen count; a second pass makes room for the "+ N more" line.
 */
export const ProjectorLane = memo(function ProjectorLane({
  lane,
  items: nextItems,
}: {
  lane: LaneId
  items: readonly ProjectorItem[]
}) {
  const { t } = useI18n()
  const headingId = useId()
  const laneRef = useRef<HTMLElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const boxRef = useRef<HTMLDivElement>(null)
  // The same array while nothing in the lane changed, so a change elsewhere on the board re-fits nothing.
  const itemsRef = useRef(nextItems)
  if (!sameItems(itemsRef.current, nextItems)) itemsRef.current = nextItems
  const items = itemsRef.current
  const size = useLaneSize(laneRef)
  const fonts = useFontsLoaded()
  const measuring = useMemo<Measured>(() => ({ items, size, fonts }), [items, size, fonts])
  const [fit, setFit] = useState<Fit | null>(null)
  const settled = fit !== null && fit.measured === measuring

  const cap = itemCap(size?.height ?? window.innerHeight, wallUnit(window.innerWidth, window.innerHeight))
  const drawn = settled ? fit.shown : Math.min(items.length, cap)
  const cardsPerItem = useMemo(
    () => items.map((item) => (item.kind === 'group' ? item.cards.length : 1)),
    [items],
  )
  const cardCount = cardsPerItem.reduce((sum, count) => sum + count, 0)
  const more = settled ? hiddenCards(cardsPerItem, fit.shown) : 0

  useLayoutEffect(() => {
    const list = listRef.current
    const box = boxRef.current
    if (!list || !box || size === null) return
    if (!settled) {
      const started = performance.now()
      const step = fittingStepFrom(fit?.step ?? 0, (candidate) => {
        applyStep(list, candidate)
        return itemsInside(list, box) === drawn
      })
      // The search may have ended on a larger step that did not fit.
      applyStep(list, FIT_STEPS[step ?? FLOOR_STEP] as FitStep)
      // A first item taller than the whole lane is still shown, cut: better than a lane of "+ N more".
      const shown = step === null ? Math.max(1, itemsInside(list, box)) : drawn
      // On the page's performance timeline, where DevTools and the e2e story (an observer) read what
      // fitting costs; then off the page's buffer, so a wall left on all day keeps no list of them.
      performance.measure(FIT_MEASURE, { start: started, detail: { lane, drawn } })
      performance.clearMeasures(FIT_MEASURE)
      setFit({ measured: measuring, step: step ?? FLOOR_STEP, shown })
      return
    }
    // The "+ N more" line took some of the lane's height: give up items until the rest fit whole.
    if (fit.shown > 1 && itemsInside(list, box) < fit.shown) {
      setFit({ ...fit, shown: Math.max(1, Math.min(fit.shown - 1, itemsInside(list, box))) })
    }
  })

  const step = FIT_STEPS[settled ? fit.step : 0] as FitStep
  return (
    <section
      ref={laneRef}
      className={`pj-lane pj-lane--${lane}`}
      aria-labelledby={headingId}
      data-testid={`projector-lane-${lane}`}
      data-card-size={settled ? step.cardSize : undefined}
      data-columns={settled ? step.columns : undefined}
      data-shown-cards={settled ? cardCount - more : undefined}
      data-hidden-cards={settled ? more : undefined}
    >
      <header className="pj-lane__head">
        <h2 id={headingId} className="pj-lane__title">
          {t.lanes[lane].title}
        </h2>
        <span className="pj-lane__count">{t.cards.count(cardCount)}</span>
      </header>
      <div ref={boxRef} className="pj-lane__box">
        {items.length === 0 && <p className="pj-lane__empty">{t.cards.emptyLaneReadOnly}</p>}
        <ul ref={listRef} className="pj-lane__items" aria-labelledby={headingId}>
          {items.slice(0, drawn).map((item) =>
            item.kind === 'card' ? (
              <li key={item.id} className="pj-item">
                <ProjectorCard card={item.card} votes={item.votes} />
              </li>
            ) : (
              <li key={item.id} className="pj-item pj-group" data-testid="projector-group">
                <div className="pj-group__head">
                  <h3
                    className={
                      item.group.title ? 'pj-group__title' : 'pj-group__title pj-group__title--untitled'
                    }
                  >
                    {item.group.title || t.groups.untitled}
                  </h3>
                  <Votes count={item.votes} />
                </div>
                <ul className="pj-group__cards">
                  {item.cards.map((card) => (
                    <li key={card.id}>
                      <ProjectorCard card={card} votes={0} />
                    </li>
                  ))}
                </ul>
              </li>
            ),
          )}
        </ul>
      </div>
      {more > 0 && (
        <p className="pj-lane__more" data-testid="projector-more">
          {t.projector.moreCards(more)}
        </p>
      )}
    </section>
  )
})

/** A card on the wall: its text in its colour, and its dots once voting has closed. No author, no tools. */
const ProjectorCard = memo(function ProjectorCard({ card, votes }: { card: Card; votes: number }) {
  return (
    <div className={`pj-card pj-card--${card.color}`} data-testid="projector-card">
      <p className="pj-card__text">{card.text}</p>
      <Votes count={votes} />
    </div>
  )
})

function Votes({ count }: { count: number }) {
  const { t } = useI18n()
  if (count <= 0) return null
  return (
    <span className="pj-votes" data-testid="projector-votes">
      <span className="pj-votes__dot" aria-hidden="true" />
      {t.voting.dots(count)}
    </span>
  )
}

/**
 * Counts up once the page's fonts have loaded: text measured in a fallback font may wrap differently once
 * the real one arrives, so the lanes fit again then.
 */
function useFontsLoaded(): number {
  const [loaded, setLoaded] = useState(0)
  useEffect(() => {
    let cancelled = false
    document.fonts?.ready.then(() => {
      if (!cancelled) setLoaded((count) => count + 1)
    })
    return () => {
      cancelled = true
    }
  }, [])
  return loaded
}
