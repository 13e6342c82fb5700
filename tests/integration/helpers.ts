import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type RunningServer, type StartOptions, startServer } from '../../server/app'
import type { LogLevel } from '../../server/log'
import { type ClientMessage, decodeClientMessage, decodePermissionDenied } from '../../server/protocol'
import type {
  DocumentStore,
  DocumentTail,
  DocumentUpdate,
  HistorySnapshot,
  InitialDocument,
  NewWorkshopRecord,
  StoredDocument,
  WorkshopRecord,
} from '../../server/storage/documentStore'
import type { HistorySnapshotSummary } from '../../shared/history'
import type { Role } from '../../shared/roles'
import { VOTER_SECRET_PARAM } from '../../shared/voter'

/** Shared helpers of the server's integration tests: real servers on port 0, real `ws` clients. */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TEST_LOG_LEVEL = (process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel

// ---- Cleanup: every helper registers what it opened; each test file runs `cleanup` after each test. ----

const cleanups: (() => unknown)[] = []

export function onCleanup(action: () => unknown): void {
  cleanups.push(action)
}

export async function cleanup(): Promise<void> {
  // Last opened, first closed: clients before the servers they talk to.
  for (const action of cleanups.splice(0).reverse()) {
    try {
      await action()
    } catch {
      // A failed cleanup must not hide the test's own result.
    }
  }
}

// ---- Waiting on conditions instead of sleeping. ----

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  description = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    // A look that starts after the deadline does not count: a caller stating a bound gets that bound.
    const late = Date.now() > deadline
    if (!late && (await condition())) return
    if (late) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export interface Deferred<T = void> {
  promise: Promise<T>
  resolve(value: T): void
}

export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

// ---- Servers. ----

export function tempDir(prefix = 'practicemap-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onCleanup(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A server on 127.0.0.1:<free port> with a fresh data folder, quick unloads and a quiet log. */
export async function startTestServer(options: StartOptions = {}): Promise<RunningServer> {
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: options.dataDir ?? tempDir(),
    staticDir: join(tmpdir(), 'practicemap-no-client-here'),
    logLevel: TEST_LOG_LEVEL,
    roomUnloadGraceMs: 50,
    shutdownTimeoutMs: 1000,
    ...options,
  })
  onCleanup(() => server.close())
  return server
}

export function syncUrl(serverUrl: string): string {
  return `${serverUrl.replace(/^http/, 'ws')}/sync`
}

