import type { ApiErrorCode, PracticeListProblem } from '../shared/apiErrors'
import type { ApiFailure, ApiRefusal } from './api'
import { type Messages, useI18n } from './i18n'

/**
 * What the UI says when a request fails, in the reader's language: by the server's code when it gave one
 * (every code of shared/apiErrors.ts has its message here: a new code without one is a type error), else
 * by what failed (offline, the network, the status).
 */

export function apiErrorMessage(t: Messages, code: ApiErrorCode): string {
  switch (code) {
    case 'invalidRequest':
      return t.errors.invalid
    case 'bodyTooLarge':
      return t.errors.tooLarge
    case 'notAnExport':
      return t.import.notAnExport
    case 'practiceListInvalid':
      return t.lifecycle.csvRefused
    case 'tokenMissing':
    case 'facilitatorOnly':
    case 'originNotAllowed':
      return t.errors.forbidden
    case 'linkInvalid':
      return `${t.access.revokedTitle} ${t.access.revokedText}`
    case 'workshopNotFound':
      return t.workshop.notFoundText
    case 'snapshotNotFound':
      return t.history.notFound
    case 'snapshotLimit':
      return t.history.manualLimit
    case 'rateLimited':
      return t.access.rateLimitedText
    case 'deleteFailed':
      return t.lifecycle.deleteFailed
    case 'notFound':
    case 'methodNotAllowed':
    case 'internal':
    case 'shuttingDown':
      return t.errors.server
  }
}

/** The message for a failure the server gave no code for (or that never reached it). */
export function failureMessage(t: Messages, failure: ApiFailure): string {
  switch (failure) {
    case 'offline':
      return t.errors.offline
    case 'network':
      return t.errors.network
    case 'invalid':
      return t.errors.invalid
    case 'rateLimited':
      return t.access.rateLimitedText
    case 'forbidden':
    case 'noToken':
      return t.errors.forbidden
    default:
      return t.errors.server
  }
}

export function refusalMessage(t: Messages, refusal: Pick<ApiRefusal, 'failure' | 'code'>): string {
  return refusal.code ? apiErrorMessage(t, refusal.code) : failureMessage(t, refusal.failure)
}

/** One problem of a refused practice list, as a sentence. */
export function practiceListProblemMessage(t: Messages, problem: PracticeListProblem): string {
  const messages = t.lifecycle
  switch (problem.problem) {
    case 'notUtf8':
      return messages.csvNotUtf8
    case 'empty':
      return messages.csvEmpty
    case 'notCsv':
      return messages.csvNotCsv(problem.line)
    case 'noTitleColumn':
      return `${messages.csvNoTitleColumn} ${messages.csvColumns}`
    case 'noPractices':
      return messages.csvNoPractices
    case 'noTitle':
      return messages.csvNoTitle(problem.row)
    case 'tooLong': {
      const tooLong = {
        title: messages.csvTitleTooLong,
        organisation: messages.csvOrganisationTooLong,
        description: messages.csvDescriptionTooLong,
      }[problem.column]
      return tooLong(problem.row, problem.length, problem.max)
    }
    case 'tooManyPractices':
      return messages.csvTooMany(problem.count, problem.max)
    case 'moreProblems':
      return messages.csvMoreProblems(problem.count)
  }
}

/** `refusalMessage` in the current language, for components. */
export function useFailureMessage(): (refusal: Pick<ApiRefusal, 'failure' | 'code'>) => string {
  const { t } = useI18n()
  return (refusal) => refusalMessage(t, refusal)
}
