import type { IncomingMessage, ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { boardDocumentName, participationDocumentName, workshopDocumentName } from '../shared/documentNames'
import { buildExampleWorkshop } from '../shared/exampleWorkshop'
import { exportCsv } from '../shared/exportCsv'
import { exportJson } from '../shared/exportJson'
import { exportMarkdown } from '../shared/exportMarkdown'
import { newId } from '../shared/ids'
import { ImportError, importJson } from '../shared/importJson'
import {
  type CreatedWorkshop,
  type CreateWorkshopRequest,
  EXPORT_FORMATS,
  type ExportFormat,
  type LinksResponse,
  MAX_IMPORT_BYTES,
  type ServerTime,
  type WorkshopSummary,
} from '../shared/protocol'
import { readWorkshop } from '../shared/readers'
import { buildReport, type ReportSources } from '../shared/report'
import { type ReportLabels, reportLabels } from '../shared/reportLabels'
import { isRegenerableRole, type RegenerableRole } from '../shared/roles'
import type { Workshop } from '../shared/schema'
import { initWorkshop } from '../shared/workshopOperations'
import { admit } from './admission'
import type { ApiContext, NewWorkshopDocuments } from './apiContext'
import {
  Answered,
  type ApiHandler,
  BadRequest,
  describeIssues,
  type Route,
  readJson,
  requireContentType,
  routeRequests,
} from './apiRouting'
import { type Auth, type Grant, tokenFrom, ZERO_GENERATIONS } from './auth'
import { clientAddress } from './clientAddress'
import type { CreationLimiter } from './creationLimit'
import { sendDownload } from './downloads'
import { DOCX_CONTENT_TYPE, exportDocx } from './exportDocx'
import type { WorkshopHistory } from './history'
import { historyRoutes } from './historyApi'
import { lifecycleRoutes } from './lifecycleApi'
import type { Logger } from './log'
import type { RefusalRateLimiter } from './rateLimit'
import { sendJson } from './responses'
import type { RoomRegistry } from './rooms'
import { applyStoredDocument, type InitialDocument, type WorkshopRecord } from './storage/documentStore'
import type { WorkshopCachingStore } from './storage/workshopCache'
import { WorkshopDetailsBody } from './workshopDetailsBody'
import { readWorkshopDocuments } from './workshopDocuments'

/**
 * The REST API under /api. Workshops are created here, and their links handed out; everything else about
 * them happens over sync. Every endpoint about one workshop needs one of its tokens, as
 * `Authorization: Bearer <token>` or `?token=`; refusals (404, 401, 403) spend the address's budget, as
 * refused WebSocket upgrades do (rateLimit.ts), and an address that has spent it gets 429.
 */

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

const HOST_PATTERN = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/** The origin the client used, from its Host header, so links work behind any name the server is reached by. */
export function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  const forwardedProto = firstHeader(req.headers['x-forwarded-proto'])?.split(',')[0]?.trim().toLowerCase()
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http'
  const host = req.headers.host
  return `${protocol}://${host && HOST_PATTERN.test(host) ? host : fallbackHost}`
}

export interface ApiOptions {
  store: WorkshopCachingStore
  registry: RoomRegistry
  log: Logger
  auth: Auth
  limiter: RefusalRateLimiter
  creations: CreationLimiter
  history: WorkshopHistory
  /** Called once a role's link has a new generation: connections admitted with older tokens must end. */
  onLinkRegenerated(workshopId: string, role: RegenerableRole, generation: number): void
  /** host:port to use in links when a request has no usable Host header. */
  fallbackHost(): string
  /** Reverse proxies in front of the server, whose `X-Forwarded-For` names the client; see clientAddress.ts. */
  trustedProxies?: number
  now?: () => number
}

