import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve as resolvePath } from 'node:path'
import { type WebSocket, WebSocketServer } from 'ws'
import { REGENERABLE_ROLES, type RegenerableRole } from '../shared/roles'
import { createApiHandler } from './api'
import { createAuth, type Grant, loadSecret, SECRET_ENV, SECRET_FILE, secretFileIsShared } from './auth'
import { CloseCode, CloseReason } from './closeCodes'
import type { ClusterBus } from './cluster/bus'
import { ClusterRooms } from './cluster/clusterRooms'
import { RedisBus } from './cluster/redisBus'
import { readConfig, type ServerConfig } from './config'
import { Connection } from './connection'
import { ConnectionCaps } from './connectionCaps'
import { CreationLimiter } from './creationLimit'
import { WorkshopHistory } from './history'
import { createRequestHandler } from './http'
import { createLogger, type Logger } from './log'
import type { UpdatePersistence } from './persistence'
import { RefusalRateLimiter } from './rateLimit'
import { createRoomSystem, type Room, type RoomPeer, type RoomRegistry } from './rooms'
import { refuseLostDatabase } from './storage/dataFolder'
import type { DocumentStore } from './storage/documentStore'
import { PostgresStore } from './storage/postgresStore'
import { DATABASE_FILE, SqliteStore } from './storage/sqliteStore'
import { WorkshopCachingStore } from './storage/workshopCache'
import { Sweep } from './sweep'
import { type AuthorizeUpgrade, authorizeByToken, createUpgradeHandler, type SyncTarget } from './upgrade'
import { warmUpYjs } from './warmUp'

/** How long a commit to a shared database is retried before the rooms' clients are closed (1011). */
const SHARED_STORE_COMMIT_RETRY_MS = 2000

export interface StartOptions extends Partial<ServerConfig> {
  /** Defaults to the SQLite store in `dataDir`. The server owns the store and closes it on `close()`. */
  store?: DocumentStore
  logger?: Logger
  /** Defaults to checking the request's token (see auth.ts). */
  authorize?: AuthorizeUpgrade
  /** The token signing secret; defaults to PRACTICEMAP_SECRET, else `dataDir/secret.key` (see auth.ts). */
  secret?: Uint8Array
  /**
   * How this instance hears the others sharing its store (server/cluster/); defaults to Redis at
   * `redisUrl` when set. Only used with a store shared by instances. The server closes it on `close()`.
   */
  bus?: ClusterBus
}

export interface RunningServer {
  /** http://<host>:<port> to connect to from this machine: 127.0.0.1 when listening on every interface. */
  url: string
  /** The address the socket is bound to as the system reports it (`0.0.0.0:8080`, `[::]:8080`), for the log. */
  listeningOn: string
  port: number
  config: ServerConfig
  registry: RoomRegistry
  persistence: UpdatePersistence<RoomPeer, Room>
  /** Graceful stop: refuse new clients, close the open ones (1001), commit, snapshot every room, close the store. */
  close(): Promise<void>
}

/**
 * Instances sharing a database must sign links with one key. Without PRACTICEMAP_SECRET each would make
 * its own secret.key, and a link from one would be refused by the others: the file must be there already,
 * copied to every instance (what the SQLite → PostgreSQL migration says to do).
 */
