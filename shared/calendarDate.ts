/**
 * A calendar date (yyyy-mm-dd, as a workshop's date is kept) in a language's long form: "10 April 2024",
 * "10 kwietnia 2024", "2024. gada 10. aprīlis". Anything else is returned as it is.
 */
export function formatIsoDate(language: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  // A calendar date, not a moment: format it in UTC so no time zone moves it to the day before.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2024-02-31 over into March: show such a value as written rather than another day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return isoDate
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
