import type { BusHandlers, ClusterBus, ControlMessage, WorkshopMessage } from '../../server/cluster/bus'

/**
 * Several instances' buses in one process, for tests of what crosses between instances without Redis.
 * Delivery is asynchronous and in order, as Redis pub/sub's; `down()` drops what is said meanwhile, as
 * pub/sub does when a subscriber is disconnected, and `up()` reconnects everyone.
 */
export class MemoryBusHub {
  private readonly buses = new Set<MemoryBus>()
  private isUp = true
  /** Changes dropped on purpose by `dropNextUpdates`, for tests of gap filling. */
  private toDrop = 0

  connect(instance: string): MemoryBus {
    const bus = new MemoryBus(this, instance)
    this.buses.add(bus)
    return bus
  }

  get up(): boolean {
    return this.isUp
  }

  /** Loses the next `count` committed changes (sent, never delivered). */
  dropNextUpdates(count: number): void {
    this.toDrop += count
  }

  setUp(up: boolean): void {
    if (this.isUp === up) return
    this.isUp = up
    for (const bus of this.buses) bus.connectionChanged(up)
  }

  remove(bus: MemoryBus): void {
    this.buses.delete(bus)
  }

  deliver(from: MemoryBus, deliverTo: (bus: MemoryBus) => void, isUpdate: boolean): void {
    // A removed bus is a killed instance: it says nothing any more.
    if (!this.isUp || !this.buses.has(from)) return
    if (isUpdate && this.toDrop > 0) {
      this.toDrop -= 1
      return
    }
    const targets = [...this.buses].filter((bus) => bus !== from)
    setImmediate(() => {
      if (!this.isUp) return
      for (const bus of targets) if (this.buses.has(bus)) deliverTo(bus)
    })
  }
}

export class MemoryBus implements ClusterBus {
  private handlers: BusHandlers | undefined
  private readonly following = new Map<string, number>()

  constructor(
    private readonly hub: MemoryBusHub,
    readonly instance: string,
  ) {}

  get connected(): boolean {
    return this.hub.up && this.handlers !== undefined
  }

  async start(handlers: BusHandlers): Promise<void> {
    this.handlers = handlers
    setImmediate(() => handlers.onConnected())
  }

  connectionChanged(up: boolean): void {
    if (up) this.handlers?.onConnected()
    else this.handlers?.onDisconnected()
  }

  follow(workshopId: string): void {
    this.following.set(workshopId, (this.following.get(workshopId) ?? 0) + 1)
  }

  unfollow(workshopId: string): void {
    const count = (this.following.get(workshopId) ?? 0) - 1
    if (count > 0) this.following.set(workshopId, count)
    else this.following.delete(workshopId)
  }

  publishToWorkshop(workshopId: string, message: WorkshopMessage): void {
    this.hub.deliver(
      this,
      (bus) => {
        if (bus.following.has(workshopId)) bus.handlers?.onWorkshopMessage(workshopId, message)
      },
      message.kind === 'update',
    )
  }

  publishToAll(message: ControlMessage): void {
    this.hub.deliver(this, (bus) => bus.handlers?.onControlMessage(message), false)
  }

  async close(): Promise<void> {
    this.handlers = undefined
    this.hub.remove(this)
  }
}