function requireSharedSecretFile(dataDir: string): void {
  if (existsSync(join(dataDir, SECRET_FILE))) return
  throw new Error(
    `with DATABASE_URL every instance must sign links with the same key: set ${SECRET_ENV} to the same value on each, or copy one ${SECRET_FILE} into each instance's DATA_DIR (${dataDir})`,
  )
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

/** PostgreSQL when DATABASE_URL says so (instances share it), else SQLite in the data folder. */
async function openStore(config: ServerConfig, log: Logger): Promise<DocumentStore> {
  if (config.databaseUrl) return PostgresStore.open(config.databaseUrl, { log })
  return SqliteStore.open(config.dataDir, { maxBytes: config.maxDatabaseBytes, log })
}

/** Starts the HTTP + WebSocket server; the environment (see config.ts) fills in what `options` leave out. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const {
    store: givenStore,
    logger,
    authorize: givenAuthorize,
    secret: givenSecret,
    bus: givenBus,
    ...overrides
  } = options
  const config: ServerConfig = { ...readConfig(process.env) }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) Object.assign(config, { [key]: value })
  }
  config.dataDir = resolvePath(config.dataDir)
  config.staticDir = resolvePath(config.staticDir)
  const log = logger ?? createLogger(config.logLevel)
  let secret: Uint8Array
  try {
    if (config.databaseUrl && !givenSecret && !process.env[SECRET_ENV]) {
      requireSharedSecretFile(config.dataDir)
    }
    // Before secret.key can be created: it is how a folder that held workshops is told from a new one.
    if (!givenStore && !config.databaseUrl) {
      refuseLostDatabase({
        dataDir: config.dataDir,
        databaseFile: DATABASE_FILE,
        markerFile: SECRET_FILE,
        startFresh: config.startFresh,
        log,
      })
    }
    // Before the SQLite store is opened, so a bad secret leaves nothing open behind it.
    secret = givenSecret ?? loadSecret(config.dataDir, process.env)
  } catch (error) {
    await givenStore?.close()
    throw error
  }
  if (!givenSecret && !process.env.PRACTICEMAP_SECRET && secretFileIsShared(config.dataDir)) {
    log.warn('the token secret file can be read by other users; chmod 600 it', { file: SECRET_FILE })
  }
  const auth = createAuth(secret)
  warmUpYjs()
  const authorize = givenAuthorize ?? authorizeByToken(auth)
  const limiter = new RefusalRateLimiter({
    burst: config.refusalBurst,
    refillPerSecond: config.refusalRefillPerSecond,
  })
  const creations = new CreationLimiter({
    burst: config.creationBurst,
    perHour: config.creationPerHour,
    trustedProxies: config.trustedProxies,
    log,
  })
  const store = new WorkshopCachingStore(givenStore ?? (await openStore(config, log)))
  let bus: ClusterBus | undefined
  try {
    bus = givenBus ?? (config.redisUrl ? new RedisBus({ url: config.redisUrl, log }) : undefined)
  } catch (error) {
    await store.close()
    throw error
  }
  const startedAt = Date.now()
  let accepting = true
  let port = config.port

  const cluster = store.sharedByInstances
    ? new ClusterRooms({
        store,
        bus,
        log,
        tailCheckIntervalMs: config.tailCheckIntervalMs,
        tailPollIntervalMs: config.tailPollIntervalMs,
        heartbeatMs: config.instanceHeartbeatMs,
        onWorkshopDeleted: (workshopId) => void workshopDeletedElsewhere(workshopId),
        onLinkReplaced: (workshopId, role, generation) => {
          store.forgetWorkshop(workshopId)
          revokeBelow(workshopId, role, generation)
        },
        onBusReconnected: () => {
          store.forgetAllWorkshops()
          void recheckOpenWorkshops()
        },
      })
    : undefined
  const { registry, persistence } = createRoomSystem({
    store,
    log,
    unloadGraceMs: config.roomUnloadGraceMs,
    compactionThreshold: config.compactionThreshold,
    limits: config,
    cluster,
    // A database on another machine may restart or fail over: a pause, not a disconnect of everyone.
    commitRetryMs: store.sharedByInstances ? SHARED_STORE_COMMIT_RETRY_MS : 0,
  })
  const caps = new ConnectionCaps(config)
  const connections = new Set<Connection>()
  // Workshop history: snapshots on demand (historyApi.ts) and at every phase change, from here on.
  const history = new WorkshopHistory({ store, registry, log, now: Date.now })
  history.watchPhaseChanges()
  try {
    await cluster?.start(registry)
  } catch (error) {
    await store.close()
    throw error
  }
  /**
   * Per workshop and role, the generation below which tokens are revoked, as the API last set it. An upgrade
   * checked against the stored generation just before a regeneration must not slip through after it.
   */
  const revokedBelow = new Map<string, number>()
  const revocationKey = (workshopId: string, role: string) => `${workshopId}|${role}`

  function isRevoked(workshopId: string, grant: Grant): boolean {
    return grant.generation < (revokedBelow.get(revocationKey(workshopId, grant.role)) ?? 0)
  }

  function onLinkRegenerated(workshopId: string, role: RegenerableRole, generation: number): void {
    revokeBelow(workshopId, role, generation)
    cluster?.announceLinkReplaced(workshopId, role, generation)
  }

  /** Another instance deleted the workshop: its record and its rooms go here too. */
  function workshopDeletedElsewhere(workshopId: string): Promise<void> {
    store.forgetWorkshop(workshopId)
    return registry.workshopDeletedElsewhere(workshopId)
  }

  /**
   * After a bus outage: each workshop with open connections is read again, and whatever another instance
   * did to it meanwhile (deleted it, replaced a link) takes effect here as if its message had arrived.
   */
  async function recheckOpenWorkshops(): Promise<void> {
    const workshopIds = new Set([...connections].map((connection) => connection.workshopId))
    for (const workshopId of workshopIds) {
      try {
        const record = await store.getWorkshop(workshopId)
        if (!record) {
          await workshopDeletedElsewhere(workshopId)
          continue
        }
        for (const role of REGENERABLE_ROLES) revokeBelow(workshopId, role, record.tokenGenerations[role])
      } catch (error) {
        log.warn('could not check a workshop again after the cluster bus came back', {
          workshop: workshopId,
          error,
        })
      }
    }
  }

  function revokeBelow(workshopId: string, role: RegenerableRole, generation: number): void {
    const key = revocationKey(workshopId, role)
    revokedBelow.set(key, Math.max(generation, revokedBelow.get(key) ?? 0))
    let closed = 0
    for (const connection of connections) {
      if (connection.workshopId === workshopId && isRevoked(workshopId, connection.grant)) {
        connection.close(CloseCode.linkRevoked, CloseReason.linkRevoked)
        closed += 1
      }
    }
    if (closed > 0)
      log.info('closed connections of a regenerated link', { workshop: workshopId, role, closed })
  }

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxPayloadBytes,
    perMessageDeflate: false,
  })
  wss.on('error', (error) => log.error('websocket server error', { error }))

  const onConnection = (ws: WebSocket, target: SyncTarget, grant: Grant): void => {
    const connection = new Connection(ws, target, grant, config, log, (closed) => connections.delete(closed))
    if (!accepting) {
      connection.close(CloseCode.goingAway, CloseReason.shuttingDown)
      return
    }
    // Admitted just before the workshop was deleted: its rooms must not open again.
    if (registry.isWorkshopDeleted(target.address.workshopId)) {
      connection.close(CloseCode.workshopDeleted, CloseReason.workshopDeleted)
      return
    }
    if (isRevoked(target.address.workshopId, grant)) {
      connection.close(CloseCode.linkRevoked, CloseReason.linkRevoked)
      return
    }
    connections.add(connection)
    connection.attach(registry.join(target.documentName, connection))
  }

  const server = createServer(
    createRequestHandler({
      staticDir: config.staticDir,
      log,
      api: createApiHandler({
        store,
        registry,
        log,
        auth,
        limiter,
        creations,
        history,
        onLinkRegenerated,
        fallbackHost: () => `${urlHost(config.host)}:${port}`,
        trustedProxies: config.trustedProxies,
      }),
      health: ({ collectGarbage }) => {
        const gc = (globalThis as { gc?: () => void }).gc
        if (collectGarbage && gc) gc()
        const { rss, heapUsed } = process.memoryUsage()
        return {
          status: 'ok',
          rooms: registry.size,
          connections: connections.size,
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
          memory: { rssBytes: rss, heapUsedBytes: heapUsed },
          pendingCommits: persistence.backlog,
          commitWait: persistence.commitWait,
          compactions: persistence.stats.compactions,
          ...(cluster && {
            cluster: {
              instance: cluster.instance,
              busConnected: cluster.busConnected,
              otherInstances: cluster.otherInstances,
            },
          }),
        }
      },
    }),
  )
  server.on(
    'upgrade',
    createUpgradeHandler({
      wss,
      store,
      log,
      limiter,
      authorize,
      allowedOrigins: config.allowedOrigins,
      trustedProxies: config.trustedProxies,
      isAccepting: () => accepting,
      reserveConnection: (address, target, grant) =>
        caps.reserve({
          address,
          documentName: target.documentName,
          workshopId: target.address.workshopId,
          role: grant.role,
        }),
      onConnection,
    }),
  )
  server.on('clientError', (error, socket) => {
    log.debug('http client error', { error: error.message })
    socket.destroy()
  })

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(config.port, config.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await cluster?.stop()
    await store.close()
    throw error
  }
  server.on('error', (error) => log.error('http server error', { error }))
  const bound = server.address() as AddressInfo
  port = bound.port

  // Pings and keep-alive frames, each connection at its own moment (sweep.ts): done for all at once they
  // would stall the server for everyone. Visited at least every third of the keep-alive delay.
  const chores = new Sweep(
    () => connections,
    Math.min(config.heartbeatIntervalMs, Math.floor(config.keepAliveAfterMs / 3)),
    (connection, now) => connection.visit(now),
  )

  async function shutdown(): Promise<void> {
    accepting = false
    chores.stop()
    // First, so the others drop this instance's people at once and nothing arrives for rooms closing here.
    await cluster?.stop()
    const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    // Clients are closed before the last commit, so no change can arrive after it.
    await registry.shutdown(CloseCode.goingAway, CloseReason.shuttingDown)
    for (const connection of connections) connection.close(CloseCode.goingAway, CloseReason.shuttingDown)
    await new Promise<void>((resolve) => {
      const cutOff = setTimeout(() => {
        for (const client of wss.clients) client.terminate()
      }, config.shutdownTimeoutMs)
      wss.close(() => {
        clearTimeout(cutOff)
        resolve()
      })
    })
    server.closeAllConnections()
    await httpClosed
    await store.close()
    log.info('server stopped')
  }

  let closing: Promise<void> | undefined
  return {
    url: `http://${urlHost(config.host)}:${port}`,
    listeningOn: `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${port}`,
    port,
    config,
    registry,
    persistence,
    close: () => {
      closing ??= shutdown()
      return closing
    },
  }
}
