// The import graph's two rules, checked on every test run (issue 13):
//
// 1. No module of client/, server/ or shared/ reaches itself again through its imports. Type-only imports
//    count: a circle of types still ties two files together, so that neither can move without the other.
// 2. The client's feature folders import only downward, in the order of FEATURE_LAYERS (ui lowest, app
//    highest); the layers beneath them (session/, store/, i18n/, top-level client modules…) import no
//    feature at all; and ui/ imports nothing from session/ or store/, so that its parts work in any feature.
//
// Why not dependency-cruiser: its newest line needs Node 22, and for TypeScript it needs the `typescript`
// compiler API (below version 7), which TypeScript 7, ours, no longer has; without it, it reads .ts files
// with a loose JavaScript parser and guesses. Vite's own `parseAst` (Oxc) reads our TS and TSX exactly.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAst } from 'vite'

/** The client's feature folders, lowest first: each may import from those before it, never after. */
export const FEATURE_LAYERS = ['ui', 'board', 'facilitation', 'workshop', 'practices', 'pages', 'app']

/** What ui/ may not import: its parts work in any feature, without a session or a store. */
const UI_FORBIDDEN = ['client/session/', 'client/store/']
const CLIENT_ENTRY = 'client/main.tsx'
const SOURCE_ROOTS = ['client', 'server', 'shared']

const EXTENSIONS = ['.ts', '.tsx']

/** The feature folder a file of the client belongs to, or null for the layers beneath the features. */
function featureOf(file) {
  const match = /^client\/([^/]+)\//.exec(file)
  return match && FEATURE_LAYERS.includes(match[1]) ? match[1] : null
}

/**
 * Every rule an import `from → to` (paths relative to the repository, with `/`) breaks, as sentences.
 */
function layerProblems(from, to) {
  if (!from.startsWith('client/') || !to.startsWith('client/')) return []
  const fromFeature = featureOf(from)
  const toFeature = featureOf(to)
  const problems = []
  if (fromFeature === 'ui' && UI_FORBIDDEN.some((folder) => to.startsWith(folder)))
    problems.push(`ui/ imports ${to.split('/')[1]}/: parts of ui/ must work without a session or store`)
  if (toFeature === null || fromFeature === toFeature) return problems
  if (fromFeature === null) {
    if (from !== CLIENT_ENTRY) problems.push(`a layer beneath the features imports ${toFeature}/`)
  } else if (FEATURE_LAYERS.indexOf(toFeature) > FEATURE_LAYERS.indexOf(fromFeature)) {
    problems.push(`${fromFeature}/ imports upward from ${toFeature}/ (order: ${FEATURE_LAYERS.join(' ← ')})`)
  }
  return problems
}

/**
 * The circles of a graph (file → files it imports), one per strongly connected component with more
 * than one file (or a file importing itself): its files, sorted, and a path through them that starts and
 * ends at the same file.
 * Tarjan's algorithm, without recursion so a long chain of imports cannot overflow the stack.
 */
function findCycles(graph) {
  const index = new Map()
  const lowLink = new Map()
  const onStack = new Set()
  const stack = []
  const components = []
  let counter = 0
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue
    const work = [{ node: start, next: 0 }]
    index.set(start, counter)
    lowLink.set(start, counter)
    counter++
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const targets = graph.get(frame.node) ?? []
      if (frame.next < targets.length) {
        const target = targets[frame.next++]
        if (!index.has(target)) {
          index.set(target, counter)
          lowLink.set(target, counter)
          counter++
          stack.push(target)
          onStack.add(target)
          work.push({ node: target, next: 0 })
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node), index.get(target)))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node), lowLink.get(frame.node)))
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== frame.node)
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node)
      if (component.length > 1 || selfImport) components.push(new Set(component))
    }
  }
  return components.map((component) => ({
    files: [...component].sort(),
    path: circleWithin(graph, component),
  }))
}

/** One circle through the first file (by name) of a strongly connected component: a shortest way back. */
function circleWithin(graph, component) {
  const start = [...component].sort()[0]
  const cameFrom = new Map()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target)) continue
      if (target === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]))
        return [...path, start]
      }
      if (cameFrom.has(target)) continue
      cameFrom.set(target, node)
      queue.push(target)
    }
  }
  return [start, start]
}

/** The relative module specifiers a source file imports, statically, dynamically or by re-export. */
function importedSpecifiers(source, filename) {
  const specifiers = []
  const visit = (node) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    const isImport =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration' ||
      node.type === 'ImportExpression'
    if (isImport && node.source?.type === 'Literal' && typeof node.source.value === 'string')
      specifiers.push(node.source.value)
    for (const key of Object.keys(node)) if (key !== 'parent') visit(node[key])
  }
  visit(parseAst(source, { lang: filename.endsWith('.tsx') ? 'tsx' : 'ts' }, filename))
  return specifiers
}

function sourceFiles(root, folder) {
  const files = []
  for (const entry of readdirSync(join(root, folder))) {
    const path = join(folder, entry)
    if (statSync(join(root, path)).isDirectory()) files.push(...sourceFiles(root, path))
    else if (EXTENSIONS.some((extension) => entry.endsWith(extension)) && !entry.endsWith('.d.ts'))
      files.push(path)
  }
  return files
}

function resolveImport(root, from, specifier, known) {
  const base = relative(root, resolve(root, dirname(from), specifier))
    .split('\\')
    .join('/')
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension), `${base}/index.ts`])
    if (known.has(candidate)) return candidate
  return null
}

/** The import graph of the repository's source roots and every broken rule, as printable lines. */
export function checkRepository(root) {
  const files = SOURCE_ROOTS.flatMap((folder) => sourceFiles(root, folder)).map((file) =>
    file.split('\\').join('/'),
  )
  const known = new Set(files)
  const graph = new Map()
  const problems = []
  for (const file of files) {
    const targets = []
    for (const specifier of importedSpecifiers(readFileSync(join(root, file), 'utf8'), file)) {
      if (!specifier.startsWith('.')) continue
      const target = resolveImport(root, file, specifier, known)
      if (target === null) continue
      for (const problem of layerProblems(file, target)) problems.push(`${file} → ${target}: ${problem}`)
      targets.push(target)
    }
    graph.set(file, [...new Set(targets)])
  }
  for (const circle of findCycles(graph)) problems.push(`import circle: ${circle.path.join(' → ')}`)
  return { files: files.length, problems }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const { files, problems } = checkRepository(root)
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) {
    console.error(`\n${problems.length} import problem(s) in ${files} files`)
    process.exit(1)
  }
  console.log(`imports: no circles, features import only downward (${files} files)`)
}
