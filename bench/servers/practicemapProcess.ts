/**
 * PracticeMap's server as a benchmark child: `node --expose-gc --import tsx bench/servers/practicemapProcess.ts
 * <sqlite|memory> <dataDir>`. The configuration is the production default plus whatever the environment
 * sets (the bench sets ROOM_UNLOAD_GRACE_MS, see servers/practicemap.ts).
 */
import { startServer } from '../../server/app'
import { MemoryStore } from '../../server/storage/memoryStore'
import { ready } from './childHook.mjs'

const [storage = 'sqlite', dataDir = './data-bench'] = process.argv.slice(2)
const server = await startServer({
  host: '127.0.0.1',
  port: 0,
  dataDir,
  logLevel: 'error',
  ...(storage === 'memory' ? { store: new MemoryStore() } : {}),
})
ready(server.url)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
