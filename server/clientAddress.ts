import type { IncomingHttpHeaders } from 'node:http'
import { isIP } from 'node:net'

/**
 * The address of the client a request came from, which the refusal budget (rateLimit.ts) is counted under
 * and logs name. Behind reverse proxies the socket's address is the nearest proxy's, shared by everyone, so
 * with `trustedProxies` ≥ 1 the address comes from `X-Forwarded-For`, where each proxy appends the address
 * it was reached from. Only the rightmost `trustedProxies` entries were written by our proxies; everything to
 * their left came from the client and may be made up, so the entry taken is the `trustedProxies`-th from the
 * right: the address the outermost trusted proxy saw. With 0 (the default) the header is ignored, or anyone
 * could get a fresh budget by sending a new made-up address with every request.
 *
 * `Forwarded: for=` is not read: nginx and Caddy set `X-Forwarded-For`, and reading a second header the
 * proxy does not overwrite would let a client supply its own address through that one.
 *
 * Falls back to the socket's address when the header has fewer entries than there are trusted proxies (a
 * request that did not come through all of them) or the chosen entry is not an IP address.
 */
export function clientAddress(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies < 1) return socketAddress
  const forwardedFor = headers['x-forwarded-for']
  if (forwardedFor === undefined) return socketAddress
  // Node joins repeated X-Forwarded-For headers with ', ' already; an array comes from other header sources.
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  const entries = joined.split(',')
  const chosen = entries[entries.length - trustedProxies]?.trim()
  return chosen !== undefined && isIP(chosen) !== 0 ? chosen : socketAddress
}
