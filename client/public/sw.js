// PracticeMap's service worker: keeps the app shell (index.html and its hashed assets) loadable offline,
// so a reload without network still opens a workshop from what IndexedDB holds. Documents themselves
// never pass through here: /api, /sync and /healthz go straight to the network.
const CACHE = 'practicemap-shell-v1'
const SHELL = '/'
const PRECACHE_LIST = '/precache.json'
/**
 * What a phone needs to start the app from its home screen, named by no index.html link (the 512 px and
 * maskable icons, the SVG): kept with the shell, so the installed app shows its icon offline too.
 */
const APP_FILES = [
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  '/icons/icon.svg',
]

/** The same-origin files an index.html references through src= or href= (scripts, styles, icon). */
function assetUrls(html) {
  const urls = new Set()
  for (const match of html.matchAll(/(?:src|href)="(\/[^/"][^"]*)"/g)) urls.add(match[1])
  return [...urls]
}

/** Every asset of the build, also those loaded on demand (written by vite.config.ts); [] when unavailable. */
async function buildAssets() {
  try {
    const response = await fetch(PRECACHE_LIST, { cache: 'no-cache' })
    const list = response.ok ? await response.json() : []
    return Array.isArray(list)
      ? list.filter((path) => typeof path === 'string' && path.startsWith('/assets/'))
      : []
  } catch {
    return []
  }
}

/**
 * Stores a fresh index.html with every asset of its build (fetching only those not stored yet), and forgets
 * assets that the build no longer has.
 */
async function cacheShell(response) {
  const cache = await caches.open(CACHE)
  const html = await response.clone().text()
  const assets = [...new Set([...assetUrls(html), ...APP_FILES, ...(await buildAssets())])]
  const missing = []
  for (const path of assets) if (!(await cache.match(path))) missing.push(path)
  await cache.addAll(missing)
  await cache.put(SHELL, response)
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request)
  }
}

/**
 * On a flaky connection a page load can hang far longer than a person waits (the workshop itself is on
 * the device); after this long, the stored shell is served instead.
 */
const NAVIGATION_TIMEOUT_MS = 4000

function isShell(response) {
  return response.ok && (response.headers.get('content-type') ?? '').includes('text/html')
}

/**
 * Network first, so a new deployment shows at once; the stored shell when the network fails, is too slow,
 * or answers with a server error (a proxy's 502 while the server restarts is no better than no network).
 */
async function navigationResponse(network) {
  const stored = () => caches.match(SHELL)
  let timer
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS)
  })
  try {
    const first = await Promise.race([network, timeout])
    if (first === null) return (await stored()) ?? (await network)
    if (first.status >= 500) return (await stored()) ?? first
    return first
  } catch {
    return (await stored()) ?? Response.error()
  } finally {
    clearTimeout(timer)
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(SHELL, { cache: 'no-cache' })
      .then((response) => (response.ok ? cacheShell(response) : undefined))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (/^\/(api|sync|healthz)(\/|$)/.test(url.pathname)) return

  if (request.mode === 'navigate') {
    const network = fetch(request)
    // Refresh the stored shell from every good answer, also one that arrives after the page was served
    // from the cache, without holding up the page.
    event.waitUntil(
      network
        .then((response) => (isShell(response) ? cacheShell(response.clone()) : undefined))
        .catch(() => undefined),
    )
    event.respondWith(navigationResponse(network))
    return
  }

  if (url.pathname.startsWith('/assets/')) {
    // Hashed file names never change content: the cache is always right.
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(CACHE)).put(request, response.clone())
            return response
          }),
      ),
    )
    return
  }

  // Anything else of ours (the icon): the network, else whatever copy the install stored.
  event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()))
})
