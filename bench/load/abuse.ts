/**
 * What one participant link can cost everyone else (issue 11), on PracticeMap's own server with its
 * default limits, loopback only:
 *
 * - others' round trip (an edit on a board of one's own until its echo), quiet and while one connection
 *   floods another board of the workshop with tiny updates as fast as it can, and while 100 of 250
 *   connections from one address announce presence as fast as they can; the server's RSS over the flood;
 * - the largest document accepted: one client appends 1 MiB at a time (as an honest client, answering the
 *   server's step 1 after a refusal as too fast) until the server says the document is full, and a joiner
 *   downloads the whole of it;
 * - presence a joiner receives after one connection announced 1,000 entries.
 *
 * The hostile clients run in worker threads (tests/support/abuseWorker.mjs), so their sending does not
 * stall the event loop that measures the others.
 */
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import {
  decodePermissionDenied,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../server/protocol'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { REFUSAL_REASONS } from '../../shared/refusals'
import { flood, presenceLoad } from '../../tests/support/abuseLoad'
import { quick, sleep, until } from '../env'
import type { LoopDelay } from '../servers/childProcess'
import type { RunningServer } from '../servers/variants'
import { type Distribution, distribution } from '../stats'

export interface AbuseResult {
  roundTrip: { quiet: Distribution; flood: Distribution; presence: Distribution }
  /**
   * The server's own event-loop delay in each phase: what of the round trip the server adds, apart from
   * this load generator (which shares its CPU with the hostile worker) and the rest of the machine.
   */
  serverLoop: { quiet: LoopDelay; flood: LoopDelay; presence: LoopDelay }
  flood: {
    seconds: number
    framesSent: number
    accepted: number
    toldTooFast: boolean
    /** The code the server closed the flooder with, if it did (it should not: it is paused, not closed). */
    closeCode: number | null
    rssBeforeBytes: number
    rssPeakBytes: number
  }
  presence: { connectionsHeld: number; refusedStatus: number | null; framesSent: number }
  largestDocument: { acceptedBytes: number; joinerDownloadBytes: number; refusedWith: string | null }
  presenceAfterThousand: { joinerBytes: number; entries: number }
}

const author = { id: 'bench', name: 'Bench', organisation: 'Loopback' }

/** A raw y-websocket connection that keeps what it receives. */
class Socket {
  readonly frames: Uint8Array[] = []
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.frames.push(new Uint8Array(data)))
    ws.on('error', () => {})
  }

  static open(url: string): Promise<Socket> {
    const ws = new WebSocket(url)
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Socket(ws)))
      ws.once('error', reject)
    })
  }

  count(type: number, subtype?: number): number {
    return this.frames.filter((frame) => frame[0] === type && (subtype === undefined || frame[1] === subtype))
      .length
  }

  denied(): string[] {
    return this.frames.map(decodePermissionDenied).filter((reason): reason is string => reason !== null)
  }

  close(): void {
    this.ws.terminate()
  }
}

/** Round trips of one person on a board of their own, for `ms`: an edit, then its echo. */
async function roundTrips(url: string, ms: number): Promise<number[]> {
  const socket = await Socket.open(url)
  await until(() => socket.count(0, 0) > 0, 10_000, 'the server’s step 1')
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const times: number[] = []
  const started = performance.now()
  while (performance.now() - started < ms) {
    addCard(doc, { lane: 'benefits', text: `measured ${times.length}`, author }, 1)
    const before = socket.count(0, 2)
    const sent = performance.now()
    socket.ws.send(encodeUpdate(updates.at(-1) as Uint8Array))
    await until(() => socket.count(0, 2) > before, 60_000, 'the echo of an edit')
    times.push(performance.now() - sent)
    socket.frames.length = 0
    await sleep(20)
  }
  socket.close()
  doc.destroy()
  return times
}

async function rss(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as { memory: { rssBytes: number } }
  return health.memory.rssBytes
}

/** `count` successive updates of one client, each appending one character. */
function tinyUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(encodeUpdate(update)))
  const text = doc.getText('t')
  for (let i = 0; i < count; i++) text.insert(text.length, 'x')
  doc.destroy()
  return updates
}

/** Appends 1 MiB at a time, as an honest client would, until the server says the document is full. */
async function fillDocument(url: string): Promise<{ accepted: number; refusedWith: string | null }> {
  const socket = await Socket.open(url)
  await until(() => socket.count(0, 0) > 0, 10_000, 'the server’s step 1')
  const doc = new Y.Doc()
  const text = doc.getText('t')
  let accepted = 0
  for (let round = 0; round < 64; round++) {
    const before = Y.encodeStateVector(doc)
    text.insert(text.length, 'z'.repeat(2 ** 20))
    socket.frames.length = 0
    socket.ws.send(encodeUpdate(Y.encodeStateAsUpdate(doc, before)))
    // Its answer to a step 1 comes after the update was handled.
    socket.ws.send(encodeSyncStep1(new Uint8Array([0])))
    await until(() => socket.count(0, 1) > 0 || socket.denied().length > 0, 60_000, 'an answer')
    const denied = socket.denied()
    if (denied.includes(REFUSAL_REASONS.documentFull) || denied.includes(REFUSAL_REASONS.workshopFull)) {
      socket.close()
      return { accepted, refusedWith: denied.at(-1) ?? null }
    }
    if (denied.includes(REFUSAL_REASONS.tooFast)) {
      // The server asks again once the budget is half full: answer with what it lacks.
      await until(() => socket.count(0, 0) > 0, 60_000, 'the server asking again')
      const step1 = socket.frames.find((frame) => frame[0] === 0 && frame[1] === 0) as Uint8Array
      const decoder = decoding.createDecoder(step1)
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
      socket.frames.length = 0
      socket.ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(doc, decoding.readVarUint8Array(decoder))))
      socket.ws.send(encodeSyncStep1(new Uint8Array([0])))
      await until(() => socket.count(0, 1) > 0 || socket.denied().length > 0, 60_000, 'an answer')
      if (socket.denied().some((reason) => reason !== REFUSAL_REASONS.tooFast)) {
        socket.close()
        return { accepted, refusedWith: socket.denied().at(-1) ?? null }
      }
    }
    accepted = text.length
  }
  socket.close()
  return { accepted, refusedWith: null }
}

