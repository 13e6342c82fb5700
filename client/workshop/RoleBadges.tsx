import { useI18n } from '../i18n'
import { useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'

/** In the top bar for observers: why nothing on the page can be changed. */
export function ViewOnlyBadge() {
  const { t } = useI18n()
  const role = useWorkshop((state) => state.role)
  if (role !== 'observer') return null
  return (
    <span className="badge badge--view-only" data-testid="view-only-badge" title={t.roles.viewOnlyHelp}>
      <Icon name="eye" size={16} />
      <span>{t.roles.viewOnly}</span>
      <span className="visually-hidden">{t.roles.viewOnlyHelp}</span>
    </span>
  )
}

/**
 * On a locked practice (its list entry and its board): participants can no longer change its board,
 * because the facilitator locked it or because the current phase locks every board.
 */
export function LockBadge({ practiceId, withHelp = false }: { practiceId: string; withHelp?: boolean }) {
  const { t } = useI18n()
  const locked = useWorkshop((state) => state.practices[practiceId]?.locked === true)
  const phaseLocked = useWorkshop((state) => state.phaseLocked)
  const role = useWorkshop((state) => state.role)
  if (!locked && !phaseLocked) return null
  const help =
    role === 'facilitator'
      ? t.roles.lockedHelpFacilitator
      : locked
        ? t.roles.lockedHelp
        : t.lock.phaseLockedHelp
  return (
    <span className="lock">
      <span className="badge badge--locked" data-testid="lock-badge" title={help}>
        <Icon name="lock" size={16} />
        <span>{t.roles.locked}</span>
      </span>
      {withHelp ? (
        <span className="lock__help">{help}</span>
      ) : (
        <span className="visually-hidden">{help}</span>
      )}
    </span>
  )
}
