/**
 * The fields of `next` that differ from `base`, the values the form opened with. A form saves only these:
 * a field someone else changed while the form was open keeps their change instead of the form's stale
 * copy of it.
 */
export function changedFields<T extends object>(base: T, next: T): Partial<T> {
  const changed: Partial<T> = {}
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== base[key]) changed[key] = next[key]
  }
  return changed
}
