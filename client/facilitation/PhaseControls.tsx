import { useState } from 'react'
import type { Phase } from '../../shared/schema'
import { currentPhase } from '../../shared/sessionOperations'
import { useI18n } from '../i18n'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { useRole } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { AgendaEditor } from './AgendaEditor'
import { phaseName } from './phaseName'

/** The current phase's rules as short labels, for everyone to see what the phase allows. */
function RuleChips({ phase }: { phase: Phase }) {
  const { t } = useI18n()
  const chips = [
    phase.privateWriting && { key: 'private', icon: 'eyeOff' as const, text: t.phases.privateWriting },
    phase.voting && { key: 'voting', icon: 'check' as const, text: t.phases.votingOpen },
    phase.locked && { key: 'locked', icon: 'lock' as const, text: t.phases.boardsLocked },
  ].filter((chip) => chip !== false)
  if (chips.length === 0) return null
  return (
    <span className="phase__rules">
      {chips.map((chip) => (
        <span
          key={chip.key}
          className={`phase__rule phase__rule--${chip.key}`}
          title={chip.text}
          data-testid={`phase-rule-${chip.key}`}
        >
          <Icon name={chip.icon} size={14} />
          <span className="phase__rule-text">{chip.text}</span>
        </span>
      ))}
    </span>
  )
}

/**
 * The current phase, for everyone: where the session is ("Phase 2 of 5") and what the phase allows. For
 * facilitators, the way to change it: "Next" (the one step they take most), any phase from the list, and
 * the agenda editor. A workshop from before phases existed has none: the facilitator can add the default
 * ones.
 */
export function PhaseControls() {
  const { t } = useI18n()
  const role = useRole()
  const actions = useFacilitationActions()
  const session = useFacilitation((state) => state.session)
  const [editing, setEditing] = useState(false)
  const isFacilitator = role === 'facilitator'
  const phase = currentPhase(session)
  const { phases } = session

  if (phases.length === 0 && !isFacilitator) return null
  const index = phase ? phases.indexOf(phase) : -1
  const next = phases[index + 1]
  const nextLabel = next ? t.phases.nextLabel(phaseName(t, next)) : ''

  return (
    <section className="phase" aria-label={t.phases.current} data-testid="phase-bar">
      {isFacilitator ? (
        phases.length > 0 ? (
          <label className="phase__pick">
            <span className="phase__label">{t.phases.label}</span>
            <select
              className="phase__select"
              value={phase?.id ?? ''}
              onChange={(event) => actions.setCurrentPhase(event.target.value || null)}
              data-testid="phase-select"
            >
              <option value="">{t.phases.none}</option>
              {phases.map((option, position) => (
                <option key={option.id} value={option.id}>
                  {t.phases.numbered(position + 1, phaseName(t, option))}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => actions.addDefaultPhases()}
            data-testid="add-default-agenda"
          >
            <Icon name="agenda" size={16} />
            <span>{t.phases.addDefaults}</span>
          </button>
        )
      ) : (
        <p className="phase__current">
          <span className="phase__label">
            {phase ? t.phases.position(index + 1, phases.length) : t.phases.label}
          </span>
          <strong className="phase__name" data-testid="current-phase">
            {phase ? phaseName(t, phase) : t.phases.none}
          </strong>
        </p>
      )}
      {phase && <RuleChips phase={phase} />}
      {isFacilitator && next && (
        <button
          type="button"
          className="button button--small button--primary phase__next"
          // Named by what it shows ("Next: Vote"; on a phone "Next" shows, the rest is out of sight), so a
          // speech tool finds it by the words on it; what it does is its description.
          title={nextLabel}
          onClick={() => actions.setCurrentPhase(next.id)}
          data-testid="next-phase"
        >
          <span className="phase__next-text">
            {phase ? t.phases.next(phaseName(t, next)) : t.phases.begin(phaseName(t, next))}
          </span>
          <span className="phase__next-short" aria-hidden="true">
            {t.phases.nextShort}
          </span>
          <Icon name="right" size={16} />
        </button>
      )}
      {isFacilitator && (
        <button
          type="button"
          className="icon-button phase__agenda"
          aria-haspopup="dialog"
          aria-label={t.phases.agendaLabel}
          title={t.phases.agendaLabel}
          onClick={() => setEditing(true)}
          data-testid="agenda-button"
        >
          <Icon name="agenda" size={18} />
        </button>
      )}
      {editing && isFacilitator && <AgendaEditor onClose={() => setEditing(false)} />}
    </section>
  )
}
