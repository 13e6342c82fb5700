import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BusHandlers, ControlMessage, WorkshopMessage } from '../../server/cluster/bus'
import { encodeBusMessage } from '../../server/cluster/busMessages'
import { RedisBus } from '../../server/cluster/redisBus'
import { createLogger, type Logger } from '../../server/log'
import { freePort, startTestRedis, type TestRedis } from './redis'

/** Everything one bus told its owner, and a way to wait until it has told something. */
class Recorder implements BusHandlers {
  readonly workshopMessages: Array<{ workshopId: string; message: WorkshopMessage; at: number }> = []
  readonly controlMessages: ControlMessage[] = []
  connects = 0
  disconnects = 0
  private readonly waiters = new Set<() => void>()

  onWorkshopMessage(workshopId: string, message: WorkshopMessage): void {
    this.workshopMessages.push({ workshopId, message, at: performance.now() })
    this.changed()
  }
  onControlMessage(message: ControlMessage): void {
    this.controlMessages.push(message)
    this.changed()
  }
  onConnected(): void {
    this.connects++
    this.changed()
  }
  onDisconnected(): void {
    this.disconnects++
    this.changed()
  }

  /** Resolves as soon as `fact` holds (checked on every event), rejects after `timeoutMs`. */
  until(fact: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    if (fact()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!fact()) return
        this.waiters.delete(check)
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`timed out after ${timeoutMs} ms waiting until ${what}`))
      }, timeoutMs)
      this.waiters.add(check)
    })
  }

  /** The `document` field of every workshop message heard, in order: the tests use it as a label. */
  labels(workshopId?: string): string[] {
    return this.workshopMessages
      .filter((entry) => workshopId === undefined || entry.workshopId === workshopId)
      .map((entry) => entry.message.document)
  }

  private changed(): void {
    for (const check of [...this.waiters]) check()
  }
}

interface CapturedLog {
  log: Logger
  lines: string[]
}

function capturedLog(): CapturedLog {
  const lines: string[] = []
  return { log: createLogger('debug', (_level, line) => lines.push(line)), lines }
}

const presence = (instance: string, label: string): WorkshopMessage => ({
  kind: 'presence',
  instance,
  document: label,
  update: new Uint8Array([1, 2, 3]),
})

let redis: TestRedis
const openBuses: RedisBus[] = []

async function startBus(instance: string): Promise<{ bus: RedisBus; events: Recorder; logged: CapturedLog }> {
  const logged = capturedLog()
  const bus = new RedisBus({ url: redis.url, log: logged.log, instance, prefix: 'test:' })
  openBuses.push(bus)
  const events = new Recorder()
  await bus.start(events)
  return { bus, events, logged }
}

/**
 * Messages from one connection reach each subscriber in the order Redis took them. So once `listener`
 * hears a marker that `sender` published after something else, that something else has reached it too,
 * if it ever will.
 */
async function barrier(sender: RedisBus, listener: Recorder, label: string): Promise<void> {
  sender.publishToAll({ kind: 'workshopDeleted', instance: sender.instance, workshopId: label })
  await listener.until(
    () =>
      listener.controlMessages.some(
        (message) => message.kind === 'workshopDeleted' && message.workshopId === label,
      ),
    `the barrier ${label} arrives`,
  )
}

/**
 * `follow` returns before Redis confirms the subscription: probes until `listener` hears `workshopId`
 * from `sender`, then clears what the probes left, so the test starts from nothing heard.
 */
async function untilHeard(sender: RedisBus, listener: Recorder, workshopId: string): Promise<void> {
  const probe = () => sender.publishToWorkshop(workshopId, presence(sender.instance, 'probe'))
  probe()
  const repeat = setInterval(probe, 20)
  try {
    await listener.until(() => listener.labels(workshopId).includes('probe'), `${workshopId} is heard`)
  } finally {
    clearInterval(repeat)
  }
  await barrier(sender, listener, `probes of ${workshopId} done`)
  listener.workshopMessages.length = 0
}

