import { useState } from 'react'
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from '../api'
import { useI18n } from '../i18n'
import { useSession } from '../session/sessionContext'
import { Disclosure } from './Disclosure'
import { useFailureMessage } from './HomePage'
import { Icon } from './Icon'

/** Saves a downloaded file under `filename` (the server's name for it). */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = filename
  anchor.hidden = true
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Give the browser a moment to start the download before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The facilitator's downloads of the workshop's results (Markdown, CSV, JSON…), with the link's token. */
export function ExportMenu() {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function download(format: ExportFormat, close: () => void) {
    setBusy(format)
    setError(null)
    const result = await downloadExport(session.workshopId, session.token, format)
    setBusy(null)
    if (!result.ok) {
      setError(failureMessage(result.failure))
      return
    }
    saveFile(result.value.blob, result.value.filename)
    close()
  }

  return (
    <Disclosure
      label={t.exports.menuLabel}
      buttonTestId="export-menu"
      panelClassName="export-menu"
      buttonContent={
        <>
          <Icon name="down" size={16} />
          <span>{t.exports.button}</span>
        </>
      }
    >
      {(close) => (
        <div>
          <h2 className="popover__heading">{t.exports.heading}</h2>
          <ul className="export-menu__list">
            {EXPORT_FORMATS.map((format) => (
              <li key={format}>
                <button
                  type="button"
                  className="button button--small button--ghost export-menu__item"
                  data-testid={`export-${format}`}
                  disabled={busy !== null}
                  onClick={() => download(format, close)}
                >
                  <span>{t.exports.formats[format]}</span>
                  <span className="muted">{busy === format ? t.exports.downloading : `.${format}`}</span>
                </button>
              </li>
            ))}
          </ul>
          {error && (
            <p className="form__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </Disclosure>
  )
}
