import { HomePage } from './components/HomePage'
import { NotFoundPage } from './components/NotFoundPage'
import { WorkshopRoot } from './components/WorkshopRoot'
import { useRoute } from './router'

export function App() {
  const route = useRoute()
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'workshop':
      return <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} practiceId={null} />
    case 'board':
      return (
        <WorkshopRoot key={route.workshopId} workshopId={route.workshopId} practiceId={route.practiceId} />
      )
    case 'notFound':
      return <NotFoundPage />
  }
}
