/**
 * Which storage log rows a room's document contains, by sequence number.
 *
 * With one instance every row of a document is committed by the room itself, so "the highest row" is all
 * it needs. When instances share storage (DocumentStore.sharedByInstances) each document's rows are
 * numbered 1, 2, 3… in commit order, and another instance may commit row 7 while this room commits 6 and 8:
 * the room then contains every row up to 6, and 8. A snapshot of it may only cover 6 (or row 7 would be
 * deleted without being in it), and row 7 must be fetched. So it tracks the contiguous prefix it holds,
 * and the rows it holds beyond a gap.
 */
export class AppliedRows {
  private upTo = 0
  /** Rows held beyond the first missing one (shared storage only). */
  private readonly beyondGap = new Set<number>()

  constructor(private readonly numberedPerDocument: boolean) {}

  /** Every row up to this one is in the document. */
  get contiguous(): number {
    return this.upTo
  }

  /** True while some row below the highest one held is missing. */
  get hasGap(): boolean {
    return this.beyondGap.size > 0
  }

  has(seq: number): boolean {
    return seq <= this.upTo || this.beyondGap.has(seq)
  }

  /** Row `seq` is now in the document; true when rows before it are missing. */
  add(seq: number): boolean {
    if (!this.numberedPerDocument) {
      // Numbers run across all documents of the store: the ones in between belong to other documents.
      this.upTo = Math.max(this.upTo, seq)
      return false
    }
    if (seq <= this.upTo) return false
    if (seq !== this.upTo + 1) {
      this.beyondGap.add(seq)
      return true
    }
    this.upTo = seq
    this.absorb()
    return false
  }

  /** The document now contains every row up to `seq` (a load, a snapshot, a catch-up from storage). */
  addEverythingUpTo(seq: number): void {
    if (seq <= this.upTo) return
    this.upTo = seq
    this.absorb()
  }

  private absorb(): void {
    for (const held of this.beyondGap) if (held <= this.upTo) this.beyondGap.delete(held)
    while (this.beyondGap.delete(this.upTo + 1)) this.upTo += 1
  }
}
