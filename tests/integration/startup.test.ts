import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAuth, SECRET_FILE } from '../../server/auth'
import { cleanup, createWorkshop, REPO_ROOT, spawnServer, tempDir } from './helpers'

afterEach(cleanup)

describe('starting the server', () => {
  it('refuses to start with a clear message when the data folder cannot be created', async () => {
    const blocker = join(tempDir(), 'a-file')
    writeFileSync(blocker, 'not a folder')
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(blocker, 'data'),
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('PracticeMap could not start: ENOTDIR')
    expect(stderr).not.toMatch(/^\s+at /m)
  })
})

describe('the start-up line', () => {
  it('says the address the server really listens on, and a URL that reaches it from this machine', async () => {
    const server = await spawnServer({ HOST: '0.0.0.0', DATA_DIR: tempDir() })
    const port = new URL(server.url).port
    expect(server.address).toBe(`0.0.0.0:${port}`)
    expect(server.url).toBe(`http://127.0.0.1:${port}`)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

describe('the token secret', () => {
  /** Starts the server with DATABASE_URL on a port nothing listens on; resolves with its exit code and stderr. */
  async function startWithClosedDatabase(dataDir: string): Promise<{ code: number | null; stderr: string }> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      // Port 1 refuses at once: how far start-up got tells which check passed.
      DATABASE_URL: 'postgres://practicemap@127.0.0.1:1/practicemap',
    }
    delete env.PRACTICEMAP_SECRET
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    return { code, stderr }
  }

  it('with DATABASE_URL, refuses to make its own secret.key: instances must share one key', async () => {
    const dataDir = tempDir()
    const { code, stderr } = await startWithClosedDatabase(dataDir)
    expect(code).toBe(1)
    expect(stderr).toContain('every instance must sign links with the same key')
    expect(existsSync(join(dataDir, SECRET_FILE))).toBe(false)
  })

  it('with DATABASE_URL, accepts a secret.key copied into DATA_DIR instead of PRACTICEMAP_SECRET', async () => {
    // What the SQLite → PostgreSQL migration tells operators whose links were signed with the file.
    const dataDir = tempDir()
    writeFileSync(join(dataDir, SECRET_FILE), Buffer.alloc(32, 7), { mode: 0o600 })
    const { code, stderr } = await startWithClosedDatabase(dataDir)
    expect(code).toBe(1)
    expect(stderr).not.toContain('same key')
    expect(stderr).not.toContain('PRACTICEMAP_SECRET')
    expect(stderr).toContain('ECONNREFUSED')
  })

  it('refuses to start when PRACTICEMAP_SECRET is too short to be safe', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: tempDir(),
        LOG_LEVEL: 'error',
        PRACTICEMAP_SECRET: 'hunter2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('PRACTICEMAP_SECRET must be at least 32 characters')
    expect(stderr).not.toContain('hunter2')
  })

  it('signs links with PRACTICEMAP_SECRET when it is set, so machines sharing it issue the same tokens', async () => {
    const secret = 'one secret for every machine, at least 32 characters'
    const dataDir = tempDir()
    const server = await spawnServer({ DATA_DIR: dataDir, PRACTICEMAP_SECRET: secret })
    const created = await createWorkshop(server.url)
    const auth = createAuth(Buffer.from(secret))
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect(created.tokens[role]).toBe(auth.issueToken(created.id, role, 0))
    }
    expect(existsSync(join(dataDir, SECRET_FILE))).toBe(false)
  })
})
