/** Pure text helpers for cards: a one-line excerpt, and merging one person's edit into text others changed. */

/** A card's text on one line, cut to `length` characters, for labels and announcements. */
export function excerpt(text: string, length = 40): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > length ? `${line.slice(0, length - 1)}…` : line
}

/** One contiguous change: `base.slice(start, end)` replaced by `insert`. */
export interface TextChange {
  start: number
  end: number
  insert: string
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * The single span in which `next` differs from `base` (common prefix and suffix left out), or null when
 * they are equal. The span never splits an emoji or other character made of two UTF-16 units.
 */
export function changedSpan(base: string, next: string): TextChange | null {
  if (base === next) return null
  let start = 0
  const maxStart = Math.min(base.length, next.length)
  while (start < maxStart && base.charCodeAt(start) === next.charCodeAt(start)) start++
  if (start > 0 && isHighSurrogate(base.charCodeAt(start - 1))) start--
  let end = base.length
  let endNext = next.length
  while (end > start && endNext > start && base.charCodeAt(end - 1) === next.charCodeAt(endNext - 1)) {
    end--
    endNext--
  }
  if (end < base.length && end > start && isLowSurrogate(base.charCodeAt(end))) {
    end++
    endNext++
  }
  return { start, end, insert: next.slice(start, endNext) }
}

function apply(base: string, ...changes: TextChange[]): string {
  // Changes are given in order and do not overlap: rebuild from the end so earlier offsets stay valid.
  let result = base
  for (const change of [...changes].reverse()) {
    result = result.slice(0, change.start) + change.insert + result.slice(change.end)
  }
  return result
}

/**
 * Three-way merge of one person's edit of a card with what others did to it meanwhile: `base` is the text
 * the editor opened with, `mine` what this person saved, `theirs` the card's text now. Both changes are
 * kept: side by side when they touch different parts; when they overlap, both insertions stay (mine
 * first when it starts first), as Yjs itself does for concurrent edits. Saving over a card must never
 * silently undo someone else's words.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (mine === theirs) return theirs
  const own = changedSpan(base, mine)
  const other = changedSpan(base, theirs)
  if (!own) return theirs
  if (!other) return mine
  if (own.start === other.start && own.end === other.end && own.insert === other.insert) return theirs
  if (own.end <= other.start) return apply(base, own, other)
  if (other.end <= own.start) return apply(base, other, own)
  const start = Math.min(own.start, other.start)
  const end = Math.max(own.end, other.end)
  const insert = own.start <= other.start ? own.insert + other.insert : other.insert + own.insert
  return apply(base, { start, end, insert })
}
