import { type FormEvent, useId, useState } from 'react'
import type { Card, TransferDetails } from '../../shared/schema'
import { changedFields } from '../forms'
import { useI18n } from '../i18n'
import { hasTransferDetails, transferSummary } from '../mapping/transfer'
import { useMappingActions } from '../session/mappingActions'
import { excerpt } from '../text'

const FIELDS = ['owner', 'timeframe', 'resources', 'barriers'] as const

/**
 * A transfer step's action plan: who takes it, when, with what, and what could stand in the way. Filled
 * in, it shows as one line on the card ("Owner: City of Żyrardów · 2025 Q2"); "Action plan details"
 * opens all four fields, editable for those who may change the board.
 */
export function TransferDetailsSection({
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
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const filled = hasTransferDetails(card.transfer)
  const summary = transferSummary(card.transfer, t.transfer.ownerSummary)
  if (!canEdit && !filled) return null

  return (
    <div className="transfer" data-testid="transfer-details">
      {summary && (
        <p className="transfer__summary" data-testid="transfer-summary">
          {summary}
        </p>
      )}
      <button
        type="button"
        className="transfer__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t.transfer.details}
      </button>
      <div id={panelId} hidden={!open}>
        {open &&
          (canEdit ? (
            <TransferForm
              label={t.transfer.formLabel(excerpt(card.text))}
              initial={card.transfer}
              onSave={(patch) => {
                if (Object.keys(patch).length > 0) mapping.setTransferDetails(practiceId, card.id, patch)
                setOpen(false)
              }}
              onCancel={() => setOpen(false)}
            />
          ) : (
            <dl className="transfer__list">
              {FIELDS.map((field) => (
                <div key={field}>
                  <dt>{t.transfer[field]}</dt>
                  <dd>{card.transfer[field] || t.transfer.empty}</dd>
                </div>
              ))}
            </dl>
          ))}
      </div>
    </div>
  )
}

function TransferForm({
  label,
  initial,
  onSave,
  onCancel,
}: {
  label: string
  initial: TransferDetails
  onSave(patch: Partial<TransferDetails>): void
  onCancel(): void
}) {
  const { t } = useI18n()
  // What the form opened with: only the fields changed from it are saved, so a field someone else filled
  // in meanwhile keeps their value.
  const [base] = useState(initial)
  const [values, setValues] = useState(initial)
  const ids = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    onSave(changedFields(base, values))
  }

  const placeholders: Record<(typeof FIELDS)[number], string> = {
    owner: t.transfer.ownerPlaceholder,
    timeframe: t.transfer.timeframePlaceholder,
    resources: t.transfer.resourcesPlaceholder,
    barriers: t.transfer.barriersPlaceholder,
  }

  return (
    <form
      className="transfer__form"
      aria-label={label}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      {FIELDS.map((field) => (
        <div key={field} className="transfer__field">
          <label htmlFor={`${ids}-${field}`}>{t.transfer[field]}</label>
          {field === 'owner' || field === 'timeframe' ? (
            <input
              id={`${ids}-${field}`}
              value={values[field]}
              maxLength={500}
              placeholder={placeholders[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          ) : (
            <textarea
              id={`${ids}-${field}`}
              value={values[field]}
              maxLength={500}
              rows={2}
              placeholder={placeholders[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </div>
      ))}
      <div className="transfer__actions">
        <button type="submit" className="button button--primary button--small">
          {t.transfer.save}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}
