import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HealthReport } from '../../shared/protocol'
import { freePort, type ServerProcess, spawnServerProcess } from '../integration/helpers'
import { type PostgresCluster, startPostgres } from './postgres'
import { startTestRedis, type TestRedis } from './redis'

/**
 * What the multi-instance tests run on: a private PostgreSQL and redis-server, and server instances as
 * real processes (`server/main.ts`, as `npm start` runs it) configured with DATABASE_URL and REDIS_URL.
 * Everything listens on 127.0.0.1 only.
 */
export interface Cluster {
  postgres: PostgresCluster
  redis: TestRedis
  databaseUrl: string
  /** Environment every instance gets (the shared secret, fast tail checks and heartbeats for tests). */
  env: Record<string, string>
  /** Starts one more instance (on `port` when given, so a restarted one comes back where it was). */
  startInstance(port?: number): Promise<ServerProcess>
  /** Stops everything this cluster started. */
  dispose(): Promise<void>
}

let databases = 0

export async function startCluster(env: Record<string, string> = {}): Promise<Cluster> {
  const [postgres, redis] = await Promise.all([startPostgres(), startTestRedis()])
  databases += 1
  const databaseUrl = await postgres.createDatabase(`practicemap_${process.pid}_${databases}`)
  const fullEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    PRACTICEMAP_SECRET: randomBytes(32).toString('base64'),
    // The start-up line that spawnServer waits for is logged at info.
    LOG_LEVEL: 'info',
    ROOM_UNLOAD_GRACE_MS: '2000',
    TAIL_CHECK_INTERVAL_MS: '1000',
    TAIL_POLL_INTERVAL_MS: '200',
    INSTANCE_HEARTBEAT_MS: '500',
    // Every test client comes from 127.0.0.1.
    MAX_CONNECTIONS_PER_ADDRESS: '5000',
    MAX_DOCUMENT_CONNECTIONS_PER_ADDRESS: '5000',
    MAX_CONNECTIONS_PER_LINK: '5000',
    WORKSHOP_CREATION_BURST: '1000',
    ...env,
  }
  const instances: ServerProcess[] = []
  const folders: string[] = []
  return {
    postgres,
    redis,
    databaseUrl,
    env: fullEnv,
    async startInstance(port) {
      const folder = mkdtempSync(join(tmpdir(), 'practicemap-instance-'))
      folders.push(folder)
      // Killed by `dispose`, not after each test: the instances serve a whole file.
      const instance = await spawnServerProcess(
        {
          ...fullEnv,
          DATA_DIR: folder,
          ...(port === undefined ? {} : { PORT: String(port) }),
        },
        () => {},
      )
      instances.push(instance)
      return instance
    },
    async dispose() {
      for (const { child, exited } of instances) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
        await exited
      }
      for (const folder of folders) rmSync(folder, { recursive: true, force: true })
      await Promise.all([postgres.destroy(), redis.dispose()])
    },
  }
}

export async function health(url: string): Promise<HealthReport> {
  return (await (await fetch(`${url}/healthz`)).json()) as HealthReport
}

/**
 * A TCP front for several instances, as a load balancer with health checks would be: each new connection
 * goes to the first backend that accepts it, so when one instance dies its clients reconnect to the next.
 */
export class FailoverProxy {
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private backends: number[],
  ) {}

  static async start(backends: number[]): Promise<FailoverProxy> {
    const port = await freePort()
    const server = createServer()
    const proxy = new FailoverProxy(server, port, backends)
    server.on('connection', (client) => proxy.route(client))
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return proxy
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Backends in order of preference. */
  setBackends(backends: number[]): void {
    this.backends = backends
  }

  private route(client: Socket): void {
    this.sockets.add(client)
    client.on('close', () => this.sockets.delete(client))
    client.on('error', () => client.destroy())
    client.pause()
    const attempt = (index: number) => {
      const port = this.backends[index]
      if (port === undefined) {
        client.destroy()
        return
      }
      const backend = tcpConnect(port, '127.0.0.1')
      backend.once('error', () => {
        backend.destroy()
        attempt(index + 1)
      })
      backend.once('connect', () => {
        backend.removeAllListeners('error')
        this.sockets.add(backend)
        backend.on('close', () => {
          this.sockets.delete(backend)
          client.destroy()
        })
        backend.on('error', () => backend.destroy())
        client.on('close', () => backend.destroy())
        client.pipe(backend)
        backend.pipe(client)
        client.resume()
      })
    }
    attempt(0)
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
