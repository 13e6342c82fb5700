// `npm start`: build the client when its sources are newer than the build, then run the server in this
// process (so SIGTERM/SIGINT reach the server's own shutdown handlers directly).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const builtIndex = join(root, 'dist/client/index.html')

function newestChange(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

const sources = ['client', 'shared', 'vite.config.ts', 'package.json'].map((path) => join(root, path))
const needsBuild =
  !existsSync(builtIndex) || Math.max(...sources.map(newestChange)) > statSync(builtIndex).mtimeMs

if (needsBuild) {
  console.log('Building the client…')
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}

const { register } = await import('tsx/esm/api')
register()
await import('../server/main.ts')
