import { PNG } from 'pngjs'
import { expect, test } from './fixtures'
import { newPhoneActor } from './touch'

/**
 * PracticeMap on a phone's home screen: Chromium finds the web app manifest linked from the page, reads
 * it without errors, and every icon it names loads (192 and 512 px PNGs, a maskable one, an SVG), served
 * with the types browsers expect; the service worker keeps them with the app shell, so the installed app
 * starts with its icon offline too.
 */

interface ManifestIcon {
  src: string
  sizes?: string
  type?: string
  purpose?: string
}

test('a phone can add PracticeMap to its home screen: the manifest reads cleanly and its icons load', async ({
  browser,
}) => {
  const pia = await newPhoneActor(browser, 'Pia')
  const { page } = pia
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const cdp = await page.context().newCDPSession(page)
  const reported = (await cdp.send('Page.getAppManifest')) as {
    url: string
    errors: { message: string }[]
    data?: string
  }
  expect(reported.url, 'the page links a manifest').toMatch(/\/manifest\.webmanifest$/)
  expect(reported.errors.map((error) => error.message)).toEqual([])

  const response = await page.request.get('/manifest.webmanifest')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  const manifest = (await response.json()) as {
    name: string
    short_name: string
    start_url: string
    display: string
    icons: ManifestIcon[]
  }
  expect(manifest).toMatchObject({ name: 'PracticeMap', short_name: 'PracticeMap', display: 'standalone' })

  const png = manifest.icons.filter((icon) => icon.type === 'image/png')
  expect(png.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ])
  expect(manifest.icons.some((icon) => icon.type === 'image/svg+xml')).toBe(true)
  for (const icon of manifest.icons) {
    const file = await page.request.get(icon.src)
    expect(file.status(), icon.src).toBe(200)
    expect(file.headers()['content-type'], icon.src).toContain(icon.type ?? '')
    if (icon.type !== 'image/png') continue
    const image = PNG.sync.read(await file.body())
    expect(`${image.width}x${image.height}`, icon.src).toBe(icon.sizes)
  }

  // The service worker stored the manifest and every icon with the app shell.
  await page.evaluate(() => navigator.serviceWorker.ready)
  const cached = await page.evaluate(
    async (paths) => {
      const found: string[] = []
      for (const path of paths) if (await caches.match(path)) found.push(path)
      return found
    },
    ['/manifest.webmanifest', ...manifest.icons.map((icon) => icon.src)],
  )
  expect(cached.sort()).toEqual(['/manifest.webmanifest', ...manifest.icons.map((icon) => icon.src)].sort())
  await pia.context.close()
})
