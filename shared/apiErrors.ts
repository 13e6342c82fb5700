/**
 * Why the REST API refused a request, as stable codes: every refusal answers `{ error, code }`, where
 * `error` is an English sentence for scripts and logs (its wording may change) and `code` one of these,
 * which the client turns into a message in the reader's language (client/apiErrorMessages.ts maps every
 * code). Add a code here before the server sends it.
 */
export const API_ERROR_CODES = [
  /** 400: the body or a parameter is not what the endpoint takes (`error` says what). */
  'invalidRequest',
  /** 413: the body is larger than the endpoint accepts. */
  'bodyTooLarge',
  /** 400: the JSON to import is no PracticeMap workshop export this server can read. */
  'notAnExport',
  /** 400: the practice list (CSV) has problems, listed in `problems`; nothing was added. */
  'practiceListInvalid',
  /** 401: the request carries no token. */
  'tokenMissing',
  /** 403: the token is wrong, or its link was replaced. */
  'linkInvalid',
  /** 403: a valid link of another role: only the facilitator's may do this. */
  'facilitatorOnly',
  /** 403: a page of another origin opened the sync socket (see ALLOWED_ORIGINS). */
  'originNotAllowed',
  /** 404: no workshop has this id (or it was deleted). */
  'workshopNotFound',
  /** 404: the workshop's history has no such snapshot. */
  'snapshotNotFound',
  /** 404: no such endpoint or export format. */
  'notFound',
  /** 405: the endpoint does not take this method (see the Allow header). */
  'methodNotAllowed',
  /** 409: the workshop already keeps the most snapshots taken by hand. */
  'snapshotLimit',
  /** 415: the body is not of the type the endpoint takes (JSON, or CSV for a practice list). */
  'unsupportedMediaType',
  /** 429: this address made too many refused requests (see the Retry-After header). */
  'rateLimited',
  /** 429: this address created the most workshops allowed for now (see the Retry-After header). */
  'creationLimit',
  /** 500: the workshop could not be deleted; nothing was removed. */
  'deleteFailed',
  /** 500: the server failed. */
  'internal',
  /** 503: the server is shutting down. */
  'shuttingDown',
] as const

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value)
}

/** The practice list's columns whose length is checked. */
export type PracticeListColumn = 'title' | 'organisation' | 'description'

/** One problem of a refused practice list (CSV), by the spreadsheet's row number (the header is row 1). */
export type PracticeListProblem =
  | { problem: 'notUtf8' }
  | { problem: 'empty' }
  /** The file does not parse as CSV (quotation marks that do not pair up), near this line. */
  | { problem: 'notCsv'; line: number }
  | { problem: 'noTitleColumn' }
  | { problem: 'noPractices' }
  | { problem: 'noTitle'; row: number }
  | { problem: 'tooLong'; row: number; column: PracticeListColumn; length: number; max: number }
  | { problem: 'tooManyPractices'; count: number; max: number }
  /** The problems beyond those listed, counted. */
  | { problem: 'moreProblems'; count: number }

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/**
 * A problem as the server sent it, or null for anything else: the body comes from the network (a proxy's
 * page, another version), so every field is checked before a message is built from it.
 */
export function readPracticeListProblem(value: unknown): PracticeListProblem | null {
  if (typeof value !== 'object' || value === null) return null
  const fields = value as Record<string, unknown>
  const problem = Object.hasOwn(fields, 'problem') ? fields.problem : undefined
  const number = (key: string) => (Object.hasOwn(fields, key) && isCount(fields[key]) ? fields[key] : null)
  switch (problem) {
    case 'notUtf8':
    case 'empty':
    case 'noTitleColumn':
    case 'noPractices':
      return { problem }
    case 'notCsv': {
      const line = number('line')
      return line === null ? null : { problem, line }
    }
    case 'noTitle': {
      const row = number('row')
      return row === null ? null : { problem, row }
    }
    case 'tooLong': {
      const [row, length, max] = [number('row'), number('length'), number('max')]
      const column = Object.hasOwn(fields, 'column') ? fields.column : undefined
      if (row === null || length === null || max === null) return null
      if (column !== 'title' && column !== 'organisation' && column !== 'description') return null
      return { problem, row, column, length, max }
    }
    case 'tooManyPractices': {
      const [count, max] = [number('count'), number('max')]
      return count === null || max === null ? null : { problem, count, max }
    }
    case 'moreProblems': {
      const count = number('count')
      return count === null ? null : { problem, count }
    }
    default:
      return null
  }
}
