import { type FormEvent, useEffect, useId, useState } from 'react'
import { LIMITS, type Phase, type PhaseRules, type VotingScope } from '../../shared/schema'
import { useI18n } from '../i18n'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { Icon } from '../ui/Icon'
import { PanelDialog } from '../ui/PanelDialog'
import { phaseName } from './phaseName'

/**
 * The facilitator's agenda: the phases in order, each with its name and rules (private writing, voting,
 * every board locked), and the dot-voting budget. Every change is written at once (names when the field
 * is left), so nothing waits behind a Save button while the room watches.
 */
export function AgendaEditor({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const phases = useFacilitation((state) => state.session.phases)
  const currentPhaseId = useFacilitation((state) => state.session.currentPhaseId)
  const [newName, setNewName] = useState('')
  const ids = useId()

  function add(event: FormEvent) {
    event.preventDefault()
    if (!newName.trim()) return
    actions.addPhase(newName)
    setNewName('')
  }

  return (
    <PanelDialog
      title={t.phases.agendaHeading}
      closeLabel={t.phases.close}
      onClose={onClose}
      testId="agenda-editor"
      className="agenda"
    >
      <p className="agenda__intro">{t.phases.agendaIntro}</p>
      {phases.length === 0 ? (
        <div className="agenda__empty">
          <p>{t.phases.noAgenda}</p>
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => actions.addDefaultPhases()}
          >
            {t.phases.addDefaults}
          </button>
          <p className="muted small">{t.phases.defaultsHint}</p>
        </div>
      ) : (
        <ol className="agenda__phases">
          {phases.map((phase, index) => (
            <PhaseRow
              key={phase.id}
              phase={phase}
              index={index}
              count={phases.length}
              current={phase.id === currentPhaseId}
            />
          ))}
        </ol>
      )}
      <form className="agenda__add" onSubmit={add}>
        <label htmlFor={`${ids}-new`} className="agenda__add-label">
          {t.phases.newPhase}
        </label>
        <div className="agenda__add-row">
          <input
            id={`${ids}-new`}
            value={newName}
            maxLength={LIMITS.title}
            placeholder={t.phases.newPhasePlaceholder}
            onChange={(event) => setNewName(event.target.value)}
          />
          <button type="submit" className="button button--small button--secondary" disabled={!newName.trim()}>
            <Icon name="plus" size={16} />
            <span>{t.phases.addPhase}</span>
          </button>
        </div>
      </form>
      <VotingSettingsForm />
    </PanelDialog>
  )
}

const RULES: readonly (keyof PhaseRules)[] = ['privateWriting', 'voting', 'locked']

function PhaseRow({
  phase,
  index,
  count,
  current,
}: {
  phase: Phase
  index: number
  count: number
  current: boolean
}) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const [name, setName] = useState(phase.name)
  const shown = phaseName(t, phase)
  const ruleLabels: Record<keyof PhaseRules, string> = {
    privateWriting: t.phases.privateWriting,
    voting: t.phases.voting,
    locked: t.phases.lockAll,
  }

  // Someone else (another facilitator) renamed it: show theirs.
  useEffect(() => setName(phase.name), [phase.name])

  function saveName() {
    if (name.trim() !== phase.name.trim()) actions.updatePhase(phase.id, { name })
  }

  return (
    <li
      className={current ? 'agenda__phase agenda__phase--current' : 'agenda__phase'}
      data-testid="agenda-phase"
    >
      <div className="agenda__phase-head">
        <span className="agenda__number" aria-hidden="true">
          {index + 1}
        </span>
        <input
          className="agenda__name"
          value={name}
          maxLength={LIMITS.title}
          placeholder={t.phases.kinds[phase.kind]}
          aria-label={t.phases.nameOf(index + 1)}
          onChange={(event) => setName(event.target.value)}
          onBlur={saveName}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              saveName()
            } else if (event.key === 'Escape' && name !== phase.name) {
              // Escape undoes the typing first; a second Escape closes the dialog.
              event.preventDefault()
              setName(phase.name)
            }
          }}
        />
        {current ? (
          <span className="agenda__now">{t.phases.now}</span>
        ) : (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={t.phases.startOf(shown)}
            onClick={() => actions.setCurrentPhase(phase.id)}
          >
            <Icon name="play" size={14} />
            <span>{t.phases.start}</span>
          </button>
        )}
      </div>
      <div className="agenda__phase-body">
        <fieldset className="agenda__rules">
          <legend className="visually-hidden">{t.phases.rulesOf(shown)}</legend>
          {RULES.map((rule) => (
            <label key={rule} className="agenda__rule">
              <input
                type="checkbox"
                checked={phase[rule]}
                onChange={(event) => actions.updatePhase(phase.id, { [rule]: event.target.checked })}
              />
              <span>{ruleLabels[rule]}</span>
            </label>
          ))}
        </fieldset>
        <div className="agenda__actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t.phases.moveUpOf(shown)}
            title={t.phases.moveUpOf(shown)}
            disabled={index === 0}
            onClick={() => actions.movePhase(phase.id, index - 1)}
          >
            <Icon name="up" size={16} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t.phases.moveDownOf(shown)}
            title={t.phases.moveDownOf(shown)}
            disabled={index === count - 1}
            onClick={() => actions.movePhase(phase.id, index + 1)}
          >
            <Icon name="down" size={16} />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={t.phases.removeOf(shown)}
            title={t.phases.removeOf(shown)}
            onClick={() => actions.removePhase(phase.id)}
          >
            <Icon name="trash" size={16} />
          </button>
        </div>
      </div>
    </li>
  )
}

