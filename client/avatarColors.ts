import { PRESENCE_COLORS } from './identity'

/**
 * Avatar colours that tell the people of one workshop apart. Each device used to pick one of eight at
 * random, so two people of a room of six shared a colour more often than not. Now everyone's colour
 * follows from who is present, computed alike on every device: a person's preferred colour comes from
 * their id (a hash, so it is the same on every visit), and when two prefer the same one, the person with
 * the smaller hash (then the smaller id) keeps it and the other takes the next colour free. Whoever is the
 * only one present to prefer their colour has it, so a person keeps their colour as people come and go,
 * unless one who ranks before them arrives and prefers it too. With
 * more people than colours, colours repeat as evenly as they can.
 */

/** FNV-1a, 32 bits: a stable, well-spread number for an id. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The colour of each person present, keyed by their id. */
export function avatarColors(
  ids: Iterable<string>,
  palette: readonly string[] = PRESENCE_COLORS,
): Map<string, string> {
  const people = [...new Set(ids)]
    .map((id) => ({ id, hash: hashOf(id) }))
    .sort((a, b) => a.hash - b.hash || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const uses = palette.map(() => 0)
  const colors = new Map<string, string>()
  const take = (id: string, index: number) => {
    uses[index] = (uses[index] ?? 0) + 1
    colors.set(id, palette[index] ?? '')
  }
  let waiting = people
  // Each round gives every colour one more wearer: first to those who prefer it, in rank order, then the
  // others take the next colour still free in this round; who finds none waits for the next round.
  while (waiting.length > 0 && palette.length > 0) {
    const round = Math.min(...uses)
    const unplaced = waiting.filter((person) => {
      const preferred = person.hash % palette.length
      if (uses[preferred] !== round) return true
      take(person.id, preferred)
      return false
    })
    waiting = unplaced.filter((person) => {
      const preferred = person.hash % palette.length
      for (let step = 1; step < palette.length; step++) {
        const index = (preferred + step) % palette.length
        if (uses[index] !== round) continue
        take(person.id, index)
        return false
      }
      return true
    })
  }
  return colors
}

/** One person's colour when no one else is known (the palette's choice for their id alone). */
export function ownAvatarColor(id: string, palette: readonly string[] = PRESENCE_COLORS): string {
  return palette[hashOf(id) % palette.length] ?? ''
}