export function createApiHandler(options: ApiOptions): ApiHandler {
  const { store, registry, log, auth, limiter, creations } = options
  const now = options.now ?? Date.now

  const links = (req: IncomingMessage, workshop: Pick<WorkshopRecord, 'id' | 'tokenGenerations'>) =>
    auth.links(requestOrigin(req, options.fallbackHost()), workshop)

  function created(req: IncomingMessage, res: ServerResponse, id: string): void {
    const body: CreatedWorkshop = { id, links: links(req, { id, tokenGenerations: ZERO_GENERATIONS }) }
    sendJson(res, 201, body, { Location: `/api/workshops/${id}` })
  }

  /**
   * The workshop `id` and what the request's token grants in it, or a thrown refusal: 429 when the address
   * has spent its refusals, 404, 401 (no token), 403 (a wrong or revoked one). See admission.ts.
   */
  async function authenticate(
    req: IncomingMessage,
    id: string,
  ): Promise<{ workshop: WorkshopRecord; grant: Grant }> {
    const address = clientAddress(req.headers, req.socket.remoteAddress, options.trustedProxies ?? 0)
    const admission = await admit({ store, limiter, log }, address, id, (workshop) => {
      const token = tokenFrom(req)
      if (token === null) {
        return {
          allow: false,
          status: 401,
          code: 'tokenMissing',
          message: 'this request needs the workshop link’s token',
          headers: { 'WWW-Authenticate': 'Bearer realm="PracticeMap"' },
        }
      }
      const grant = auth.roleOfToken(workshop, token)
      return grant
        ? { allow: true, grant }
        : {
            allow: false,
            status: 403,
            code: 'linkInvalid',
            message: 'this link is not valid (it may have been replaced)',
          }
    })
    if (!admission.allow) {
      throw new Answered(admission.status, admission.code, admission.message, admission.headers)
    }
    return { workshop: admission.workshop, grant: admission.grant }
  }

  async function authenticateFacilitator(req: IncomingMessage, id: string): Promise<WorkshopRecord> {
    const { workshop, grant } = await authenticate(req, id)
    // A valid token of another role is no guess: this refusal does not spend the address's budget.
    if (grant.role !== 'facilitator') {
      throw new Answered(403, 'facilitatorOnly', 'only the facilitator’s link may do this')
    }
    return workshop
  }

  /**
   * Stores a new workshop made of `documents` under a fresh id, atomically, and destroys the documents.
   * The workshop document's `createdAt` is the record's too.
   */
  async function storeNewWorkshop(documents: NewWorkshopDocuments): Promise<string> {
    const id = newId()
    const { workshop, boards, participation } = documents
    try {
      const initial: InitialDocument[] = [
        { documentName: workshopDocumentName(id), state: Y.encodeStateAsUpdate(workshop) },
      ]
      for (const [practiceId, board] of boards) {
        initial.push({ documentName: boardDocumentName(id, practiceId), state: Y.encodeStateAsUpdate(board) })
      }
      if (participation) {
        initial.push({
          documentName: participationDocumentName(id),
          state: Y.encodeStateAsUpdate(participation),
        })
      }
      await store.createWorkshop({ id, createdAt: readWorkshop(workshop).createdAt || now() }, initial)
      return id
    } finally {
      workshop.destroy()
      for (const board of boards.values()) board.destroy()
      participation?.destroy()
    }
  }

  async function createWorkshop(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = await creations.spend(req, async () => {
      const parsed = WorkshopDetailsBody.safeParse(await readJson(req))
      if (!parsed.success) throw new BadRequest(describeIssues(parsed.error))
      const { title, date = '', place = '' }: CreateWorkshopRequest = parsed.data
      const workshop = new Y.Doc()
      initWorkshop(workshop, { title, date, place }, now())
      return storeNewWorkshop({ workshop, boards: new Map() })
    })
    log.info('workshop created', { workshop: id })
    created(req, res, id)
  }

  /** Takes no details, but a JSON body all the same (`{}`), so that no page elsewhere can ask for one. */
  async function createExampleWorkshop(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = await creations.spend(req, async () => {
      requireContentType(req, 'application/json')
      return storeNewWorkshop(buildExampleWorkshop(now()))
    })
    log.info('example workshop created', { workshop: id })
    created(req, res, id)
  }

  /** A new workshop holding what a JSON export holds (shared/importJson.ts); no token needed, as for creating one. */
  async function importWorkshop(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = await creations.spend(req, async () => {
      const body = await readJson(req, MAX_IMPORT_BYTES)
      let imported: ReturnType<typeof importJson>
      try {
        imported = importJson(body, now())
      } catch (error) {
        if (error instanceof ImportError) throw new BadRequest(error.message, { code: 'notAnExport' })
        throw error
      }
      return storeNewWorkshop(imported)
    })
    log.info('workshop imported', { workshop: id })
    created(req, res, id)
  }

  /** Reads the live document when its room is loaded (it may be ahead of the last compaction), else storage. */
  async function readWorkshopDocument(id: string): Promise<Workshop> {
    const documentName = workshopDocumentName(id)
    const room = registry.get(documentName)
    if (room?.isOpen) return readWorkshop(room.doc)
    const doc = new Y.Doc()
    try {
      applyStoredDocument(doc, await store.loadDocument(documentName), null)
      return readWorkshop(doc)
    } finally {
      doc.destroy()
    }
  }

  async function getWorkshop(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const { workshop: record, grant } = await authenticate(req, id)
    const workshop = await readWorkshopDocument(id)
    const body: WorkshopSummary = {
      id,
      title: workshop.title,
      date: workshop.date,
      place: workshop.place,
      createdAt: workshop.createdAt || record.createdAt,
      role: grant.role,
    }
    sendJson(res, 200, body)
  }

  async function getLinks(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const workshop = await authenticateFacilitator(req, id)
    const body: LinksResponse = { links: links(req, workshop) }
    sendJson(res, 200, body)
  }

  /**
   * Regenerations of one workshop run one at a time, each checking its token when its turn comes. Two
   * requests with one facilitator token (a double click, or the facilitator and whoever holds a leaked copy)
   * then cannot both replace the facilitator link: the second is refused (403), instead of silently revoking
   * the link the first has just handed out.
   */
  const regenerating = new Map<string, Promise<void>>()

  function oneAtATime(id: string, task: () => Promise<void>): Promise<void> {
    const run = (regenerating.get(id) ?? Promise.resolve()).then(task)
    const settled = run.catch(() => {})
    regenerating.set(id, settled)
    void settled.then(() => {
      if (regenerating.get(id) === settled) regenerating.delete(id)
    })
    return run
  }

  function regenerateLink(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    role: string,
  ): Promise<void> {
    return oneAtATime(id, () => regenerateLinkNow(req, res, id, role))
  }

  async function regenerateLinkNow(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    role: string,
  ): Promise<void> {
    await authenticateFacilitator(req, id)
    if (!isRegenerableRole(role)) {
      throw new BadRequest(
        `only the facilitator, participant and observer links can be regenerated, not "${role.slice(0, 20)}"`,
      )
    }
    const generation = await store.bumpTokenGeneration(id, role)
    const workshop = generation === null ? null : await store.getWorkshop(id)
    if (generation === null || !workshop) throw new Answered(404, 'workshopNotFound', 'no such workshop')
    options.onLinkRegenerated(id, role, generation)
    log.info('link regenerated', { workshop: id, role, generation })
    const body: LinksResponse = { links: links(req, workshop) }
    sendJson(res, 200, body)
  }

  type Exporter = {
    contentType: string
    render(documents: ReportSources, labels: ReportLabels): string | Promise<Uint8Array>
  }
  // A Map: the format comes from the request's path.
  const EXPORTS = new Map<ExportFormat, Exporter>([
    [
      'md',
      {
        contentType: 'text/markdown; charset=utf-8',
        render: (docs, labels) => exportMarkdown(buildReport(docs), labels),
      },
    ],
    [
      'csv',
      {
        contentType: 'text/csv; charset=utf-8',
        render: (docs, labels) => exportCsv(buildReport(docs), labels),
      },
    ],
    // The JSON export is data for a later import, in no language.
    ['json', { contentType: 'application/json; charset=utf-8', render: (docs) => exportJson(docs) }],
    [
      'docx',
      { contentType: DOCX_CONTENT_TYPE, render: (docs, labels) => exportDocx(buildReport(docs), labels) },
    ],
  ])

  /**
   * The workshop's results as a file (facilitators only): read from loaded rooms or storage, never loading a
   * room. `?lang=` (pl, es, it-IT, ...) chooses the language of its words; anything else gives English.
   */
  async function exportWorkshop(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    format: string,
  ): Promise<void> {
    await authenticateFacilitator(req, id)
    const exporter = EXPORTS.get(format as ExportFormat)
    if (!exporter) throw new Answered(404, 'notFound', `no export format ${format.slice(0, 20)}`)
    const labels = reportLabels(new URL(req.url ?? '/', 'http://server.invalid').searchParams.get('lang'))
    const documents = await readWorkshopDocuments(store, registry, id)
    try {
      const body = await exporter.render(documents, labels)
      sendDownload(res, body, exporter.contentType, readWorkshop(documents.workshop).title, format)
    } finally {
      documents.release()
    }
  }

  function serverTime(res: ServerResponse): void {
    const body: ServerTime = { now: now() }
    sendJson(res, 200, body)
  }

  const context: ApiContext = {
    store,
    registry,
    log,
    auth,
    creations,
    history: options.history,
    now,
    authenticate,
    authenticateFacilitator,
    storeNewWorkshop,
    created,
    readWorkshopDocument,
  }

  const routes: Route[] = [
    { pattern: /^\/api\/workshops$/, methods: { POST: (req, res) => createWorkshop(req, res) } },
    {
      pattern: /^\/api\/workshops\/example$/,
      methods: { POST: (req, res) => createExampleWorkshop(req, res) },
    },
    { pattern: /^\/api\/workshops\/import$/, methods: { POST: (req, res) => importWorkshop(req, res) } },
    {
      pattern: /^\/api\/workshops\/([^/]+)$/,
      methods: { GET: (req, res, id = '') => getWorkshop(req, res, id) },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/links$/,
      methods: { GET: (req, res, id = '') => getLinks(req, res, id) },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/links\/([^/]+)\/regenerate$/,
      methods: { POST: (req, res, id = '', role = '') => regenerateLink(req, res, id, role) },
    },
    {
      pattern: new RegExp(`^/api/workshops/([^/]+)/export\\.(${EXPORT_FORMATS.join('|')})$`),
      methods: { GET: (req, res, id = '', format = '') => exportWorkshop(req, res, id, format) },
    },
    { pattern: /^\/api\/time$/, methods: { GET: async (_req, res) => serverTime(res) } },
    ...historyRoutes(context),
    ...lifecycleRoutes(context),
  ]

  return routeRequests(routes, log)
}
