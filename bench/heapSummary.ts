/**
 * What a server's heap holds, by object type: `npx tsx bench/heapSummary.ts <a.heapsnapshot> [b.heapsnapshot]`
 * (from BENCH_HEAP_SNAPSHOT=1). Self sizes summed per node type and name; with two files, the difference.
 */
import { readFileSync } from 'node:fs'
import { fmt, table } from './stats'

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

function bySize(file: string): Map<string, number> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  const fields = data.snapshot.meta.node_fields
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const types = data.snapshot.meta.node_types[0]
  const sizes = new Map<string, number>()
  for (let i = 0; i < data.nodes.length; i += width) {
    const type = types[data.nodes[i + typeAt] ?? 0] ?? '?'
    const name =
      type === 'object' || type === 'native'
        ? (data.strings[data.nodes[i + nameAt] ?? 0] ?? '?')
        : `(${type})`
    const key = `${type}: ${name.slice(0, 60)}`
    sizes.set(key, (sizes.get(key) ?? 0) + (data.nodes[i + sizeAt] ?? 0))
  }
  return sizes
}

const [first, second] = process.argv.slice(2)
if (!first) throw new Error('usage: tsx bench/heapSummary.ts <a.heapsnapshot> [b.heapsnapshot]')
const a = bySize(first)
const b = second ? bySize(second) : new Map<string, number>()
const keys = new Set([...a.keys(), ...b.keys()])
const rows = [...keys]
  .map((key) => [key, a.get(key) ?? 0, b.get(key) ?? 0] as const)
  .sort((x, y) => Math.abs(y[1] - y[2]) - Math.abs(x[1] - x[2]))
  .slice(0, 30)
  .map(([key, x, y]) => [key, fmt(x / 1024), fmt(y / 1024), fmt((x - y) / 1024)])
console.log(table(['type: name', 'KiB (first)', 'KiB (second)', 'difference'], rows))
