/**
 * Keeps a keyboard user's place when what had the focus disappears: a card's dot buttons when the
 * facilitator closes the vote, a handle when the board is locked, a card carried into another lane and
 * drawn anew there, a form replaced by the page it opens. The browser would drop the focus on <body>, and
 * the next Tab would start again at the top of the page. Instead the focus goes to the nearest thing
 * still there: the same card's handle (or another of its controls), the same group's, the same lane's
 * new-card field, else the page's heading. A button that is disabled while it works (Take a snapshot)
 * gets the focus back when it is enabled again.
 *
 * It never takes the focus from anywhere: only when the focus is on <body> because what had it left the
 * page (removed or hidden) or was disabled. Nothing scrolls.
 */

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface Place {
  element: Element
  cardId: string | null
  groupId: string | null
  laneId: string | null
}

function placeOf(element: Element): Place {
  return {
    element,
    cardId: element.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null,
    groupId: element.closest('[data-group-id]')?.getAttribute('data-group-id') ?? null,
    laneId: element.closest('section.lane')?.id ?? null,
  }
}

function within(selector: string, inner: string): HTMLElement | null {
  const container = document.querySelector(selector)
  return container?.querySelector<HTMLElement>(inner) ?? null
}

/** Where the focus goes instead: the nearest of the place's surroundings that is still on the page. */
function nearest(place: Place): HTMLElement | null {
  const card = place.cardId === null ? null : `[data-card-id="${CSS.escape(place.cardId)}"]`
  const group = place.groupId === null ? null : `[data-group-id="${CSS.escape(place.groupId)}"]`
  const lane = place.laneId === null ? null : `#${CSS.escape(place.laneId)}`
  return (
    (card && (within(card, ':scope > [data-drag-handle]') ?? within(card, FOCUSABLE))) ||
    (group && (within(group, '.card-group__handle') ?? within(group, FOCUSABLE))) ||
    (lane && (within(lane, '.add-card__field') ?? within(lane, FOCUSABLE))) ||
    document.querySelector<HTMLElement>('main h1')
  )
}

function focusIsLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}

function isDisabled(element: Element): boolean {
  return element.matches(':disabled')
}

/** Gone from the page: removed, or hidden with what holds it (React hides a page while the next loads). */
function isGone(element: Element): boolean {
  return !element.isConnected || element.getClientRects().length === 0
}

/** Watches `root` from now on; returns how to stop. */
export function startFocusRescue(root: HTMLElement): () => void {
  /** Where the focus is, or was until it was lost. */
  let last: Place | null = null

  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Element) last = placeOf(event.target)
  }
  const onFocusOut = (event: FocusEvent) => {
    // On its way elsewhere: what it leaves may go (a card's tools fold when the focus leaves the card)
    // before the focus arrives, and that is no loss.
    if (event.relatedTarget instanceof Element) {
      last = placeOf(event.relatedTarget)
      return
    }
    // Focus sent nowhere on purpose (a click on the page's background) is not to be brought back later.
    const left = event.target
    queueMicrotask(() => {
      if (last?.element !== left || !(left instanceof Element)) return
      if (!isGone(left) && !isDisabled(left) && focusIsLost()) last = null
    })
  }
  const observer = new MutationObserver(() => {
    if (last === null || !focusIsLost()) return
    const { element } = last
    if (isGone(element)) {
      // Nothing near yet (a page that loads on demand shows its heading a moment later): the next change
      // to the page tries again.
      nearest(last)?.focus({ preventScroll: true })
    } else if (!isDisabled(element) && element instanceof HTMLElement) {
      element.focus({ preventScroll: true })
    }
  })

  // Capturing, so as to know where the focus goes before React's handlers (bubbling, at the root) run:
  // they may remove what it leaves at once, and the observer would take that for a loss.
  document.addEventListener('focusin', onFocusIn, true)
  document.addEventListener('focusout', onFocusOut, true)
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] })
  return () => {
    document.removeEventListener('focusin', onFocusIn, true)
    document.removeEventListener('focusout', onFocusOut, true)
    observer.disconnect()
  }
}
