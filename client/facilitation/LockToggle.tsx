import { useI18n } from '../i18n'
import { useFacilitationActions } from '../session/facilitationContext'
import { useRole, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'

/** For facilitators: locks a practice's board for participants, or unlocks it (the label says which). */
export function LockToggle({ practiceId, compact = false }: { practiceId: string; compact?: boolean }) {
  const { t } = useI18n()
  const role = useRole()
  const actions = useFacilitationActions()
  const practice = useWorkshop((state) => state.practices[practiceId])
  if (role !== 'facilitator' || !practice) return null
  const title = practice.title || t.practices.untitled
  const label = practice.locked ? t.lock.unlockOf(title) : t.lock.lockOf(title)

  return (
    <button
      type="button"
      className={compact ? 'icon-button lock-toggle' : 'button button--small button--secondary lock-toggle'}
      data-locked={practice.locked}
      // With words on it ("Lock board") it is named by them and the practice is its description; as an
      // icon alone it needs the whole sentence for a name.
      aria-label={compact ? label : undefined}
      title={label}
      onClick={() => actions.setPracticeLocked(practiceId, !practice.locked)}
      data-testid="lock-toggle"
    >
      <Icon name={practice.locked ? 'lock' : 'unlock'} size={16} />
      {!compact && <span>{practice.locked ? t.lock.unlock : t.lock.lock}</span>}
    </button>
  )
}
