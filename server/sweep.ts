/**
 * Visits every item of a changing collection once per `periodMs`, a slice at a time: each tick visits the
 * next 1/`slices` of the items as they were when the pass began. Per-connection chores (a ping, a
 * keep-alive frame) done for every connection in one loop would stall the server for everyone at once:
 * 20,000 pings and then their 20,000 pongs held its event loop for 100–300 ms every 30 s. Spread over
 * the period, each tick costs a fiftieth of that.
 */
export class Sweep<T> {
  private pass: T[] = []
  private position = 0
  private chunk = 0
  private readonly slices: number
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly items: () => Iterable<T>,
    periodMs: number,
    private readonly visit: (item: T, now: number) => void,
  ) {
    // Ticks of about 100 ms, at most 50 per period: frequent enough to spread the work, rare enough to cost nothing.
    this.slices = Math.max(1, Math.min(50, Math.round(periodMs / 100)))
    this.timer = setInterval(this.tick, periodMs / this.slices)
    this.timer.unref()
  }

  private readonly tick = (): void => {
    if (this.position >= this.pass.length) {
      this.pass = [...this.items()]
      this.position = 0
      this.chunk = Math.ceil(this.pass.length / this.slices)
    }
    const end = Math.min(this.pass.length, this.position + this.chunk)
    const now = performance.now()
    for (; this.position < end; this.position++) {
      const item = this.pass[this.position]
      if (item !== undefined) this.visit(item, now)
    }
    // Finished: let go of the items (closed connections among them) until the next pass begins.
    if (this.position >= this.pass.length) this.pass = []
  }

  stop(): void {
    clearInterval(this.timer)
    this.pass = []
  }
}
