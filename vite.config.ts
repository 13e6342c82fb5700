import react from '@vitejs/plugin-react'
import { createLogger, defineConfig, type Logger, type Plugin } from 'vite'

/**
 * Writes `precache.json`, every file of the build under /assets/, for the service worker (client/public/sw.js):
 * pages loaded on demand are not named in index.html, yet must open offline too.
 */
function precacheList(): Plugin {
  return {
    name: 'practicemap-precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/'))
        .map((name) => `/${name}`)
        .sort()
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify(files)}\n` })
    },
  }
}

/**
 * Vite's own log, without the stack traces of sockets the browser closed: leaving or reloading a page drops
 * its sync WebSockets mid-stream, and the proxy reports each one (`ws proxy error: ECONNRESET`) as if
 * something had failed. Every other error is logged as Vite logs it.
 */
function quietAboutClosedSockets(): Logger {
  const logger = createLogger()
  const logError = logger.error
  logger.error = (message, options) => {
    const code = (options?.error as NodeJS.ErrnoException | undefined)?.code
    const closedByPeer = code === 'ECONNRESET' || code === 'EPIPE'
    if (closedByPeer && message.includes('ws proxy')) return
    logError(message, options)
  }
  return logger
}

// `npm run dev` runs the sync server (server/main.ts) and Vite with the same environment, so the proxy
// follows PORT (8080 unless told otherwise); PRACTICEMAP_BACKEND points it at a server elsewhere.
const backend = process.env.PRACTICEMAP_BACKEND || `http://127.0.0.1:${process.env.PORT || 8080}`

export default defineConfig({
  root: 'client',
  plugins: [react(), precacheList()],
  customLogger: quietAboutClosedSockets(),
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    port: Number(process.env.VITE_PORT || 5173),
    strictPort: true,
    // Anchored patterns: with `root: 'client'`, source files such as /api.ts are served from the same
    // paths, and a bare '/api' prefix would send them to the backend too.
    proxy: {
      '^/api/': { target: backend },
      '^/healthz$': { target: backend },
      '^/sync/': { target: backend, ws: true },
    },
  },
})
