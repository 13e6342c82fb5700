import { encode } from 'uqr'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  captureTokenFromAddress,
  displayLink,
  parseStoredAccess,
  parseWorkshopLink,
  readAccess,
  saveRole,
  saveToken,
  tokenKey,
  withoutToken,
  workshopLink,
} from '../../client/access'
import { readLinks } from '../../client/api'
import { pathOf, qrDrawing } from '../../client/qr'
import { parseRoute, sharePath } from '../../client/routes'
import { canWrite, type WorkshopState } from '../../client/store/workshopStore'
import type { Practice } from '../../shared/schema'

const ORIGIN = 'https://practicemap.example'
const TOKEN = 'tok_ABCdef123-xyz'

describe('workshop links', () => {
  it('reads the workshop and token of a link, absolute or a path', () => {
    expect(parseWorkshopLink(`${ORIGIN}/w/abc123def456?token=${TOKEN}`, ORIGIN)).toEqual({
      workshopId: 'abc123def456',
      token: TOKEN,
      path: '/w/abc123def456',
    })
    expect(parseWorkshopLink(`/w/abc123def456/p/def456abc123?token=${TOKEN}`, ORIGIN)).toEqual({
      workshopId: 'abc123def456',
      token: TOKEN,
      path: '/w/abc123def456/p/def456abc123',
    })
  })

  it.each([
    ['no token', `${ORIGIN}/w/abc123def456`],
    ['an empty token', `${ORIGIN}/w/abc123def456?token=`],
    ['a token with odd characters', `${ORIGIN}/w/abc123def456?token=a%20b%3Cscript%3E`],
    ['a token too short to be one', `${ORIGIN}/w/abc123def456?token=abc`],
    ['not a workshop', `${ORIGIN}/x/abc123def456?token=${TOKEN}`],
    ['an invalid id', `${ORIGIN}/w/../../etc?token=${TOKEN}`],
    ['not a link', 'just some words'],
  ])('refuses %s', (_name, link) => {
    expect(parseWorkshopLink(link, ORIGIN)).toBeNull()
  })

  it('drops only the token from an address, keeping the rest', () => {
    expect(withoutToken(`${ORIGIN}/w/abc123def456?token=${TOKEN}`)).toBe('/w/abc123def456')
    expect(withoutToken(`${ORIGIN}/w/abc123def456?lang=pl&token=${TOKEN}#lane-benefits`)).toBe(
      '/w/abc123def456?lang=pl#lane-benefits',
    )
  })

  it('builds the link people share, and its short form for a wall', () => {
    const link = workshopLink('abc123def456', TOKEN, ORIGIN)
    expect(link).toBe(`${ORIGIN}/w/abc123def456?token=${TOKEN}`)
    expect(parseWorkshopLink(link, ORIGIN)?.token).toBe(TOKEN)
    expect(displayLink(link)).toBe(`practicemap.example/w/abc123def456?token=${TOKEN}`)
  })
})

describe('tokens kept on the device', () => {
  let store: Map<string, string>
  beforeEach(() => {
    store = new Map()
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
    })
    vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('reads only well-formed entries', () => {
    expect(parseStoredAccess({ token: TOKEN, role: 'participant' })).toEqual({
      token: TOKEN,
      role: 'participant',
    })
    expect(parseStoredAccess({ token: TOKEN, role: 'admin' })).toEqual({ token: TOKEN, role: null })
    expect(parseStoredAccess({ token: '' })).toBeNull()
    expect(parseStoredAccess('a string')).toBeNull()
  })

  it('keeps the token under its own key, and the role the server granted with it', () => {
    saveToken('ws1ws1ws1ws1', TOKEN)
    expect(readAccess('ws1ws1ws1ws1')).toEqual({ token: TOKEN, role: null })
    saveRole('ws1ws1ws1ws1', TOKEN, 'participant')
    expect(JSON.parse(store.get(tokenKey('ws1ws1ws1ws1')) ?? '')).toEqual({
      token: TOKEN,
      role: 'participant',
    })
  })

  it('replaces the token with a newer one, forgetting the old role', () => {
    saveToken('ws2ws2ws2ws2', TOKEN)
    saveRole('ws2ws2ws2ws2', TOKEN, 'facilitator')
    saveToken('ws2ws2ws2ws2', 'another-token-123')
    expect(readAccess('ws2ws2ws2ws2')).toEqual({ token: 'another-token-123', role: null })
    // A late answer about the old token does not give its role to the new one.
    saveRole('ws2ws2ws2ws2', TOKEN, 'facilitator')
    expect(readAccess('ws2ws2ws2ws2')?.role).toBeNull()
  })

  it('takes the token out of the address bar on load', () => {
    const replaceState = vi.fn()
    vi.stubGlobal('location', new URL(`${ORIGIN}/w/ws3ws3ws3ws3/p/pr1pr1pr1pr1?token=${TOKEN}`))
    vi.stubGlobal('history', { state: null, replaceState })
    captureTokenFromAddress()
    expect(readAccess('ws3ws3ws3ws3')).toEqual({ token: TOKEN, role: null })
    expect(replaceState).toHaveBeenCalledWith(null, '', '/w/ws3ws3ws3ws3/p/pr1pr1pr1pr1')
  })

  it('leaves an address without a token alone', () => {
    const replaceState = vi.fn()
    vi.stubGlobal('location', new URL(`${ORIGIN}/w/ws4ws4ws4ws4`))
    vi.stubGlobal('history', { state: null, replaceState })
    captureTokenFromAddress()
    expect(replaceState).not.toHaveBeenCalled()
    expect(readAccess('ws4ws4ws4ws4')).toBeNull()
  })
})

