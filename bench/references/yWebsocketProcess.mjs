/**
 * The y-websocket reference server (@y/websocket-server 0.1.1) as a benchmark child:
 * `node --expose-gc bench/references/yWebsocketProcess.mjs <port> [leveldbDir]`.
 *
 * It runs the package's own bin script (src/server.js) unmodified: HOST and PORT choose the address,
 * YPERSISTENCE turns on its LevelDB persistence (y-leveldb, brought by the package). The script is not
 * in the package's `exports`, so it is imported by file path. The only addition is childHook.mjs.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ready } from '../servers/childHook.mjs'

const [port, leveldbDir] = process.argv.slice(2)
process.env.HOST = '127.0.0.1'
process.env.PORT = port
if (leveldbDir) process.env.YPERSISTENCE = leveldbDir
else delete process.env.YPERSISTENCE

const require = createRequire(import.meta.url)
const packageDir = dirname(require.resolve('@y/websocket-server/package.json'))
const originalLog = console.log
// The script announces itself with console.log once listening; that line becomes our ready line.
console.log = (...args) => {
  if (String(args[0]).startsWith('running at')) {
    console.log = originalLog
    ready(`http://127.0.0.1:${port}`)
  } else originalLog(...args)
}
await import(pathToFileURL(join(packageDir, 'src/server.js')).href)
