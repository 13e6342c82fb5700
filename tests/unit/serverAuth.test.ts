import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createAuth, loadSecret, SECRET_FILE, TOKEN_LENGTH, tokenFrom } from '../../server/auth'
import { createLogger, redactSecrets } from '../../server/log'
import type { WorkshopRecord } from '../../server/storage/documentStore'

const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'practicemap-auth-'))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

const workshop: WorkshopRecord = {
  id: 'workshop01',
  createdAt: 1,
  tokenGenerations: { facilitator: 0, participant: 0, observer: 0 },
}

describe('loadSecret', () => {
  it('creates DATA_DIR/secret.key once, 32 random bytes readable by the owner only, and reads it after', () => {
    const dataDir = join(folder(), 'not-yet-there')
    const secret = loadSecret(dataDir, {})
    expect(secret).toHaveLength(32)
    const mode = statSync(join(dataDir, SECRET_FILE)).mode & 0o777
    if (process.platform !== 'win32') expect(mode).toBe(0o600)
    expect(loadSecret(dataDir, {})).toEqual(secret)
    expect(loadSecret(folder(), {})).not.toEqual(secret)
  })

  it('takes PRACTICEMAP_SECRET when set, and writes no file then', () => {
    const dataDir = folder()
    const value = 'a shared secret of at least thirty-two characters'
    expect(loadSecret(dataDir, { PRACTICEMAP_SECRET: value })).toEqual(Buffer.from(value))
    expect(() => statSync(join(dataDir, SECRET_FILE))).toThrow()
    expect(() => loadSecret(dataDir, { PRACTICEMAP_SECRET: 'too short' })).toThrow(/at least 32 characters/)
  })

  it('refuses a damaged secret file instead of replacing it (that would invalidate every link)', () => {
    const dataDir = folder()
    writeFileSync(join(dataDir, SECRET_FILE), Buffer.alloc(5))
    expect(() => loadSecret(dataDir, {})).toThrow(/holds 5 bytes, expected 32/)
  })
})

describe('tokens', () => {
  const auth = createAuth(Buffer.alloc(32, 7))

  it('issues a different 32-character base64url token per role, workshop, generation and secret', () => {
    const tokens = new Set<string>()
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      for (const id of ['workshop01', 'workshop02']) {
        for (const generation of [0, 1]) {
          const token = auth.issueToken(id, role, generation)
          expect(token).toMatch(new RegExp(`^[A-Za-z0-9_-]{${TOKEN_LENGTH}}$`))
          tokens.add(token)
        }
      }
    }
    expect(tokens.size).toBe(12)
    expect(createAuth(Buffer.alloc(32, 8)).issueToken('workshop01', 'observer', 0)).not.toBe(
      auth.issueToken('workshop01', 'observer', 0),
    )
  })

  it('tells the role of each current token, and nothing for a wrong, foreign or outdated one', () => {
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect(auth.roleOfToken(workshop, auth.issueToken('workshop01', role, 0))).toEqual({
        role,
        generation: 0,
      })
    }
    expect(auth.roleOfToken(workshop, auth.issueToken('workshop02', 'facilitator', 0))).toBeNull()
    expect(auth.roleOfToken(workshop, 'x'.repeat(TOKEN_LENGTH))).toBeNull()
    expect(auth.roleOfToken(workshop, '')).toBeNull()
    expect(auth.roleOfToken(workshop, `${auth.issueToken('workshop01', 'observer', 0)}=`)).toBeNull()
    expect(auth.roleOfToken(workshop, 'ä'.repeat(TOKEN_LENGTH))).toBeNull()

    const regenerated = { ...workshop, tokenGenerations: { ...workshop.tokenGenerations, participant: 1 } }
    expect(auth.roleOfToken(regenerated, auth.issueToken('workshop01', 'participant', 0))).toBeNull()
    expect(auth.roleOfToken(regenerated, auth.issueToken('workshop01', 'participant', 1))).toEqual({
      role: 'participant',
      generation: 1,
    })
  })

  it('builds the three links as <origin>/w/<id>?token=<token>', () => {
    const links = auth.links('https://maps.example', workshop)
    expect(links.observer).toBe(
      `https://maps.example/w/workshop01?token=${auth.issueToken('workshop01', 'observer', 0)}`,
    )
    expect(Object.keys(links)).toEqual(['facilitator', 'participant', 'observer'])
  })
})

describe('tokenFrom', () => {
  const request = (url: string, authorization?: string) =>
    ({ url, headers: authorization ? { authorization } : {} }) as unknown as IncomingMessage

  it('reads a Bearer header first, then ?token=', () => {
    expect(tokenFrom(request('/sync/w?token=fromQuery'))).toBe('fromQuery')
    expect(tokenFrom(request('/sync/w?token=fromQuery', 'Bearer fromHeader'))).toBe('fromHeader')
    expect(tokenFrom(request('/api/workshops/w', 'bearer  lower'))).toBe('lower')
    expect(tokenFrom(request('/api/workshops/w', 'Basic dXNlcg=='))).toBeNull()
    expect(tokenFrom(request('/api/workshops/w?token='))).toBeNull()
    expect(tokenFrom(request('/api/workshops/w'))).toBeNull()
  })
})

describe('logs never carry tokens', () => {
  it('blanks token= parameters and Bearer credentials in any field', () => {
    expect(redactSecrets('"url":"/sync/abc?x=1&token=abcDEF_-123&y=2"')).toBe(
      '"url":"/sync/abc?x=1&token=[redacted]&y=2"',
    )
    expect(redactSecrets('"authorization":"Bearer abc.def-123"')).toBe('"authorization":"Bearer [redacted]"')
    const lines: string[] = []
    const log = createLogger('debug', (_level, line) => lines.push(line))
    log.info('oops', { url: '/w/abc?token=SECRETSECRET', header: 'Bearer SECRETSECRET' })
    expect(lines.join('\n')).not.toContain('SECRETSECRET')
  })
})
