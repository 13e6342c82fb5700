import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The sync server (server/main.ts) listens on 8080 unless told otherwise; `npm run dev` runs both.
const backend = process.env.PRACTICEMAP_BACKEND ?? 'http://127.0.0.1:8080'

export default defineConfig({
  root: 'client',
  plugins: [react()],
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
