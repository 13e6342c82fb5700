import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { isValidId } from '../../shared/ids'
import type { WorkshopSummary } from '../../shared/protocol'
import type { Role } from '../../shared/roles'
import { readAccess, saveRole, subscribeAccess } from '../access'
import { getWorkshop } from '../api'
import { useI18n } from '../i18n'
import { type Identity, useIdentity } from '../identity'
import { forgetWorkshopOnThisDevice } from '../lifecycleApi'
import { MessagePage } from '../pages/NotFoundPage'
import { forgetWorkshop, isRecentWorkshop, rememberWorkshop } from '../recentWorkshops'
import { navigate } from '../router'
import type { WorkshopView } from '../routes'
import { SessionContext } from '../session/sessionContext'
import { openWorkshopSession, type WorkshopSession } from '../session/workshopSession'
import type { AccessState } from '../store/workshopStore'
import { JoinForm } from '../workshop/JoinForm'
import { PasteLinkForm } from '../workshop/PasteLinkForm'
import { WorkshopLayout } from './WorkshopLayout'

type Existence =
  | { state: 'checking' }
  | { state: 'found'; summary: WorkshopSummary | null; role: Role }
  | { state: 'noToken' }
  | { state: 'revoked' }
  | { state: 'notFound' }
  | { state: 'deleted' }
  | { state: 'rateLimited' }
  | { state: 'unreachable' }

/**
 * A workshop opened here before, with a role remembered for the token kept now, opens at once: no
 * "opening" page first, so the session (and its sockets) starts in the page's first render.
 */
function openedBefore(
  workshopId: string,
  token: string | null,
): Extract<Existence, { state: 'found' }> | null {
  const remembered = readAccess(workshopId)
  if (token === null || remembered?.token !== token || remembered.role === null) return null
  return isRecentWorkshop(workshopId) ? { state: 'found', summary: null, role: remembered.role } : null
}

/** Whether this device has the workshop already: opened before, or stored in IndexedDB. */
async function knownOnThisDevice(workshopId: string): Promise<boolean> {
  if (isRecentWorkshop(workshopId)) return true
  try {
    const databases = (await indexedDB.databases?.()) ?? []
    return databases.some((database) => database.name === `practicemap:${workshopId}`)
  } catch {
    return false
  }
}

/**
 * Who an observer is to the session: nobody in particular. A projector or a guest is not asked for a name,
 * publishes no presence and is not counted as joined; nothing it could write would be accepted anyway.
 */
const OBSERVER_IDENTITY: Identity = { id: 'observer', name: '', organisation: '', color: '#5f6368' }

/**
 * Opens a workshop with the token this device keeps for it (see access.ts): asks the server which role
 * the token grants (a refused websocket would only show as an endless "Reconnecting…"), falling back to
 * the role it granted last when the server cannot be reached; then asks who you are the first time; then
 * opens the session for everything below. A workshop this device already has opens at once with the
 * remembered role, checked with the server in the background: on a slow or flaky connection the answer
 * can take the whole request timeout, and the copy here is what the session shows first anyway.
 */
