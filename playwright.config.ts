import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end stories in Debian's Chromium against the real server (built client, real SQLite storage in a
 * fresh data folder outside test-results/, which Playwright wipes).
 *
 * Two runs on one machine must not meet: unless E2E_PORT and E2E_DATA_DIR say otherwise, each run takes a
 * free port and a data folder of its own. The runner chooses them and puts them in its environment before
 * it starts any worker, so the workers, which load this file again and inherit that environment, read the
 * same ones.
 */
const isRunner = !process.env.TEST_WORKER_INDEX
if (isRunner && !process.env.E2E_PORT) process.env.E2E_PORT = String(freePort())
if (isRunner && !process.env.E2E_DATA_DIR) {
  mkdirSync('.e2e-data', { recursive: true })
  const ownDataDir = mkdtempSync('.e2e-data/run-')
  process.env.E2E_DATA_DIR = ownDataDir
  // Made for this run alone, so gone with it (the server has stopped by then); E2E_DATA_DIR keeps one.
  process.on('exit', () => rmSync(ownDataDir, { recursive: true, force: true }))
}
const port = Number(process.env.E2E_PORT)
const dataDir = process.env.E2E_DATA_DIR ?? ''

/** A port nobody listens on now: the kernel picks one for a socket bound to port 0, which is then closed. */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  // Synchronous because the config is read synchronously; a child process is the plain way to wait here.
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One story at a time: on this machine's two cores, two at once (E2E_WORKERS=2 with --fully-parallel)
  // took 7.5 min against 8.8 at load 11, and four pushed stories past their timeouts; CI may be busier.
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
