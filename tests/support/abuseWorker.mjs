/**
 * A hostile client in a worker thread, so its sending does not block the event loop of the process that
 * measures everyone else (a flood of tiny frames costs the sender as much as the server). Started by
 * abuseLoad.ts; plain JavaScript, since a worker cannot load TypeScript here.
 *
 * workerData:
 * - { mode: 'flood', url, frames, durationMs }: one connection sends `frames` over and over, as fast as its
 *   socket takes them, for `durationMs`. Posts { sent, denied, closeCode } (the permission-denied
 *   reasons it got, and the code the server closed it with, if it did).
 * - { mode: 'presence', url, count, announcers, durationMs }: opens up to `count` connections one after
 *   another (stopping at the first refusal), posts { held, refusedStatus }, then the first `announcers`
 *   of them announce a presence each, again and again, for `durationMs`. Posts { sent }.
 *
 * `localAddress` in workerData picks the loopback address the connections come from.
 */
import { parentPort, workerData } from 'node:worker_threads'
import WebSocket from 'ws'

const { mode, url, durationMs, localAddress = '127.0.0.1' } = workerData

function open(target) {
  return new Promise((resolve) => {
    const ws = new WebSocket(target, { localAddress })
    ws.binaryType = 'nodebuffer'
    ws.on('open', () => resolve({ ws }))
    ws.on('unexpected-response', (_request, response) => {
      response.resume()
      resolve({ status: response.statusCode })
    })
    ws.on('error', () => resolve({ status: 0 }))
  })
}

const tick = () => new Promise((resolve) => setImmediate(resolve))
/** When nothing could be sent (the server is not reading): wait a little instead of spinning on the CPU. */
const rest = () => new Promise((resolve) => setTimeout(resolve, 1))

/** varUint as lib0 writes it. */
function varUint(value, out) {
  let rest = value
  while (rest > 127) {
    out.push((rest & 127) | 128)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
}

/** An awareness frame `[1, update]` announcing one entry. */
function presenceFrame(clientId, clock, state) {
  const json = Buffer.from(JSON.stringify(state))
  const update = [1]
  varUint(clientId, update)
  varUint(clock, update)
  varUint(json.length, update)
  const head = [1]
  varUint(update.length + json.length, head)
  return Buffer.concat([Buffer.from(head), Buffer.from(update), json])
}

/** The reason of a permission-denied frame `[2, 0, varString]`, or null. */
function deniedReason(data) {
  if (data[0] !== 2 || data[1] !== 0) return null
  let length = 0
  let shift = 0
  let index = 2
  for (;;) {
    const byte = data[index++]
    length += (byte & 127) * 2 ** shift
    shift += 7
    if (byte < 128) break
  }
  return data.subarray(index, index + length).toString('utf8')
}

async function flood() {
  const { frames } = workerData
  const { ws } = await open(url)
  if (!ws) throw new Error('the flooder was refused')
  const denied = []
  let closeCode = null
  ws.on('message', (data) => {
    const reason = deniedReason(data)
    if (reason !== null) denied.push(reason)
  })
  ws.on('close', (code) => {
    closeCode = code
  })
  const deadline = performance.now() + durationMs
  let sent = 0
  while (performance.now() < deadline && ws.readyState === WebSocket.OPEN) {
    let burst = 0
    for (; ws.bufferedAmount < 64 * 1024 && burst < 2000; burst++) {
      ws.send(frames[sent % frames.length])
      sent += 1
    }
    await (burst > 0 ? tick() : rest())
  }
  const closedByServer = closeCode
  ws.terminate()
  parentPort.postMessage({ sent, denied, closeCode: closedByServer })
}

async function presence() {
  const { count, announcers } = workerData
  const held = []
  let refusedStatus = null
  for (let i = 0; i < count; i++) {
    const result = await open(url)
    if (!result.ws) {
      refusedStatus = result.status
      break
    }
    result.ws.on('message', () => {})
    held.push(result.ws)
  }
  parentPort.postMessage({ held: held.length, refusedStatus })
  const deadline = performance.now() + durationMs
  let sent = 0
  let clock = 0
  while (performance.now() < deadline) {
    clock += 1
    let sentNow = 0
    for (const [index, ws] of held.slice(0, announcers).entries()) {
      if (ws.readyState !== WebSocket.OPEN || ws.bufferedAmount > 64 * 1024) continue
      const state = { user: { id: `bot-${index}`, name: `Bot ${index}`, organisation: 'x'.repeat(100) } }
      ws.send(presenceFrame(100_000 + index, clock, state))
      sentNow += 1
    }
    sent += sentNow
    await (sentNow > 0 ? tick() : rest())
  }
  for (const ws of held) ws.terminate()
  parentPort.postMessage({ sent })
}

if (mode === 'flood') await flood()
else if (mode === 'presence') await presence()
else throw new Error(`unknown mode ${mode}`)
