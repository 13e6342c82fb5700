// Two copies of yjs in node_modules break sync silently (instanceof checks fail across copies), so the
// test run refuses to go on with more than one.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const copies = []

function scan(nodeModules) {
  if (!existsSync(nodeModules)) return
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue
    const dir = join(nodeModules, entry)
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(dir)) visit(join(dir, scoped))
    } else {
      visit(dir)
    }
  }
}

function visit(packageDir) {
  const manifest = join(packageDir, 'package.json')
  if (!existsSync(manifest)) return
  const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'))
  if (name === 'yjs') copies.push(`${version} at ${packageDir.slice(root.length)}`)
  scan(join(packageDir, 'node_modules'))
}

scan(join(root, 'node_modules'))
if (copies.length !== 1) {
  console.error(`Expected exactly one copy of yjs, found ${copies.length}:\n  ${copies.join('\n  ')}`)
  process.exit(1)
}
console.log(`One copy of yjs: ${copies[0]}`)
