import { useState } from 'react'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/protocol'
import { buildReport } from '../../shared/report'
import { downloadExport } from '../api'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { reportPath } from '../routes'
import { useSession } from '../session/sessionContext'
import { Disclosure } from '../ui/Disclosure'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { saveFile } from './saveFile'

type Busy = ExportFormat | 'png'

/**
 * The facilitator's downloads of the workshop's results: the printable report (a page of its own, which the
 * browser prints or saves as PDF), the server's files (Markdown, CSV, JSON, Word) and, on a board, the board
 * as a PNG slide drawn on this device.
 */
export function ExportMenu({ practiceId }: { practiceId?: string }) {
  const { t, language, formatDate } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const [busy, setBusy] = useState<Busy | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function download(format: ExportFormat, close: () => void) {
    setBusy(format)
    setError(null)
    // In the facilitator's language, as the printable report is.
    const result = await downloadExport(session.workshopId, session.token, format, language)
    setBusy(null)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    saveFile(result.value.blob, result.value.filename)
    close()
  }

  async function downloadBoardImage(boardId: string, close: () => void) {
    setBusy('png')
    setError(null)
    try {
      // Loaded on first use: most people never make a slide, and the renderer need not slow their first load.
      const [{ boardImageFilename, boardImageInput, renderBoardImage }, { reportLabels }] = await Promise.all(
        [import('../boardImage/boardImage'), import('../../shared/reportLabels')],
      )
      const labels = reportLabels(language)
      // Built from this device's copy at the moment of the click: the image shows the board as it is now.
      const report = buildReport(session.reportSources())
      const subtitle = [report.workshop.title.trim(), formatDate(report.workshop.date.trim())]
        .filter(Boolean)
        .join(', ')
      const input = boardImageInput(report, boardId, subtitle, {
        untitledPractice: labels.untitledPractice,
        untitledGroup: labels.untitledGroup,
        lanes: labels.lanes,
        noCards: labels.imageNoCards,
        more: labels.moreCards,
      })
      const blob = input ? await renderBoardImage(input) : null
      if (!input || !blob) {
        setError(t.report.imageFailed)
        return
      }
      saveFile(blob, boardImageFilename(report.workshop.title, input.title))
      close()
    } catch {
      setError(t.report.imageFailed)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Disclosure
      buttonTitle={t.exports.menuLabel}
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
            <li>
              <Link
                href={reportPath(session.workshopId)}
                className="button button--small button--ghost export-menu__item"
                data-testid="export-report"
              >
                <span>{t.report.link}</span>
                <span className="muted">{'.pdf'}</span>
              </Link>
            </li>
            {practiceId !== undefined && (
              <li>
                <button
                  type="button"
                  className="button button--small button--ghost export-menu__item"
                  data-testid="export-png"
                  disabled={busy !== null}
                  title={t.report.boardImageHint}
                  onClick={() => downloadBoardImage(practiceId, close)}
                >
                  <span>{t.report.boardImage}</span>
                  <span className="muted">{busy === 'png' ? t.report.drawing : '.png'}</span>
                </button>
              </li>
            )}
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
