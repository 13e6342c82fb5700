import { digest } from 'lib0/hash/sha256'
import { encodeUtf8 } from 'lib0/string'

// Web Crypto's getRandomValues is a global in browsers (also on plain http, unlike crypto.subtle) and in
// Node >= 19; shared/ has neither DOM nor Node typings, so the one function used is declared here.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T }

/**
 * Whose ballot is whose, without accounts. Each device keeps a random voter secret; its ballot is keyed by
 * the voter id derived from it (a SHA-256 hash), which anyone can compute from the secret and nobody can
 * turn back into it. The device passes the secret with its board connections (`?voter=`), and the server
 * lets a participant's connection change the ballot of that id alone (server/ballotGuard.ts).
 *
 * The hash is lib0's, in plain JavaScript: crypto.subtle exists only on https pages, and a workshop on a
 * venue's network is often served over plain http.
 */

/** The query parameter that carries the voter secret on a sync connection. */
export const VOTER_SECRET_PARAM = 'voter'

const SECRET_BYTES = 32
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/
/** Voter ids start so, and ballot keys that do not (older random user ids) are told apart at a glance. */
const VOTER_ID_PREFIX = 'v1-'
/** 22 base64url characters: 132 bits of the hash, far beyond guessing a secret that gives a chosen id. */
const VOTER_ID_HASH_LENGTH = 22

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function base64url(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const triple = (a << 16) | (b << 8) | c
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4
    for (let k = 0; k < chars; k++) text += BASE64URL[(triple >> (18 - 6 * k)) & 63]
  }
  return text
}

/** A new voter secret: 32 random bytes as 43 base64url characters. */
export function newVoterSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)))
}

export function isVoterSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value)
}

/** The voter id (the ballot key) of a voter secret. */
export function voterIdOf(secret: string): string {
  const hash = digest(encodeUtf8(`practicemap voter|${secret}`))
  return VOTER_ID_PREFIX + base64url(hash).slice(0, VOTER_ID_HASH_LENGTH)
}

/** Whether a ballot key is a voter id (not an older random user id, whose ballot nobody can prove is theirs). */
export function isVoterId(key: string): boolean {
  return key.startsWith(VOTER_ID_PREFIX) && key.length === VOTER_ID_PREFIX.length + VOTER_ID_HASH_LENGTH
}
