import { useId, useState } from 'react'
import { MAX_PRACTICE_CSV_BYTES } from '../../shared/protocol'
import { practiceListProblemMessage, useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { decodeUtf8, importPracticesCsv } from '../lifecycleApi'
import { useSession } from '../session/sessionContext'
import { FileField } from '../ui/FileField'
import { Icon } from '../ui/Icon'

/**
 * The day-one practice list from a spreadsheet (facilitators): the server adds one practice per row, all
 * or none, and everyone in the workshop sees them arrive. Its refusal names the rows at fault.
 */
export function PracticeCsvImport() {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ added: number } | { error: string; problems?: string[] } | null>(
    null,
  )
  const _ids = useId()

  async function choose(file: File) {
    if (file.size > MAX_PRACTICE_CSV_BYTES) {
      setOutcome({ error: t.lifecycle.csvTooLarge })
      return
    }
    setBusy(true)
    setOutcome(null)
    let bytes: ArrayBuffer
    try {
      bytes = await file.arrayBuffer()
    } catch {
      setBusy(false)
      setOutcome({ error: t.import.unreadable })
      return
    }
    // Read as bytes, not file.text(), which turns a code-page file's letters into U+FFFD without a word.
    const text = decodeUtf8(bytes)
    if (text === null) {
      setBusy(false)
      setOutcome({ error: t.lifecycle.csvNotUtf8 })
      return
    }
    const result = await importPracticesCsv(session.workshopId, session.token, text)
    setBusy(false)
    if (result.ok) setOutcome({ added: result.value })
    else if (result.code === 'practiceListInvalid' && result.problems) {
      // The rows at fault, each in the facilitator's language.
      const problems = result.problems.map((problem) => practiceListProblemMessage(t, problem))
      setOutcome({ error: t.lifecycle.csvRefused, problems })
    } else setOutcome({ error: failureMessage(result) })
  }

  // Inline below the practice form rather than a popover: the file chooser and the result (or the rows
  // at fault) need room, and stay readable while the facilitator fixes the spreadsheet.
  return (
    <details className="practice-csv">
      <summary className="button button--small button--ghost" data-testid="practice-csv-import">
        <Icon name="up" size={16} />
        <span>{t.lifecycle.csvButton}</span>
      </summary>
      <div className="practice-csv__body">
        <p className="muted">{t.lifecycle.csvColumns}</p>
        <FileField
          label={t.lifecycle.csvFileLabel}
          accept=".csv,text/csv"
          disabled={busy}
          testId="practice-csv-file"
          onFile={choose}
        />
        {busy && (
          <p className="muted" role="status">
            {t.lifecycle.csvImporting}
          </p>
        )}
        {outcome && 'added' in outcome && (
          <p className="practice-csv__added" role="status" data-testid="practice-csv-result">
            {t.lifecycle.csvAdded(outcome.added)}
          </p>
        )}
        {outcome && 'error' in outcome && (
          <div className="form__error" role="alert" data-testid="practice-csv-error">
            <p>{outcome.error}</p>
            {outcome.problems && (
              <ul className="practice-csv__problems">
                {outcome.problems.map((problem) => (
                  // Each names its row (or is the one count of the rest): no two are alike.
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </details>
  )
}
