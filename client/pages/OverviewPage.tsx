import { memo, useId, useMemo } from 'react'
import { LANES } from '../../shared/schema'
import { useAvatarColor } from '../facilitation/useAvatarColors'
import { useI18n } from '../i18n'
import { actionPlan, emptyLanes, laneCounts, topVoted } from '../mapping/overview'
import { boardPath, workshopPath } from '../routes'
import { useFacilitation, useVotingOpen } from '../session/facilitationContext'
import { useRole, useSession, useWorkshop } from '../session/sessionContext'
import { distinctPeople } from '../store/presence'
import { EMPTY_BOARD } from '../store/workshopStore'
import { excerpt } from '../text'
import { Avatar } from '../ui/Avatar'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'

/**
 * The facilitator's overview: every practice on one screen, live and read-only. Per practice, its cards
 * per lane (empty lanes stand out), who is on its board now, and its top-voted cards; below, every
 * transfer step of every practice as a draft action plan. Observers may look too; participants are
 * pointed back, as the overview is the facilitators' tool.
 */
export function OverviewPage({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  const ready = useWorkshop((state) => state.ready)
  const practiceIds = useWorkshop((state) => state.practiceIds)
  const title = useWorkshop((state) => state.details.title)
  const planHeadingId = useId()
  useDocumentTitle(t.overview.heading, title || fallbackTitle)

  const back = (
    <Link href={workshopPath(session.workshopId)} className="back-link">
      <Icon name="left" size={16} />
      <span>{t.overview.back}</span>
    </Link>
  )

  if (role === 'participant') {
    return (
      <div className="message-page">
        {back}
        <h1 tabIndex={-1}>{t.overview.heading}</h1>
        <p>{t.overview.notForParticipants}</p>
      </div>
    )
  }

  return (
    <div className="overview" data-testid="overview">
      <header className="page-header">
        <div className="page-header__text">
          {back}
          <h1 tabIndex={-1}>{t.overview.heading}</h1>
          <p className="muted">{t.overview.intro}</p>
        </div>
      </header>
      {!ready ? (
        <p className="loading" aria-busy="true">
          {t.app.loading}
        </p>
      ) : practiceIds.length === 0 ? (
        <p className="empty-state">{t.overview.noPractices}</p>
      ) : (
        <>
          <section aria-label={t.overview.practicesHeading}>
            <ol className="overview__practices">
              {practiceIds.map((id) => (
                <PracticeSummary key={id} practiceId={id} />
              ))}
            </ol>
          </section>
          <section className="action-plan" aria-labelledby={planHeadingId} data-testid="action-plan">
            <h2 id={planHeadingId}>{t.overview.actionPlan}</h2>
            <p className="muted">{t.overview.actionPlanIntro}</p>
            {practiceIds.map((id) => (
              <ActionPlanTable key={id} practiceId={id} />
            ))}
          </section>
        </>
      )}
    </div>
  )
}

const PracticeSummary = memo(function PracticeSummary({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const colorOf = useAvatarColor()
  const session = useSession()
  const practice = useWorkshop((state) => state.practices[practiceId])
  const view = useWorkshop((state) => state.boards[practiceId] ?? EMPTY_BOARD)
  const people = useWorkshop((state) => state.people)
  const tally = useFacilitation((state) => state.tallies.get(practiceId))
  const votingOpen = useVotingOpen()
  const headingId = useId()
  const here = useMemo(
    () => distinctPeople(people.filter((person) => person.practiceId === practiceId)),
    [people, practiceId],
  )
  const counts = useMemo(() => laneCounts(view), [view])
  const empty = emptyLanes(counts)
  const top = useMemo(() => topVoted(view, tally), [view, tally])
  if (!practice) return null
  const title = practice.title || t.practices.untitled
  const names = here.map((person) => person.user.name)

  return (
    <li
      className="overview-practice"
      data-testid="overview-practice"
      data-practice-id={practiceId}
      aria-labelledby={headingId}
    >
      <div className="overview-practice__head">
        <h2 id={headingId} className="overview-practice__title">
          <Link href={boardPath(session.workshopId, practiceId)}>{title}</Link>
        </h2>
        {practice.organisation && <p className="muted small">{practice.organisation}</p>}
      </div>
      {!view.ready ? (
        <p className="loading" aria-busy="true">
          {t.board.loading}
        </p>
      ) : (
        <>
          <div className="overview-practice__block">
            <h3 className="overview-practice__label">
              {t.overview.lanesLabel}
              {empty.length > 0 && (
                <span className="overview-practice__warn">{t.overview.emptyLanes(empty.length)}</span>
              )}
            </h3>
            <ul className="lane-counts">
              {LANES.map((lane) => (
                <li
                  key={lane}
                  className={
                    counts[lane] === 0 ? `lane-count lane-count--empty` : `lane-count lane-count--${lane}`
                  }
                  data-testid={`lane-count-${lane}`}
                  data-empty={counts[lane] === 0 ? 'true' : undefined}
                  data-count={counts[lane]}
                >
                  <span className="lane-count__lane">{t.lanes[lane].title}</span>
                  <span className="lane-count__number">
                    {t.cards.count(counts[lane])}
                    {counts[lane] === 0 && <span className="lane-count__badge">{t.overview.emptyLane}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div className="overview-practice__block" data-testid="overview-people">
            <h3 className="overview-practice__label">{t.overview.people}</h3>
            {here.length === 0 ? (
              <p className="muted small">{t.overview.nobody}</p>
            ) : (
              <p className="overview-people">
                <span className="avatar-stack avatar-stack--small" aria-hidden="true">
                  {here.map((person) => (
                    <Avatar
                      key={person.clientId}
                      name={person.user.name}
                      color={colorOf(person.user.id)}
                      size="small"
                    />
                  ))}
                </span>
                <span>{names.join(', ')}</span>
              </p>
            )}
          </div>
          <div className="overview-practice__block" data-testid="overview-top-voted">
            <h3 className="overview-practice__label">{t.overview.topVoted}</h3>
            {votingOpen ? (
              <p className="muted small">{t.overview.votesHidden}</p>
            ) : top.length === 0 ? (
              <p className="muted small">{t.overview.noVotes}</p>
            ) : (
              <ol className="top-voted">
                {top.map((item) => (
                  <li key={item.targetId} className="top-voted__item" data-target-id={item.targetId}>
                    <span className="top-voted__text">
                      {item.isGroup ? item.text || t.groups.untitled : excerpt(item.text, 80)}
                      {item.isGroup && (
                        <span className="muted small"> ({t.overview.groupCards(item.cardCount)})</span>
                      )}
                    </span>
                    <span className="top-voted__dots">{t.overview.dots(item.dots)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </li>
  )
})

const FIELDS = ['owner', 'timeframe', 'resources', 'barriers'] as const

const ActionPlanTable = memo(function ActionPlanTable({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const practice = useWorkshop((state) => state.practices[practiceId])
  const view = useWorkshop((state) => state.boards[practiceId] ?? EMPTY_BOARD)
  const steps = useMemo(() => actionPlan(view), [view])
  const headingId = useId()
  if (!practice) return null
  const title = practice.title || t.practices.untitled

  return (
    <div className="action-plan__practice" data-testid="action-plan-practice" data-practice-id={practiceId}>
      <h3 id={headingId}>{title}</h3>
      {steps.length === 0 ? (
        <p className="muted small">{t.overview.noSteps}</p>
      ) : (
        <table className="action-plan__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t.overview.step}</th>
              {FIELDS.map((field) => (
                <th key={field} scope="col">
                  {t.transfer[field]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.cardId} data-testid="action-plan-row" data-card-id={step.cardId}>
                <th scope="row" data-label={t.overview.step}>
                  {step.text}
                </th>
                {FIELDS.map((field) => (
                  <td
                    key={field}
                    data-label={t.transfer[field]}
                    className={step.details[field] ? '' : 'muted'}
                  >
                    {step.details[field] || t.overview.notSet}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
})
