import { HomePage } from '../pages/HomePage'
import { NotFoundPage } from '../pages/NotFoundPage'
import { useRoute } from '../router'
import type { WorkshopView } from '../routes'
import { WorkshopRoot } from './WorkshopRoot'

const PRACTICES: WorkshopView = { kind: 'practices' }
const SHARE: WorkshopView = { kind: 'share' }
const OVERVIEW: WorkshopView = { kind: 'overview' }
const INTEREST: WorkshopView = { kind: 'interest' }
const REPORT: WorkshopView = { kind: 'report' }
const HISTORY: WorkshopView = { kind: 'history' }

export function App() {
  const route = useRoute()
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'workshop':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={PRACTICES} />
    case 'board':
      return (
        <WorkshopRoot
          key={route.workshopId}
          workshopId={route.workshopId}
          view={{ kind: 'board', practiceId: route.practiceId }}
        />
      )
    case 'projector':
      return (
        <WorkshopRoot
          key={route.workshopId}
          workshopId={route.workshopId}
          view={{ kind: 'projector', practiceId: route.practiceId }}
        />
      )
    case 'share':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={SHARE} />
    case 'overview':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={OVERVIEW} />
    case 'interest':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={INTEREST} />
    case 'report':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={REPORT} />
    case 'history':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} view={HISTORY} />
    case 'notFound':
      return <NotFoundPage />
  }
}
