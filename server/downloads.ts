import type { ServerResponse } from 'node:http'
import { withoutBidiControls } from '../shared/bidi'

/** File downloads (exports): UTF-8 text (or a binary file's bytes) sent as an attachment under a name safe in every browser and OS. */

const TRANSLITERATE: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
}

/**
 * An ASCII file name from a workshop title: diacritics dropped (Brașov → Brasov), anything that is not a
 * letter, digit, space, dot, dash or underscore turned into a dash, at most 80 characters.
 */
export function safeFileStem(title: string, fallback = 'workshop'): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØßæ]/g, (char) => TRANSLITERATE[char] ?? char)
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim()
  return ascii || fallback
}

export function sendDownload(
  res: ServerResponse,
  body: string | Uint8Array,
  contentType: string,
  rawTitle: string,
  extension: string,
): void {
  // Bidi controls would make the name show other than it is ("abc\u202Egnp.exe.md" as "abcdm.exe.png").
  const title = withoutBidiControls(rawTitle)
  const stem = safeFileStem(title)
  // RFC 5987 (filename*): browsers that read it keep the title's own letters.
  const utf8Name = encodeURIComponent(
    `${title.trim().replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-') || stem}.${extension}`,
  ).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Content-Disposition': `attachment; filename="${stem}.${extension}"; filename*=UTF-8''${utf8Name}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(body)
}