beforeAll(async () => {
  redis = await startTestRedis()
})

afterEach(async () => {
  await Promise.all(openBuses.splice(0).map((bus) => bus.close()))
})

afterAll(async () => {
  await redis?.dispose()
})

describe('RedisBus on a real redis-server', () => {
  it('delivers a workshop message only while the receiver follows that workshop, counting follows', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    expect(a.bus.connected && b.bus.connected).toBe(true)
    expect(b.events.connects).toBe(1)
    expect([...a.logged.lines, ...b.logged.lines].filter((line) => !line.includes('"level":"info"'))).toEqual(
      [],
    )

    a.bus.publishToWorkshop('w1', presence('A', 'before follow'))
    await barrier(a.bus, b.events, 'barrier 1')
    expect(b.events.labels()).toEqual([])

    b.bus.follow('w1')
    b.bus.follow('w1')
    // follow returns before Redis confirms: wait for the fact that B hears w1.
    await untilHeard(a.bus, b.events, 'w1')

    a.bus.publishToWorkshop('w1', presence('A', 'followed twice'))
    a.bus.publishToWorkshop('w2', presence('A', 'other workshop'))
    b.bus.unfollow('w1')
    a.bus.publishToWorkshop('w1', presence('A', 'followed once'))
    await barrier(a.bus, b.events, 'barrier 2')
    expect(b.events.labels()).toEqual(['followed twice', 'followed once'])
    expect(b.events.workshopMessages.every((entry) => entry.workshopId === 'w1')).toBe(true)

    b.bus.unfollow('w1')
    a.bus.publishToWorkshop('w1', presence('A', 'not followed'))
    await barrier(a.bus, b.events, 'barrier 3')
    expect(b.events.labels()).not.toContain('not followed')
  })

  it('delivers every kind of workshop message, the request for presence included', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    b.bus.follow('w1')
    await untilHeard(a.bus, b.events, 'w1')
    const kinds: WorkshopMessage[] = [
      { kind: 'update', instance: 'A', document: 'w1', prevSeq: 1, seq: 2, update: new Uint8Array([0, 0]) },
      { kind: 'presenceWanted', instance: 'A', document: 'w1' },
      presence('A', 'last'),
    ]
    for (const message of kinds) a.bus.publishToWorkshop('w1', message)
    await b.events.until(() => b.events.labels().includes('last'), 'B hears the last one')
    expect(b.events.workshopMessages.map((entry) => entry.message.kind)).toEqual([
      'update',
      'presenceWanted',
      'presence',
    ])
  })

  it('delivers control messages to every instance but the sender, and never a message back to its sender', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    const c = await startBus('C')
    a.bus.follow('w1')
    b.bus.follow('w1')
    await untilHeard(b.bus, a.events, 'w1')
    await untilHeard(a.bus, b.events, 'w1')

    const left: ControlMessage = { kind: 'instanceLeft', instance: 'A' }
    const replaced: ControlMessage = {
      kind: 'linkReplaced',
      instance: 'A',
      workshopId: 'w1',
      role: 'participant',
      generation: 4,
    }
    a.bus.publishToAll(left)
    a.bus.publishToAll(replaced)
    a.bus.publishToWorkshop('w1', presence('A', 'from A'))
    await b.events.until(() => b.events.labels().includes('from A'), 'B hears from A')
    // Barriers are control messages too (workshopDeleted): leave them out.
    const heard = (events: Recorder) =>
      events.controlMessages.filter((message) => message.kind !== 'workshopDeleted')
    await b.events.until(() => heard(b.events).length >= 2, 'B hears the control messages')
    await c.events.until(() => heard(c.events).length >= 2, 'C hears the control messages')
    expect(heard(b.events)).toEqual([left, replaced])
    expect(heard(c.events)).toEqual([left, replaced])
    expect(c.events.workshopMessages).toEqual([])

    // B heard A's messages after Redis took them; B's barrier reaches A after anything of A's own would.
    await barrier(b.bus, a.events, 'after A spoke')
    expect(a.events.labels()).not.toContain('from A')
    expect(a.events.controlMessages.every((message) => message.instance !== 'A')).toBe(true)
  })

  it('delivers 1,000 updates in a row in order, and measures one-way latency', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    b.bus.follow('w1')
    await untilHeard(a.bus, b.events, 'w1')

    const update = new Uint8Array(200).fill(9)
    for (let seq = 1; seq <= 1000; seq++) {
      a.bus.publishToWorkshop('w1', {
        kind: 'update',
        instance: 'A',
        document: 'w1/board',
        prevSeq: seq - 1,
        seq,
        update,
      })
    }
    await b.events.until(() => b.events.workshopMessages.length >= 1000, '1,000 updates arrive')
    const seqs = b.events.workshopMessages.map((entry) =>
      entry.message.kind === 'update' ? entry.message.seq : -1,
    )
    expect(seqs).toEqual(Array.from({ length: 1000 }, (_, index) => index + 1))

    // One at a time, so that each figure is the trip, not the wait behind the previous message.
    b.events.workshopMessages.length = 0
    const latencies: number[] = []
    for (let index = 0; index < 1000; index++) {
      const sentAt = performance.now()
      a.bus.publishToWorkshop('w1', presence('A', String(index)))
      await b.events.until(() => b.events.workshopMessages.length > index, `message ${index} arrives`)
      const heard = b.events.workshopMessages[index]
      expect(heard?.message.document).toBe(String(index))
      latencies.push((heard?.at ?? Number.NaN) - sentAt)
    }
    latencies.sort((x, y) => x - y)
    const percentile = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0
    console.log(
      `RedisBus one-way latency over 1,000 messages: p50 ${percentile(0.5).toFixed(2)} ms, p99 ${percentile(0.99).toFixed(2)} ms, max ${percentile(1).toFixed(2)} ms`,
    )
    expect(percentile(0.5)).toBeLessThan(50)
  })

  it('survives Redis stopped for 3 s: reports the outage once, drops what is published meanwhile, recovers within 2 s with its follows', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    b.bus.follow('kept')
    b.bus.follow('dropped')
    await untilHeard(a.bus, b.events, 'kept')
    await untilHeard(a.bus, b.events, 'dropped')
    b.bus.unfollow('dropped')

    const stoppedAt = performance.now()
    await redis.stop()
    await a.events.until(() => a.events.disconnects === 1, 'A reports the outage')
    await b.events.until(() => b.events.disconnects === 1, 'B reports the outage')
    expect(a.bus.connected || b.bus.connected).toBe(false)

    let sentDuringOutage = 0
    while (performance.now() - stoppedAt < 3000) {
      expect(() => a.bus.publishToWorkshop('kept', presence('A', 'during outage'))).not.toThrow()
      expect(() => a.bus.publishToAll({ kind: 'heartbeat', instance: 'A' })).not.toThrow()
      sentDuringOutage++
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(sentDuringOutage).toBeGreaterThan(10)

    await redis.start()
    const restartedAt = performance.now()
    await a.events.until(() => a.events.connects === 2, 'A reconnects', 2000)
    await b.events.until(() => b.events.connects === 2, 'B reconnects', 2000)
    const recoveryMs = performance.now() - restartedAt
    console.log(`RedisBus back ${recoveryMs.toFixed(0)} ms after redis-server answered PING again`)
    expect(recoveryMs).toBeLessThan(2000)
    expect(a.bus.connected && b.bus.connected).toBe(true)

    a.bus.publishToWorkshop('dropped', presence('A', 'unfollowed before the outage'))
    a.bus.publishToWorkshop('kept', presence('A', 'after restart'))
    await b.events.until(() => b.events.labels('kept').includes('after restart'), 'B hears kept again')
    await barrier(a.bus, b.events, 'after restart')
    expect(b.events.labels()).not.toContain('during outage')
    expect(b.events.labels()).not.toContain('unfollowed before the outage')
    expect(b.events.controlMessages.some((message) => message.kind === 'heartbeat')).toBe(false)
    expect([a.events.disconnects, b.events.disconnects]).toEqual([1, 1])
    // One warning that the bus is down, and one per connection for the errors of its retries, not one per retry.
    const warnings = a.logged.lines.filter((line) => line.includes('"level":"warn"'))
    expect(warnings.length).toBeLessThanOrEqual(3)
  })

  it('recovers from a crash of Redis (SIGKILL), including a follow made while it was down', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    const c = await startBus('C')
    await redis.kill()
    await a.events.until(() => a.events.disconnects === 1, 'A reports the crash')
    await b.events.until(() => b.events.disconnects === 1, 'B reports the crash')
    b.bus.follow('followed while down')
    // Closing while Redis is down neither waits for it nor leaves a connection retrying.
    const closingAt = performance.now()
    await c.bus.close()
    expect(performance.now() - closingAt).toBeLessThan(500)
    await redis.start()
    await a.events.until(() => a.events.connects === 2, 'A reconnects', 2000)
    await b.events.until(() => b.events.connects === 2, 'B reconnects', 2000)
    // onConnected promises the subscriptions are in place: the first message after it must arrive.
    a.bus.publishToWorkshop('followed while down', presence('A', 'first after the crash'))
    await b.events.until(() => b.events.labels().includes('first after the crash'), 'B hears the new follow')
    await barrier(a.bus, b.events, 'after the crash')
    expect(c.events.connects).toBe(1)
    expect(c.events.controlMessages).toEqual([])
  })

  it('reports an outage when only one of its two connections drops, and restores its follows', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    b.bus.follow('w1')
    await untilHeard(a.bus, b.events, 'w1')
    const admin = new Redis(redis.url, { lazyConnect: true })
    try {
      await admin.connect()
      const connectionId = async (name: string) => {
        const list = String(await admin.client('LIST'))
        const line = list.split('\n').find((entry) => entry.includes(` name=${name} `))
        const id = line === undefined ? undefined : /(?:^|\s)id=(\d+)/.exec(line)?.[1]
        if (id === undefined) throw new Error(`no connection named ${name} in CLIENT LIST`)
        return id
      }

      await admin.client('KILL', 'ID', await connectionId('pm-bus-sub-B'))
      await b.events.until(
        () => b.events.connects === 2,
        'B resubscribes after its subscriber was killed',
        2000,
      )
      expect(b.events.disconnects).toBe(1)
      expect(a.events.disconnects).toBe(0)
      b.events.workshopMessages.length = 0
      a.bus.publishToWorkshop('w1', presence('A', 'after the subscriber came back'))
      await b.events.until(
        () => b.events.labels().includes('after the subscriber came back'),
        'B hears w1 again',
      )

      await admin.client('KILL', 'ID', await connectionId('pm-bus-pub-A'))
      await a.events.until(() => a.events.disconnects === 1, 'A reports its publisher lost')
      // B still listens: a message queued now and sent on reconnect would reach it, late.
      a.bus.publishToWorkshop('w1', presence('A', 'while the publisher was down'))
      await a.events.until(() => a.events.connects === 2, 'A reconnects its publisher', 2000)
      a.bus.publishToWorkshop('w1', presence('A', 'after the publisher came back'))
      await b.events.until(
        () => b.events.labels().includes('after the publisher came back'),
        'B hears A again',
      )
      expect(b.events.labels()).not.toContain('while the publisher was down')
    } finally {
      admin.disconnect()
    }
  })

  it('calls onConnected only once Redis has confirmed every subscription, even thousands', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    const workshops = Array.from({ length: 20_000 }, (_, index) => `workshop-${index}`)
    for (const workshopId of workshops) b.bus.follow(workshopId)
    const last = workshops[workshops.length - 1] ?? ''
    await untilHeard(a.bus, b.events, last)
    const admin = new Redis(redis.url, { lazyConnect: true })
    try {
      await admin.connect()
      // The resubscription takes Redis several reads of its socket: a message published between them to a
      // channel not yet subscribed again would be lost, so onConnected must not come before the last one.
      await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub')
      await b.events.until(() => b.events.connects === 2, 'B resubscribes', 5000)
      a.bus.publishToWorkshop(last, presence('A', 'right after onConnected'))
      await b.events.until(
        () => b.events.labels(last).includes('right after onConnected'),
        'B hears the first message after onConnected',
      )
    } finally {
      admin.disconnect()
    }
  })

  it('drops a malformed payload without failing, and keeps delivering', async () => {
    const a = await startBus('A')
    const b = await startBus('B')
    b.bus.follow('w1')
    await untilHeard(a.bus, b.events, 'w1')

    const raw = new Redis(redis.url, { lazyConnect: true })
    try {
      await raw.connect()
      const truncated = encodeBusMessage(presence('X', 'truncated')).subarray(0, 5)
      await raw.publish('test:w:w1', Buffer.from('not a bus message'))
      await raw.publish('test:w:w1', Buffer.from(truncated))
      await raw.publish('test:all', Buffer.from([0xff, 0x00, 0x13]))
      await raw.publish('test:all', Buffer.alloc(0))
      // A control message on a workshop's channel, and a workshop message on the control channel.
      await raw.publish('test:w:w1', Buffer.from(encodeBusMessage({ kind: 'heartbeat', instance: 'X' })))
      await raw.publish('test:all', Buffer.from(encodeBusMessage(presence('X', 'misplaced'))))
    } finally {
      raw.disconnect()
    }

    a.bus.publishToWorkshop('w1', presence('A', 'after garbage'))
    await b.events.until(() => b.events.labels().includes('after garbage'), 'B hears after the garbage')
    await barrier(a.bus, b.events, 'after garbage')
    expect(b.events.labels()).toEqual(['after garbage'])
    expect(b.events.controlMessages.every((message) => message.instance === 'A')).toBe(true)
    expect(b.bus.connected).toBe(true)
    expect(b.logged.lines.filter((line) => line.includes('unreadable message'))).toHaveLength(4)
    expect(b.logged.lines.filter((line) => line.includes('message on the control channel'))).toHaveLength(1)
    expect(b.logged.lines.filter((line) => line.includes('message on a workshop channel'))).toHaveLength(1)
  })

  it('rejects start within 5 s when nothing listens, naming REDIS_URL but not its password', async () => {
    const port = await freePort()
    const logged = capturedLog()
    const bus = new RedisBus({ url: `redis://user:s3cret-pass@127.0.0.1:${port}`, log: logged.log })
    const events = new Recorder()
    const startedAt = performance.now()
    const outcome = await bus.start(events).then(
      () => null,
      (error: unknown) => error,
    )
    const elapsedMs = performance.now() - startedAt
    expect(outcome).toBeInstanceOf(Error)
    const message = outcome instanceof Error ? outcome.message : ''
    expect(message).toContain('REDIS_URL')
    expect(message).toContain(`127.0.0.1:${port}`)
    expect(message).not.toContain('s3cret')
    expect(elapsedMs).toBeLessThan(5000)
    expect(logged.lines.join('\n')).not.toContain('s3cret')
    // Rate-limited: a few warnings, not one per retry.
    expect(logged.lines.filter((line) => line.includes('"level":"warn"')).length).toBeLessThanOrEqual(2)
    expect(events.connects + events.disconnects).toBe(0)
    await bus.close()
  })
})
