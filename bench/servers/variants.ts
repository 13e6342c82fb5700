/**
 * The servers under comparison, each as an adapter the one load generator drives: how to start it (a child
 * process, see childProcess.ts), how to make a room, and how a stock client reaches that room.
 *
 * - PracticeMap, in memory and with its SQLite storage: a room is a board document of a workshop made over
 *   REST; writers use the participant link's token, readers the observer link's.
 * - y-websocket reference (@y/websocket-server 0.1.1), without and with its LevelDB persistence.
 * - Hocuspocus 3.4.4, without persistence (the fair baseline) and with @hocuspocus/extension-sqlite; its
 *   framing is added by load/hocuspocusSocket.ts around the same stock provider.
 */
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import * as Y from 'yjs'
import { boardDocumentName } from '../../shared/documentNames'
import { exportJson } from '../../shared/exportJson'
import { newId } from '../../shared/ids'
import type { CommitWait, CreatedWorkshop } from '../../shared/protocol'
import { type Section, serverFilter, sourceRoot } from '../env'
import type { ConnectTarget } from '../load/clients'
import { HocuspocusSocket } from '../load/hocuspocusSocket'
import { type ServerChild, startChild } from './childProcess'

export type Role = 'writer' | 'reader'

export interface RoomSpec {
  name: string
  params: Record<Role, Record<string, string>>
}

/** A workshop as the workshop section opens it: the id its document names hang on, and a participant's link. */
export interface WorkshopSpec {
  id: string
  /** What a participant's provider sends (ours: the participant link's token). */
  participantParams: Record<string, string>
  /**
   * The workshop document's content, when the server could not be given it beforehand (the references
   * have no REST): the first participant's tab brings it, as a facilitator's would have.
   */
  seed?: Uint8Array
}

export interface RunningServer {
  child: ServerChild
  /** Ours only (from /healthz): how long changes waited for their commit, since the server started. */
  commitWait?(): Promise<CommitWait>
  createRoom(tag: string): Promise<RoomSpec>
  /** A workshop whose document holds `workshop` (its practices are the boards). */
  createWorkshop(workshop: Y.Doc): Promise<WorkshopSpec>
  target(room: RoomSpec, role: Role): ConnectTarget
}

export interface ServerVariant {
  id: string
  family: 'practicemap' | 'y-websocket' | 'hocuspocus' | 'floor'
  persistent: boolean
  /** The sections it can take part in, when not all (the floor relay only serves empty rooms). */
  sections?: readonly Section[]
  label: string
  /** How long after its last client left a room is out of memory (as configured here). */
  unloadAfterMs: number
  start(dataDir: string): Promise<RunningServer>
}

/** Our unload grace period in the bench (10 s in production), so the memory section does not wait long. */
export const PRACTICEMAP_UNLOAD_GRACE_MS = 2000

export const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws')

/** The `?token=` of a link our REST answered with. */
const linkToken = (link: string) => new URL(link).searchParams.get('token') ?? ''

async function createWorkshopRoom(url: string, tag: string): Promise<RoomSpec> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Benchmark ${tag}` }),
  })
  if (response.status !== 201) throw new Error(`create workshop: HTTP ${response.status}`)
  const { id, links } = (await response.json()) as CreatedWorkshop
  return {
    name: boardDocumentName(id, 'board0001'),
    params: { writer: { token: linkToken(links.participant) }, reader: { token: linkToken(links.observer) } },
  }
}

/**
 * Ours: the workshop goes in through the import endpoint (a JSON export of `workshop`), the way a workshop
 * with its practices reaches the server over REST; practice ids are kept, so the boards are the practices.
 */
async function importWorkshop(url: string, workshop: Y.Doc): Promise<WorkshopSpec> {
  const response = await fetch(`${url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: exportJson({ workshop, boards: new Map() }),
  })
  if (response.status !== 201) throw new Error(`import workshop: HTTP ${response.status}`)
  const { id, links } = (await response.json()) as CreatedWorkshop
  return { id, participantParams: { token: linkToken(links.participant) } }
}

/** A server without workshops: the same document names under a fresh id, the content brought by a client. */
const openWorkshop = async (workshop: Y.Doc): Promise<WorkshopSpec> => ({
  id: newId(),
  participantParams: {},
  seed: Y.encodeStateAsUpdate(workshop),
})

