import { LANES } from '../../shared/schema'
import { BoardLanes } from '../board/BoardLanes'
import { DotsLeft } from '../board/Voting'
import { BoardFacilitatorActions, BoardSessionPanel } from '../facilitation/BoardSession'
import { useI18n } from '../i18n'
import { boardPath, workshopPath } from '../router'
import { useCanWrite, useRole, useSession, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { ExportMenu } from '../workshop/ExportMenu'
import { LockBadge } from '../workshop/RoleBadges'
import { UndoButtons } from '../workshop/UndoButtons'
import { useUndoShortcuts } from '../workshop/useUndoShortcuts'
import { ProjectorModeButton } from './ProjectorModeButton'

/** One practice's board: its description, the way to the neighbouring practices, and the four lanes. */
export function BoardPage({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const session = useSession()
  const ready = useWorkshop((state) => state.ready)
  const practice = useWorkshop((state) => state.practices[practiceId])
  const practiceIds = useWorkshop((state) => state.practiceIds)
  const workshopTitle = useWorkshop((state) => state.details.title)
  const lanes = useWorkshop((state) => state.boards[practiceId]?.lanes)
  const boardReady = useWorkshop((state) => state.boards[practiceId]?.ready ?? false)
  const canEdit = useCanWrite('board', practiceId)
  const isFacilitator = useRole() === 'facilitator'
  useUndoShortcuts({ kind: 'board', practiceId })
  const title = practice ? practice.title || t.practices.untitled : null
  useDocumentTitle(title, workshopTitle)

  const listPath = workshopPath(session.workshopId)

  if (!ready) {
    return (
      <p className="loading" aria-busy="true">
        {t.board.loading}
      </p>
    )
  }

  if (!practice || title === null) {
    return (
      <div className="message-page">
        <h1 tabIndex={-1}>{t.board.removedTitle}</h1>
        <p>{t.board.removedText}</p>
        <Link href={listPath} className="button button--primary">
          {t.board.allPractices}
        </Link>
      </div>
    )
  }

  const index = practiceIds.indexOf(practiceId)
  const previous = index > 0 ? practiceIds[index - 1] : undefined
  const next = index >= 0 && index < practiceIds.length - 1 ? practiceIds[index + 1] : undefined

  return (
    <div className="board-page">
      <header className="page-header board-header">
        <div className="page-header__text">
          <Link href={listPath} className="back-link">
            <Icon name="left" size={16} />
            <span>{t.board.allPractices}</span>
          </Link>
          <h1 tabIndex={-1} data-testid="practice-title">
            {title}
          </h1>
          {practice.organisation && <p className="page-header__meta">{practice.organisation}</p>}
          <LockBadge practiceId={practiceId} withHelp />
          {practice.description && <p className="board-header__description">{practice.description}</p>}
        </div>
        <div className="page-header__actions">
          <BoardFacilitatorActions practiceId={practiceId} />
          {canEdit && <UndoButtons scope={{ kind: 'board', practiceId }} />}
          {isFacilitator && <ExportMenu practiceId={practiceId} />}
          <ProjectorModeButton practiceId={practiceId} />
          {practiceIds.length > 1 && (
            <nav className="practice-nav" aria-label={t.board.position(index + 1, practiceIds.length)}>
              {previous ? (
                <Link
                  href={boardPath(session.workshopId, previous)}
                  className="icon-button"
                  aria-label={t.board.previous}
                  title={t.board.previous}
                >
                  <Icon name="left" size={16} />
                </Link>
              ) : (
                <span className="icon-button icon-button--placeholder" aria-hidden="true" />
              )}
              <span className="practice-nav__position">
                {t.board.position(index + 1, practiceIds.length)}
              </span>
              {next ? (
                <Link
                  href={boardPath(session.workshopId, next)}
                  className="icon-button"
                  aria-label={t.board.next}
                  title={t.board.next}
                >
                  <Icon name="right" size={16} />
                </Link>
              ) : (
                <span className="icon-button icon-button--placeholder" aria-hidden="true" />
              )}
            </nav>
          )}
        </div>
      </header>
      <BoardSessionPanel practiceId={practiceId} />
      <div className="board-sticky">
        <nav className="lane-nav" aria-label={t.board.lanesNav}>
          {LANES.map((lane) => (
            <a key={lane} href={`#lane-${lane}`}>
              {t.lanes[lane].title}
            </a>
          ))}
        </nav>
        <DotsLeft practiceId={practiceId} />
      </div>
      {boardReady && lanes ? (
        <BoardLanes key={practiceId} practiceId={practiceId} lanes={lanes} />
      ) : (
        <p className="loading" aria-busy="true">
          {t.board.loading}
        </p>
      )}
    </div>
  )
}