/** Bytes of the whole document a new client downloads. */
async function download(url: string): Promise<number> {
  const socket = await Socket.open(url)
  socket.ws.send(encodeSyncStep1(new Uint8Array([0])))
  await until(() => socket.count(0, 1) > 0, 60_000, 'the whole document')
  const frame = socket.frames.find((candidate) => candidate[0] === 0 && candidate[1] === 1) as Uint8Array
  socket.close()
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder).byteLength
}

export async function abuse(server: RunningServer): Promise<AbuseResult> {
  const url = server.child.url
  const room = await server.createRoom('abuse')
  const workshopId = room.name.split('/')[0] ?? ''
  const token = room.params.writer.token ?? ''
  const sync = (documentName: string) =>
    `${url.replace(/^http/, 'ws')}/sync/${documentName}?token=${encodeURIComponent(token)}`
  const board = (name: string) => sync(boardDocumentName(workshopId, name))
  const windowMs = quick ? 3000 : 10_000

  await server.child.loopDelay()
  const quiet = await roundTrips(board('measured'), windowMs)
  const quietLoop = await server.child.loopDelay()

  const rssBefore = await rss(url)
  let rssPeak = rssBefore
  let flooding = true
  const sampler = (async () => {
    while (flooding) {
      rssPeak = Math.max(rssPeak, await rss(url))
      await sleep(250)
    }
  })()
  const flooded = flood(board('flooded'), tinyUpdates(40_000), windowMs)
  const duringFlood = await roundTrips(board('measured'), windowMs - 500)
  const floodLoop = await server.child.loopDelay()
  const floodResult = await flooded
  flooding = false
  await sampler
  const acceptedDoc = new Y.Doc()
  const reader = await Socket.open(board('flooded'))
  reader.ws.send(encodeSyncStep1(new Uint8Array([0])))
  await until(() => reader.count(0, 1) > 0, 60_000, 'the flooded board')
  const flooded2 = reader.frames.find((frame) => frame[0] === 0 && frame[1] === 1) as Uint8Array
  const decoder = decoding.createDecoder(flooded2)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  Y.applyUpdate(acceptedDoc, decoding.readVarUint8Array(decoder))
  reader.close()

  // Presence: 300 connections asked for from one address, 100 of those held announce as fast as they can.
  const load = presenceLoad(sync(workshopDocumentName(workshopId)), {
    count: 300,
    announcers: 100,
    durationMs: windowMs + 2000,
  })
  const opened = await load.opened
  await server.child.loopDelay()
  const duringPresence = await roundTrips(board('measured'), windowMs)
  const presenceLoop = await server.child.loopDelay()
  const { sent: presenceFrames } = await load.done

  const filled = await fillDocument(board('filled'))
  const joinerDownloadBytes = await download(board('filled'))

  // One connection announces 1,000 entries (ten frames of 100); then someone joins the workshop.
  const announcer = await Socket.open(sync(workshopDocumentName(workshopId)))
  for (let batch = 0; batch < 10; batch++) {
    const entries = Array.from({ length: 100 }, (_, i) => ({
      clientId: 50_000 + batch * 100 + i,
      clock: 1,
      state: {
        user: { id: `fake-${batch * 100 + i}`, name: `Fake ${batch * 100 + i}`, organisation: 'Nowhere' },
      },
    }))
    announcer.ws.send(encodeAwareness(encodeAwarenessEntries(entries)))
  }
  await sleep(500)
  const joiner = await Socket.open(sync(workshopDocumentName(workshopId)))
  await sleep(1000)
  const awarenessFrames = joiner.frames.filter((frame) => frame[0] === 1)
  const joinerBytes = awarenessFrames.reduce((total, frame) => total + frame.byteLength, 0)
  const entries = new Set<number>()
  for (const frame of awarenessFrames) {
    const frameDecoder = decoding.createDecoder(frame)
    decoding.readVarUint(frameDecoder)
    const update = decoding.createDecoder(decoding.readVarUint8Array(frameDecoder))
    const count = decoding.readVarUint(update)
    for (let i = 0; i < count; i++) {
      entries.add(decoding.readVarUint(update))
      decoding.readVarUint(update)
      decoding.readVarString(update)
    }
  }
  joiner.close()
  announcer.close()

  return {
    roundTrip: {
      quiet: distribution(quiet),
      flood: distribution(duringFlood),
      presence: distribution(duringPresence),
    },
    serverLoop: { quiet: quietLoop, flood: floodLoop, presence: presenceLoop },
    flood: {
      seconds: windowMs / 1000,
      framesSent: floodResult.sent,
      accepted: acceptedDoc.getText('t').length,
      toldTooFast: floodResult.denied.includes(REFUSAL_REASONS.tooFast),
      closeCode: floodResult.closeCode,
      rssBeforeBytes: rssBefore,
      rssPeakBytes: rssPeak,
    },
    presence: {
      connectionsHeld: opened.held,
      refusedStatus: opened.refusedStatus,
      framesSent: presenceFrames,
    },
    largestDocument: { acceptedBytes: filled.accepted, joinerDownloadBytes, refusedWith: filled.refusedWith },
    presenceAfterThousand: { joinerBytes, entries: entries.size },
  }
}
