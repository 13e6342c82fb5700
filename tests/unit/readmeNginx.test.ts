import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The lines that configure something: no comments, no blank lines, trailing spaces dropped. */
function directives(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '' && !line.trimStart().startsWith('#'))
}

describe("README's nginx configuration", () => {
  it('is docs/nginx-two-instances.conf without its comments, so the one an operator copies is the one tried', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '')
    expect(blocks).toHaveLength(1)
    const file = readFileSync(join(ROOT, 'docs/nginx-two-instances.conf'), 'utf8')
    expect(directives(blocks[0] ?? '')).toEqual(directives(file))
  })
})
