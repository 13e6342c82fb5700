import { useState } from 'react'
import type { Phase } from '../../shared/schema'
import { currentPhase } from '../../shared/sessionOperations'
import { useI18n } from '../i18n'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { useRole } from '../session/sessionContext'
import { AgendaEditor } from './AgendaEditor'
import { Icon } from './Icon'
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
          data-testid={`phase-rule-${chip.key}`}
        >
          <Icon name={chip.icon} size={14} />
          <span>{chip.text}</span>
        </span>
      ))}
    </span>
  )
}

/**
 * The current phase, for everyone; for facilitators, the way to change it (a list, and "next"), and the
 * agenda editor. A workshop from before phases existed has none: the facilitator can add the default ones.
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

  return (
    <section className="phase" aria-label={t.phases.current} data-testid="phase-bar">
      {isFacilitator ? (
        phases.length > 0 ? (
          <>
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
            {next && (
              <button
                type="button"
                className="button button--small button--secondary phase__next"
                aria-label={t.phases.nextLabel(phaseName(t, next))}
                title={t.phases.nextLabel(phaseName(t, next))}
                onClick={() => actions.setCurrentPhase(next.id)}
                data-testid="next-phase"
              >
                <span className="phase__next-text">{t.phases.next(phaseName(t, next))}</span>
                <Icon name="right" size={16} />
              </button>
            )}
          </>
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
          <span className="phase__label">{t.phases.label}</span>
          <strong className="phase__name" data-testid="current-phase">
            {phase ? phaseName(t, phase) : t.phases.none}
          </strong>
          {phase && <span className="phase__position">{t.phases.position(index + 1, phases.length)}</span>}
        </p>
      )}
      {phase && <RuleChips phase={phase} />}
      {isFacilitator && (
        <button
          type="button"
          className="button button--small button--ghost phase__agenda"
          aria-haspopup="dialog"
          aria-label={t.phases.agenda}
          onClick={() => setEditing(true)}
          data-testid="agenda-button"
        >
          <Icon name="agenda" size={16} />
          <span className="phase__agenda-text">{t.phases.agenda}</span>
        </button>
      )}
      {editing && isFacilitator && <AgendaEditor onClose={() => setEditing(false)} />}
    </section>
  )
}
