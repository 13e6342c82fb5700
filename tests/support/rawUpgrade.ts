import { randomBytes } from 'node:crypto'
import { request } from 'node:http'

/**
 * One WebSocket upgrade request by plain HTTP, as cheap as a client can make it; resolves with the status
 * (101 if the server upgraded, whereupon the socket is closed at once). Shared by the rate-limit test and
 * the bench's refusals.
 */
export function rawUpgrade(serverUrl: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${serverUrl}${path}`, {
      agent: false,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    })
    req.on('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    req.on('upgrade', (_response, socket) => {
      socket.destroy()
      resolve(101)
    })
    req.on('error', reject)
    req.end()
  })
}
