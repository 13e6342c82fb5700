import { resolve } from 'node:path'
import { LOG_LEVELS, type LogLevel } from './log'

/** Everything the server can be told from outside; `readConfig` documents the environment variable of each. */
export interface ServerConfig {
  port: number
  host: string
  /** Folder of the SQLite database; created when missing. */
  dataDir: string
  /**
   * `postgres://…`: store everything in PostgreSQL instead of SQLite in `dataDir`, so several instances can
   * serve the same workshops (see docs/scale-out.md). Empty: the embedded SQLite store.
   */
  databaseUrl: string
  /**
   * `redis://…`: instances exchange committed changes, presence and control messages through Redis. Needs
   * `databaseUrl`. Empty: no other instance hears of this one's changes but through the tail check.
   */
  redisUrl: string
  /**
   * With a shared database: how often each open room asks storage whether another instance committed a
   * change it has not heard of (a lost message, or no Redis). With Redis down this is how changes cross.
   */
  tailCheckIntervalMs: number
  /** The same while Redis is unreachable (or not configured): the only way changes cross then. */
  tailPollIntervalMs: number
  /** How often an instance tells the others it is alive; they drop its people after three missed beats. */
  instanceHeartbeatMs: number
  /** The built client (`vite build` output). */
  staticDir: string
  logLevel: LogLevel
  /** How long a room with no connection stays in memory, so a reload or a flaky network does not reload it. */
  roomUnloadGraceMs: number
  /** Log rows of one document after which they are folded into its snapshot. */
  compactionThreshold: number
  /**
   * Largest frame accepted. A client's first sync step 2 carries its whole document, so this must exceed the
   * largest legitimate document, or that client is closed with 1009 and reconnects forever.
   */
  maxPayloadBytes: number
  /**
   * Largest single awareness frame. The stock client relays every presence it hears, so when it joins it
   * sends the whole room's back: this must hold a full room's presence, not just the client's own (which
   * `maxPresenceEntryBytes` bounds).
   */
  maxAwarenessBytes: number
  /**
   * Bytes waiting to be sent to one client above which it is closed (1013) rather than sent less than
   * everything. The default leaves room for one document-sized frame (a first sync step 2) plus 8 MiB, so
   * a slow client receiving a big document is not cut off by the next small message.
   */
  maxBufferedBytes: number
  /** Frames a client may send while its room is still loading. */
  maxQueuedMessages: number
  /** A connection that has not answered the previous ping within this interval is terminated. */
  heartbeatIntervalMs: number
  /** Longest graceful shutdown waits for clients to acknowledge the close before cutting them off. */
  shutdownTimeoutMs: number
  /**
   * Refused requests (bad or missing token, unknown workshop, bad path) one client address may make in a
   * row before every request from it is answered 429 without any further check (see rateLimit.ts).
   */
  refusalBurst: number
  /** How fast an address earns back refused requests, per second (decimals allowed). */
  refusalRefillPerSecond: number
  /**
   * Pages of other origins allowed to open the sync WebSocket (browsers send their page's Origin). A page of
   * the server's own origin always may, and so may clients that send no Origin (scripts, other servers); `*`
   * allows every origin. Needed when the app is reached through a proxy that rewrites the Host header.
   */
  allowedOrigins: readonly string[]
  /**
   * Largest the database may grow, in bytes (0: no limit but the disk's). Past it, new changes are refused
   * as on a full disk (their senders keep them and send them again later), so one runaway workshop cannot
   * fill the machine's disk.
   */
  maxDatabaseBytes: number
  /**
   * Largest a document may grow, in bytes, counted as storage holds it (its snapshot plus the changes
   * logged since). Past it, changes to it are refused with a reason; their senders keep them. A document is
   * what every joiner downloads and what each slow reader holds on the server, so it bounds both.
   */
  maxDocumentBytes: number
  /** Largest all documents of one workshop may grow together, in bytes; past it, changes are refused. */
  maxWorkshopBytes: number
  /**
   * Each connection's budget of sync messages: a token bucket of `connectionMessageBurst` messages refilled
   * at `connectionMessagesPerSecond`, and one of `connectionByteBurst` bytes refilled at
   * `connectionBytesPerSecond` (see budget.ts). A change beyond it is refused with a reason and asked for
   * again once the buckets are half full; a connection that keeps sending far past it is no longer read
   * until then. The defaults take a 200-card paste and fast dragging in their stride.
   */
  connectionMessageBurst: number
  connectionMessagesPerSecond: number
  connectionByteBurst: number
  connectionBytesPerSecond: number
  /** Open connections from one client address (IPv6: one /64), all documents and links together. */
  maxConnectionsPerAddress: number
  /** Open connections to one document from one client address. */
  maxDocumentConnectionsPerAddress: number
  /** Open connections on one link (one role's token of one workshop), from every address together. */
  maxConnectionsPerLink: number
  /**
   * Bytes of changes one document may hold while they wait for a change they depend on (Yjs "pending"),
   * and how long. Past either, they are dropped, never stored or sent, and their senders asked again.
   */
  maxPendingBytes: number
  maxPendingMs: number
  /** Presence entries (awareness client ids) one connection may own; the stock client has one. */
  maxPresenceEntries: number
  /** Largest presence state, in bytes of JSON; a connection announcing a bigger one is closed (1009). */
  maxPresenceEntryBytes: number
  /**
   * Each connection's budget of presence changes relayed to the room (a bucket of `presenceBurst`
   * refilled at `presenceChangesPerSecond`); a change beyond it waits, and only its latest state is sent.
   */
  presenceBurst: number
  presenceChangesPerSecond: number
  /** Least time between two presence frames a room sends; the changes meanwhile go out together. */
  presenceIntervalMs: number
  /**
   * How often at most a room relays presence renewals (a client repeating its unchanged state every 15 s
   * so it does not time out), all of them in one frame. Receivers drop a state not renewed for 30 s and a
   * stock client renews at most 18 s after its last one, so this must stay below 12 s.
   */
  presenceRenewalIntervalMs: number
  /**
   * A connection the server has sent nothing for this long gets an empty presence frame: the stock v3
   * client reconnects after 30 s without any message, and a quiet board whose providers announce no
   * presence would otherwise hear nothing at all.
   */
  keepAliveAfterMs: number
  /**
   * Each connection's budget of presence frames read at all (the stock client relays every presence
   * change it receives back to the server); frames beyond it are dropped unread.
   */
  presenceFrameBurst: number
  presenceFramesPerSecond: number
  /**
   * Reverse proxies in front of the server (TLS terminators such as nginx or Caddy). With 0, a client's
   * address is the socket's, and forwarding headers are ignored, since anyone can send them; with N, it is
   * the N-th entry from the right of `X-Forwarded-For` (see clientAddress.ts).
   */
  trustedProxies: number
  /**
   * Workshops one client address may create in a row (new, example, import, follow-up) before it gets 429;
   * see creationLimit.ts. Creating needs no link, so this is what keeps one script from filling the disk.
   */
  creationBurst: number
  /** How many of those an address earns back per hour (decimals allowed). */
  creationPerHour: number
  /**
   * Start although the database is missing or empty in a folder that held workshops (secret.key is there):
   * the operator knows they are gone. Without it the server refuses to start (see storage/dataFolder.ts).
   */
  startFresh: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const MiB = 1024 * 1024

type Env = Readonly<Record<string, string | undefined>>

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function decimal(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!/^\d+(?:\.\d+)?$/.test(raw) || !(value >= min && value <= max)) {
    throw new ConfigError(`${name} must be a number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false
  if (raw === '1' || raw === 'true') return true
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`)
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim()
  return raw === undefined || raw === '' ? fallback : raw
}

function logLevel(env: Env): LogLevel {
  const raw = text(env, 'LOG_LEVEL', 'info').toLowerCase()
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`)
  }
  return raw as LogLevel
}

/** `ALLOWED_ORIGINS`: a comma-separated list of origins (`https://host[:port]`), or `*`. */
function origins(env: Env): string[] {
  const raw = env.ALLOWED_ORIGINS?.trim()
  if (!raw) return []
  return raw.split(',').map((entry) => {
    const value = entry.trim()
    if (value === '*') return value
    let origin: string
    try {
      origin = new URL(value).origin
    } catch {
      origin = 'null'
    }
    if (origin === 'null' || origin !== value.replace(/\/$/, '')) {
      throw new ConfigError(
        `ALLOWED_ORIGINS must list origins like https://workshop.example.org (scheme, host, optional port), got "${value}"`,
      )
    }
    return origin
  })
}

function serviceUrl(env: Env, name: string, schemes: readonly string[]): string {
  const raw = env[name]?.trim()
  if (!raw) return ''
  let scheme = ''
  try {
    scheme = new URL(raw).protocol
  } catch {
    // reported below
  }
  if (!schemes.includes(scheme)) {
    throw new ConfigError(`${name} must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`)
  }
  return raw
}

/**
 * The shared signing key is checked at start (app.ts, requireSharedSecretFile), not here: a secret.key copied
 * to every instance's DATA_DIR is as good as PRACTICEMAP_SECRET, and is the only way to keep the links a
 * migrated server signed with its file (whose raw bytes the variable cannot hold).
 */
function databaseUrl(env: Env): string {
  return serviceUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'])
}

function redisUrl(env: Env): string {
  const url = serviceUrl(env, 'REDIS_URL', ['redis:', 'rediss:'])
  if (url && !env.DATABASE_URL?.trim()) {
    throw new ConfigError(
      'REDIS_URL needs DATABASE_URL: instances can only share workshops stored in PostgreSQL',
    )
  }
  return url
}

/** Reads the configuration from environment variables; throws a ConfigError naming the variable at fault. */
export function readConfig(env: Env = process.env): ServerConfig {
  const maxDocumentBytes = Math.round(decimal(env, 'MAX_DOCUMENT_MB', 16, 0.001, 1_000_000) * MiB)
  // A client's first sync step 2 can carry a whole document (one it kept while the server lost it).
  const maxPayloadBytes = integer(env, 'MAX_PAYLOAD_BYTES', maxDocumentBytes + MiB, 1024)
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: text(env, 'HOST', '0.0.0.0'),
    dataDir: resolve(text(env, 'DATA_DIR', './data')),
    databaseUrl: databaseUrl(env),
    redisUrl: redisUrl(env),
    tailCheckIntervalMs: integer(env, 'TAIL_CHECK_INTERVAL_MS', 3000, 10, 600_000),
    tailPollIntervalMs: integer(env, 'TAIL_POLL_INTERVAL_MS', 250, 10, 600_000),
    instanceHeartbeatMs: integer(env, 'INSTANCE_HEARTBEAT_MS', 1000, 10, 60_000),
    staticDir: resolve(text(env, 'STATIC_DIR', './dist/client')),
    logLevel: logLevel(env),
    roomUnloadGraceMs: integer(env, 'ROOM_UNLOAD_GRACE_MS', 10_000, 0),
    compactionThreshold: integer(env, 'COMPACTION_THRESHOLD', 500, 1),
    maxPayloadBytes,
    // The stock client relays every presence it hears back, the whole room's when it joins: 250 people
    // with a few hundred bytes each (presence.ts drops what is not the sender's own without parsing it).
    maxAwarenessBytes: integer(env, 'MAX_AWARENESS_BYTES', Math.min(512 * 1024, maxPayloadBytes), 256),
    maxBufferedBytes: integer(env, 'MAX_BUFFERED_BYTES', maxPayloadBytes + 8 * MiB, 1024),
    maxQueuedMessages: integer(env, 'MAX_QUEUED_MESSAGES', 256, 1),
    heartbeatIntervalMs: integer(env, 'HEARTBEAT_INTERVAL_MS', 30_000, 10),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 5_000, 0),
    refusalBurst: integer(env, 'REFUSAL_BURST', 20, 1),
    refusalRefillPerSecond: decimal(env, 'REFUSAL_REFILL_PER_SECOND', 1, 0.001, 1_000_000),
    allowedOrigins: origins(env),
    maxDatabaseBytes: integer(env, 'MAX_DATABASE_MB', 0, 0) * MiB,
    trustedProxies: integer(env, 'TRUST_PROXY', 0, 0, 16),
    creationBurst: integer(env, 'WORKSHOP_CREATION_BURST', 20, 1),
    creationPerHour: decimal(env, 'WORKSHOP_CREATION_PER_HOUR', 60, 0.01, 1_000_000),
    startFresh: flag(env, 'START_FRESH'),
    maxDocumentBytes,
    maxWorkshopBytes: Math.round(decimal(env, 'MAX_WORKSHOP_MB', 128, 0.001, 1_000_000_000) * MiB),
    connectionMessageBurst: integer(env, 'CONNECTION_MESSAGE_BURST', 400, 1),
    connectionMessagesPerSecond: decimal(env, 'CONNECTION_MESSAGES_PER_SECOND', 40, 0.001, 1_000_000),
    connectionByteBurst: integer(env, 'CONNECTION_BYTE_BURST', 8 * MiB, 1024),
    connectionBytesPerSecond: integer(env, 'CONNECTION_BYTES_PER_SECOND', MiB, 1),
    maxConnectionsPerAddress: integer(env, 'MAX_CONNECTIONS_PER_ADDRESS', 2000, 1),
    maxDocumentConnectionsPerAddress: integer(env, 'MAX_DOCUMENT_CONNECTIONS_PER_ADDRESS', 250, 1),
    maxConnectionsPerLink: integer(env, 'MAX_CONNECTIONS_PER_LINK', 2000, 1),
    maxPendingBytes: integer(env, 'MAX_PENDING_BYTES', 64 * 1024, 0),
    maxPendingMs: integer(env, 'MAX_PENDING_MS', 5000, 0),
    maxPresenceEntries: integer(env, 'MAX_PRESENCE_ENTRIES', 4, 1),
    maxPresenceEntryBytes: integer(env, 'MAX_PRESENCE_ENTRY_BYTES', 4096, 64),
    presenceBurst: integer(env, 'PRESENCE_BURST', 5, 1),
    presenceChangesPerSecond: decimal(env, 'PRESENCE_CHANGES_PER_SECOND', 2, 0.001, 1_000_000),
    presenceIntervalMs: integer(env, 'PRESENCE_INTERVAL_MS', 100, 0, 10_000),
    presenceRenewalIntervalMs: integer(env, 'PRESENCE_RENEWAL_INTERVAL_MS', 10_000, 0, 11_000),
    keepAliveAfterMs: integer(env, 'KEEP_ALIVE_AFTER_MS', 15_000, 10, 25_000),
    presenceFrameBurst: integer(env, 'PRESENCE_FRAME_BURST', 40, 1),
    presenceFramesPerSecond: decimal(env, 'PRESENCE_FRAMES_PER_SECOND', 20, 0.001, 1_000_000),
  }
}
