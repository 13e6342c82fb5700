import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './routes'

export { boardPath, parseRoute, projectorPath, type Route, sharePath, workshopPath } from './routes'

/** The current route over the History API; links and navigate() change the page without a reload. */
const listeners = new Set<() => void>()
let currentPath = ''
let currentRoute: Route = { name: 'home' }

function snapshot(): Route {
  if (location.pathname !== currentPath) {
    currentPath = location.pathname
    currentRoute = parseRoute(currentPath)
  }
  return currentRoute
}

/**
 * After an in-app navigation, focus goes to the new page's heading, so screen reader and keyboard users
 * start at the top of what changed, as after a full page load.
 */
function focusPageHeading(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
  })
}

window.addEventListener('popstate', focusPageHeading)

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname) return
  if (options.replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  window.scrollTo(0, 0)
  for (const listener of listeners) listener()
  focusPageHeading()
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot)
}
