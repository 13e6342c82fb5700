/**
 * One workshop participant at the frame level: the 9 WebSockets a PracticeMap tab opens (the workshop
 * document, the participation document, 7 boards), speaking y-websocket as the stock client does on the
 * wire, without a Y.Doc for what it receives:
 *
 * - on open: sync step 1 (of an empty document); the workshop socket also announces a presence (a small
 *   JSON state, as PracticeMap's client does), the others none (their presence is cleared);
 * - the server's step 1 is answered with a step 2 (empty: nothing here the server lacks);
 * - every awareness frame that tells something new about someone else (a client id unseen or a higher
 *   clock) is sent back to the server unchanged, as the stock provider relays each awareness change it
 *   applies (it re-encodes the changed entries: the same bytes on the wire);
 * - a received update is searched for a card marker (capacityWire.ts) and timed; nothing is decoded.
 *
 * Cards it writes are real Yjs updates: each board has a private Y.Doc that only this participant writes,
 * and `addCard` (shared/) on it only adds a new entry to the cards map, so the update depends on nothing
 * but this participant's own earlier cards, which the server already has.
 */
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeUpdate } from '../../server/protocol'
import { addCard } from '../../shared/boardOperations'
import { SyncMessageType } from '../../shared/protocol'
import { LANES } from '../../shared/schema'
import {
  BOARDS_PER_WORKSHOP,
  cardText,
  EMPTY_STEP_1,
  EMPTY_STEP_2,
  findCard,
  isPresence,
  isSync,
  now,
  presenceClocks,
  presenceFrame,
  type WorkshopPlan,
} from './capacityWire'

/** Counters shared by every participant of one generator process. */
export interface Traffic {
  framesIn: number
  framesOut: number
  /** Sockets that closed while the participant was still in the workshop. */
  unexpectedCloses: number
}

/** Told of each card another participant wrote, when its update arrives here. */
export type CardListener = (key: string, plannedMs: number, receivedMs: number) => void

const CONNECT_TIMEOUT_MS = 120_000

export class RawParticipant {
  /** y-protocols picks a random 32-bit client id per document. */
  readonly clientId = Math.floor(Math.random() * 0x1_0000_0000)
  private clock = 0
  private readonly sockets: WebSocket[] = []
  private readonly boardDocs = new Map<number, Y.Doc>()
  private cardsWritten = 0
  private leaving = false
  /** Card keys of this participant start with it: its own cards (echoed back) are not deliveries. */
  readonly keyPrefix: string
  private readonly presenceState: unknown

  constructor(
    private readonly plan: WorkshopPlan,
    readonly index: number,
    private readonly traffic: Traffic,
    private readonly onCard: CardListener,
  ) {
    this.keyPrefix = `${plan.index}.${index}.`
    this.presenceState = {
      user: {
        id: `bench-${plan.index}-${index}`,
        name: `Participant ${index + 1}`,
        organisation: `Region ${(index % 12) + 1}`,
        color: '#2f6fb3',
      },
      practiceId: null,
      editingCardId: null,
    }
  }

  /** Opens the 9 sockets; resolves once each has received the server's step 2. */
  connect(): Promise<void> {
    const documents = [this.plan.workshop, this.plan.participation, ...this.plan.boards]
    return Promise.all(documents.map((name, slot) => this.open(name, slot))).then(() => undefined)
  }

  private open(name: string, slot: number): Promise<void> {
    const query = this.plan.token ? `?token=${encodeURIComponent(this.plan.token)}` : ''
    const socket = new WebSocket(`${this.plan.syncUrl}/${name}${query}`, {
      localAddress: this.plan.localAddress,
      perMessageDeflate: false,
    })
    this.sockets[slot] = socket
    const announces = slot === 0
    const isBoard = slot >= 2
    /** What this connection has seen of others' presence: client id → clock, as Awareness keeps it. */
    const clocks = new Map<number, number>()
    return new Promise<void>((resolve, reject) => {
      let synced = false
      const timer = setTimeout(() => reject(new Error(`no sync step 2 for ${name}`)), CONNECT_TIMEOUT_MS)
      socket.on('open', () => {
        this.send(socket, EMPTY_STEP_1)
        if (announces) this.send(socket, presenceFrame(this.clientId, this.clock, this.presenceState))
      })
      socket.on('message', (data: Buffer) => {
        this.traffic.framesIn++
        if (isSync(data)) {
          const kind = data[1]
          if (kind === SyncMessageType.step1) this.send(socket, EMPTY_STEP_2)
          else if (kind === SyncMessageType.step2 && !synced) {
            synced = true
            clearTimeout(timer)
            resolve()
          } else if (kind === SyncMessageType.update && isBoard) {
            const card = findCard(data)
            if (card && !card.key.startsWith(this.keyPrefix)) this.onCard(card.key, card.plannedMs, now())
          }
        } else if (isPresence(data)) {
          let news = false
          for (const [clientId, clock] of presenceClocks(data)) {
            if (clientId === this.clientId) continue
            const known = clocks.get(clientId)
            if (known === undefined || clock > known) {
              clocks.set(clientId, clock)
              news = true
            }
          }
          if (news) this.send(socket, data)
        }
      })
      socket.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      socket.on('close', (code) => {
        clearTimeout(timer)
        if (!synced) reject(new Error(`${name} closed with ${code} before syncing`))
        else if (!this.leaving) this.traffic.unexpectedCloses++
      })
    })
  }

  private send(socket: WebSocket | undefined, frame: Uint8Array): void {
    if (socket?.readyState !== WebSocket.OPEN) return
    socket.send(frame)
    this.traffic.framesOut++
  }

  /** The stock awareness renewal: the same state with its clock one higher. */
  renewPresence(): void {
    this.clock++
    this.send(this.sockets[0], presenceFrame(this.clientId, this.clock, this.presenceState))
  }

  /**
   * Adds one card to the next board in turn (boards offset per participant, so a workshop's cards spread
   * evenly); returns its key. `plannedMs` is when the schedule meant to send it.
   */
  writeCard(plannedMs: number): string {
    const sequence = this.cardsWritten++
    const board = (this.index + sequence) % BOARDS_PER_WORKSHOP
    const key = `${this.keyPrefix}${sequence}`
    let doc = this.boardDocs.get(board)
    if (!doc) {
      doc = new Y.Doc()
      this.boardDocs.set(board, doc)
    }
    const updates: Uint8Array[] = []
    const capture = (bytes: Uint8Array) => {
      updates.push(bytes)
    }
    doc.on('update', capture)
    addCard(
      doc,
      {
        lane: LANES[sequence % LANES.length] ?? 'keyAspects',
        text: cardText(plannedMs, key),
        author: { id: `bench-${this.plan.index}-${this.index}`, name: 'Participant', organisation: 'Region' },
      },
      Date.now(),
    )
    doc.off('update', capture)
    for (const update of updates) this.send(this.sockets[2 + board], encodeUpdate(update))
    return key
  }

  close(): void {
    this.leaving = true
    for (const socket of this.sockets) socket?.close()
    for (const doc of this.boardDocs.values()) doc.destroy()
  }
}
