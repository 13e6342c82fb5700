import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

function heapPerDocument(compact: boolean): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'tests/support/heapPerDocument.ts', ...(compact ? ['compact'] : [])],
    { encoding: 'utf8' },
  )
  return (JSON.parse(output) as { bytesPerDocument: number }).bytesPerDocument
}

describe('server memory per document', () => {
  it('does not box each Yjs item’s client id when clients have ids beyond 2^31', () => {
    const plain = heapPerDocument(false)
    const compact = heapPerDocument(true)
    // One 16-byte box per ID: each card is a map of several fields, each field an item with an ID.
    expect(plain - compact).toBeGreaterThan(0.025 * plain)
  }, 30_000)
})