function practicemap(storage: 'memory' | 'sqlite'): ServerVariant {
  return {
    id: `practicemap-${storage}`,
    family: 'practicemap',
    persistent: storage === 'sqlite',
    label: `PracticeMap (${storage === 'sqlite' ? 'SQLite' : 'in memory'})`,
    unloadAfterMs: PRACTICEMAP_UNLOAD_GRACE_MS,
    async start(dataDir) {
      const child = await startChild(
        `practicemap-${storage}`,
        ['--import', 'tsx', 'bench/servers/practicemapProcess.ts', storage, dataDir],
        // The load generator creates every room's workshop from one address, and opens every participant's
        // sockets from it too (the workshop section: 2,700, above the production cap of 2,000 per address).
        {
          ROOM_UNLOAD_GRACE_MS: String(PRACTICEMAP_UNLOAD_GRACE_MS),
          WORKSHOP_CREATION_BURST: '100000',
          MAX_CONNECTIONS_PER_ADDRESS: '100000',
        },
        sourceRoot(),
      )
      return {
        child,
        async commitWait() {
          const health = (await (await fetch(`${child.url}/healthz`)).json()) as { commitWait: CommitWait }
          return health.commitWait
        },
        createRoom: (tag) => createWorkshopRoom(child.url, tag),
        createWorkshop: (workshop) => importWorkshop(child.url, workshop),
        target: (room, role) => ({
          serverUrl: `${wsUrl(child.url)}/sync`,
          room: room.name,
          params: room.params[role],
          socket: undefined,
        }),
      }
    },
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** A room of a server without rooms of its own: any name will do, and nobody needs a token. */
const openRoom = (tag: string): RoomSpec => ({ name: `bench-${tag}`, params: { writer: {}, reader: {} } })

function yWebsocket(persistent: boolean): ServerVariant {
  return {
    id: persistent ? 'y-websocket-leveldb' : 'y-websocket',
    family: 'y-websocket',
    persistent,
    label: `y-websocket ref${persistent ? ' (LevelDB)' : ''}`,
    // Without persistence the reference never unloads a document (yjs/y-websocket#100).
    unloadAfterMs: persistent ? 0 : Number.POSITIVE_INFINITY,
    async start(dataDir) {
      mkdirSync(dataDir, { recursive: true })
      const args = ['bench/references/yWebsocketProcess.mjs', String(await freePort())]
      if (persistent) args.push(join(dataDir, 'leveldb'))
      const child = await startChild(this.id, args)
      return {
        child,
        createRoom: async (tag) => openRoom(tag),
        createWorkshop: openWorkshop,
        target: (room) => ({ serverUrl: wsUrl(child.url), room: room.name, params: {}, socket: undefined }),
      }
    },
  }
}

function hocuspocus(persistent: boolean): ServerVariant {
  return {
    id: persistent ? 'hocuspocus-sqlite' : 'hocuspocus',
    family: 'hocuspocus',
    persistent,
    label: `Hocuspocus${persistent ? ' (SQLite)' : ''}`,
    // Unloads on the last disconnect, after storing whatever its debounce (2 s) still held.
    unloadAfterMs: 0,
    async start(dataDir) {
      mkdirSync(dataDir, { recursive: true })
      const args = ['bench/references/hocuspocusProcess.mjs']
      if (persistent) args.push(join(dataDir, 'hocuspocus.sqlite'))
      const child = await startChild(this.id, args)
      return {
        child,
        createRoom: async (tag) => openRoom(tag),
        createWorkshop: openWorkshop,
        target: (room) => ({
          serverUrl: wsUrl(child.url),
          room: room.name,
          params: {},
          socket: HocuspocusSocket,
        }),
      }
    },
  }
}

/**
 * The measuring floor (floorRelay.mjs): relays frames without reading them. Not a server to compare with
 * but the lowest figures this load generator and machine can show, so a target can be judged against what
 * is possible at all.
 */
const floorRelay: ServerVariant = {
  id: 'floor-relay',
  family: 'floor',
  persistent: false,
  label: 'Relay floor (no Yjs, no checks: the measuring floor)',
  sections: ['fanout', 'rooms'],
  unloadAfterMs: 0,
  async start() {
    const child = await startChild(this.id, ['bench/servers/floorRelay.mjs'])
    return {
      child,
      createRoom: async (tag) => openRoom(tag),
      createWorkshop: openWorkshop,
      target: (room) => ({ serverUrl: wsUrl(child.url), room: room.name, params: {}, socket: undefined }),
    }
  },
}

export const ALL_VARIANTS: ServerVariant[] = [
  practicemap('memory'),
  practicemap('sqlite'),
  yWebsocket(false),
  yWebsocket(true),
  hocuspocus(false),
  hocuspocus(true),
  floorRelay,
]

export function selectedVariants(): ServerVariant[] {
  const wanted = serverFilter
  return wanted ? ALL_VARIANTS.filter((variant) => wanted.includes(variant.id)) : ALL_VARIANTS
}
