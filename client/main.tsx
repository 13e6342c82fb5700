import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { captureTokenFromAddress } from './access'
import { App } from './app/App'
import { startFocusRescue } from './focusRescue'
import { I18nProvider, loadStartLocale } from './i18n'
import './styles.css'
import './mapping.css'

// Before anything renders or is logged: keep the link's token on the device, out of the address bar.
captureTokenFromAddress()

const root = document.getElementById('root')
if (root) {
  startFocusRescue(root)
  // The first render waits for the person's language (a chunk of its own, from the service worker's cache
  // once stored), so an Italian never sees the app flash in English first.
  void loadStartLocale().then((locale) => {
    document.documentElement.lang = locale.code
    createRoot(root).render(
      <StrictMode>
        <I18nProvider initial={locale}>
          <App />
        </I18nProvider>
      </StrictMode>,
    )
  })
}

// The service worker keeps the app shell loadable offline, so a reload without network still opens the
// workshop from IndexedDB. Only in production builds: in development it would cache Vite's modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; nothing to tell the user.
    })
  })
}
