import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { TestClient } from '../integration/helpers'

/** y-protocols' frame kinds: a sync message, and within it step 2 and update (both carry an update). */
const MESSAGE_SYNC = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/**
 * Records what the server sends a stock client: per Yjs client id, the highest clock any frame carried.
 * The server commits before it sends anything, so storage must always hold at least this much: what a
 * client has seen is what storage cannot lose.
 */
export class EchoWatch {
  /** Yjs client id → the clock after the last struct seen from it. */
  readonly seen = new Map<number, number>()
  /** Frames carrying an update (sync step 2 or update) received, and when the last one came. */
  updateFrames = 0
  lastUpdateFrameAt = 0

  watch(client: TestClient): void {
    const attach = () => {
      const ws = client.provider.ws
      if (!ws) return
      ws.addEventListener('message', (event: MessageEvent) => this.onFrame(new Uint8Array(event.data)))
    }
    client.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') attach()
    })
    attach()
  }

  private onFrame(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return
    const kind = decoding.readVarUint(decoder)
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return
    const update = decoding.readVarUint8Array(decoder)
    const { to } = Y.parseUpdateMeta(update)
    if (to.size === 0) return
    this.updateFrames += 1
    this.lastUpdateFrameAt = performance.now()
    for (const [clientId, clock] of to) {
      this.seen.set(clientId, Math.max(this.seen.get(clientId) ?? 0, clock))
    }
  }

  /** What was seen so far; taken before storage is read, since frames keep arriving during the read. */
  snapshot(): ReadonlyMap<number, number> {
    return new Map(this.seen)
  }

  /** What `stored` (a document's state) lacks of what was seen: empty when storage holds it all. */
  missingFrom(stored: Y.Doc, seen: ReadonlyMap<number, number> = this.snapshot()): string[] {
    const held = Y.decodeStateVector(Y.encodeStateVector(stored))
    const missing: string[] = []
    for (const [clientId, clock] of seen) {
      const has = held.get(clientId) ?? 0
      if (has < clock) missing.push(`client ${clientId}: seen up to ${clock}, stored up to ${has}`)
    }
    return missing
  }
}
