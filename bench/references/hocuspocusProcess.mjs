/**
 * Hocuspocus (@hocuspocus/server 3.4.4) as a benchmark child:
 * `node --expose-gc bench/references/hocuspocusProcess.mjs [sqliteFile]`.
 *
 * Defaults otherwise (debounce 2 s / max 10 s for stores, unloadImmediately). With a file argument the
 * @hocuspocus/extension-sqlite extension stores documents there. Server.listen passes `address` where
 * Node's listen expects `host`, so the server would listen on every interface: the HTTP server is told
 * the loopback host here before listen runs.
 */
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'
import { ready } from '../servers/childHook.mjs'

const [sqliteFile] = process.argv.slice(2)
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: sqliteFile ? [new SQLite({ database: sqliteFile })] : [],
})
const listen = server.httpServer.listen.bind(server.httpServer)
server.httpServer.listen = (options, callback) => listen({ ...options, host: '127.0.0.1' }, callback)
await server.listen()
ready(`http://127.0.0.1:${server.address.port}`)
