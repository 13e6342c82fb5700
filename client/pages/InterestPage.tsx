import { type FormEvent, memo, useId, useMemo, useState } from 'react'
import { INTEREST_LEVELS, type InterestLevel, LIMITS } from '../../shared/schema'
import { useI18n } from '../i18n'
import { useIdentity } from '../identity'
import {
  columnCounts,
  type InterestRow,
  type InterestTone,
  interestCell,
  interestRows,
} from '../mapping/interestMatrix'
import { workshopPath } from '../routes'
import { useMappingActions } from '../session/mappingActions'
import { useRole, useSession, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { InterestPracticePager } from './InterestPracticePager'
import { useInterestColumns } from './useInterestColumns'

const TONES: readonly InterestTone[] = ['unset', ...INTEREST_LEVELS]

function isLevel(value: string): value is InterestLevel {
  return (INTEREST_LEVELS as readonly string[]).includes(value)
}

/**
 * The transfer-interest matrix: for each partner organisation and practice, how much the organisation
 * wants to adapt the practice, as a heat map (colour and words, never colour alone). Each participant
 * fills in their own organisation's row; facilitators may fill in any row and add one for an
 * organisation not here; observers read. Live for everyone: it is the participation document.
 */
export function InterestPage({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  const identity = useIdentity()
  const ready = useWorkshop((state) => state.ready)
  const practiceIds = useWorkshop((state) => state.practiceIds)
  const practices = useWorkshop((state) => state.practices)
  const matrix = useWorkshop((state) => state.interest)
  const title = useWorkshop((state) => state.details.title)
  const [added, setAdded] = useState<readonly string[]>([])
  const ownOrganisation = role === 'observer' ? '' : (identity?.organisation ?? '')
  const rows = useMemo(
    () => interestRows(matrix, ownOrganisation, added, role),
    [matrix, ownOrganisation, added, role],
  )
  const headingId = useId()
  const { columns, pager } = useInterestColumns(practiceIds)
  useDocumentTitle(t.interest.heading, title || fallbackTitle)

  return (
    <div className="interest" data-testid="interest">
      <header className="page-header">
        <div className="page-header__text">
          <Link href={workshopPath(session.workshopId)} className="back-link">
            <Icon name="left" size={16} />
            <span>{t.interest.back}</span>
          </Link>
          <h1 id={headingId} tabIndex={-1}>
            {t.interest.heading}
          </h1>
          <p className="muted">{t.interest.intro}</p>
        </div>
      </header>
      {role === 'observer' && <p className="notice notice--inline">{t.interest.readOnly}</p>}
      {role === 'participant' && !ownOrganisation.trim() && (
        <p className="notice notice--inline" data-testid="no-organisation">
          {t.interest.noOrganisation}
        </p>
      )}
      <Legend />
      {!ready ? (
        <p className="loading" aria-busy="true">
          {t.app.loading}
        </p>
      ) : practiceIds.length === 0 ? (
        <p className="empty-state">{t.interest.noPractices}</p>
      ) : (
        <div className="table-scroll" data-testid="interest-matrix">
          {pager && (
            <InterestPracticePager practiceIds={practiceIds} index={pager.index} onShow={pager.show} />
          )}
          <table className="interest-matrix" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col" className="interest-matrix__corner">
                  {t.interest.organisation}
                </th>
                {columns.map((id) => (
                  <th key={id} scope="col" className="interest-matrix__practice">
                    <span>{practices[id]?.title || t.practices.untitled}</span>
                    {practices[id]?.organisation && (
                      <span className="interest-matrix__from">{practices[id]?.organisation}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={columns.length + 1} className="muted">
                    {t.interest.noRows}
                  </td>
                </tr>
              ) : (
                rows.map((row) => <InterestMatrixRow key={row.key} row={row} practiceIds={columns} />)
              )}
            </tbody>
            {rows.length > 0 && (
              <tfoot>
                <tr>
                  <td />
                  {columns.map((id) => {
                    const counts = columnCounts(matrix, rows, id)
                    return (
                      <td key={id} className="interest-matrix__summary" data-testid="interest-summary">
                        {t.interest.practiceSummary(counts.wantToAdapt + counts.actionPlan)}
                      </td>
                    )
                  })}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {role === 'facilitator' && ready && practiceIds.length > 0 && (
        <AddRowForm onAdd={(name) => setAdded((current) => [...current, name])} />
      )}
    </div>
  )
}

function Legend() {
  const { t } = useI18n()
  return (
    <div className="interest-legend">
      <h2 className="visually-hidden">{t.interest.legend}</h2>
      <ul aria-label={t.interest.legend}>
        {TONES.map((tone) => (
          <li key={tone}>
            <span className={`interest-swatch interest--${tone}`} aria-hidden="true" />
            {tone === 'unset' ? t.interest.unset : t.interest.levels[tone]}
          </li>
        ))}
      </ul>
    </div>
  )
}

const InterestMatrixRow = memo(function InterestMatrixRow({
  row,
  practiceIds,
}: {
  row: InterestRow
  practiceIds: readonly string[]
}) {
  const { t } = useI18n()
  return (
    <tr
      className={row.own ? 'interest-matrix__row interest-matrix__row--own' : 'interest-matrix__row'}
      data-testid="interest-row"
      data-organisation={row.key}
    >
      <th scope="row" className="interest-matrix__organisation">
        <span>{row.name}</span>
        {row.own && <span className="interest-matrix__yours">{t.interest.yours}</span>}
      </th>
      {practiceIds.map((id) => (
        <InterestMatrixCell key={id} row={row} practiceId={id} />
      ))}
    </tr>
  )
})

function InterestMatrixCell({ row, practiceId }: { row: InterestRow; practiceId: string }) {
  const { t, formatRelative } = useI18n()
  const mapping = useMappingActions()
  const matrix = useWorkshop((state) => state.interest)
  const practiceTitle = useWorkshop((state) => state.practices[practiceId]?.title || t.practices.untitled)
  const cell = interestCell(matrix, row.name, practiceId)
  const [editingNote, setEditingNote] = useState(false)
  const label = cell.level ? t.interest.levels[cell.level] : t.interest.unset
  const setBy =
    cell.updatedAt > 0 ? t.interest.updatedBy(cell.updatedBy, formatRelative(cell.updatedAt)) : undefined

  return (
    <td
      className={`interest-cell interest--${cell.tone}`}
      data-testid="interest-cell"
      data-practice-id={practiceId}
      data-level={cell.level ?? 'unset'}
      title={setBy}
    >
      {row.editable ? (
        <select
          className="interest-cell__select"
          aria-label={t.interest.cellLabel(row.name, practiceTitle)}
          value={cell.level ?? ''}
          onChange={(event) => {
            const value = event.target.value
            if (isLevel(value)) {
              mapping.setInterest({ organisation: row.name, practiceId, level: value, note: cell.note })
            }
          }}
        >
          {cell.level === null && <option value="">{t.interest.unsetOption}</option>}
          {INTEREST_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t.interest.levels[level]}
            </option>
          ))}
        </select>
      ) : (
        <span className="interest-cell__level" data-testid="interest-level">
          {label}
        </span>
      )}
      {editingNote && row.editable ? (
        <NoteForm
          label={t.interest.noteLabel(row.name, practiceTitle)}
          initial={cell.note}
          disabled={cell.level === null}
          onSave={(note) => {
            if (cell.level)
              mapping.setInterest({ organisation: row.name, practiceId, level: cell.level, note })
            setEditingNote(false)
          }}
          onCancel={() => setEditingNote(false)}
        />
      ) : (
        <>
          {cell.note && <p className="interest-cell__note">{cell.note}</p>}
          {row.editable && cell.level !== null && (
            <button
              type="button"
              className="interest-cell__note-button"
              aria-label={
                cell.note
                  ? t.interest.editNoteOf(row.name, practiceTitle)
                  : t.interest.addNoteTo(row.name, practiceTitle)
              }
              onClick={() => setEditingNote(true)}
            >
              <Icon name={cell.note ? 'edit' : 'plus'} size={14} />
              <span>{cell.note ? t.interest.editNote : t.interest.addNote}</span>
            </button>
          )}
        </>
      )}
    </td>
  )
}

function NoteForm({
  label,
  initial,
  disabled,
  onSave,
  onCancel,
}: {
  label: string
  initial: string
  disabled: boolean
  onSave(note: string): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const [note, setNote] = useState(initial)
  return (
    <form
      className="interest-cell__form"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(note)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <textarea
        aria-label={label}
        value={note}
        rows={3}
        maxLength={1000}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the button the user just pressed
        autoFocus
        onChange={(event) => setNote(event.target.value)}
      />
      {disabled && <p className="small">{t.interest.noteNeedsLevel}</p>}
      <div className="interest-cell__actions">
        <button type="submit" className="button button--primary button--small" disabled={disabled}>
          {t.interest.saveNote}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}

function AddRowForm({ onAdd }: { onAdd(name: string): void }) {
  const { t } = useI18n()
  const [name, setName] = useState('')
  const id = useId()
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    onAdd(name.trim())
    setName('')
  }
  return (
    <form className="form interest-add" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="interest-add__heading">
        {t.interest.addRowHeading}
      </h2>
      <div className="interest-add__row">
        <div className="field">
          <label htmlFor={id}>{t.interest.addRowLabel}</label>
          <input
            id={id}
            value={name}
            maxLength={LIMITS.organisation}
            placeholder={t.interest.addRowPlaceholder}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={!name.trim()}>
          <Icon name="plus" size={16} />
          <span>{t.interest.addRow}</span>
        </button>
      </div>
    </form>
  )
}
