// PracticeMap's service worker: keeps the app shell (index.html and its hashed assets) loadable offline,
// so a reload without network still opens a workshop from what IndexedDB holds. Documents themselves
// never pass through here: /api, /sync and /healthz go straight to the network.
const CACHE = 'practicemap-shell-v1'
const SHELL = '/'

/** The same-origin files an index.html references through src= or href= (scripts, styles, icon). */
function assetUrls(html) {
  const urls = new Set()
  for (const match of html.matchAll(/(?:src|href)="(\/[^/"][^"]*)"/g)) urls.add(match[1])
  return [...urls]
}

/** Stores a fresh index.html with its assets, and forgets assets that no index.html needs any more. */
async function cacheShell(response) {
  const cache = await caches.open(CACHE)
  const html = await response.clone().text()
  const assets = assetUrls(html)
  await cache.addAll(assets)
  await cache.put(SHELL, response)
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request)
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
    // Network first, so a new deployment shows at once; the cached shell when the network fails.
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
            // Refresh the stored shell without holding up the page.
            event.waitUntil(cacheShell(response.clone()).catch(() => undefined))
          }
          return response
        },
        async () => (await caches.match(SHELL)) ?? Response.error(),
      ),
    )
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
