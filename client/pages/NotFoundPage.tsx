import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { Link } from '../ui/Link'
import { TopBar } from '../ui/TopBar'
import { useDocumentTitle } from '../ui/useDocumentTitle'

/** A full page for "nothing here", also used for unknown workshops and unreachable servers. */
export function MessagePage({
  title,
  text,
  children,
  form,
  testId,
}: {
  title: string
  text: string
  /** Buttons, beside "Go to the home page". */
  children?: ReactNode
  /** A form between the text and the buttons. */
  form?: ReactNode
  testId?: string
}) {
  const { t } = useI18n()
  useDocumentTitle(title)
  return (
    <div className="page">
      <TopBar tools={<LanguageSwitch />} />
      <main id="content" className="message-page" data-testid={testId}>
        <h1 tabIndex={-1}>{title}</h1>
        <p>{text}</p>
        {form}
        <div className="message-page__actions">
          {children}
          <Link href="/" className="button button--secondary">
            {t.app.goHome}
          </Link>
        </div>
      </main>
    </div>
  )
}

export function NotFoundPage() {
  const { t } = useI18n()
  return <MessagePage title={t.app.pageNotFound} text={t.app.pageNotFoundText} />
}
