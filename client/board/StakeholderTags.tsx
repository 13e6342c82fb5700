import { type ReactNode, useMemo, useState } from 'react'
import {
  type Card,
  STAKEHOLDER_LEVELS,
  STAKEHOLDER_TYPES,
  type StakeholderLevel,
  type StakeholderType,
} from '../../shared/schema'
import { useI18n } from '../i18n'
import { missingStakeholderTypes } from '../mapping/stakeholders'
import { useMappingActions } from '../session/mappingActions'
import { useWorkshop } from '../session/sessionContext'

function isType(value: string): value is StakeholderType {
  return (STAKEHOLDER_TYPES as readonly string[]).includes(value)
}

function isLevel(value: string): value is StakeholderLevel {
  return (STAKEHOLDER_LEVELS as readonly string[]).includes(value)
}

/**
 * A stakeholder card's type (public authority, business, research, civil society) and level (local,
 * regional, national): two small selects for those who may edit the board, chips for everyone else.
 */
export function StakeholderTagsField({
  practiceId,
  card,
  canEdit,
}: {
  practiceId: string
  card: Card
  canEdit: boolean
}) {
  const { t } = useI18n()
  const mapping = useMappingActions()
  const { type, level } = card.stakeholder

  if (!canEdit) {
    if (!type && !level) return null
    return (
      <p className="tags" data-testid="stakeholder-tags">
        {type && <span className={`tag tag--${type}`}>{t.stakeholders.types[type]}</span>}
        {level && <span className="tag tag--level">{t.stakeholders.levels[level]}</span>}
      </p>
    )
  }

  return (
    <div className="tags" data-testid="stakeholder-tags">
      <ChoiceSelect
        className={type ? `tag-select tag--${type}` : 'tag-select tag-select--empty'}
        label={t.stakeholders.typeLabel}
        value={type ?? ''}
        choices={[
          { value: '', label: t.stakeholders.noType },
          ...STAKEHOLDER_TYPES.map((option) => ({ value: option, label: t.stakeholders.types[option] })),
        ]}
        onChange={(value) =>
          mapping.setStakeholderTags(practiceId, card.id, { type: isType(value) ? value : null })
        }
      />
      <ChoiceSelect
        className={level ? 'tag-select tag--level' : 'tag-select tag-select--empty'}
        label={t.stakeholders.levelLabel}
        value={level ?? ''}
        choices={[
          { value: '', label: t.stakeholders.noLevel },
          ...STAKEHOLDER_LEVELS.map((option) => ({ value: option, label: t.stakeholders.levels[option] })),
        ]}
        onChange={(value) =>
          mapping.setStakeholderTags(practiceId, card.id, { level: isLevel(value) ? value : null })
        }
      />
    </div>
  )
}

/**
 * A select that holds only its chosen option until someone reaches for it (a pointer pressed on it, or
 * the focus): every stakeholder card has two, and their options were a large share of a big board's
 * elements. The other options are in place before the list opens: React applies a state change made in
 * a pointer or focus event before the browser goes on to that event's default action.
 */
function ChoiceSelect({
  className,
  label,
  value,
  choices,
  onChange,
}: {
  className: string
  label: string
  value: string
  choices: readonly { value: string; label: string }[]
  onChange(value: string): void
}) {
  const [reached, setReached] = useState(false)
  const reach = () => setReached(true)
  const shown = reached ? choices : choices.filter((choice) => choice.value === value)
  const options: ReactNode[] = shown.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ))
  return (
    <select
      className={className}
      aria-label={label}
      title={label}
      value={value}
      onPointerDown={reach}
      onFocus={reach}
      onChange={(event) => onChange(event.target.value)}
    >
      {options}
    </select>
  )
}

/** In the stakeholders lane's header: the types of stakeholder no card is tagged with yet. */
export function MissingStakeholderTypes({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const cardIds = useWorkshop((state) => state.boards[practiceId]?.lanes.stakeholders)
  const cards = useWorkshop((state) => state.boards[practiceId]?.cards)
  const missing = useMemo(
    () =>
      missingStakeholderTypes(
        (cardIds ?? []).flatMap((id) => {
          const card = cards?.[id]
          return card ? [card] : []
        }),
      ),
    [cardIds, cards],
  )
  if (missing.length === 0) {
    return (
      <p className="lane__missing lane__missing--complete" data-testid="missing-stakeholder-types">
        {t.stakeholders.allPresent}
      </p>
    )
  }
  return (
    <p className="lane__missing" data-testid="missing-stakeholder-types" title={t.stakeholders.missingHelp}>
      {t.stakeholders.missing(missing.map((type) => t.stakeholders.typesInList[type]))}
    </p>
  )
}
