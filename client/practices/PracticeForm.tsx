import { type FormEvent, useEffect, useId, useState } from 'react'
import { LIMITS } from '../../shared/schema'
import type { PracticeInput } from '../../shared/workshopOperations'
import { readPracticeDraft, writePracticeDraft } from '../drafts'
import { changedFields } from '../forms'
import { useI18n } from '../i18n'
import { RequiredTitleField } from '../ui/RequiredTitleField'

/** Title, partner and description of a practice: empty to add one, filled to edit one. */
export function PracticeForm({
  initial,
  draftKey,
  onSubmit,
  onCancel,
}: {
  initial?: PracticeInput
  /** Where a new practice's unsent fields are kept, so a reload or a crash loses nothing. */
  draftKey?: string
  /** `changed`: when editing, only the fields this user changed (see changedFields). */
  onSubmit(input: PracticeInput, changed: Partial<PracticeInput>): void
  onCancel?(): void
}) {
  const { t } = useI18n()
  const editing = initial !== undefined
  // What the form opened with; `initial` itself follows the live practice while the form is open.
  const [base] = useState<PracticeInput>(() => ({
    title: initial?.title ?? '',
    organisation: initial?.organisation ?? '',
    description: initial?.description ?? '',
  }))
  const [kept] = useState(() => (draftKey ? readPracticeDraft(draftKey) : null))
  const [title, setTitle] = useState(kept?.title ?? base.title)
  const [organisation, setOrganisation] = useState(kept?.organisation ?? base.organisation)
  const [description, setDescription] = useState(kept?.description ?? base.description)

  useEffect(() => {
    if (draftKey) writePracticeDraft(draftKey, { title, organisation, description })
  }, [draftKey, title, organisation, description])
  const [titleMissing, setTitleMissing] = useState(false)
  const ids = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setTitleMissing(true)
      document.getElementById(`${ids}-title`)?.focus()
      return
    }
    const input = { title, organisation, description }
    onSubmit(input, changedFields(base, input))
    if (!editing) {
      setTitle('')
      setOrganisation('')
      setDescription('')
      document.getElementById(`${ids}-title`)?.focus()
    }
  }

  return (
    <form
      className={editing ? 'form practice-form practice-form--edit' : 'form practice-form panel'}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault()
          onCancel()
        }
      }}
      noValidate
      aria-labelledby={`${ids}-heading`}
    >
      <h3 id={`${ids}-heading`} className={editing ? 'visually-hidden' : undefined}>
        {editing ? t.practices.editHeading : t.practices.addHeading}
      </h3>
      <div className="form__row">
        <RequiredTitleField
          idPrefix={ids}
          label={t.practices.titleLabel}
          placeholder={t.practices.titlePlaceholder}
          requiredMessage={t.practices.titleRequired}
          value={title}
          missing={titleMissing}
          onChange={setTitle}
          onFilled={() => setTitleMissing(false)}
          autoFocus={editing}
        />
        <div className="field">
          <label htmlFor={`${ids}-organisation`}>
            {t.practices.organisationLabel} <span className="field__optional">{t.common.optional}</span>
          </label>
          <input
            id={`${ids}-organisation`}
            value={organisation}
            maxLength={LIMITS.organisation}
            placeholder={t.practices.organisationPlaceholder}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-description`}>
          {t.practices.descriptionLabel} <span className="field__optional">{t.common.optional}</span>
        </label>
        <textarea
          id={`${ids}-description`}
          value={description}
          maxLength={LIMITS.description}
          rows={3}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {editing ? t.practices.saveChanges : t.practices.add}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.common.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
