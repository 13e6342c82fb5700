import { useEffect, useRef, useState } from 'react'
import { isValidId } from '../../shared/ids'
import { getWorkshop, type WorkshopSummary } from '../api'
import { useI18n } from '../i18n'
import { type Identity, useIdentity } from '../identity'
import { forgetWorkshop, isRecentWorkshop, rememberWorkshop } from '../recentWorkshops'
import { navigate } from '../router'
import { SessionContext } from '../session/sessionContext'
import { WorkshopSession } from '../session/workshopSession'
import { JoinForm } from './JoinForm'
import { MessagePage } from './NotFoundPage'
import { WorkshopLayout } from './WorkshopLayout'

type Existence =
  | { state: 'checking' }
  | { state: 'found'; summary: WorkshopSummary | null }
  | { state: 'notFound' }
  | { state: 'unreachable' }

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
 * Opens a workshop: asks the server whether it exists (a refused websocket would only show as an endless
 * "Reconnecting…"), falling back to this device's copy when the server cannot be reached; then asks who
 * you are the first time; then opens the session for everything below. A workshop this device already
 * has opens at once, without waiting for the server: on a slow or flaky connection the answer can take
 * the whole request timeout, and the copy here is what the session shows first anyway.
 */
export function WorkshopRoot({ workshopId, practiceId }: { workshopId: string; practiceId: string | null }) {
  const { t } = useI18n()
  const identity = useIdentity()
  const [existence, setExistence] = useState<Existence>({ state: 'checking' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let cancelled = false
    if (!isValidId(workshopId)) {
      setExistence({ state: 'notFound' })
      return
    }
    void attempt // each retry (a new attempt number) asks the server again
    const known = knownOnThisDevice(workshopId)
    known.then((isKnown) => {
      if (!cancelled && isKnown) {
        setExistence((current) =>
          current.state === 'checking' ? { state: 'found', summary: null } : current,
        )
      }
    })
    getWorkshop(workshopId).then(async (result) => {
      if (cancelled) return
      if (result.ok) {
        rememberWorkshop(workshopId, result.value.title)
        setExistence({ state: 'found', summary: result.value })
      } else if (result.failure === 'notFound') {
        setExistence({ state: 'notFound' })
      } else {
        const isKnown = await known
        if (!cancelled) setExistence(isKnown ? { state: 'found', summary: null } : { state: 'unreachable' })
      }
    })
    return () => {
      cancelled = true
    }
  }, [workshopId, attempt])

  // A first visit that failed for lack of network is retried as soon as the network returns.
  useEffect(() => {
    if (existence.state !== 'unreachable') return
    const retry = () => setAttempt((count) => count + 1)
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [existence.state])

  switch (existence.state) {
    case 'checking':
      return (
        <div className="page page--loading" aria-busy="true">
          <p className="loading">{t.workshop.opening}</p>
        </div>
      )
    case 'notFound':
      return (
        <MessagePage title={t.workshop.notFoundTitle} text={t.workshop.notFoundText}>
          {isRecentWorkshop(workshopId) && (
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
          )}
        </MessagePage>
      )
    case 'unreachable':
      return (
        <MessagePage title={t.workshop.unreachableTitle} text={t.workshop.unreachableText}>
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
        </MessagePage>
      )
    case 'found':
      if (!identity) return <JoinForm workshopTitle={existence.summary?.title ?? ''} />
      return (
        <OpenWorkshop
          workshopId={workshopId}
          practiceId={practiceId}
          identity={identity}
          fallbackTitle={existence.summary?.title ?? ''}
        />
      )
  }
}

function OpenWorkshop({
  workshopId,
  practiceId,
  identity,
  fallbackTitle,
}: {
  workshopId: string
  practiceId: string | null
  identity: Identity
  fallbackTitle: string
}) {
  const [session, setSession] = useState<WorkshopSession | null>(null)
  const identityRef = useRef(identity)
  identityRef.current = identity

  useEffect(() => {
    const opened = new WorkshopSession({ workshopId, identity: identityRef.current })
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [workshopId])

  useEffect(() => {
    session?.setIdentity(identity)
  }, [session, identity])

  useEffect(() => {
    session?.setPracticeLocation(practiceId)
  }, [session, practiceId])

  if (!session) return null
  return (
    <SessionContext.Provider value={session}>
      <WorkshopLayout practiceId={practiceId} fallbackTitle={fallbackTitle} />
    </SessionContext.Provider>
  )
}
