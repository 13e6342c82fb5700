import { useCallback, useEffect, useState } from 'react'
import type { WorkshopLinks } from '../../shared/protocol'
import type { RegenerableRole } from '../../shared/roles'
import { replaceToken, workshopLink } from '../access'
import { type ApiFailure, type ApiResult, getLinks, regenerateLink } from '../api'
import { useSession, useWorkshop } from './sessionContext'

/**
 * The links a user may hand on. A facilitator gets the participant and observer links from the server
 * (only facilitators may ask); a participant passes on the link they came with (their own token is the
 * participant one); an observer has none to share.
 */
export interface ShareLinks {
  participant: string
  /** Null for participants: they do not get the observer link. */
  observer: string | null
  /** The facilitator's own link, for their other devices; null for participants. */
  facilitator: string | null
}

export type ShareLinksState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; links: ShareLinks }
  | { status: 'failed'; failure: ApiFailure }

/**
 * Workshops whose facilitator link this page has just replaced. The new link opens a new session (and
 * page), whose share panel opens again to say so and to offer the new link for the facilitator's other
 * devices; the panel forgets it once shown (`ownLinkReplacedShown`).
 */
const ownLinkReplaced = new Set<string>()

export function wasOwnLinkReplaced(workshopId: string): boolean {
  return ownLinkReplaced.has(workshopId)
}

export function ownLinkReplacedShown(workshopId: string): void {
  ownLinkReplaced.delete(workshopId)
}

/** The token of one of our links (`…/w/<id>?token=…`), or null. */
function tokenOfLink(link: string): string | null {
  try {
    return new URL(link).searchParams.get('token')
  } catch {
    return null
  }
}

/** The last links fetched, so the share panel and the projector view open at once after the first time. */
const fetched = new Map<string, WorkshopLinks>()

/** Other tabs of this browser (a projector view on a second screen) hear of a regenerated link at once. */
function linksChannel(workshopId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel(`practicemap:links:${workshopId}`)
}

export interface ShareLinksOptions {
  /** Ask the server again this often while mounted (the projector view: a link may be regenerated elsewhere). */
  refreshEveryMs?: number
}

export function useShareLinks(options: ShareLinksOptions = {}): {
  state: ShareLinksState
  reload(): void
  regenerate(role: RegenerableRole): Promise<ApiResult<WorkshopLinks>>
} {
  const session = useSession()
  const role = useWorkshop((state) => state.role)
  const { workshopId, token } = session
  const cacheKey = `${workshopId}:${token}`
  const [state, setState] = useState<ShareLinksState>(() => initialState())
  const [attempt, setAttempt] = useState(0)
  const { refreshEveryMs } = options

  function initialState(): ShareLinksState {
    if (role === 'observer') return { status: 'none' }
    if (role === 'participant')
      return {
        status: 'ready',
        links: { participant: workshopLink(workshopId, token), observer: null, facilitator: null },
      }
    const known = fetched.get(cacheKey)
    return known ? { status: 'ready', links: known } : { status: 'loading' }
  }

  useEffect(() => {
    if (role !== 'facilitator') {
      setState(
        role === 'observer'
          ? { status: 'none' }
          : {
              status: 'ready',
              links: { participant: workshopLink(workshopId, token), observer: null, facilitator: null },
            },
      )
      return
    }
    let cancelled = false
    const apply = (links: WorkshopLinks) => {
      fetched.set(cacheKey, links)
      if (!cancelled) setState({ status: 'ready', links })
    }
    const load = () => {
      void attempt
      getLinks(workshopId, token).then((result) => {
        if (cancelled) return
        if (result.ok) apply(result.value)
        // Keep showing links already known rather than an error when a refresh fails.
        else
          setState((current) =>
            current.status === 'ready' ? current : { status: 'failed', failure: result.failure },
          )
      })
    }
    load()
    const channel = linksChannel(workshopId)
    if (channel) channel.onmessage = () => load()
    const timer = refreshEveryMs ? setInterval(load, refreshEveryMs) : null
    return () => {
      cancelled = true
      channel?.close()
      if (timer) clearInterval(timer)
    }
  }, [role, workshopId, token, cacheKey, attempt, refreshEveryMs])

  const reload = useCallback(() => {
    setState((current) => (current.status === 'failed' ? { status: 'loading' } : current))
    setAttempt((count) => count + 1)
  }, [])

  const regenerate = useCallback(
    async (which: RegenerableRole) => {
      // Replacing one's own link closes this session's connections too: this device goes on with the new one.
      const ownLink = which === 'facilitator'
      const endWait = ownLink ? session.replaceOwnLink() : null
      const result = await regenerateLink(workshopId, token, which)
      if (result.ok) {
        const newToken = ownLink ? tokenOfLink(result.value.facilitator) : null
        fetched.set(newToken ? `${workshopId}:${newToken}` : cacheKey, result.value)
        setState({ status: 'ready', links: result.value })
        const channel = linksChannel(workshopId)
        channel?.postMessage('regenerated')
        channel?.close()
        // A new session with the new token replaces this one (WorkshopRoot keys it by token).
        if (newToken) {
          ownLinkReplaced.add(workshopId)
          replaceToken(workshopId, newToken, 'facilitator')
        }
      } else endWait?.()
      return result
    },
    [session, workshopId, token, cacheKey],
  )

  return { state, reload, regenerate }
}
