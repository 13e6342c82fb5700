/**
 * Where a server child spent its CPU: `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]`, for the
 * profiles BENCH_CPU_PROF=<variant id> writes to bench/results/profiles/. Prints self time per function
 * and per package or source folder, largest first.
 */
import { readFileSync } from 'node:fs'
import { fmt, table } from './stats'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

function where(url: string): string {
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url)
  }
  if (url.startsWith('node:')) return url
  const source = url.match(/\/(server|shared|bench)\/.*$/)
  if (source) return source[0].slice(1)
  return url || '(native / idle / gc)'
}

const [file, topArg] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx bench/profileSummary.ts <file.cpuprofile> [top]')
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const selfMicros = new Map<number, number>()
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0)
const functions = new Map<string, number>()
const places = new Map<string, number>()
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id)?.callFrame
  if (!frame) continue
  const name = `${frame.functionName || '(anonymous)'} ${where(frame.url)}:${frame.lineNumber + 1}`
  functions.set(name, (functions.get(name) ?? 0) + micros)
  const place = frame.url ? where(frame.url) : frame.functionName
  places.set(place, (places.get(place) ?? 0) + micros)
}
const rows = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => [name, fmt(micros / 1000), `${fmt((micros / total) * 100)} %`])
console.log(`${file}: ${fmt(total / 1000)} ms sampled\n`)
console.log(table(['where', 'self ms', 'share'], rows(places)))
console.log()
console.log(table(['function', 'self ms', 'share'], rows(functions)))
