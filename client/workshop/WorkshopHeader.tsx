import { type FormEvent, useId, useState } from 'react'
import { changedFields } from '../forms'
import { useI18n } from '../i18n'
import { historyPath } from '../routes'
import { useCanWrite, useRole, useSession, useWorkshop } from '../session/sessionContext'
import { DateAndPlaceFields } from '../ui/DateAndPlaceFields'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { RequiredTitleField } from '../ui/RequiredTitleField'
import { ExportMenu } from './ExportMenu'
import { FollowUpOrigin } from './FollowUpOrigin'
import { UndoButtons } from './UndoButtons'
import { WorkshopMenu } from './WorkshopMenu'

/** The practice list's heading: the workshop's title, date and place, editable in place. */
export function WorkshopHeader({ fallbackTitle }: { fallbackTitle: string }) {
  const { t, formatDate } = useI18n()
  const details = useWorkshop((state) => state.details)
  const canEdit = useCanWrite('workshop')
  const isFacilitator = useRole() === 'facilitator'
  const session = useSession()
  const [editing, setEditing] = useState(false)
  const title = details.title || fallbackTitle || t.workshop.untitled
  const meta = [formatDate(details.date), details.place].filter(Boolean)

  return (
    <header className="page-header">
      {editing && canEdit ? (
        <DetailsForm onDone={() => setEditing(false)} />
      ) : (
        <div className="page-header__text">
          <h1 tabIndex={-1} data-testid="workshop-title">
            {title}
          </h1>
          {meta.length > 0 && (
            <p className="page-header__meta">
              {meta.map((part, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two fixed slots, date then place
                <span key={index}>{part}</span>
              ))}
            </p>
          )}
          <FollowUpOrigin />
        </div>
      )}
      <div className="page-header__actions">
        {!editing && canEdit && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setEditing(true)}
          >
            <Icon name="edit" size={16} />
            <span>{t.workshop.editDetails}</span>
          </button>
        )}
        {canEdit && <UndoButtons scope={{ kind: 'workshop' }} />}
        {isFacilitator && <ExportMenu />}
        {isFacilitator && (
          <Link
            href={historyPath(session.workshopId)}
            className="button button--small button--ghost"
            data-testid="history-link"
          >
            <Icon name="clock" size={16} />
            <span>{t.history.link}</span>
          </Link>
        )}
        {isFacilitator && <WorkshopMenu />}
      </div>
    </header>
  )
}

function DetailsForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n()
  const session = useSession()
  const details = useWorkshop((state) => state.details)
  // What the form opened with: only the fields changed from it are saved (see changedFields).
  const [base] = useState(() => ({ title: details.title, date: details.date, place: details.place }))
  const [title, setTitle] = useState(base.title)
  const [date, setDate] = useState(base.date)
  const [place, setPlace] = useState(base.place)
  const [titleMissing, setTitleMissing] = useState(false)
  const ids = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setTitleMissing(true)
      return
    }
    session.updateDetails(changedFields(base, { title, date, place }))
    onDone()
  }

  return (
    <form
      className="form details-form"
      aria-label={t.workshop.detailsFormLabel}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone()
      }}
      noValidate
    >
      <RequiredTitleField
        idPrefix={ids}
        label={t.home.titleLabel}
        requiredMessage={t.home.titleRequired}
        value={title}
        missing={titleMissing}
        onChange={setTitle}
        onFilled={() => setTitleMissing(false)}
        autoFocus
      />
      <DateAndPlaceFields
        idPrefix={ids}
        date={date}
        place={place}
        onDateChange={setDate}
        onPlaceChange={setPlace}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small">
          {t.common.save}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}
