/**
 * Token buckets for what one connection may send: a bucket holds up to `capacity` tokens and refills at
 * `refillPerSecond`; spending takes tokens out. A single cost larger than the capacity (one big frame
 * against a byte budget) may be spent from a full bucket and leaves it in debt, so every frame the server
 * accepts at all can pass eventually, and the debt holds the average rate down all the same.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    if (!(capacity > 0) || !(refillPerSecond > 0))
      throw new Error('A bucket needs capacity > 0 and refill > 0')
    this.tokens = capacity
    this.updatedAt = now()
  }

  /** Tokens in the bucket now (negative while in debt). */
  get level(): number {
    const now = this.now()
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.updatedAt) / 1000) * this.refillPerSecond,
    )
    this.updatedAt = now
    return this.tokens
  }

  /** Whether `cost` could be spent now. */
  canSpend(cost: number): boolean {
    return this.level >= Math.min(cost, this.capacity)
  }

  /** Spends `cost` when it can be spent now; false (and nothing spent) otherwise. */
  trySpend(cost: number): boolean {
    if (!this.canSpend(cost)) return false
    this.tokens -= cost
    return true
  }

  /** Spends `cost` right after `canSpend(cost)` said it may (no second reading of the clock). */
  spend(cost: number): void {
    this.tokens -= cost
  }

  /** Milliseconds until the bucket holds `level` tokens again (0 when it does already). */
  msUntil(level: number): number {
    const missing = Math.min(level, this.capacity) - this.level
    return missing <= 0 ? 0 : Math.ceil((missing / this.refillPerSecond) * 1000)
  }
}

export interface BudgetLimits {
  messageBurst: number
  messagesPerSecond: number
  byteBurst: number
  bytesPerSecond: number
}

/**
 * One connection's budget of messages and bytes. A message passes only when both buckets allow it; a
 * connection over budget gets its turn again once both are half full (`msUntilRecovered`), so it is not
 * let through one message at a time the moment a token trickles in.
 */
export class MessageBudget {
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket

  constructor(limits: BudgetLimits, now?: () => number) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond, now)
    this.bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond, now)
  }

  /** Spends one message of `bytes` if both buckets allow it. */
  trySpend(bytes: number): boolean {
    // Checked first, spent after: neither bucket is charged when the other refuses.
    if (!this.messages.canSpend(1) || !this.bytes.canSpend(bytes)) return false
    this.messages.spend(1)
    this.bytes.spend(bytes)
    return true
  }

  /** Milliseconds until both buckets are at least half full. */
  msUntilRecovered(): number {
    return Math.max(
      this.messages.msUntil(this.messages.capacity / 2),
      this.bytes.msUntil(this.bytes.capacity / 2),
    )
  }
}