export async function postJson(serverUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${serverUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export type RoleTokens = Record<Role, string>

export interface CreatedWorkshop {
  id: string
  links: Record<Role, string>
  /** The `?token=` of each link. */
  tokens: RoleTokens
}

/** The `?token=` of a workshop link. */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token')
  if (!token) throw new Error('a link without a token')
  return token
}

export function tokensOf(links: Record<Role, string>): RoleTokens {
  return {
    facilitator: tokenOf(links.facilitator),
    participant: tokenOf(links.participant),
    observer: tokenOf(links.observer),
  }
}

export async function createWorkshop(serverUrl: string, title = 'Test workshop'): Promise<CreatedWorkshop> {
  const response = await postJson(serverUrl, '/api/workshops', { title })
  if (response.status !== 201) throw new Error(`create workshop: HTTP ${response.status}`)
  const body = (await response.json()) as { id: string; links: Record<Role, string> }
  return { id: body.id, links: body.links, tokens: tokensOf(body.links) }
}

/** Asks for a new link of `role` with `token` (a facilitator's, for it to work). */
export function regenerate(serverUrl: string, id: string, role: string, token: string): Promise<Response> {
  return fetch(`${serverUrl}/api/workshops/${id}/links/${role}/regenerate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  })
}

/** Deletes the workshop with `token` (a facilitator's, for it to work). */
export function deleteWorkshop(serverUrl: string, id: string, token: string): Promise<Response> {
  return fetch(`${serverUrl}/api/workshops/${id}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}` },
  })
}

// ---- Stock y-websocket clients. ----

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/**
 * The stock WebsocketProvider, as the browser uses it, minus BroadcastChannel (which would bypass the
 * server), with the link's token in its `params` (so `?token=` on the WebSocket URL), and any other
 * parameters the app sends (the device's `voter` secret on a board).
 */
export interface ClientOptions {
  /** Another loopback address (127.0.0.2 …): another client address for the server's per-address limits. */
  localAddress?: string
  /** The device's voter secret (shared/voter.ts), for a board's ballot. */
  voter?: string
}

export function connectClient(
  serverUrl: string,
  documentName: string,
  token: string,
  options: ClientOptions = {},
): TestClient {
  const doc = new Y.Doc()
  const { localAddress, voter } = options
  const polyfill = localAddress
    ? class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { localAddress })
        }
      }
    : WebSocket
  const provider = new WebsocketProvider(syncUrl(serverUrl), documentName, doc, {
    WebSocketPolyfill: polyfill as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: true,
    params: voter === undefined ? { token } : { [VOTER_SECRET_PARAM]: voter, token },
  })
  let destroyed = false
  const destroy = () => {
    if (destroyed) return
    destroyed = true
    provider.destroy()
    doc.destroy()
  }
  onCleanup(destroy)
  return { doc, provider, destroy }
}

export async function connectSynced(
  serverUrl: string,
  documentName: string,
  token: string,
  options: ClientOptions = {},
): Promise<TestClient> {
  const client = connectClient(serverUrl, documentName, token, options)
  await waitFor(() => client.provider.synced, 5000, `${documentName} to sync`)
  return client
}

/** Every close code the client's connections end with from now on, as they happen. */
export function closeCodesOf(client: TestClient): number[] {
  const codes: number[] = []
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code)
  })
  return codes
}

// ---- Raw WebSocket clients, for what the stock client never does. ----

export interface CloseInfo {
  code: number
  reason: string
}

export class RawClient {
  readonly frames: Uint8Array[] = []
  readonly closed: Promise<CloseInfo>

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
    })
    ws.on('message', (data, isBinary) => {
      if (isBinary) this.frames.push(new Uint8Array(data as Buffer))
    })
    ws.on('error', () => {})
  }

  static async open(
    serverUrl: string,
    documentName: string,
    token: string,
    options: WebSocket.ClientOptions = {},
    /** More query parameters, as the app sends them (`voter` on a board). */
    query: Record<string, string> = {},
  ) {
    const params = new URLSearchParams({ ...query, token })
    const ws = new WebSocket(`${syncUrl(serverUrl)}/${documentName}?${params}`, options)
    const client = new RawClient(ws)
    onCleanup(() => ws.terminate())
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
    })
    return client
  }

  send(frame: Uint8Array | string): void {
    this.ws.send(frame)
  }

  messages(): ClientMessage[] {
    return this.frames.flatMap((frame) => {
      const decoded = decodeClientMessage(frame)
      return decoded.ok ? [decoded.message] : []
    })
  }

  async waitForMessage<K extends ClientMessage['kind']>(
    kind: K,
    matches: (message: Extract<ClientMessage, { kind: K }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<ClientMessage, { kind: K }>> {
    let found: Extract<ClientMessage, { kind: K }> | undefined
    await waitFor(
      () => {
        found = this.messages().find(
          (message): message is Extract<ClientMessage, { kind: K }> =>
            message.kind === kind && matches(message as Extract<ClientMessage, { kind: K }>),
        )
        return found !== undefined
      },
      timeoutMs,
      `a ${kind} message`,
    )
    if (!found) throw new Error('unreachable')
    return found
  }
}

/** The reasons of the permission-denied messages (`[2, 0, reason]`) a raw client received. */
export function deniedReasons(client: { frames: readonly Uint8Array[] }): string[] {
  return client.frames.map(decodePermissionDenied).filter((reason): reason is string => reason !== null)
}

/**
 * Collects the reasons of the permission-denied messages a stock provider receives (the stock handler
 * only logs them), as the app's client does.
 */
export function collectDeniedReasons(client: TestClient): string[] {
  const reasons: string[] = []
  client.provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder)
    reasons.push(decoding.readVarString(decoder))
  }
  return reasons
}

/**
 * `count` successive updates of one Yjs client, each inserting one character at the end of text "t": what
 * a script sends when it floods a document with tiny changes, every one of them valid and in order.
 */
export function successiveUpdates(count: number, clientId = 4242, text = 'x'): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const target = doc.getText('t')
  for (let i = 0; i < count; i++) target.insert(target.length, text)
  doc.destroy()
  return updates
}

/** The HTTP status a refused WebSocket upgrade answered with. */
export async function upgradeStatus(url: string, options: WebSocket.ClientOptions = {}): Promise<number> {
  return (await upgradeResponse(url, options)).status
}

/** The status, headers and body of a refused WebSocket upgrade. */
export function upgradeResponse(
  url: string,
  options: WebSocket.ClientOptions = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options)
    ws.on('unexpected-response', (_request, response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      const done = () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
        ws.terminate()
      }
      response.once('end', done)
      response.once('close', done)
    })
    ws.on('open', () => {
      ws.terminate()
      reject(new Error(`${url} was accepted`))
    })
    ws.on('error', () => {})
  })
}

/** A Yjs update that inserts `text` into a fresh document's text "t". */
export function textInsertUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

// ---- A store that lets a test hold, fail and watch storage calls. ----

export class InstrumentedStore implements DocumentStore {
  readonly events: string[] = []
  holdAppends: Promise<void> | null = null
  holdCompactions: Promise<void> | null = null
  holdLoads: Promise<void> | null = null
  /** Holds the loads of single documents, by name. */
  readonly holdLoadsOf = new Map<string, Promise<void>>()
  /** Held after the record is read, so the caller goes on with what was stored before the hold ended. */
  holdGetWorkshop: Promise<void> | null = null
  failAppends = false
  failDeletes = false
  getWorkshopCalls = 0
  /** Holds every history snapshot's save until it resolves. */
  holdHistorySaves: Promise<void> | null = null
  historySavesUnderWay = 0
  historyLists = 0
  mostHistorySavesAtOnce = 0

  constructor(private readonly inner: DocumentStore) {}

  createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void> {
    return this.inner.createWorkshop(workshop, documents)
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    this.getWorkshopCalls += 1
    const record = await this.inner.getWorkshop(id)
    if (this.holdGetWorkshop) await this.holdGetWorkshop
    return record
  }

  bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    this.events.push(`bump ${role}`)
    return this.inner.bumpTokenGeneration(workshopId, role)
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    if (this.failDeletes) throw new Error('disk I/O error (simulated)')
    return this.inner.deleteWorkshop(id)
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    this.events.push(`load-start ${documentName}`)
    if (this.holdLoads) await this.holdLoads
    const held = this.holdLoadsOf.get(documentName)
    if (held) await held
    const stored = await this.inner.loadDocument(documentName)
    this.events.push(`load-done ${documentName}`)
    return stored
  }

  workshopStoredBytes(workshopId: string): Promise<number> {
    return this.inner.workshopStoredBytes(workshopId)
  }

  get sharedByInstances(): boolean {
    return this.inner.sharedByInstances
  }

  loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail> {
    return this.inner.loadDocumentSince(documentName, afterSeq)
  }

  lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>> {
    return this.inner.lastSeqs(documentNames)
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    this.events.push('commit-start')
    if (this.holdAppends) await this.holdAppends
    if (this.failAppends) {
      this.events.push('commit-failed')
      throw new Error('disk full (simulated)')
    }
    const seqs = await this.inner.appendUpdates(updates)
    this.events.push('commit-done')
    return seqs
  }

  async compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void> {
    this.events.push(`compact-start ${documentName}`)
    if (this.holdCompactions) await this.holdCompactions
    await this.inner.compactDocument(documentName, snapshot, coveredSeq)
    this.events.push(`compact-done ${documentName}`)
  }

  async saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void> {
    this.historySavesUnderWay += 1
    this.mostHistorySavesAtOnce = Math.max(this.mostHistorySavesAtOnce, this.historySavesUnderWay)
    try {
      if (this.holdHistorySaves) await this.holdHistorySaves
      await this.inner.saveHistorySnapshot(snapshot)
    } finally {
      this.historySavesUnderWay -= 1
    }
  }

  listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]> {
    this.historyLists += 1
    return this.inner.listHistorySnapshots(workshopId)
  }

  loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null> {
    return this.inner.loadHistorySnapshot(workshopId, snapshotId)
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}

// ---- The real entry point in a child process. ----

export interface ServerProcess {
  child: ChildProcess
  url: string
  /** The address its start-up line says it listens on (`0.0.0.0:8080`). */
  address: string
  exited: Promise<number | null>
}

/**
 * Runs `server/main.ts` as `npm run serve` does and resolves with the URL it logs once listening. The
 * process is killed by `cleanup()`.
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServerProcess(env, (kill) => onCleanup(kill))
  return server
}

/** spawnServer, with the caller deciding when the process is killed (`ownKill` receives the function). */
export async function spawnServerProcess(
  env: Record<string, string>,
  ownKill: (kill: () => Promise<number | null>) => void,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      STATIC_DIR: join(tmpdir(), 'practicemap-no-client-here'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  ownKill(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    return exited
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const { url, address } = await new Promise<{ url: string; address: string }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin })
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string; address?: string }
        if (entry.msg === 'listening' && entry.url) resolve({ url: entry.url, address: entry.address ?? '' })
      } catch {
        // not a log line
      }
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${stderr}`)))
  })
  return { child, url, address, exited }
}

/** A TCP port nothing listens on right now, for a server that must come back on the same one. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}
