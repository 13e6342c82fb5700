import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { boardDocumentName } from '../shared/documentNames'
import { boardUpdate } from './load/board'

async function start(dir: string) {
  const child = spawn(
    'taskset',
    ['-c', '0', process.execPath, 'node_modules/tsx/dist/cli.mjs', 'bench/serverProcess.ts', 'sqlite', dir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const url = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).on('line', (l) => {
      try {
        resolve(JSON.parse(l).url)
      } catch {}
    }),
  )
  return { child, url }
}
const dir = mkdtempSync(join(tmpdir(), 'tl-'))
let s = await start(dir)
const created = (await (
  await fetch(`${s.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'x' }),
  })
).json()) as { id: string; links: Record<string, string> }
const tok = (r: string) => new URL(created.links[r]!).searchParams.get('token')!
const board = boardDocumentName(created.id, 'p1')
const doc = new Y.Doc()
const p = new WebsocketProvider(`${s.url.replace('http', 'ws')}/sync`, board, doc, {
  WebSocketPolyfill: WebSocket as never,
  disableBc: true,
  params: { token: tok('participant') },
})
await new Promise((r) => p.once('sync', r))
Y.applyUpdate(doc, boardUpdate(5000))
await new Promise((r) => setTimeout(r, 2000))
p.destroy()
for (let round = 0; round < 3; round++) {
  s.child.kill('SIGTERM')
  await new Promise((r) => s.child.once('exit', r))
  s = await start(dir)
  await new Promise((r) => setTimeout(r, 300))
  const t0 = performance.now()
  const ws = new WebSocket(`${s.url.replace('http', 'ws')}/sync/${board}?token=${tok('observer')}`)
  const marks: string[] = []
  await new Promise<void>((resolve) => {
    ws.on('open', () => {
      marks.push(`open ${(performance.now() - t0).toFixed(0)}`)
      ws.send(new Uint8Array([0, 0, 1, 0]))
    })
    ws.on('message', (data: Buffer) => {
      const kind = `${data[0]},${data[1]}`
      marks.push(`msg ${kind} ${data.length}B @${(performance.now() - t0).toFixed(0)}`)
      if (data[0] === 0 && data[1] === 1) {
        const d = new Y.Doc()
        const a = performance.now()
        // skip header bytes: type, subtype, varuint length
        const dec = (buf: Uint8Array) => {
          let i = 2,
            len = 0,
            shift = 0
          while (true) {
            const b = buf[i++]!
            len |= (b & 0x7f) << shift
            shift += 7
            if (b < 128) break
          }
          return buf.subarray(i, i + len)
        }
        Y.applyUpdate(d, dec(data))
        marks.push(
          `decoded ${(performance.now() - a).toFixed(0)} ms, done @${(performance.now() - t0).toFixed(0)}`,
        )
        resolve()
      }
    })
  })
  console.log(marks.join(' | '))
  ws.close()
}
s.child.kill('SIGTERM')
process.exit(0)
