import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkRepository } from '../../scripts/check-imports.mjs'

const roots: string[] = []

/** A repository of the given files (path → source) in a fresh temporary folder. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'practicemap-imports-'))
  roots.push(root)
  for (const folder of ['client', 'server', 'shared']) mkdirSync(join(root, folder))
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), source)
  }
  return root
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('the import check in npm test', () => {
  it('passes on this repository', () => {
    expect(checkRepository(process.cwd()).problems).toEqual([])
  })

  it('refuses a feature importing a feature above it', () => {
    const root = repository({
      'client/board/Card.tsx': "import { Page } from '../pages/Page'\nexport const Card = Page\n",
      'client/pages/Page.tsx': 'export const Page = 1\n',
    })
    const { problems } = checkRepository(root)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('client/board/Card.tsx → client/pages/Page.tsx')
  })

  it('refuses ui/ reading the session, and a lower layer importing a feature', () => {
    const root = repository({
      'client/ui/Button.tsx':
        "import { session } from '../session/workshopSession'\nexport const Button = session\n",
      'client/session/workshopSession.ts':
        "import { Lane } from '../board/Lane'\nexport const session = Lane\n",
      'client/board/Lane.tsx': 'export const Lane = 1\n',
    })
    const { problems } = checkRepository(root)
    expect(
      problems.some((problem: string) => problem.startsWith('client/ui/Button.tsx → client/session/')),
    ).toBe(true)
    expect(
      problems.some((problem: string) =>
        problem.startsWith('client/session/workshopSession.ts → client/board/'),
      ),
    ).toBe(true)
  })

  it('refuses a circle, also one closed by a type-only import', () => {
    const root = repository({
      'shared/a.ts': "import type { B } from './b'\nexport type A = B\n",
      'shared/b.ts': "import type { A } from './a'\nexport type B = A | 1\n",
    })
    expect(checkRepository(root).problems).toEqual([expect.stringContaining('import circle: shared/')])
  })
})
