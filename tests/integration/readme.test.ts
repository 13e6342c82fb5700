import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, REPO_ROOT, startTestServer, tempDir } from './helpers'

afterEach(cleanup)

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** README's text under `heading`, up to the next heading of the same level or above. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no "${heading}"`)
  const level = heading.indexOf(' ')
  const next = README.slice(start + heading.length + 2).search(new RegExp(`^#{1,${level}} `, 'm'))
  return next < 0 ? README.slice(start) : README.slice(start, start + heading.length + 2 + next)
}

function shellBlocks(text: string): string[] {
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '')
}

/** What one printed line answers: a workshop made (id and links), its links, practices added, a restore. */
function answerKind(line: string): string {
  let body: unknown
  try {
    body = JSON.parse(line)
  } catch {
    return line
  }
  if (typeof body !== 'object' || body === null) return line
  if (Object.hasOwn(body, 'id') && Object.hasOwn(body, 'links')) return 'workshop'
  if (Object.hasOwn(body, 'links')) return 'links'
  if (Object.hasOwn(body, 'added')) return `added ${(body as { added: unknown }).added}`
  if (Object.hasOwn(body, 'restored') && Object.hasOwn(body, 'before')) return 'restored'
  return line
}

// Async: the server under test runs in this process, so bash must not block its event loop.
const run = promisify(execFile)

describe("README's REST API section", () => {
  it('runs every example as pasted, one after another, each step using what the one before made', async () => {
    const server = await startTestServer()
    const folder = tempDir()
    const blocks = shellBlocks(section('### REST API'))
    expect(blocks.length).toBeGreaterThan(0)
    // -e, -u and pipefail: a step that fails, or a variable nothing set, stops the run instead of passing
    // an empty value on to the next step (how `$FACILITATOR_TOKEN` went unnoticed).
    const script = ['set -euo pipefail', ...blocks].join('\n')
    const { stdout } = await run('bash', ['-c', script], {
      cwd: folder,
      env: {
        ...process.env,
        PRACTICEMAP_URL: server.url,
        PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      },
    })

    // One line per answer printed, in the order of the steps: created, its links, imported, practices
    // added, followed up, restored, deleted.
    expect(stdout.trimEnd().split('\n').map(answerKind)).toEqual([
      'workshop',
      'links',
      'workshop',
      'added 2',
      'workshop',
      'restored',
      '204',
    ])
    const exported = readFileSync(join(folder, 'housing-seminar.json'), 'utf8')
    expect(JSON.parse(exported)).toMatchObject({ workshop: { title: 'Housing seminar' } })
    expect(readFileSync(join(folder, 'housing-seminar.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(readFileSync(join(folder, 'housing-seminar.md'), 'utf8')).toContain('Housing seminar')
    expect(readFileSync(join(folder, 'housing-seminar.csv'), 'utf8')).toContain('workshop')
  })

  it('names every field /healthz answers', async () => {
    const server = await startTestServer()
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>
    const row = section('### REST API')
      .split('\n')
      .find((line) => line.startsWith('| `GET /healthz`'))
    const fields = Object.entries(health).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? [key, ...Object.keys(value)] : [key],
    )
    for (const field of fields) expect(row, field).toContain(`"${field}"`)
  })
})
