import { useSyncExternalStore } from 'react'

/** Three routes over the History API; links and navigate() change the page without a reload. */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string }
  | { name: 'board'; workshopId: string; practiceId: string }
  | { name: 'notFound' }

export function workshopPath(workshopId: string): string {
  return `/w/${encodeURIComponent(workshopId)}`
}

export function boardPath(workshopId: string, practiceId: string): string {
  return `${workshopPath(workshopId)}/p/${encodeURIComponent(practiceId)}`
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { name: 'home' }
  const match = /^\/w\/([^/]+)(?:\/p\/([^/]+))?$/.exec(path)
  const workshopId = match?.[1] === undefined ? null : decode(match[1])
  if (!workshopId) return { name: 'notFound' }
  if (match?.[2] === undefined) return { name: 'workshop', workshopId }
  const practiceId = decode(match[2])
  return practiceId ? { name: 'board', workshopId, practiceId } : { name: 'notFound' }
}

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
