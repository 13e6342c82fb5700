import { useI18n } from '../i18n'
import { useWorkshop } from '../session/sessionContext'

/**
 * Says so when the server takes no more changes because of their size: the board on screen, the
 * workshop's own documents, or the whole workshop reached its limit (see server/documentSizes.ts). What
 * the person changes meanwhile stays on this device; nobody else sees it.
 */
export function FullNotice({ practiceId }: { practiceId: string | null }) {
  const { t } = useI18n()
  const board = useWorkshop((state) => (practiceId === null ? undefined : state.full.boards.get(practiceId)))
  const workshop = useWorkshop((state) => state.full.workshop)
  const reason = board ?? workshop
  if (!reason) return null
  return (
    <p className="notice notice--full" role="alert" data-testid="full-notice">
      {board === 'document' ? t.full.board : t.full.workshop}
    </p>
  )
}
