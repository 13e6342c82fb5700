import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../server/config'
import { createLogger } from '../../server/log'

const MiB = 1024 * 1024

describe('readConfig', () => {
  it('has defaults for a plain `npm run serve`', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      staticDir: resolve('dist/client'),
      logLevel: 'info',
      roomUnloadGraceMs: 10_000,
      compactionThreshold: 500,
      heartbeatIntervalMs: 30_000,
      refusalBurst: 20,
      refusalRefillPerSecond: 1,
      allowedOrigins: [],
      maxDatabaseBytes: 0,
      trustedProxies: 0,
      creationBurst: 20,
      creationPerHour: 60,
      startFresh: false,
      // What one participant link can do to a workshop (see README, "What survives what").
      maxDocumentBytes: 16 * MiB,
      maxWorkshopBytes: 128 * MiB,
      connectionMessageBurst: 400,
      connectionMessagesPerSecond: 40,
      connectionByteBurst: 8 * MiB,
      connectionBytesPerSecond: MiB,
      maxConnectionsPerAddress: 2000,
      maxDocumentConnectionsPerAddress: 250,
      maxConnectionsPerLink: 2000,
      maxPendingBytes: 64 * 1024,
      maxPendingMs: 5000,
      maxPresenceEntries: 4,
      maxPresenceEntryBytes: 4096,
      presenceBurst: 5,
      presenceChangesPerSecond: 2,
      presenceIntervalMs: 100,
      // Receivers drop a state after 30 s; a stock client renews at most 18 s after its last renewal.
      presenceRenewalIntervalMs: 10_000,
      // The stock v3 client reconnects after 30 s without a message.
      keepAliveAfterMs: 15_000,
      presenceFrameBurst: 40,
      presenceFramesPerSecond: 20,
      // A room's whole presence, which a joining stock client relays back at once.
      maxAwarenessBytes: 512 * 1024,
    })
    // A document is capped at 32 MiB at most by default, and the largest frame holds a whole one.
    expect(config.maxDocumentBytes).toBeLessThanOrEqual(32 * MiB)
    expect(config.maxPayloadBytes).toBe(config.maxDocumentBytes + MiB)
    // Room for one document-sized frame plus 8 MiB of other traffic.
    expect(config.maxBufferedBytes).toBe(config.maxPayloadBytes + 8 * MiB)
    // A venue behind one address: 100 people with nine documents open in two tabs each.
    expect(config.maxConnectionsPerAddress).toBeGreaterThanOrEqual(100 * 9 * 2)
    expect(config.maxConnectionsPerLink).toBeGreaterThanOrEqual(100 * 9 * 2)
    expect(config.maxDocumentConnectionsPerAddress).toBeGreaterThanOrEqual(100 * 2)
    // A 200-card paste fits in one burst.
    expect(config.connectionMessageBurst).toBeGreaterThanOrEqual(200)
  })

  it('refuses a database or Redis URL it cannot use, without printing it', () => {
    const secret = 'x'.repeat(32)
    expect(() => readConfig({ DATABASE_URL: 'mysql://u:hunter2@db/x', PRACTICEMAP_SECRET: secret })).toThrow(
      /^DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/$/,
    )
    expect(() => readConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/)
    expect(() =>
      readConfig({
        DATABASE_URL: 'postgres://db/x',
        PRACTICEMAP_SECRET: secret,
        REDIS_URL: 'http://u:hunter2@c',
      }),
    ).toThrow(/^REDIS_URL must be a URL starting with redis:\/\/ or rediss:\/\/$/)
  })

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/pm',
      DATABASE_URL: 'postgres://practicemap:secret@db.internal:5432/practicemap',
      PRACTICEMAP_SECRET: 'x'.repeat(32),
      REDIS_URL: 'redis://cache.internal:6379/2',
      TAIL_CHECK_INTERVAL_MS: '5000',
      TAIL_POLL_INTERVAL_MS: '500',
      INSTANCE_HEARTBEAT_MS: '2000',
      STATIC_DIR: '/tmp/pm-client',
      LOG_LEVEL: 'SILENT',
      ROOM_UNLOAD_GRACE_MS: '50',
      COMPACTION_THRESHOLD: '20',
      MAX_PAYLOAD_BYTES: '65536',
      MAX_AWARENESS_BYTES: '4096',
      MAX_BUFFERED_BYTES: '100000',
      MAX_QUEUED_MESSAGES: '8',
      HEARTBEAT_INTERVAL_MS: '1000',
      SHUTDOWN_TIMEOUT_MS: '200',
      REFUSAL_BURST: '5',
      REFUSAL_REFILL_PER_SECOND: '0.5',
      ALLOWED_ORIGINS: 'https://workshop.example.org, http://10.0.0.5:8080/',
      MAX_DATABASE_MB: '512',
      TRUST_PROXY: '2',
      WORKSHOP_CREATION_BURST: '3',
      WORKSHOP_CREATION_PER_HOUR: '0.5',
      START_FRESH: '1',
      MAX_DOCUMENT_MB: '0.5',
      MAX_WORKSHOP_MB: '40',
      CONNECTION_MESSAGE_BURST: '50',
      CONNECTION_MESSAGES_PER_SECOND: '2.5',
      CONNECTION_BYTE_BURST: '4096',
      CONNECTION_BYTES_PER_SECOND: '2048',
      MAX_CONNECTIONS_PER_ADDRESS: '300',
      MAX_DOCUMENT_CONNECTIONS_PER_ADDRESS: '30',
      MAX_CONNECTIONS_PER_LINK: '400',
      MAX_PENDING_BYTES: '1000',
      MAX_PENDING_MS: '100',
      MAX_PRESENCE_ENTRIES: '2',
      MAX_PRESENCE_ENTRY_BYTES: '512',
      PRESENCE_BURST: '3',
      PRESENCE_CHANGES_PER_SECOND: '0.5',
      PRESENCE_INTERVAL_MS: '250',
      PRESENCE_RENEWAL_INTERVAL_MS: '5000',
      KEEP_ALIVE_AFTER_MS: '20000',
      PRESENCE_FRAME_BURST: '10',
      PRESENCE_FRAMES_PER_SECOND: '5',
    })
    expect(config).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/pm',
      databaseUrl: 'postgres://practicemap:secret@db.internal:5432/practicemap',
      redisUrl: 'redis://cache.internal:6379/2',
      tailCheckIntervalMs: 5000,
      tailPollIntervalMs: 500,
      instanceHeartbeatMs: 2000,
      staticDir: '/tmp/pm-client',
      logLevel: 'silent',
      roomUnloadGraceMs: 50,
      compactionThreshold: 20,
      maxPayloadBytes: 65536,
      maxAwarenessBytes: 4096,
      maxBufferedBytes: 100000,
      maxQueuedMessages: 8,
      heartbeatIntervalMs: 1000,
      shutdownTimeoutMs: 200,
      refusalBurst: 5,
      refusalRefillPerSecond: 0.5,
      allowedOrigins: ['https://workshop.example.org', 'http://10.0.0.5:8080'],
      maxDatabaseBytes: 512 * 1024 * 1024,
      trustedProxies: 2,
      creationBurst: 3,
      creationPerHour: 0.5,
      startFresh: true,
      maxDocumentBytes: 0.5 * MiB,
      maxWorkshopBytes: 40 * MiB,
      connectionMessageBurst: 50,
      connectionMessagesPerSecond: 2.5,
      connectionByteBurst: 4096,
      connectionBytesPerSecond: 2048,
      maxConnectionsPerAddress: 300,
      maxDocumentConnectionsPerAddress: 30,
      maxConnectionsPerLink: 400,
      maxPendingBytes: 1000,
      maxPendingMs: 100,
      maxPresenceEntries: 2,
      maxPresenceEntryBytes: 512,
      presenceBurst: 3,
      presenceChangesPerSecond: 0.5,
      presenceIntervalMs: 250,
      presenceRenewalIntervalMs: 5000,
      keepAliveAfterMs: 20_000,
      presenceFrameBurst: 10,
      presenceFramesPerSecond: 5,
    })
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ COMPACTION_THRESHOLD: '0' }, /COMPACTION_THRESHOLD/],
    [{ ROOM_UNLOAD_GRACE_MS: '1.5' }, /ROOM_UNLOAD_GRACE_MS/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ REFUSAL_BURST: '0' }, /REFUSAL_BURST/],
    [{ START_FRESH: 'yes' }, /START_FRESH must be 1 or 0/],
    [{ WORKSHOP_CREATION_BURST: '0' }, /WORKSHOP_CREATION_BURST/],
    [{ WORKSHOP_CREATION_PER_HOUR: '0' }, /WORKSHOP_CREATION_PER_HOUR must be a number/],
    [{ REFUSAL_REFILL_PER_SECOND: '0' }, /REFUSAL_REFILL_PER_SECOND must be a number/],
    [{ REFUSAL_REFILL_PER_SECOND: '-1' }, /REFUSAL_REFILL_PER_SECOND/],
    [{ REFUSAL_REFILL_PER_SECOND: '1e3' }, /REFUSAL_REFILL_PER_SECOND/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be an integer from 0 to 16/],
    [{ MAX_DOCUMENT_MB: '0' }, /MAX_DOCUMENT_MB must be a number/],
    [{ MAX_WORKSHOP_MB: 'lots' }, /MAX_WORKSHOP_MB/],
    [{ CONNECTION_MESSAGE_BURST: '0' }, /CONNECTION_MESSAGE_BURST/],
    [{ CONNECTION_MESSAGES_PER_SECOND: '0' }, /CONNECTION_MESSAGES_PER_SECOND/],
    [{ MAX_CONNECTIONS_PER_ADDRESS: '0' }, /MAX_CONNECTIONS_PER_ADDRESS/],
    [{ MAX_PRESENCE_ENTRIES: '1.5' }, /MAX_PRESENCE_ENTRIES/],
    [{ PRESENCE_INTERVAL_MS: '20000' }, /PRESENCE_INTERVAL_MS must be an integer from 0 to 10000/],
    // Renewals held past 12 s would let receivers time a present person out.
    [
      { PRESENCE_RENEWAL_INTERVAL_MS: '15000' },
      /PRESENCE_RENEWAL_INTERVAL_MS must be an integer from 0 to 11000/,
    ],
    [{ KEEP_ALIVE_AFTER_MS: '30000' }, /KEEP_ALIVE_AFTER_MS must be an integer from 10 to 25000/],
    [{ TRUST_PROXY: '-1' }, /TRUST_PROXY/],
    [{ ALLOWED_ORIGINS: 'workshop.example.org' }, /ALLOWED_ORIGINS must list origins/],
    [{ ALLOWED_ORIGINS: 'https://workshop.example.org/app' }, /ALLOWED_ORIGINS must list origins/],
  ])('names the variable at fault: %o', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(message)
  })
})

describe('createLogger', () => {
  it('writes one JSON line per entry at or above its level, errors with their message', () => {
    const lines: [string, string][] = []
    const log = createLogger('warn', (level, line) => lines.push([level, line]))
    log.info('hidden')
    log.warn('shown', { room: 'abc' })
    log.error('failed', { error: new Error('disk full') })
    expect(lines.map(([level]) => level)).toEqual(['warn', 'error'])
    const entry = JSON.parse(lines[1]?.[1] ?? '{}') as { msg: string; error: { message: string } }
    expect(entry.msg).toBe('failed')
    expect(entry.error.message).toBe('disk full')
    expect(JSON.parse(lines[0]?.[1] ?? '{}')).toMatchObject({ level: 'warn', msg: 'shown', room: 'abc' })
  })

  it('writes nothing when silent', () => {
    const lines: string[] = []
    const log = createLogger('silent', (_level, line) => lines.push(line))
    log.error('nothing')
    expect(lines).toEqual([])
  })
})
