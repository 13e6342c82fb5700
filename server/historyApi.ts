import type { ApiContext } from './apiContext'
import type { Route } from './apiRouting'

export function historyRoutes(_context: ApiContext): Route[] {
  return []
}
