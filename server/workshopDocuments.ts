import * as Y from 'yjs'
import { boardDocumentName, participationDocumentName, workshopDocumentName } from '../shared/documentNames'
import { readPractices } from '../shared/readers'
import type { ReportSources } from '../shared/report'
import type { RoomRegistry } from './rooms'
import { applyStoredDocument, type DocumentStore } from './storage/documentStore'

/**
 * A workshop's documents for reading outside sync (exports): each one from its loaded room when that is in
 * memory (it may be ahead of storage), else a copy built from storage. Rooms are never loaded just to read:
 * that would keep them in memory and make an export look like a sync client.
 *
 * Every document handed out is a copy (a live room's state is copied when it is read), so a room that
 * unloads or changes while the others are read never leaves the caller with a destroyed or half-read
 * document. `release` destroys the copies.
 */
export interface WorkshopDocuments extends ReportSources {
  boards: Map<string, Y.Doc>
  participation: Y.Doc
  release(): void
}

export async function readWorkshopDocuments(
  store: Pick<DocumentStore, 'loadDocument'>,
  registry: Pick<RoomRegistry, 'get'>,
  workshopId: string,
): Promise<WorkshopDocuments> {
  const copies: Y.Doc[] = []
  const release = () => {
    for (const doc of copies.splice(0)) doc.destroy()
  }
  async function open(documentName: string): Promise<Y.Doc> {
    // A big workshop takes a while to copy: let the event loop (sockets, other rooms) run between documents.
    if (copies.length > 0) await new Promise((resolve) => setImmediate(resolve))
    const doc = new Y.Doc()
    copies.push(doc)
    const room = registry.get(documentName)
    if (room?.isOpen) Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
    else applyStoredDocument(doc, await store.loadDocument(documentName), null)
    return doc
  }
  try {
    const workshop = await open(workshopDocumentName(workshopId))
    const boards = new Map<string, Y.Doc>()
    // Only the boards of the practices the workshop has: a removed practice's board stays in storage (for
    // undo) but is not part of the results.
    for (const practice of readPractices(workshop)) {
      boards.set(practice.id, await open(boardDocumentName(workshopId, practice.id)))
    }
    const participation = await open(participationDocumentName(workshopId))
    return { workshop, boards, participation, release }
  } catch (error) {
    release()
    throw error
  }
}
