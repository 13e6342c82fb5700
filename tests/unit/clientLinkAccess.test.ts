import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ACCESS_CHECK_INTERVAL_MS,
  type AccessCheck,
  type EndedAccess,
  LinkAccess,
} from '../../client/session/linkAccess'
import type { Role } from '../../shared/roles'

/** Whether a link still opens its workshop: what a final close or the server's answer over HTTP ends in. */

function linkAccess(answer: () => Promise<AccessCheck>, online = true) {
  const ended: EndedAccess[] = []
  const granted: Role[] = []
  const check = vi.fn(answer)
  const access = new LinkAccess({
    check,
    isOnline: () => online,
    granted: (role) => granted.push(role),
    ended: (state) => ended.push(state),
  })
  return { access, ended, granted, check }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('link access', () => {
  it('ends at once for a revoked link or a deleted workshop, without asking', () => {
    const { access, ended, check } = linkAccess(async () => ({ state: 'granted', role: 'participant' }))
    access.closedForGood('revoked')
    access.closedForGood('deleted')
    expect(ended).toEqual(['revoked', 'deleted'])
    expect(check).not.toHaveBeenCalled()
  })

  it('asks the server about any other final close, and carries on if the link still works', async () => {
    const { access, ended, granted } = linkAccess(async () => ({ state: 'granted', role: 'facilitator' }))
    access.closedForGood('unexplained')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual(['facilitator'])
    expect(ended).toEqual([])
  })

  it('ends with what the server says of a refused link: revoked or not found', async () => {
    const revoked = linkAccess(async () => ({ state: 'revoked' }))
    revoked.access.verify(false)
    const missing = linkAccess(async () => ({ state: 'notFound' }))
    missing.access.verify(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(revoked.ended).toEqual(['revoked'])
    expect(missing.ended).toEqual(['notFound'])
  })

  it('carries on when the server could not be asked', async () => {
    const { access, ended, granted } = linkAccess(async () => ({ state: 'unknown' }))
    access.verify(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(ended).toEqual([])
    expect(granted).toEqual([])
  })

  it('asks at most once per interval unless forced, and never while offline', async () => {
    const { access, check } = linkAccess(async () => ({ state: 'unknown' }))
    access.verify(false)
    await vi.advanceTimersByTimeAsync(0)
    access.verify(false)
    expect(check).toHaveBeenCalledTimes(1)
    access.verify(true)
    expect(check).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(ACCESS_CHECK_INTERVAL_MS)
    access.verify(false)
    expect(check).toHaveBeenCalledTimes(3)

    const offline = linkAccess(async () => ({ state: 'revoked' }), false)
    offline.access.verify(true)
    expect(offline.check).not.toHaveBeenCalled()
  })

  it('does not end while this facilitator replaces their own link; checks it if the replacement failed', async () => {
    const { access, ended, check } = linkAccess(async () => ({ state: 'granted', role: 'facilitator' }))
    const endWait = access.replaceOwnLink()
    access.closedForGood('revoked')
    expect(ended).toEqual([])
    endWait()
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(ended).toEqual([])
  })

  it('says nothing once destroyed', async () => {
    const { access, ended } = linkAccess(async () => ({ state: 'revoked' }))
    access.verify(true)
    access.destroy()
    await vi.advanceTimersByTimeAsync(0)
    expect(ended).toEqual([])
  })
})
