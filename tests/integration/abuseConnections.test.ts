import { afterEach, describe, expect, it } from 'vitest'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import {
  cleanup,
  createWorkshop,
  RawClient,
  startTestServer,
  syncUrl,
  upgradeResponse,
  waitFor,
} from './helpers'

afterEach(cleanup)

/** Opens connections until one is refused; resolves with those held and the refusal's status. */
async function connectUntilRefused(
  url: string,
  documentName: (index: number) => string,
  token: string,
  most: number,
  localAddress = '127.0.0.1',
): Promise<{ held: RawClient[]; status: number | null; message: string }> {
  const held: RawClient[] = []
  for (let i = 0; i < most; i++) {
    const target = `${syncUrl(url)}/${documentName(i)}?token=${encodeURIComponent(token)}`
    try {
      held.push(await RawClient.open(url, documentName(i), token, { localAddress }))
    } catch {
      const response = await upgradeResponse(target, { localAddress })
      return { held, status: response.status, message: response.body }
    }
  }
  return { held, status: null, message: '' }
}

describe('connections from one address and on one link', () => {
  it('holds at most 250 connections to one document from one address, and still lets others in', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)

    const { held, status, message } = await connectUntilRefused(
      server.url,
      () => name,
      tokens.participant,
      300,
    )
    expect(held).toHaveLength(250)
    expect(status).toBe(429)
    expect(message).toMatch(/too many connections/i)
    // Another address (another venue, a partner at home) is not affected.
    const remote = await RawClient.open(server.url, name, tokens.participant, { localAddress: '127.0.0.2' })
    await remote.waitForMessage('syncStep1')
    // A closed connection gives its place back.
    const [first] = held
    first?.ws.close()
    await first?.closed
    await waitFor(
      async () => {
        try {
          await RawClient.open(server.url, name, tokens.participant)
          return true
        } catch {
          return false
        }
      },
      5000,
      'a place to free up',
    )
  }, 60_000)

  it('caps the connections of one address across documents, and of one link across addresses', async () => {
    const server = await startTestServer({
      maxConnectionsPerAddress: 30,
      maxConnectionsPerLink: 40,
      maxDocumentConnectionsPerAddress: 10,
    })
    const { id, tokens } = await createWorkshop(server.url)
    const board = (index: number) => boardDocumentName(id, `board${String(index % 4).padStart(4, '0')}`)

    const local = await connectUntilRefused(server.url, board, tokens.participant, 50)
    expect(local.held).toHaveLength(30)
    expect(local.status).toBe(429)
    // The link is shared by the room: from a second address it has 10 places left.
    const other = await connectUntilRefused(server.url, board, tokens.participant, 50, '127.0.0.3')
    expect(other.held).toHaveLength(10)
    expect(other.status).toBe(429)
    // Another link of the same workshop is counted on its own.
    const facilitator = await RawClient.open(server.url, board(0), tokens.facilitator, {
      localAddress: '127.0.0.3',
    })
    await facilitator.waitForMessage('syncStep1')
  }, 60_000)
})
