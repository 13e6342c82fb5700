import { describe, expect, it } from 'vitest'
import {
  boardPath,
  historyPath,
  parseRoute,
  projectorPath,
  reportPath,
  workshopPath,
} from '../../client/routes'

describe('parseRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['', { name: 'home' }],
    ['//', { name: 'home' }],
    ['/w/abc123', { name: 'workshop', workshopId: 'abc123' }],
    ['/w/abc123/', { name: 'workshop', workshopId: 'abc123' }],
    ['/w/abc123/p/def456', { name: 'board', workshopId: 'abc123', practiceId: 'def456' }],
    ['/w/abc123/p/def456/', { name: 'board', workshopId: 'abc123', practiceId: 'def456' }],
    ['/w/abc123/p/def456/projector', { name: 'projector', workshopId: 'abc123', practiceId: 'def456' }],
    ['/w/abc123/p/def456/projector/', { name: 'projector', workshopId: 'abc123', practiceId: 'def456' }],
    ['/w/abc123/report', { name: 'report', workshopId: 'abc123' }],
    ['/w/abc123/history/', { name: 'history', workshopId: 'abc123' }],
  ])('reads %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route)
  })

  it.each([
    '/w',
    '/w/',
    '/x/abc123',
    '/w/abc123/p',
    '/w/abc123/p/',
    '/w/abc123/x/def456',
    '/w/abc123/p/def456/more',
    '/w/%E0%A4%A', // malformed percent-encoding
    '/w/abc123/p/%ZZ',
    '/workshop/abc123',
    '/w/abc123/report/x',
    '/w/abc123/projector',
    '/w/abc123/p/def456/projector/x',
  ])('finds nothing at %j', (path) => {
    expect(parseRoute(path)).toEqual({ name: 'notFound' })
  })

  it('decodes what the path builders encode', () => {
    const workshopId = 'a b/ć?#'
    const practiceId = 'p%1'
    expect(workshopPath('abc123')).toBe('/w/abc123')
    expect(boardPath('abc123', 'def456')).toBe('/w/abc123/p/def456')
    expect(parseRoute(workshopPath(workshopId))).toEqual({ name: 'workshop', workshopId })
    expect(parseRoute(boardPath(workshopId, practiceId))).toEqual({ name: 'board', workshopId, practiceId })
    expect(parseRoute(projectorPath(workshopId, practiceId))).toEqual({
      name: 'projector',
      workshopId,
      practiceId,
    })
    expect(parseRoute(reportPath(workshopId))).toEqual({ name: 'report', workshopId })
    expect(parseRoute(historyPath(workshopId))).toEqual({ name: 'history', workshopId })
  })
})
