/** Placeholder until its feature lands; renders nothing. */
export function HistoryPage(_props: { fallbackTitle: string }) {
  return null
}
