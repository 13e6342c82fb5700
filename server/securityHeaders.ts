import type { ServerResponse } from 'node:http'

/**
 * Headers every page of the app is served with. The client is one bundle from this origin and talks only to
 * this origin (REST and the WebSocket), so the policy can be strict: card text is user input, and if any of
 * it ever reached the DOM as markup, no injected script, inline handler or foreign frame could run.
 * React's `style` props go through the CSSOM, which `style-src 'self'` does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Older browsers' equivalent of frame-ancestors: the app must not be framed by another site (clickjacking).
  'X-Frame-Options': 'DENY',
  // Pages are opened with a link's ?token=: no request to anywhere else may carry it as a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/** API answers, downloads and errors are data, never documents: no sniffing them into HTML, no framing. */
export const DATA_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
}

export function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}
