/**
 * The server under measurement, in a process of its own (so its event loop is not the load generator's):
 * `tsx bench/serverProcess.ts <sqlite|memory> <dataDir>`. Prints one JSON line with its URL once listening.
 */
import { startServer } from '../server/app'
import { MemoryStore } from '../server/storage/memoryStore'

const [storage = 'sqlite', dataDir = './data-bench'] = process.argv.slice(2)
const server = await startServer({
  host: '127.0.0.1',
  port: 0,
  dataDir,
  logLevel: 'error',
  ...(storage === 'memory' ? { store: new MemoryStore() } : {}),
})
console.log(JSON.stringify({ url: server.url }))
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
