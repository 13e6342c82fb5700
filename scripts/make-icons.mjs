// Writes the app's PNG icons (client/public/icons/*.png) from their SVGs, drawn by Chromium through
// Playwright (already a dev dependency): no image package needed. Run after changing an icon's SVG:
//   node scripts/make-icons.mjs
// and commit the PNGs. The maskable icon fills its square (a phone cuts it to its own shape), with the
// picture inside the middle 62%, clear of the 80% circle Android may keep.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'client', 'public', 'icons')
const icons = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  for (const { svg, png, size } of icons) {
    const source = readFileSync(join(folder, svg), 'utf8')
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}"></body></html>`,
    )
    await page.locator('img').evaluate((image) => image.decode())
    await page.screenshot({ path: join(folder, png), omitBackground: true })
    console.log(`${png}: ${size}×${size}`)
  }
} finally {
  await browser.close()
}
