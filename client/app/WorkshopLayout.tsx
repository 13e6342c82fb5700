import { lazy, Suspense, useEffect } from 'react'
import { PresenceBar } from '../facilitation/PresenceBar'
import { SessionBar } from '../facilitation/SessionBar'
import { useI18n } from '../i18n'
import { BoardPage } from '../pages/BoardPage'
import { PracticeList } from '../practices/PracticeList'
import { rememberWorkshop } from '../recentWorkshops'
import { workshopPath } from '../router'
import type { WorkshopView } from '../routes'
import { useSession, useWorkshop } from '../session/sessionContext'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { Link } from '../ui/Link'
import { TopBar } from '../ui/TopBar'
import { ConnectionBadge } from '../workshop/ConnectionBadge'
import { FullNotice } from '../workshop/FullNotice'
import { ViewOnlyBadge } from '../workshop/RoleBadges'
import { ShareButton } from '../workshop/SharePanel'
import { YouMenu } from '../workshop/YouMenu'

// Pages a participant on a board (most people, often on a phone) never opens load only when opened, so
// the first load carries the boards alone. The service worker keeps these files too (see precache.json).
const HistoryPage = lazy(() =>
  import('../pages/HistoryPage').then((module) => ({ default: module.HistoryPage })),
)
const InterestPage = lazy(() =>
  import('../pages/InterestPage').then((module) => ({ default: module.InterestPage })),
)
const OverviewPage = lazy(() =>
  import('../pages/OverviewPage').then((module) => ({ default: module.OverviewPage })),
)
const ProjectorBoard = lazy(() =>
  import('../pages/ProjectorBoard').then((module) => ({ default: module.ProjectorBoard })),
)
const ProjectorView = lazy(() =>
  import('../pages/ProjectorView').then((module) => ({ default: module.ProjectorView })),
)
const ReportPage = lazy(() =>
  import('../pages/ReportPage').then((module) => ({ default: module.ReportPage })),
)

function PageLoading() {
  const { t } = useI18n()
  return (
    <p className="muted" role="status">
      {t.app.loading}
    </p>
  )
}

export function WorkshopLayout({ view, fallbackTitle }: { view: WorkshopView; fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const title = useWorkshop((state) => state.details.title)
  const ready = useWorkshop((state) => state.ready)
  const empty = useWorkshop((state) => state.details.createdAt === 0 && state.practiceIds.length === 0)
  const connection = useWorkshop((state) => state.connection)
  const role = useWorkshop((state) => state.role)

  // Keep the "recent workshops" entry's title and role current, also when someone renames the workshop.
  useEffect(() => {
    if (title) rememberWorkshop(session.workshopId, title, role)
  }, [session, title, role])

  if (view.kind === 'share') {
    return (
      <Suspense fallback={<PageLoading />}>
        <ProjectorView fallbackTitle={fallbackTitle} />
      </Suspense>
    )
  }

  // On the wall, nothing but the board: no top bar, no session bar (ProjectorBoard shows phase and timer).
  if (view.kind === 'projector') {
    return (
      <Suspense fallback={<PageLoading />}>
        <ProjectorBoard practiceId={view.practiceId} />
      </Suspense>
    )
  }

  const practiceId = view.kind === 'board' ? view.practiceId : null
  const shownTitle = title || fallbackTitle || t.workshop.untitled

  return (
    <div className="page">
      <TopBar
        tools={
          <>
            <ViewOnlyBadge />
            <ConnectionBadge />
            <PresenceBar />
            <ShareButton />
            <LanguageSwitch />
            <YouMenu />
          </>
        }
      >
        {view.kind !== 'practices' && (
          <Link href={workshopPath(session.workshopId)} className="topbar__workshop">
            {shownTitle}
          </Link>
        )}
      </TopBar>
      <SessionBar practiceId={practiceId} />
      {connection === 'damaged' && (
        <p className="notice" role="alert" data-testid="damaged-notice">
          {t.connection.damagedNotice}
        </p>
      )}
      <FullNotice practiceId={practiceId} />
      {ready && empty && connection !== 'connected' && (
        <p className="notice" role="status">
          {t.workshop.notOnDevice}
        </p>
      )}
      <main id="content" className={view.kind === 'practices' ? 'workshop' : 'workshop workshop--board'}>
        <Suspense fallback={<PageLoading />}>
          {view.kind === 'overview' ? (
            <OverviewPage fallbackTitle={fallbackTitle} />
          ) : view.kind === 'interest' ? (
            <InterestPage fallbackTitle={fallbackTitle} />
          ) : view.kind === 'report' ? (
            <ReportPage fallbackTitle={fallbackTitle} />
          ) : view.kind === 'history' ? (
            <HistoryPage fallbackTitle={fallbackTitle} />
          ) : practiceId === null ? (
            <PracticeList fallbackTitle={fallbackTitle} />
          ) : (
            <BoardPage practiceId={practiceId} />
          )}
        </Suspense>
      </main>
    </div>
  )
}
