import { randomUUID } from 'node:crypto'
import { Redis, type RedisOptions } from 'ioredis'
import type { Logger } from '../log'
import {
  type BusHandlers,
  type BusMessage,
  type ClusterBus,
  type ControlMessage,
  isWorkshopMessage,
  type WorkshopMessage,
} from './bus'
import { decodeBusMessage, encodeBusMessage } from './busMessages'

export interface RedisBusOptions {
  /** REDIS_URL; may hold a password, so it is never logged whole. */
  url: string
  log: Logger
  /** Defaults to a random UUID: unique per process start, as `ClusterBus.instance` requires. */
  instance?: string
  /** Starts every channel name, so that tests (or two deployments on one Redis) do not hear each other. */
  prefix?: string
  /** How long `start` waits for the first connection before it gives up. */
  startTimeoutMs?: number
}

const DEFAULT_PREFIX = 'pm:'
const DEFAULT_START_TIMEOUT_MS = 3000
/** Connection errors repeat on every retry (twice a second): one warning per connection this often. */
const WARNING_INTERVAL_MS = 30_000

/**
 * Short and capped: storage is polled while the bus is down, but every second of outage after Redis is
 * back is a second of slower cross-instance edits.
 */
const retryDelayMs = (attempt: number) => Math.min(50 * attempt, 500)

type ConnectionRole = 'publisher' | 'subscriber'

/** REDIS_URL without its user name and password, for messages and logs. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const database = parsed.pathname === '/' ? '' : parsed.pathname
    return `${parsed.protocol}//${parsed.host}${database}`
  } catch {
    return '(not a URL)'
  }
}

/** Says an ioredis error once, then at most once per interval, with how many were left unsaid. */
class ErrorWarnings {
  private lastWarnedAt = Number.NEGATIVE_INFINITY
  private unsaid = 0

  constructor(
    private readonly log: Logger,
    private readonly role: ConnectionRole,
    private readonly redis: string,
  ) {}

  report(error: Error): void {
    const now = Date.now()
    if (now - this.lastWarnedAt < WARNING_INTERVAL_MS) {
      this.unsaid++
      return
    }
    this.log.warn('Redis bus connection error', {
      connection: this.role,
      redis: this.redis,
      error: error.message,
      similarErrorsNotLogged: this.unsaid,
    })
    this.lastWarnedAt = now
    this.unsaid = 0
  }

  /** After a recovery the next error is news again. */
  reset(): void {
    this.lastWarnedAt = Number.NEGATIVE_INFINITY
    this.unsaid = 0
  }
}

interface PendingStart {
  resolve(): void
  reject(error: Error): void
  timer: NodeJS.Timeout
}

/**
 * The cluster bus over Redis pub/sub: one channel per workshop (`<prefix>w:<workshopId>`), heard only by
 * the instances that follow it, and one for control messages (`<prefix>all`).
 *
 * Two connections, because a subscribed connection cannot publish. Neither queues commands while down:
 * a message published during an outage is dropped, never delivered late and out of order (receivers
 * fill gaps from storage). Subscriptions are restored by this class, not by ioredis's `autoResubscribe`,
 * so that `onConnected` fires only once Redis has confirmed every one of them: a room that checks storage
 * on `onConnected` and hears the bus from then on misses nothing.
 */
export class RedisBus implements ClusterBus {
  readonly instance: string
  private readonly log: Logger
  private readonly prefix: string
  private readonly redisDescription: string
  private readonly startTimeoutMs: number
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly warnings: Record<ConnectionRole, ErrorWarnings>
  /** Workshop id → how many `follow`s are not yet undone. Subscribed exactly to the keys. */
  private readonly follows = new Map<string, number>()
  private handlers: BusHandlers | null = null
  private pendingStart: PendingStart | null = null
  private lastError = ''
  /** Bumped whenever the subscriber's connection opens or closes: a late answer to an older one is ignored. */
  private subscriberSession = 0
  /** Redis confirmed the subscriptions of the current subscriber session. */
  private subscribed = false
  private up = false
  private everUp = false
  private closed = false

