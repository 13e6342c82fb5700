import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import type { WorkshopLinks } from '../shared/protocol'
import { ROLES, type Role } from '../shared/roles'
import { makeFilesPrivate, makePrivateFolder } from './storage/dataFolder'
import type { TokenGenerations, WorkshopRecord } from './storage/documentStore'

/**
 * Access tokens. Each workshop has one link per role, and a link's token is a signature, not a stored
 * secret: token = base64url(HMAC-SHA256(secret, `v1|<workshopId>|<role>|<generation>`)), cut to 32
 * characters (192 bits). The server keeps one secret; a workshop keeps only a generation number per role,
 * which regenerating a link increases, so the old token stops matching at once.
 *
 * Tokens never appear in logs: callers log workshop ids and roles, never URLs, query strings or headers.
 */

export const TOKEN_LENGTH = 32
export const SECRET_FILE = 'secret.key'
export const SECRET_ENV = 'PRACTICEMAP_SECRET'
const SECRET_BYTES = 32
const MIN_ENV_SECRET_LENGTH = 32
const TOKEN_PATTERN = /^[A-Za-z0-9_-]+$/

export class SecretError extends Error {
  override name = 'SecretError'
}

/**
 * The signing secret: `PRACTICEMAP_SECRET` when set (several machines must share it), else
 * `DATA_DIR/secret.key`, created on first start with 32 random bytes, readable by the owner only.
 * Losing or changing it invalidates every link of every workshop.
 */
export function loadSecret(dataDir: string, env: Readonly<Record<string, string | undefined>>): Buffer {
  const fromEnv = env[SECRET_ENV]
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_ENV_SECRET_LENGTH) {
      throw new SecretError(
        `${SECRET_ENV} must be at least ${MIN_ENV_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)`,
      )
    }
    return Buffer.from(fromEnv, 'utf8')
  }
  makePrivateFolder(dataDir)
  const path = join(dataDir, SECRET_FILE)
  let fd: number
  try {
    // 'wx': create only if missing, so two servers starting on one folder never overwrite each other's.
    fd = openSync(path, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    makeFilesPrivate(dataDir, [SECRET_FILE])
    return readSecretFile(path)
  }
  try {
    const secret = randomBytes(SECRET_BYTES)
    writeSync(fd, secret)
    fsyncSync(fd)
    return secret
  } finally {
    closeSync(fd)
  }
}

function readSecretFile(path: string): Buffer {
  const secret = readFileSync(path)
  if (secret.length < SECRET_BYTES) {
    // Never replaced silently: a new secret would invalidate every link ever handed out.
    throw new SecretError(
      `${path} holds ${secret.length} bytes, expected ${SECRET_BYTES}; ` +
        'restore it from a backup, or delete it to create a new one (every existing link stops working)',
    )
  }
  return secret
}

/** True when the secret file can be read by others than its owner (worth a warning at start). */
export function secretFileIsShared(dataDir: string): boolean {
  try {
    return (statSync(join(dataDir, SECRET_FILE)).mode & 0o077) !== 0
  } catch {
    return false
  }
}

/** What a token grants in one workshop. */
export interface Grant {
  role: Role
  /** The generation the token was issued for: a connection admitted with it ends when the role's link is regenerated. */
  generation: number
  /** The ballot a sync connection may change, proven by its device's voter secret (see ballotGuard.ts). */
  voterId?: string
}

export interface Auth {
  issueToken(workshopId: string, role: Role, generation: number): string
  /** The role `token` grants in `workshop`, or null for a wrong or outdated token. */
  roleOfToken(workshop: WorkshopRecord, token: string): Grant | null
  /** `<origin>/w/<id>?token=<token>` for each role. */
  links(origin: string, workshop: Pick<WorkshopRecord, 'id' | 'tokenGenerations'>): WorkshopLinks
}

export function createAuth(secret: Uint8Array): Auth {
  const key = Buffer.from(secret)
  const issueToken = (workshopId: string, role: Role, generation: number): string =>
    createHmac('sha256', key)
      .update(`v1|${workshopId}|${role}|${generation}`)
      .digest('base64url')
      .slice(0, TOKEN_LENGTH)

  return {
    issueToken,
    roleOfToken(workshop, token) {
      if (token.length !== TOKEN_LENGTH || !TOKEN_PATTERN.test(token)) return null
      const given = Buffer.from(token, 'utf8')
      let granted: Grant | null = null
      // Every role is compared, so the time taken does not say which one came close.
      for (const role of ROLES) {
        const generation = workshop.tokenGenerations[role]
        const expected = Buffer.from(issueToken(workshop.id, role, generation), 'utf8')
        if (timingSafeEqual(given, expected) && !granted) granted = { role, generation }
      }
      return granted
    },
    links(origin, workshop) {
      const link = (role: Role) =>
        `${origin}/w/${workshop.id}?token=${issueToken(workshop.id, role, workshop.tokenGenerations[role])}`
      return {
        facilitator: link('facilitator'),
        participant: link('participant'),
        observer: link('observer'),
      }
    },
  }
}

export const ZERO_GENERATIONS: Readonly<TokenGenerations> = Object.freeze({
  facilitator: 0,
  participant: 0,
  observer: 0,
})

/**
 * The token a request carries: `Authorization: Bearer <token>` (what the client's REST calls send), else
 * `?token=` (what a WebSocket can send: browsers cannot set headers on it). Null when there is none.
 */
export function tokenFrom(request: IncomingMessage): string | null {
  const header = request.headers.authorization
  if (typeof header === 'string') {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
    if (match?.[1]) return match[1]
  }
  let token: string | null
  try {
    token = new URL(request.url ?? '/', 'http://server.invalid').searchParams.get('token')
  } catch {
    return null
  }
  return token === null || token === '' ? null : token
}