/** The dot budget: numbers are written when the field is left or Enter is pressed, never mid-typing. */
function VotingSettingsForm() {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const voting = useFacilitation((state) => state.session.voting)
  const [dots, setDots] = useState(String(voting.dotsPerPerson))
  const [perCard, setPerCard] = useState(String(voting.maxDotsPerCard))
  const ids = useId()

  useEffect(() => setDots(String(voting.dotsPerPerson)), [voting.dotsPerPerson])
  useEffect(() => setPerCard(String(voting.maxDotsPerCard)), [voting.maxDotsPerCard])

  function save(event?: FormEvent) {
    event?.preventDefault()
    const dotsPerPerson = Number.parseInt(dots, 10)
    const maxDotsPerCard = Number.parseInt(perCard, 10)
    const patch: { dotsPerPerson?: number; maxDotsPerCard?: number } = {}
    if (Number.isInteger(dotsPerPerson) && dotsPerPerson !== voting.dotsPerPerson)
      patch.dotsPerPerson = dotsPerPerson
    if (Number.isInteger(maxDotsPerCard) && maxDotsPerCard !== voting.maxDotsPerCard) {
      patch.maxDotsPerCard = maxDotsPerCard
    }
    if (Object.keys(patch).length > 0) actions.setVotingSettings(patch)
    else {
      setDots(String(voting.dotsPerPerson))
      setPerCard(String(voting.maxDotsPerCard))
    }
  }

  return (
    <form className="agenda__voting" onSubmit={save} data-testid="voting-settings">
      <h3>{t.voting.settingsHeading}</h3>
      <div className="agenda__voting-fields">
        <div className="field">
          <label htmlFor={`${ids}-dots`}>{t.voting.dotsPerPerson}</label>
          <input
            id={`${ids}-dots`}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={dots}
            onChange={(event) => setDots(event.target.value)}
            onBlur={() => save()}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-card`}>{t.voting.maxPerCard}</label>
          <input
            id={`${ids}-card`}
            type="number"
            inputMode="numeric"
            min={1}
            max={voting.dotsPerPerson}
            value={perCard}
            onChange={(event) => setPerCard(event.target.value)}
            onBlur={() => save()}
          />
        </div>
      </div>
      <fieldset className="agenda__scope">
        <legend>{t.voting.budgetScope}</legend>
        {(['practice', 'workshop'] as const satisfies readonly VotingScope[]).map((scope) => (
          <label key={scope} className="agenda__rule">
            <input
              type="radio"
              name={`${ids}-scope`}
              checked={voting.scope === scope}
              onChange={() => actions.setVotingSettings({ scope })}
            />
            <span>{scope === 'practice' ? t.voting.perPractice : t.voting.perWorkshop}</span>
          </label>
        ))}
      </fieldset>
      {/* Enter in a number field submits: the form needs a submit button, hidden, for that. */}
      <button type="submit" hidden />
    </form>
  )
}
