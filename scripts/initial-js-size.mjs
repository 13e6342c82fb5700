// Prints the gzip size of the JavaScript a built index.html loads up front (its module script and
// modulepreloads), as bench/client.ts measures it (kB = 1,000 bytes, as vite prints): `npm run build && node scripts/initial-js-size.mjs`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dir = process.argv[2] ?? 'dist/client'
const html = readFileSync(join(dir, 'index.html'), 'utf8')
const files = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1] ?? '')
let total = 0
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(dir, file))).byteLength
  total += bytes
  console.log(`${(bytes / 1000).toFixed(2).padStart(8)} kB  ${file}`)
}
console.log(`${(total / 1000).toFixed(2).padStart(8)} kB  initial JS, gzip`)
