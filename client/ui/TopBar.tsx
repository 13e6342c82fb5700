import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Link } from './Link'

/** The slim bar on every page: the app's name (home), then whatever the page adds, then the tools. */
export function TopBar({ children, tools }: { children?: ReactNode; tools?: ReactNode }) {
  const { t } = useI18n()
  return (
    <header className="topbar">
      <a className="skip-link" href="#content">
        {t.app.skipToContent}
      </a>
      <Link href="/" className="brand" aria-label={t.app.homeLink}>
        <img src="/favicon.svg" alt="" width={26} height={26} />
        <span className="brand__name">{t.app.name}</span>
      </Link>
      <div className="topbar__context">{children}</div>
      <div className="topbar__tools">{tools}</div>
    </header>
  )
}
