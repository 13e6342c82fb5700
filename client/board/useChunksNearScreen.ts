import { useEffect, useState } from 'react'
import { initialFullChunks, withNearChunks } from './windowing'

/** Watches a lane's light cards; one observer per lane, made when the first light card asks for it. */
export interface NearScreenWatch {
  /** Reports when `node` (a light item of chunk `node.dataset.chunk`) comes near the screen. */
  observe(node: Element): void
  unobserve(node: Element): void
}

/**
 * One screen above and below, and beside (lanes side by side on a wide screen, or further along on a
 * phone): a chunk is built while it is still out of sight, so scrolling at a normal pace rarely shows a
 * light card, and Tab, which scrolls to the next card, finds it full.
 */
const NEAR = '100% 100% 100% 100%'

/**
 * The chunks of a long lane drawn in full: the first ones at once, then each one whose light items come
 * within a screen of the viewport (an IntersectionObserver, so scrolling costs no script at all).
 */
export function useChunksNearScreen(): { fullChunks: ReadonlySet<number>; watch: NearScreenWatch } {
  const [fullChunks, setFullChunks] = useState(initialFullChunks)
  const [watch] = useState(() => {
    let observer: IntersectionObserver | null = null
    const watcher = () => {
      observer ??= new IntersectionObserver(
        (entries) => {
          const near = entries
            .filter((entry) => entry.isIntersecting)
            .map((entry) => Number((entry.target as HTMLElement).dataset.chunk))
            .filter((chunk) => Number.isInteger(chunk))
          if (near.length > 0) setFullChunks((full) => withNearChunks(full, near))
        },
        { rootMargin: NEAR },
      )
      return observer
    }
    return {
      observe: (node: Element) => watcher().observe(node),
      unobserve: (node: Element) => observer?.unobserve(node),
      disconnect: () => observer?.disconnect(),
    }
  })
  useEffect(() => () => watch.disconnect(), [watch])
  return { fullChunks, watch }
}
