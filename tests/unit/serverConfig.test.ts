import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../server/config'
import { createLogger } from '../../server/log'

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
      maxPayloadBytes: 16 * 1024 * 1024,
      heartbeatIntervalMs: 30_000,
      refusalBurst: 20,
      refusalRefillPerSecond: 1,
      allowedOrigins: [],
      maxDatabaseBytes: 0,
      trustedProxies: 0,
      creationBurst: 20,
      creationPerHour: 60,
      startFresh: false,
    })
    // Room for one document-sized frame plus 8 MiB of other traffic.
    expect(config.maxBufferedBytes).toBe(config.maxPayloadBytes + 8 * 1024 * 1024)
  })

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/pm',
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
    })
    expect(config).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/pm',
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
