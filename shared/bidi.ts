/**
 * Bidirectional control characters: the embeddings and overrides (U+202A–U+202E), the isolates
 * (U+2066–U+2069), and the marks (U+200E, U+200F, U+061C). Nobody types them to write a name, a title or a
 * card; they are used to make text show other than it is: `abc\u202Egnp.exe` shows as "abcexe.png", a
 * name can pose as another, and one left open reorders everything printed after it on the line (the rest
 * of a CSV row, a file name in a download bar).
 *
 * They are removed from all user text, cards included: PracticeMap's partners write European languages,
 * and text in a right-to-left script still shows correctly without them, since browsers, Word and
 * spreadsheets order it by the Unicode bidirectional algorithm and PracticeMap shows each card, name and
 * title in an element of its own. What they could add (a mark to place a punctuation sign at the right
 * end of a mixed-direction line) is worth less than what they can fake.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g')

export function withoutBidiControls(value: string): string {
  // Readers run this on every field of every card, many times a second on a busy board: a test first
  // (and no new string) for the usual text without any is several times faster than always replacing.
  return value === '' || !BIDI_CONTROL.test(value) ? value : value.replace(BIDI_CONTROLS, '')
}