describe('readLinks', () => {
  it('needs all three links', () => {
    const links = { facilitator: 'f', participant: 'p', observer: 'o' }
    expect(readLinks({ id: 'x', links })).toEqual(links)
    expect(readLinks({ id: 'x', links: { workshop: 'w' } })).toBeNull()
    expect(readLinks(null)).toBeNull()
  })
})

describe('the projector route', () => {
  it('is the workshop path plus /share', () => {
    expect(sharePath('abc123')).toBe('/w/abc123/share')
    expect(parseRoute('/w/abc123/share')).toEqual({ name: 'share', workshopId: 'abc123' })
    expect(parseRoute('/w/abc123/share/')).toEqual({ name: 'share', workshopId: 'abc123' })
    expect(parseRoute('/w/abc123/shared')).toEqual({ name: 'notFound' })
  })
})

describe('canWrite', () => {
  const practice = (locked: boolean): Practice => ({
    id: 'p1',
    title: 'Gardens',
    organisation: '',
    description: '',
    order: 'a0',
    createdAt: 1,
    locked,
  })
  const state = (
    role: WorkshopState['role'],
    locked = false,
    access: WorkshopState['access'] = 'granted',
  ): Pick<WorkshopState, 'role' | 'practices' | 'access'> => ({
    role,
    access,
    practices: { p1: practice(locked) },
  })

  it('follows the rights table', () => {
    expect(canWrite(state('facilitator'), 'workshop')).toBe(true)
    expect(canWrite(state('participant'), 'workshop')).toBe(false)
    expect(canWrite(state('observer'), 'workshop')).toBe(false)
    expect(canWrite(state('participant'), 'board', 'p1')).toBe(true)
    expect(canWrite(state('observer'), 'board', 'p1')).toBe(false)
    expect(canWrite(state('participant'), 'participation')).toBe(true)
    expect(canWrite(state('observer'), 'participation')).toBe(false)
  })

  it('makes a locked board read-only for participants, not for facilitators', () => {
    expect(canWrite(state('participant', true), 'board', 'p1')).toBe(false)
    expect(canWrite(state('facilitator', true), 'board', 'p1')).toBe(true)
  })

  it('allows nothing once the link is revoked', () => {
    expect(canWrite(state('facilitator', false, 'revoked'), 'workshop')).toBe(false)
    expect(canWrite(state('participant', false, 'revoked'), 'board', 'p1')).toBe(false)
  })
})

describe('QR drawing', () => {
  it('draws exactly the dark modules', () => {
    const text = `${ORIGIN}/w/abc123def456?token=${TOKEN}`
    const { size, path } = qrDrawing(text)
    const { data } = encode(text, { ecc: 'M', border: 0 })
    expect(size).toBe(data.length)
    const drawn = data.map((row) => row.map(() => false))
    for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(width); dx++) {
        const row = drawn[Number(y)]
        if (row) row[Number(x) + dx] = true
      }
    }
    expect(drawn).toEqual(data)
  })

  it('joins each row’s runs into one rectangle', () => {
    expect(pathOf([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z')
    expect(pathOf([[false, false]])).toBe('')
  })
})
