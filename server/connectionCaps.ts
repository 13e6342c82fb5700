import { addressKey } from './rateLimit'

/**
 * How many WebSockets may be open at once: per client address (IPv6: per /64, as rateLimit.ts counts),
 * per document from one address, and per link (one role's token of one workshop, from anywhere). A
 * participant link is handed to a whole room and often forwarded, and a venue puts everyone behind one
 * address, so the defaults hold a room of 100 people with nine documents open in two tabs each
 * (1,800 connections, 200 of them to each document), and stop one script from holding thousands.
 *
 * A connection over a cap is refused before the WebSocket opens (429); the stock client tries again with
 * its backoff, and gets in once a place is free. The refusal costs the address none of its budget of
 * refused requests: the link is valid.
 */

export interface ConnectionCapLimits {
  maxConnectionsPerAddress: number
  maxDocumentConnectionsPerAddress: number
  maxConnectionsPerLink: number
}

export interface ConnectionClaim {
  address: string | undefined
  documentName: string
  /** The link: its workshop and role. */
  workshopId: string
  role: string
}

export type CapRefusal = { ok: false; message: string }
export type CapReservation = { ok: true; release(): void } | CapRefusal

export const CAP_MESSAGES = {
  address: 'too many connections from this address; try again later',
  document: 'too many connections to this document from this address; try again later',
  link: 'too many connections on this link; try again later',
} as const

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 0) - 1
  if (left > 0) counts.set(key, left)
  else counts.delete(key)
}

export class ConnectionCaps {
  private readonly byAddress = new Map<string, number>()
  private readonly byDocument = new Map<string, number>()
  private readonly byLink = new Map<string, number>()

  constructor(private readonly limits: ConnectionCapLimits) {}

  /** Takes a place for one connection, or says which cap is full. `release` gives it back, once. */
  reserve(claim: ConnectionClaim): CapReservation {
    const address = addressKey(claim.address)
    const document = `${address} ${claim.documentName}`
    const link = `${claim.workshopId} ${claim.role}`
    if ((this.byLink.get(link) ?? 0) >= this.limits.maxConnectionsPerLink)
      return { ok: false, message: CAP_MESSAGES.link }
    if ((this.byAddress.get(address) ?? 0) >= this.limits.maxConnectionsPerAddress)
      return { ok: false, message: CAP_MESSAGES.address }
    if ((this.byDocument.get(document) ?? 0) >= this.limits.maxDocumentConnectionsPerAddress)
      return { ok: false, message: CAP_MESSAGES.document }
    increment(this.byLink, link)
    increment(this.byAddress, address)
    increment(this.byDocument, document)
    let released = false
    return {
      ok: true,
      release: () => {
        if (released) return
        released = true
        decrement(this.byLink, link)
        decrement(this.byAddress, address)
        decrement(this.byDocument, document)
      },
    }
  }

  /** Connections counted now (for health and tests). */
  get size(): number {
    let total = 0
    for (const count of this.byAddress.values()) total += count
    return total
  }
}
