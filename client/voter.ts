import { isVoterSecret, newVoterSecret, voterIdOf } from '../shared/voter'
import { storedValue } from './storage'

/**
 * This device's voter secret (shared/voter.ts): made once, kept in localStorage beside the identity, and
 * sent only with board connections. Its ballots are keyed by the voter id derived from it, and the server
 * lets only a connection that brings the secret change them. A device without storage makes one per page:
 * its ballot then stays as it was after a reload (counted, but no longer changeable from here).
 */

const stored = storedValue<string | null>('practicemap:voter-secret', (raw) =>
  isVoterSecret(raw) ? raw : null,
)

export function voterSecret(): string {
  const known = stored.get()
  if (known) return known
  const secret = newVoterSecret()
  stored.set(secret)
  return stored.get() ?? secret
}

/** This device's voter id: the key of its ballot on every board. */
export function voterId(): string {
  return voterIdOf(voterSecret())
}
