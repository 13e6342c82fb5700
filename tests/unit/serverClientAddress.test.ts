import { describe, expect, it } from 'vitest'
import { clientAddress } from '../../server/clientAddress'

const PROXY = '10.0.0.2'

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: anyone can send it', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' }, PROXY, 0)).toBe(PROXY)
  })

  it('uses the socket address when there is no X-Forwarded-For', () => {
    expect(clientAddress({}, PROXY, 1)).toBe(PROXY)
    expect(clientAddress({}, undefined, 1)).toBeUndefined()
  })

  it('with one proxy, takes the rightmost entry: what the proxy appended', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' }, PROXY, 1)).toBe('203.0.113.7')
    // The client wrote the left entry itself; the proxy appended the address it really came from.
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }, PROXY, 1)).toBe('203.0.113.7')
  })

  it('with two proxies, takes the second entry from the right: what the outer proxy saw', () => {
    const headers = { 'x-forwarded-for': '198.51.100.1,203.0.113.7 ,  192.0.2.10' }
    expect(clientAddress(headers, PROXY, 2)).toBe('203.0.113.7')
  })

  it('falls back to the socket address when the header has fewer entries than trusted proxies', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7' }, PROXY, 2)).toBe(PROXY)
    expect(clientAddress({ 'x-forwarded-for': '' }, PROXY, 1)).toBe(PROXY)
  })

  it.each(['unknown', 'not an address', '203.0.113.7:51234', '[2001:db8::1]', '999.1.1.1', '_hidden', ' , '])(
    'falls back to the socket address when the chosen entry is %o',
    (entry) => {
      expect(clientAddress({ 'x-forwarded-for': entry }, PROXY, 1)).toBe(PROXY)
    },
  )

  it('accepts IPv6 entries', () => {
    expect(clientAddress({ 'x-forwarded-for': '2001:db8::1' }, '::1', 1)).toBe('2001:db8::1')
    expect(clientAddress({ 'x-forwarded-for': '2001:db8::1, ::ffff:192.0.2.10' }, '::1', 2)).toBe(
      '2001:db8::1',
    )
  })

  it('reads several X-Forwarded-For headers as one list, in order', () => {
    const headers = { 'x-forwarded-for': ['198.51.100.1, 203.0.113.7', '192.0.2.10'] }
    expect(clientAddress(headers, PROXY, 1)).toBe('192.0.2.10')
    expect(clientAddress(headers, PROXY, 2)).toBe('203.0.113.7')
    expect(clientAddress(headers, PROXY, 3)).toBe('198.51.100.1')
    expect(clientAddress(headers, PROXY, 4)).toBe(PROXY)
  })
})
