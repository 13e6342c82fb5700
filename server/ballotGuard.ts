import type { IncomingMessage } from 'node:http'
import type * as Y from 'yjs'
import { ballotsChangedBy } from '../shared/ballotChanges'
import type { DocumentAddress } from '../shared/documentNames'
import type { Role } from '../shared/roles'
import { isVoterSecret, VOTER_SECRET_PARAM, voterIdOf } from '../shared/voter'

/**
 * One person must not change another's votes. There are no accounts, so a ballot belongs to the device that
 * holds the secret its key is derived from (shared/voter.ts): a board connection brings its device's secret
 * (`?voter=`), and a participant's update that changes any other ballot is refused, as a change to a locked
 * board is (connection.ts). Facilitators may change every ballot: clearing them starts a new round.
 */

/** The voter id a sync request proves it may vote as, or undefined (it may then change no ballot). */
export function voterIdFrom(request: IncomingMessage): string | undefined {
  let secret: string | null
  try {
    secret = new URL(request.url ?? '/', 'http://server.invalid').searchParams.get(VOTER_SECRET_PARAM)
  } catch {
    return undefined
  }
  return isVoterSecret(secret) ? voterIdOf(secret) : undefined
}

/**
 * Whether `update` from a connection of `role` (voting as `voterId`) changes a ballot it may not: any ballot
 * but its own on a board, for a participant, or one it cannot be told it does not (see ballotsChangedBy).
 * Throws, as applying it would, when the update does not decode.
 */
export function refusesBallotChange(
  role: Role,
  voterId: string | undefined,
  address: DocumentAddress,
  doc: Y.Doc,
  update: Uint8Array,
): boolean {
  if (role !== 'participant' || address.kind !== 'board') return false
  const { ballots, unresolved } = ballotsChangedBy(doc, update)
  if (unresolved) return true
  for (const key of ballots) if (key !== voterId) return true
  return false
}
