import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { workshopDocumentName } from '../shared/documentNames'
import { buildFollowUp, FOLLOW_UP_CARRY } from '../shared/followUp'
import { type FollowUpRequest, MAX_PRACTICE_CSV_BYTES, type PracticesImported } from '../shared/protocol'
import { addPractice } from '../shared/workshopOperations'
import type { ApiContext } from './apiContext'
import {
  Answered,
  BadRequest,
  type Route,
  readBodyBytes,
  readValidJson,
  requireContentType,
} from './apiRouting'
import { CloseCode, CloseReason } from './closeCodes'
import { decodePracticeCsv, PracticeCsvError, parsePracticeCsv } from './practiceListCsv'
import { sendJson } from './responses'
import { WorkshopDetailsBody } from './workshopDetailsBody'
import { readWorkshopDocuments } from './workshopDocuments'

/**
 * A workshop's life beyond one event, all for the facilitator only:
 *
 * - `DELETE /api/workshops/<id>`: the workshop and all its documents go, for good; its links stop working.
 * - `POST /api/workshops/<id>/follow-up`: a new workshop carrying this one's practices and cards (see
 *   shared/followUp.ts); 201 with its id and links.
 * - `POST /api/workshops/<id>/practices/import`: the practice list from a CSV file (see practiceListCsv.ts),
 *   added live, so everyone in the workshop sees the new practices at once.
 */

const FollowUpBody: z.ZodType<FollowUpRequest> = WorkshopDetailsBody.extend({
  carry: z.enum(FOLLOW_UP_CARRY, { error: 'carry must be "everything" or "transferAndInterest"' }).optional(),
})

export function lifecycleRoutes(context: ApiContext): Route[] {
  const { store, registry, log } = context

  /**
   * Order matters: first no connection may open the workshop again and its open ones are closed (with a
   * code the client takes as final), its rooms dropped without saving; only then is storage deleted, so
   * nothing of it can be written back afterwards. The record leaves the cache with it: links get 404.
   */
  async function deleteWorkshop(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    await context.authenticateFacilitator(req, id)
    await registry.dropWorkshop(id, CloseCode.workshopDeleted, CloseReason.workshopDeleted)
    try {
      await store.deleteWorkshop(id)
    } catch (error) {
      // Still there: it may open again (its clients reconnect and send what was dropped unsaved), and
      // nobody may be told it is gone.
      registry.workshopNotDeleted(id)
      log.error('could not delete a workshop', { workshop: id, error })
      throw new Answered(
        500,
        'deleteFailed',
        'the workshop could not be deleted; nothing was removed, try again',
      )
    }
    registry.workshopDeleted(id)
    log.info('workshop deleted', { workshop: id })
    res.writeHead(204, { 'Cache-Control': 'no-store' })
    res.end()
  }

  async function startFollowUp(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    await context.authenticateFacilitator(req, id)
    let carried = ''
    const newId = await context.creations.spend(req, async () => {
      const { title, date = '', place = '', carry = 'everything' } = await readValidJson(req, FollowUpBody)
      carried = carry
      const source = await readWorkshopDocuments(store, registry, id)
      try {
        return await context.storeNewWorkshop(
          buildFollowUp({ workshopId: id, ...source }, { title, date, place }, carry, context.now()),
        )
      } finally {
        source.release()
      }
    })
    log.info('follow-up workshop created', { workshop: newId, origin: id, carry: carried })
    context.created(req, res, newId)
  }

  async function importPractices(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    await context.authenticateFacilitator(req, id)
    requireContentType(req, 'text/csv')
    const bytes = await readBodyBytes(req, MAX_PRACTICE_CSV_BYTES)
    let practices: ReturnType<typeof parsePracticeCsv>
    try {
      practices = parsePracticeCsv(decodePracticeCsv(bytes))
    } catch (error) {
      if (error instanceof PracticeCsvError) {
        throw new BadRequest(error.message, {
          code: 'practiceListInvalid',
          details: { problems: [...error.problems] },
        })
      }
      throw error
    }
    // One transaction: everyone in the workshop sees the whole list arrive at once, or nothing.
    const now = context.now()
    await registry.change(workshopDocumentName(id), (doc) => {
      for (const practice of practices) addPractice(doc, practice, now)
    })
    log.info('practices imported from CSV', { workshop: id, added: practices.length })
    const body: PracticesImported = { added: practices.length }
    sendJson(res, 200, body)
  }

  return [
    {
      pattern: /^\/api\/workshops\/([^/]+)$/,
      methods: { DELETE: (req, res, id = '') => deleteWorkshop(req, res, id) },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/follow-up$/,
      methods: { POST: (req, res, id = '') => startFollowUp(req, res, id) },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/practices\/import$/,
      methods: { POST: (req, res, id = '') => importPractices(req, res, id) },
    },
  ]
}
