import type { ApiContext } from './apiContext'
import type { Route } from './apiRouting'

export function lifecycleRoutes(_context: ApiContext): Route[] {
  return []
}
