import { useMemo } from 'react'
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
      <select
        className={type ? `tag-select tag--${type}` : 'tag-select tag-select--empty'}
        aria-label={t.stakeholders.typeLabel}
        title={t.stakeholders.typeLabel}
        value={type ?? ''}
        onChange={(event) => {
          const value = event.target.value
          mapping.setStakeholderTags(practiceId, card.id, { type: isType(value) ? value : null })
        }}
      >
        <option value="">{t.stakeholders.noType}</option>
        {STAKEHOLDER_TYPES.map((option) => (
          <option key={option} value={option}>
            {t.stakeholders.types[option]}
          </option>
        ))}
      </select>
      <select
        className={level ? 'tag-select tag--level' : 'tag-select tag-select--empty'}
        aria-label={t.stakeholders.levelLabel}
        title={t.stakeholders.levelLabel}
        value={level ?? ''}
        onChange={(event) => {
          const value = event.target.value
          mapping.setStakeholderTags(practiceId, card.id, { level: isLevel(value) ? value : null })
        }}
      >
        <option value="">{t.stakeholders.noLevel}</option>
        {STAKEHOLDER_LEVELS.map((option) => (
          <option key={option} value={option}>
            {t.stakeholders.levels[option]}
          </option>
        ))}
      </select>
    </div>
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