export function WorkshopRoot({ workshopId, view }: { workshopId: string; view: WorkshopView }) {
  const { t } = useI18n()
  const identity = useIdentity()
  const subscribe = useCallback((listener: () => void) => subscribeAccess(workshopId, listener), [workshopId])
  const access = useSyncExternalStore(subscribe, () => readAccess(workshopId))
  const token = access?.token ?? null
  const [existence, setExistence] = useState<Existence>(
    () => (isValidId(workshopId) && openedBefore(workshopId, token)) || { state: 'checking' },
  )
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let cancelled = false
    if (!isValidId(workshopId)) {
      setExistence({ state: 'notFound' })
      return
    }
    const remembered = readAccess(workshopId)
    if (!remembered || remembered.token !== token || token === null) {
      // A deleted workshop's token is forgotten with it (below): the page keeps saying why it is gone.
      setExistence((current) => (current.state === 'deleted' ? current : { state: 'noToken' }))
      return
    }
    void attempt // each retry (a new attempt number) asks the server again
    const before = openedBefore(workshopId, token)
    // Known here: stay open (the same role keeps the same state, so the session is not restarted).
    setExistence((current) =>
      before && current.state === 'found' && current.role === before.role
        ? current
        : (before ?? { state: 'checking' }),
    )
    const rememberedRole = remembered.role
    const known = rememberedRole === null ? Promise.resolve(false) : knownOnThisDevice(workshopId)
    known.then((isKnown) => {
      if (!cancelled && isKnown && rememberedRole) {
        setExistence((current) =>
          current.state === 'checking' ? { state: 'found', summary: null, role: rememberedRole } : current,
        )
      }
    })
    getWorkshop(workshopId, token).then(async (result) => {
      if (cancelled) return
      if (result.ok) {
        saveRole(workshopId, token, result.value.role)
        rememberWorkshop(workshopId, result.value.title, result.value.role)
        setExistence({ state: 'found', summary: result.value, role: result.value.role })
        return
      }
      switch (result.failure) {
        case 'notFound':
          setExistence({ state: 'notFound' })
          return
        case 'forbidden':
        case 'noToken':
          setExistence({ state: 'revoked' })
          return
      }
      const isKnown = await known
      if (cancelled) return
      if (isKnown && rememberedRole) {
        setExistence((current) =>
          current.state === 'found' ? current : { state: 'found', summary: null, role: rememberedRole },
        )
      } else setExistence({ state: result.failure === 'rateLimited' ? 'rateLimited' : 'unreachable' })
    })
    return () => {
      cancelled = true
    }
  }, [workshopId, token, attempt])

  // A first visit that failed for lack of network is retried as soon as the network returns.
  useEffect(() => {
    if (existence.state !== 'unreachable') return
    const retry = () => setAttempt((count) => count + 1)
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [existence.state])

  // Deleted while open here: once its session has closed (OpenWorkshop unmounted, so its local databases
  // are closed and can go), forget it on this device as the facilitator who deleted it does on theirs.
  const deleted = existence.state === 'deleted'
  useEffect(() => {
    if (deleted) void forgetWorkshopOnThisDevice(workshopId)
  }, [deleted, workshopId])

  const onAccessEnded = useCallback((state: Exclude<AccessState, 'granted'>) => {
    setExistence({ state })
  }, [])

  const retryButton = (
    <button
      type="button"
      className="button button--primary"
      onClick={() => {
        setExistence({ state: 'checking' })
        setAttempt((count) => count + 1)
      }}
    >
      {t.workshop.retry}
    </button>
  )

  switch (existence.state) {
    case 'checking':
      return (
        <div className="page page--loading" aria-busy="true">
          <p className="loading">{t.workshop.opening}</p>
        </div>
      )
    case 'noToken':
      return (
        <MessagePage
          title={t.access.noTokenTitle}
          text={t.access.noTokenText}
          testId="link-needed"
          form={<PasteLinkForm label={t.access.pasteLabel} />}
        />
      )
    case 'revoked':
      return (
        <MessagePage
          title={t.access.revokedTitle}
          text={t.access.revokedText}
          testId="link-revoked"
          form={<PasteLinkForm label={t.access.pasteNewLabel} />}
        />
      )
    case 'notFound':
      return (
        <MessagePage title={t.workshop.notFoundTitle} text={t.workshop.notFoundText}>
          <ForgetRecentButton workshopId={workshopId} />
        </MessagePage>
      )
    case 'deleted':
      return (
        <MessagePage
          title={t.lifecycle.deletedTitle}
          text={t.lifecycle.deletedText}
          testId="workshop-deleted"
        >
          <ForgetRecentButton workshopId={workshopId} />
        </MessagePage>
      )
    case 'rateLimited':
      return (
        <MessagePage title={t.access.rateLimitedTitle} text={t.access.rateLimitedText}>
          {retryButton}
        </MessagePage>
      )
    case 'unreachable':
      return (
        <MessagePage title={t.workshop.unreachableTitle} text={t.workshop.unreachableText}>
          {retryButton}
        </MessagePage>
      )
    case 'found':
      if (!identity && existence.role !== 'observer') {
        return <JoinForm workshopTitle={existence.summary?.title ?? ''} />
      }
      return (
        <OpenWorkshop
          // A new token (a new link opened, here or in another tab) is a new session.
          key={token}
          workshopId={workshopId}
          token={token ?? ''}
          role={existence.role}
          view={view}
          identity={identity ?? OBSERVER_IDENTITY}
          fallbackTitle={existence.summary?.title ?? ''}
          onAccessEnded={onAccessEnded}
        />
      )
  }
}

function OpenWorkshop({
  workshopId,
  token,
  role,
  view,
  identity,
  fallbackTitle,
  onAccessEnded,
}: {
  workshopId: string
  token: string
  role: Role
  view: WorkshopView
  identity: Identity
  fallbackTitle: string
  onAccessEnded(state: Exclude<AccessState, 'granted'>): void
}) {
  const [session, setSession] = useState<WorkshopSession | null>(null)
  const identityRef = useRef(identity)
  identityRef.current = identity
  const roleRef = useRef(role)
  roleRef.current = role
  const practiceId = view.kind === 'board' || view.kind === 'projector' ? view.practiceId : null
  const practiceIdRef = useRef(practiceId)
  practiceIdRef.current = practiceId

  // Before the first paint rather than after it: the sockets open a frame sooner.
  useLayoutEffect(() => {
    const opened = openWorkshopSession({
      workshopId,
      token,
      role: roleRef.current,
      identity: identityRef.current,
      practiceId: practiceIdRef.current,
    })
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [workshopId, token])

  useEffect(() => {
    session?.setRole(role)
  }, [session, role])

  // The server closed this link for good (revoked, or the workshop deleted): show why, stop syncing.
  useEffect(() => {
    if (!session) return
    const check = () => {
      const { access } = session.store.getState()
      if (access !== 'granted') onAccessEnded(access)
    }
    check()
    return session.store.subscribe(check)
  }, [session, onAccessEnded])

  useEffect(() => {
    session?.setIdentity(identity)
  }, [session, identity])

  useEffect(() => {
    session?.setPracticeLocation(practiceId)
  }, [session, practiceId])

  if (!session) return null
  return (
    <SessionContext.Provider value={session}>
      <WorkshopLayout view={view} fallbackTitle={fallbackTitle} />
    </SessionContext.Provider>
  )
}

/** For a workshop that cannot open any more: takes it off this device's list of recent workshops. */
function ForgetRecentButton({ workshopId }: { workshopId: string }) {
  const { t } = useI18n()
  if (!isRecentWorkshop(workshopId)) return null
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        forgetWorkshop(workshopId)
        navigate('/')
      }}
    >
      {t.workshop.forgetRecent}
    </button>
  )
}