  constructor(options: RedisBusOptions) {
    this.instance = options.instance ?? randomUUID()
    this.log = options.log
    this.prefix = options.prefix ?? DEFAULT_PREFIX
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS
    this.redisDescription = describeRedisUrl(options.url)
    const common: RedisOptions = {
      lazyConnect: true,
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      autoResubscribe: false,
      retryStrategy: retryDelayMs,
      connectTimeout: 2000,
    }
    this.publisher = new Redis(options.url, { ...common, connectionName: `pm-bus-pub-${this.instance}` })
    this.subscriber = new Redis(options.url, { ...common, connectionName: `pm-bus-sub-${this.instance}` })
    this.warnings = {
      publisher: new ErrorWarnings(this.log, 'publisher', this.redisDescription),
      subscriber: new ErrorWarnings(this.log, 'subscriber', this.redisDescription),
    }

    for (const [role, connection] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      connection.on('error', (error: Error) => {
        this.lastError = error.message
        this.warnings[role].report(error)
      })
    }
    this.publisher.on('ready', () => this.updateState())
    this.publisher.on('close', () => this.updateState())
    this.publisher.on('end', () => this.updateState())
    this.subscriber.on('ready', () => this.subscribeAll())
    this.subscriber.on('close', () => this.subscriberLost())
    this.subscriber.on('end', () => this.subscriberLost())
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) =>
      this.receive(channel.toString(), payload),
    )
  }

  get connected(): boolean {
    return this.up
  }

  start(handlers: BusHandlers): Promise<void> {
    if (this.handlers !== null) return Promise.reject(new Error('RedisBus.start called twice'))
    if (this.closed) return Promise.reject(new Error('RedisBus.start called after close'))
    this.handlers = handlers
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingStart = null
        this.closed = true
        this.publisher.disconnect()
        this.subscriber.disconnect()
        const seconds = this.startTimeoutMs / 1000
        const cause = this.lastError === '' ? 'no answer' : this.lastError
        reject(
          new Error(
            `Cannot reach Redis at REDIS_URL=${this.redisDescription} within ${seconds} s (${cause})`,
          ),
        )
      }, this.startTimeoutMs)
      this.pendingStart = { resolve, reject, timer }
      // Failed attempts are retried by the retry strategy; the timer above decides when to give up.
      this.publisher.connect().catch(() => {})
      this.subscriber.connect().catch(() => {})
    })
  }

  follow(workshopId: string): void {
    const count = this.follows.get(workshopId) ?? 0
    this.follows.set(workshopId, count + 1)
    // While the subscriber is down, `subscribeAll` on its next 'ready' includes this workshop.
    if (count === 0 && this.subscriber.status === 'ready') {
      this.subscriber.subscribe(this.workshopChannel(workshopId)).catch((error: Error) => {
        this.log.warn('Redis bus could not subscribe', { workshopId, error: error.message })
      })
    }
  }

  unfollow(workshopId: string): void {
    const count = this.follows.get(workshopId)
    if (count === undefined) {
      this.log.warn('Redis bus: unfollow without follow', { workshopId })
      return
    }
    if (count > 1) {
      this.follows.set(workshopId, count - 1)
      return
    }
    this.follows.delete(workshopId)
    if (this.subscriber.status === 'ready') {
      this.subscriber.unsubscribe(this.workshopChannel(workshopId)).catch((error: Error) => {
        // Harmless: what still arrives on the channel is dropped in `receive`.
        this.log.debug('Redis bus could not unsubscribe', { workshopId, error: error.message })
      })
    }
  }

  publishToWorkshop(workshopId: string, message: WorkshopMessage): void {
    this.publish(this.workshopChannel(workshopId), message)
  }

  publishToAll(message: ControlMessage): void {
    this.publish(this.controlChannel(), message)
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.pendingStart !== null) {
      clearTimeout(this.pendingStart.timer)
      this.pendingStart.reject(new Error('RedisBus closed before it connected'))
      this.pendingStart = null
    }
    this.up = false
    await Promise.all([quit(this.publisher), quit(this.subscriber)])
  }

  private workshopChannel(workshopId: string): string {
    return `${this.prefix}w:${workshopId}`
  }

  private controlChannel(): string {
    return `${this.prefix}all`
  }

  private publish(channel: string, message: BusMessage): void {
    // Only the publisher matters for sending: others may hear this even while our subscriber is down.
    if (this.closed || this.publisher.status !== 'ready') return
    let payload: Uint8Array
    try {
      payload = encodeBusMessage(message)
    } catch (error) {
      this.log.error('Redis bus message not sent: it cannot be encoded', { kind: message.kind, error })
      return
    }
    const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength)
    this.publisher.publish(channel, bytes).catch((error: Error) => {
      // The connection dropped under the command: dropped, like any message sent during an outage.
      this.log.debug('Redis bus message lost', { kind: message.kind, error: error.message })
    })
  }

  /** On every (re)connection of the subscriber: ioredis does not restore subscriptions (see the class). */
  private subscribeAll(): void {
    const session = ++this.subscriberSession
    this.subscribed = false
    const channels = [
      this.controlChannel(),
      ...[...this.follows.keys()].map((id) => this.workshopChannel(id)),
    ]
    this.subscriber.subscribe(...channels).then(
      () => {
        if (session !== this.subscriberSession) return
        this.subscribed = true
        this.warnings.subscriber.reset()
        this.updateState()
      },
      (error: Error) => {
        if (session !== this.subscriberSession || this.closed) return
        // Still connected but refused (an ACL?): reconnecting retries, and warns at the rate of errors.
        this.warnings.subscriber.report(error)
        this.subscriber.disconnect(true)
      },
    )
  }

  private subscriberLost(): void {
    this.subscriberSession++
    this.subscribed = false
    this.updateState()
  }

  private updateState(): void {
    if (this.closed) return
    const publisherReady = this.publisher.status === 'ready'
    if (publisherReady) this.warnings.publisher.reset()
    const nowUp = publisherReady && this.subscriber.status === 'ready' && this.subscribed
    if (nowUp === this.up) return
    this.up = nowUp
    if (nowUp) {
      if (this.everUp) this.log.info('Redis bus reconnected', { redis: this.redisDescription })
      else this.log.info('Redis bus connected', { redis: this.redisDescription, instance: this.instance })
      this.everUp = true
      this.callHandler('onConnected', (handlers) => handlers.onConnected())
      if (this.pendingStart !== null) {
        clearTimeout(this.pendingStart.timer)
        this.pendingStart.resolve()
        this.pendingStart = null
      }
    } else {
      this.log.warn('Redis bus disconnected: rooms poll storage until it is back', {
        redis: this.redisDescription,
      })
      this.callHandler('onDisconnected', (handlers) => handlers.onDisconnected())
    }
  }

  private receive(channel: string, payload: Buffer): void {
    if (this.closed) return
    const message = decodeBusMessage(payload)
    if (message === null) {
      this.log.debug('Redis bus dropped an unreadable message', { channel, bytes: payload.byteLength })
      return
    }
    if (message.instance === this.instance) return
    if (channel === this.controlChannel()) {
      if (isWorkshopMessage(message)) {
        this.log.debug('Redis bus dropped a workshop message on the control channel', { kind: message.kind })
        return
      }
      this.callHandler('onControlMessage', (handlers) => handlers.onControlMessage(message))
      return
    }
    const workshopPrefix = `${this.prefix}w:`
    if (!channel.startsWith(workshopPrefix)) return
    const workshopId = channel.slice(workshopPrefix.length)
    // Not followed any more: the UNSUBSCRIBE may still be on its way.
    if (!this.follows.has(workshopId)) return
    if (!isWorkshopMessage(message)) {
      this.log.debug('Redis bus dropped a control message on a workshop channel', { kind: message.kind })
      return
    }
    this.callHandler('onWorkshopMessage', (handlers) => handlers.onWorkshopMessage(workshopId, message))
  }

  /** A handler that throws must not reach ioredis, whose reply parser would be left half-way. */
  private callHandler(name: keyof BusHandlers, call: (handlers: BusHandlers) => void): void {
    if (this.handlers === null) return
    try {
      call(this.handlers)
    } catch (error) {
      this.log.error('Redis bus handler failed', { handler: name, error })
    }
  }
}

/** QUIT when the connection is up (pending commands are answered first), otherwise just stop retrying. */
async function quit(connection: Redis): Promise<void> {
  if (connection.status === 'end') return
  const ended = new Promise<void>((resolve) => connection.once('end', () => resolve()))
  if (connection.status === 'ready') {
    await connection.quit().catch(() => connection.disconnect())
  } else {
    connection.disconnect()
  }
  await ended
}
