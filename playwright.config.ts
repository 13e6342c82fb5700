import { rmSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end stories in Debian's Chromium against the real server (built client, real SQLite storage in a
 * fresh data folder outside test-results/, which Playwright wipes).
 */
const port = Number(process.env.E2E_PORT ?? 8787)
const dataDir = process.env.E2E_DATA_DIR ?? '.e2e-data/current'
// Only the runner process (not its workers, which load this file too) starts the server: it alone clears
// the previous run's data, so every run starts from an empty store.
if (!process.env.TEST_WORKER_INDEX && !process.env.E2E_DATA_DIR)
  rmSync(dataDir, { recursive: true, force: true })

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One story at a time: on this machine's two cores, two at once (E2E_WORKERS=2) took as long in all and
  // pushed stories past their timeouts (load average 12).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Chromium's own background traffic is refused by this machine's closed network; keep it quiet.
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node node_modules/tsx/dist/cli.mjs server/main.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every story creates its workshops from 127.0.0.1, more than one address makes in an hour in real use
      // (abuseCreation.test.ts checks the limit itself).
      WORKSHOP_CREATION_BURST: '10000',
    },
  },
})
