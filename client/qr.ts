import { encode } from 'uqr'

/**
 * A QR code as one SVG path: each row's runs of dark modules become one rectangle, so even a long link
 * (version 5–7, ~45×45 modules) is a few hundred short commands, drawn crisp at any size.
 */
export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number
  path: string
}

/** The light margin scanners need around the code, in modules (the QR standard asks for four). */
export const QUIET_ZONE = 4

export function qrDrawing(text: string): QrDrawing {
  // Level M survives a smudged screen or a glare spot on a projector and keeps the code small.
  const { size, data } = encode(text, { ecc: 'M', border: 0 })
  return { size, path: pathOf(data) }
}

export function pathOf(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  rows.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join('')
}
