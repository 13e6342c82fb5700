// The grammar every language's messages are written with. Apart from locale.ts, which derives the shape of
// every language from English's messages: English itself imports these from here, not from there, so that
// the two do not import each other.
export { type PluralForms, plural } from '../../shared/plural'

/** "Ana", "Ana and Jan", "Ana, Jan and Eva" in the language's own way. */
export function joinNames(code: string, names: readonly string[]): string {
  return new Intl.ListFormat(code, { style: 'long', type: 'conjunction' }).format(names)
}
