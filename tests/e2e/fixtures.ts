import {
  type Browser,
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  type Page,
} from '@playwright/test'

export { expect } from '@playwright/test'

/**
 * Every story fails on an uncaught page error or a console error in any page of any context it opens: a
 * white page ("Minified React error …") must never pass as "the button was not found". A story that provokes
 * an error on purpose (a server killed under it, a refused link) declares it with `allowConsoleErrors`,
 * naming the pattern and why it is expected; everything else still fails it.
 */
export interface PageErrorGuard {
  /** Console errors matching `pattern` are expected in this story (say why in `reason`). */
  allowConsoleErrors(pattern: RegExp, reason: string): void
}

interface Problem {
  kind: 'pageerror' | 'console'
  page: string
  text: string
}

/** Console errors Chromium logs for reasons of its own that say nothing about the app. */
const CHROMIUM_NOISE: readonly RegExp[] = []

function describePage(page: Page): string {
  try {
    return new URL(page.url()).pathname || page.url()
  } catch {
    return page.url()
  }
}

export const test = base.extend<{ pageErrors: PageErrorGuard }>({
  pageErrors: [
    async ({ browser, context }, use) => {
      const problems: Problem[] = []
      const allowed: RegExp[] = [...CHROMIUM_NOISE]
      const watched = new WeakSet<Page>()
      const watchPage = (page: Page) => {
        if (watched.has(page)) return
        watched.add(page)
        page.on('pageerror', (error) => {
          problems.push({ kind: 'pageerror', page: describePage(page), text: error.stack ?? error.message })
        })
        page.on('console', (message: ConsoleMessage) => {
          if (message.type() === 'error')
            problems.push({ kind: 'console', page: describePage(page), text: message.text() })
        })
      }
      const watchContext = (watchedContext: BrowserContext) => {
        for (const page of watchedContext.pages()) watchPage(page)
        watchedContext.on('page', watchPage)
      }
      watchContext(context)
      // Stories open a context per actor: watch every context the browser opens while this test runs.
      const original = browser.newContext.bind(browser)
      const opened: BrowserContext[] = []
      const patched: Browser['newContext'] = async (...args) => {
        const context = await original(...args)
        opened.push(context)
        watchContext(context)
        return context
      }
      browser.newContext = patched
      try {
        await use({
          allowConsoleErrors(pattern) {
            allowed.push(pattern)
          },
        })
      } finally {
        browser.newContext = original
        // The browser outlives the story: a context it left open (a projector with its timer, a phone) would
        // go on drawing and syncing through every later story, slowing the whole run down by several times.
        await Promise.all(opened.map((context) => context.close().catch(() => {})))
      }
      // Judged at the end, so an allowance covers errors that came before the story declared it.
      const left = problems.filter(
        (problem) => problem.kind === 'pageerror' || !allowed.some((pattern) => pattern.test(problem.text)),
      )
      if (left.length > 0) {
        const lines = left.map((problem) => `  [${problem.kind} on ${problem.page}] ${problem.text}`)
        throw new Error(`The story hit ${left.length} page error(s):\n${lines.join('\n')}`)
      }
    },
    { auto: true },
  ],
})
