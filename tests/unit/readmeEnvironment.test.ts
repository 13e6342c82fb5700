import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Where the environment is read: the server, its scripts, the bench, and the dev and e2e configs. */
const FOLDERS = ['server', 'scripts', 'bench']
const FILES = ['vite.config.ts', 'playwright.config.ts']
/** Installed or written packages and results, not our code. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'results'])
/** Set by a tool for itself, never by a person: Playwright marks its worker processes with it. */
const SET_BY_TOOLS = new Set(['TEST_WORKER_INDEX'])

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path)
    return /\.(?:ts|mts|mjs|js)$/.test(entry.name) ? [path] : []
  })
}

/**
 * Every variable read: `process.env.X`, `process.env['X']`, server/config.ts's readers (`integer(env, 'X'`,
 * `env.X`) and a name kept in a constant (`SECRET_ENV = 'X'`). Assignments and deletes are writes: a script
 * setting a variable for a child process it starts does not make it ours.
 */
function variablesRead(source: string): string[] {
  const patterns = [
    /process\.env\.([A-Z][A-Z0-9_]*)\b(?!\s*=[^=])/g,
    /process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\](?!\s*=[^=])/g,
    /\b(?:integer|decimal|flag|text)\(env, '([A-Z][A-Z0-9_]*)'/g,
    /(?<![.\w])env\.([A-Z][A-Z0-9_]*)/g,
    /_ENV = '([A-Z][A-Z0-9_]*)'/g,
  ]
  const writes = /delete process\.env\.([A-Z][A-Z0-9_]*)/g
  const deleted = new Set([...source.matchAll(writes)].map((match) => match[1]))
  const names = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''))
  return [...new Set(names)].filter((name) => name !== '' && !deleted.has(name))
}

function documentedVariables(readme: string): Set<string> {
  return new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((match) => match[1] ?? ''))
}

describe("README's tables of environment variables", () => {
  const read = new Map<string, string>()
  for (const file of [...FOLDERS.flatMap(sourceFiles), ...FILES]) {
    for (const name of variablesRead(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!read.has(name)) read.set(name, file)
    }
  }

  it('finds the variables the code reads in each way it reads them', () => {
    // A reader the patterns no longer see would let the next test pass with nothing checked.
    for (const name of [
      'PORT',
      'ALLOWED_ORIGINS',
      'START_FRESH',
      'PRACTICEMAP_SECRET',
      'BENCH_QUICK',
      'E2E_PORT',
    ]) {
      expect(read.has(name), name).toBe(true)
    }
    expect(variablesRead("process.env.A_B = '1'\ndelete process.env.C\nprocess.env.D === '1'")).toEqual(['D'])
  })

  it('list every variable the server, the scripts, the bench and the dev and e2e configs read', () => {
    const documented = documentedVariables(readFileSync(join(ROOT, 'README.md'), 'utf8'))
    const missing = [...read]
      .filter(([name]) => !documented.has(name) && !SET_BY_TOOLS.has(name))
      .map(([name, file]) => `${name} (${file})`)
      .sort()
    expect(missing).toEqual([])
  })
})
