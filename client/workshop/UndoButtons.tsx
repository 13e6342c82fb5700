import { useI18n } from '../i18n'
import { useSession, useWorkshop } from '../session/sessionContext'
import type { UndoScope } from '../session/workshopSession'
import { NO_UNDO } from '../store/workshopStore'
import { Icon } from '../ui/Icon'

export function UndoButtons({ scope }: { scope: UndoScope }) {
  const { t } = useI18n()
  const session = useSession()
  const availability = useWorkshop((state) =>
    scope.kind === 'workshop' ? state.workshopUndo : (state.boardUndo[scope.practiceId] ?? NO_UNDO),
  )
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={!availability.canUndo}
        title={t.undo.undoHint}
        onClick={() => session.undo(scope)}
      >
        <Icon name="undo" size={16} />
        <span>{t.undo.undo}</span>
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={!availability.canRedo}
        title={t.undo.redoHint}
        onClick={() => session.redo(scope)}
      >
        <Icon name="redo" size={16} />
        <span>{t.undo.redo}</span>
      </button>
    </div>
  )
}
