import { useId, useRef, useState } from 'react'
import { downloadExport } from '../api'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { deleteWorkshop, forgetWorkshopOnThisDevice } from '../lifecycleApi'
import { navigate } from '../router'
import { useSession, useWorkshop } from '../session/sessionContext'
import { useModalDialog } from '../ui/useModalDialog'
import { saveFile } from './saveFile'

/**
 * Asks before deleting the workshop for everyone, naming it, and offers the JSON export first (the only
 * way back). Once the server has deleted it, this device forgets it too and goes home.
 */
export function DeleteWorkshopDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const session = useSession()
  const failureMessage = useFailureMessage()
  const title = useWorkshop((state) => state.details.title) || t.workshop.untitled
  const [busy, setBusy] = useState<'export' | 'delete' | null>(null)
  const [exported, setExported] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const ids = useId()

  // The safe answer has the focus, as in ConfirmDialog.
  useModalDialog(ref, cancelRef)

  async function downloadJson() {
    setBusy('export')
    setError(null)
    const result = await downloadExport(session.workshopId, session.token, 'json')
    setBusy(null)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    saveFile(result.value.blob, result.value.filename)
    setExported(true)
  }

  async function confirm() {
    setBusy('delete')
    setError(null)
    const workshopId = session.workshopId
    const result = await deleteWorkshop(workshopId, session.token)
    if (!result.ok && result.failure !== 'notFound') {
      setBusy(null)
      setError(failureMessage(result))
      return
    }
    // Leaving the workshop closes its session (and its local databases), which lets them be deleted.
    navigate('/')
    void forgetWorkshopOnThisDevice(workshopId)
  }

  return (
    <dialog
      ref={ref}
      className="dialog delete-workshop"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-text`}
      data-testid="delete-workshop-dialog"
      onCancel={(event) => {
        event.preventDefault()
        if (busy !== 'delete') onClose()
      }}
    >
      <h2 id={`${ids}-title`}>{t.lifecycle.deleteTitle(title)}</h2>
      <p id={`${ids}-text`}>{t.lifecycle.deleteText}</p>
      <div className="delete-workshop__export">
        <p>{t.lifecycle.deleteExportFirst}</p>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy !== null}
          onClick={downloadJson}
        >
          {busy === 'export' ? t.exports.downloading : t.lifecycle.downloadJson}
        </button>
        {exported && (
          <span className="muted" role="status">
            {t.lifecycle.downloaded}
          </span>
        )}
      </div>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy !== null}
          data-testid="confirm-delete-workshop"
          onClick={confirm}
        >
          {busy === 'delete' ? t.lifecycle.deleting : t.lifecycle.deleteConfirm}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--secondary"
          disabled={busy === 'delete'}
          onClick={onClose}
        >
          {t.common.cancel}
        </button>
      </div>
    </dialog>
  )
}
