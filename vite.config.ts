import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

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

// The sync server (server/main.ts) listens on 8080 unless told otherwise; `npm run dev` runs both.
const backend = process.env.PRACTICEMAP_BACKEND ?? 'http://127.0.0.1:8080'

export default defineConfig({
  root: 'client',
  plugins: [react(), precacheList()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
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
