import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from 'vite'
import { describe, expect, it } from 'vitest'
import { FEATURE_LAYERS } from '../../scripts/check-imports.mjs'

/**
 * Every word people see or hear comes from the i18n layer. This reads each component's syntax tree and
 * reports text written straight into it: JSX text, and string values of the attributes screen readers
 * and tooltips read out, and browser dialogs.
 */
const CLIENT = join(import.meta.dirname, '../../client')
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
])
const DIALOGS = new Set(['alert', 'confirm', 'prompt'])
const LETTER = /\p{L}/u

type Node = { type?: unknown; [key: string]: unknown }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'
}

function children(node: Node): Node[] {
  const found: Node[] = []
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) found.push(...value.filter(isNode))
    else if (isNode(value)) found.push(value)
  }
  return found
}

function literalText(value: unknown): string | null {
  if (!isNode(value)) return null
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value
  if (value.type === 'JSXExpressionContainer') return literalText(value.expression)
  if (value.type === 'TemplateLiteral' && Array.isArray(value.quasis)) {
    return value.quasis.map((quasi) => String((quasi as { value: { cooked: string } }).value.cooked)).join('')
  }
  return null
}

function hardCodedText(file: string, source: string): string[] {
  const found: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'JSXText' && LETTER.test(String(node.value)))
      found.push(`text “${String(node.value).trim()}”`)
    if (node.type === 'JSXAttribute' && isNode(node.name)) {
      const name = String(node.name.name)
      const text = literalText(node.value)
      if (SPOKEN_ATTRIBUTES.has(name) && text !== null && LETTER.test(text)) found.push(`${name}="${text}"`)
    }
    if (node.type === 'CallExpression' && isNode(node.callee)) {
      const callee = node.callee
      const name =
        callee.type === 'Identifier' ? callee.name : isNode(callee.property) ? callee.property.name : null
      if (typeof name === 'string' && DIALOGS.has(name)) found.push(`${name}(…)`)
    }
    for (const child of children(node)) visit(child)
  }
  visit(parseSync(file, source).program as unknown as Node)
  return found
}

describe('components', () => {
  const files = FEATURE_LAYERS.flatMap((feature) =>
    readdirSync(join(CLIENT, feature))
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => `${feature}/${file}`),
  )

  it('are all checked', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files)('%s writes no visible or spoken text of its own', (file) => {
    expect(hardCodedText(file, readFileSync(join(CLIENT, file), 'utf8'))).toEqual([])
  })

  it('the check itself finds such text', () => {
    const source = `export const A = () => <p title="Hi there" aria-label={'Close'} alt="">Hello{x}<b>{y}</b></p>
      function f() { window.alert('Saved') }`
    expect(hardCodedText('a.tsx', source)).toEqual([
      'title="Hi there"',
      'aria-label="Close"',
      'text “Hello”',
      'alert(…)',
    ])
  })
})
