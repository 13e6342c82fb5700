/**
 * The app's routes as plain data, apart from the History API glue in router.ts, so that the paths
 * can be built and parsed anywhere (and tested without a browser).
 */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string }
  | { name: 'board'; workshopId: string; practiceId: string }
  /** A board in projector mode: the four lanes filling the screen, large enough for the back row. */
  | { name: 'projector'; workshopId: string; practiceId: string }
  /** The projector view: the participant link as a huge QR code, for the back of the room. */
  | { name: 'share'; workshopId: string }
  /** Every practice at a glance, for facilitators (and observers): counts, presence, votes, action plan. */
  | { name: 'overview'; workshopId: string }
  /** The transfer-interest matrix: which partner wants to adapt which practice. */
  | { name: 'interest'; workshopId: string }
  /** The report, laid out for printing (A4) or saving as PDF from the browser. */
  | { name: 'report'; workshopId: string }
  /** Snapshots of the workshop: take one, look at one, compare it with now, restore it (facilitators). */
  | { name: 'history'; workshopId: string }
  | { name: 'notFound' }

/** What the workshop page shows besides the top bar: the practice list, a board, or the projector view. */
export type WorkshopView =
  | { kind: 'practices' }
  | { kind: 'board'; practiceId: string }
  /** A board in projector mode (ProjectorBoard): the lanes alone, filling the screen. */
  | { kind: 'projector'; practiceId: string }
  | { kind: 'share' }
  /** Mapping the workshop as a whole (see OverviewPage and InterestPage). */
  | { kind: 'overview' }
  | { kind: 'interest' }
  /** The printable report (ReportPage) and the snapshots (HistoryPage). */
  | { kind: 'report' }
  | { kind: 'history' }

export function workshopPath(workshopId: string): string {
  return `/w/${encodeURIComponent(workshopId)}`
}

export function boardPath(workshopId: string, practiceId: string): string {
  return `${workshopPath(workshopId)}/p/${encodeURIComponent(practiceId)}`
}

export function projectorPath(workshopId: string, practiceId: string): string {
  return `${boardPath(workshopId, practiceId)}/projector`
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

export function sharePath(workshopId: string): string {
  return `${workshopPath(workshopId)}/share`
}

export function overviewPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/overview`
}

export function interestPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/interest`
}

export function reportPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/report`
}

export function historyPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/history`
}

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { name: 'home' }
  const match =
    /^\/w\/([^/]+)(?:\/p\/([^/]+)(\/projector)?|\/(share|overview|interest|report|history))?$/.exec(path)
  const workshopId = match?.[1] === undefined ? null : decode(match[1])
  if (!workshopId) return { name: 'notFound' }
  if (match?.[4] === 'share') return { name: 'share', workshopId }
  if (match?.[4] === 'overview') return { name: 'overview', workshopId }
  if (match?.[4] === 'interest') return { name: 'interest', workshopId }
  if (match?.[4] === 'report') return { name: 'report', workshopId }
  if (match?.[4] === 'history') return { name: 'history', workshopId }
  if (match?.[2] === undefined) return { name: 'workshop', workshopId }
  const practiceId = decode(match[2])
  if (!practiceId) return { name: 'notFound' }
  return match[3] === undefined
    ? { name: 'board', workshopId, practiceId }
    : { name: 'projector', workshopId, practiceId }
}
