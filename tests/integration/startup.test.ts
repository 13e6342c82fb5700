import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, REPO_ROOT, tempDir } from './helpers'

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
