/** Placeholder until its feature lands; renders nothing. */
export function ReportPage(_props: { fallbackTitle: string }) {
  return null
}
