import { memo, useId, useMemo, useState } from 'react'
import { LANES } from '../../shared/schema'
import { newPracticeDraftKey } from '../drafts'
import { LockToggle } from '../facilitation/LockToggle'
import { useAvatarColor } from '../facilitation/useAvatarColors'
import { useI18n } from '../i18n'
import { boardPath } from '../router'
import { useCanWrite, useRole, useSession, useWorkshop } from '../session/sessionContext'
import { distinctPeople } from '../store/presence'
import { Avatar } from '../ui/Avatar'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { LockBadge } from '../workshop/RoleBadges'
import { useUndoShortcuts } from '../workshop/useUndoShortcuts'
import { WorkshopHeader } from '../workshop/WorkshopHeader'
import { MappingLinks } from './MappingLinks'
import { PracticeCsvImport } from './PracticeCsvImport'
import { PracticeForm } from './PracticeForm'

export function PracticeList({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const ready = useWorkshop((state) => state.ready)
  const practiceIds = useWorkshop((state) => state.practiceIds)
  const title = useWorkshop((state) => state.details.title)
  const canEdit = useCanWrite('workshop')
  const isFacilitator = useRole() === 'facilitator'
  const headingId = useId()
  useUndoShortcuts({ kind: 'workshop' })
  useDocumentTitle(title || fallbackTitle)

  return (
    <div className="practice-page">
      <WorkshopHeader fallbackTitle={fallbackTitle} />
      <MappingLinks />
      <section className="practices" aria-labelledby={headingId}>
        <div className="section-heading">
          <h2 id={headingId}>{t.practices.heading}</h2>
          {ready && <span className="muted">{t.practices.count(practiceIds.length)}</span>}
        </div>
        {!ready ? (
          <p className="loading" aria-busy="true">
            {t.app.loading}
          </p>
        ) : practiceIds.length === 0 ? (
          <p className="empty-state">{canEdit ? t.practices.empty : t.practices.emptyReadOnly}</p>
        ) : (
          <ol className="practice-list" data-testid="practice-list">
            {practiceIds.map((id, index) => (
              <PracticeItem key={id} practiceId={id} index={index} count={practiceIds.length} />
            ))}
          </ol>
        )}
        {canEdit && (
          <PracticeForm
            draftKey={newPracticeDraftKey(session.workshopId)}
            onSubmit={(input) => session.addPractice(input)}
          />
        )}
        {isFacilitator && <PracticeCsvImport />}
      </section>
    </div>
  )
}

const PracticeItem = memo(function PracticeItem({
  practiceId,
  index,
  count,
}: {
  practiceId: string
  index: number
  count: number
}) {
  const { t } = useI18n()
  const colorOf = useAvatarColor()
  const session = useSession()
  const practice = useWorkshop((state) => state.practices[practiceId])
  const cardCount = useWorkshop((state) => {
    const board = state.boards[practiceId]
    return board?.ready ? LANES.reduce((sum, lane) => sum + board.lanes[lane].length, 0) : null
  })
  const people = useWorkshop((state) => state.people)
  const here = useMemo(
    () => distinctPeople(people.filter((person) => person.practiceId === practiceId)),
    [people, practiceId],
  )
  const canEdit = useCanWrite('workshop')
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)

  if (!practice) return null
  const title = practice.title || t.practices.untitled
  const href = boardPath(session.workshopId, practiceId)

  return (
    <li className="practice" data-testid="practice" data-practice-id={practiceId}>
      {editing && canEdit ? (
        <PracticeForm
          initial={practice}
          onSubmit={(_input, changed) => {
            session.updatePractice(practiceId, changed)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="practice__body">
            <span className="practice__number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="practice__text">
              <h3 className="practice__title">
                <Link href={href}>{title}</Link>
              </h3>
              {practice.organisation && <p className="practice__org">{practice.organisation}</p>}
              <LockBadge practiceId={practiceId} />
              {practice.description && <p className="practice__description">{practice.description}</p>}
            </div>
          </div>
          <div className="practice__footer">
            <div className="practice__meta">
              {cardCount !== null && <span>{t.cards.count(cardCount)}</span>}
              {here.length > 0 && (
                <span
                  className="avatar-stack avatar-stack--small"
                  role="img"
                  aria-label={t.practices.peopleOnBoard(here.map((person) => person.user.name))}
                  title={t.practices.peopleOnBoard(here.map((person) => person.user.name))}
                >
                  {here.map((person) => (
                    <Avatar
                      key={person.clientId}
                      name={person.user.name}
                      color={colorOf(person.user.id)}
                      size="small"
                    />
                  ))}
                </span>
              )}
            </div>
            <div className="practice__actions">
              {canEdit && (
                <>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.practices.moveUpOf(title)}
                    title={t.practices.moveUp}
                    disabled={index === 0}
                    onClick={() => session.movePractice(practiceId, index - 1)}
                  >
                    <Icon name="up" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.practices.moveDownOf(title)}
                    title={t.practices.moveDown}
                    disabled={index === count - 1}
                    onClick={() => session.movePractice(practiceId, index + 1)}
                  >
                    <Icon name="down" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.practices.editOf(title)}
                    title={t.common.edit}
                    onClick={() => setEditing(true)}
                  >
                    <Icon name="edit" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t.practices.removeOf(title)}
                    title={t.common.remove}
                    onClick={() => setConfirming(true)}
                  >
                    <Icon name="trash" size={16} />
                  </button>
                  <LockToggle practiceId={practiceId} compact />
                </>
              )}
              <Link
                href={href}
                className="button button--small button--primary"
                aria-label={t.practices.openBoardOf(title)}
              >
                {t.practices.openBoard}
              </Link>
            </div>
          </div>
        </>
      )}
      {confirming && canEdit && (
        <ConfirmDialog
          title={t.practices.confirmRemoveTitle(title)}
          text={t.practices.confirmRemoveText}
          confirmLabel={t.practices.confirmRemove}
          onConfirm={() => {
            setConfirming(false)
            session.removePractice(practiceId)
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  )
})
