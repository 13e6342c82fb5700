import { Fragment, useId } from 'react'
import { formatIsoDate } from '../../shared/calendarDate'
import {
  actionPlanItems,
  type ReportActionStep,
  type ReportCard,
  type ReportLane,
  type ReportPractice,
  type WorkshopReport,
} from '../../shared/report'
import { type ReportLabels, reportLabels } from '../../shared/reportLabels'
import { useI18n } from '../i18n'
import '../report.css'
import { authorLine } from '../report/reportSections'
import { useWorkshopReport } from '../report/useWorkshopReport'
import { workshopPath } from '../routes'
import { useRole, useSession, useWorkshop } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { Link } from '../ui/Link'
import { useDocumentTitle } from '../ui/useDocumentTitle'

/**
 * The report as a document to print or save as PDF from the browser: the same content, in the same order,
 * as the Markdown and Word reports (shared/report.ts), built live on this device. On screen it is a preview
 * of A4 sheets; report.css lays it out for paper (a page per practice, tables that keep their rows whole).
 * Everything people typed is rendered as text (React escapes it): no HTML, no links made from it.
 *
 * While voting is open each person sees only their own dots, and the report shows totals, so it is for
 * facilitators only.
 */
export function ReportPage({ fallbackTitle }: { fallbackTitle: string }) {
  const { t } = useI18n()
  const session = useSession()
  const role = useRole()
  const ready = useWorkshop((state) => state.ready)
  const title = useWorkshop((state) => state.details.title)
  useDocumentTitle(t.report.heading, title || fallbackTitle)

  const back = (
    <Link href={workshopPath(session.workshopId)} className="back-link">
      <Icon name="left" size={16} />
      <span>{t.report.back}</span>
    </Link>
  )

  if (role !== 'facilitator') {
    return (
      <div className="message-page" data-testid="report-refused">
        {back}
        <h1 tabIndex={-1}>{t.report.heading}</h1>
        <p>{t.report.notForOthers}</p>
      </div>
    )
  }

  return (
    <div className="report-page" data-testid="report">
      <div className="report-toolbar">
        {back}
        <div className="report-toolbar__print">
          <button
            type="button"
            className="button button--primary"
            data-testid="report-print"
            onClick={() => window.print()}
          >
            <Icon name="down" size={16} />
            <span>{t.report.print}</span>
          </button>
          <p className="muted">{t.report.printHint}</p>
        </div>
      </div>
      {ready ? (
        <LiveReport />
      ) : (
        <p className="loading" aria-busy="true">
          {t.app.loading}
        </p>
      )}
    </div>
  )
}

/** Subscribes to the documents only once the workshop is loaded: an empty report would flash otherwise. */
function LiveReport() {
  const report = useWorkshopReport()
  return <ReportDocument report={report} />
}

/**
 * The report's words in the reader's language, from the same place as the server's Word and Markdown files
 * (shared/reportLabels/), so the printed report and the downloads read alike.
 */
function useReportLabels(): ReportLabels {
  const { language } = useI18n()
  return reportLabels(language)
}

/** Today on this device's calendar, as yyyy-mm-dd (the form formatDate reads). */
function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function ReportDocument({ report }: { report: WorkshopReport }) {
  const labels = useReportLabels()
  const { workshop, voting } = report
  const generated = formatIsoDate(labels.locale, localIsoDate(new Date()))
  const where = [formatIsoDate(labels.locale, workshop.date.trim()), workshop.place.trim()].filter(Boolean)
  return (
    <article className="report-sheet">
      <section className="report-title-page" data-testid="report-title-page">
        <h1 tabIndex={-1} className="report-title-page__title">
          {workshop.title.trim() || labels.untitledWorkshop}
        </h1>
        {where.map((part) => (
          <p key={part} className="report-title-page__where">
            {part}
          </p>
        ))}
        <p className="report-title-page__summary">
          {labels.practiceCount(report.practices.length)}
          <br />
          {labels.votingRule(voting.dotsPerPerson, voting.maxDotsPerCard, voting.scope)}
        </p>
        {report.practices.length > 0 && (
          <nav className="report-contents" aria-label={labels.contents}>
            <h2>{labels.contents}</h2>
            <ul>
              {report.practices.map((practice, index) => (
                <li key={practice.id}>
                  {index + 1}. {practice.title.trim() || labels.untitledPractice}
                </li>
              ))}
              <li>{labels.interestHeading}</li>
              <li>{labels.actionPlanHeading}</li>
            </ul>
          </nav>
        )}
        <p className="report-title-page__generated">{labels.generated(generated)}</p>
      </section>
      {report.practices.length === 0 && <p className="report-empty">{labels.noPractices}</p>}
      {report.practices.map((practice, index) => (
        <PracticeSection key={practice.id} practice={practice} index={index} />
      ))}
      <InterestSection report={report} />
      <ActionPlanSection report={report} />
    </article>
  )
}

function PracticeSection({ practice, index }: { practice: ReportPractice; index: number }) {
  const labels = useReportLabels()
  const headingId = useId()
  return (
    <section
      className="report-section report-practice"
      aria-labelledby={headingId}
      data-testid="report-practice"
    >
      <h2 id={headingId}>
        {index + 1}. {practice.title.trim() || labels.untitledPractice}
      </h2>
      {practice.organisation.trim() && (
        <p className="report-practice__organisation">{labels.presentedBy(practice.organisation.trim())}</p>
      )}
      {practice.description.trim() && (
        <p className="report-practice__description">{practice.description.trim()}</p>
      )}
      {practice.lanes.map((lane) => (
        <LaneSection key={lane.lane} lane={lane} />
      ))}
    </section>
  )
}

function LaneSection({ lane }: { lane: ReportLane }) {
  const labels = useReportLabels()
  return (
    <section className={`report-lane report-lane--${lane.lane}`} data-testid={`report-lane-${lane.lane}`}>
      <h3>{labels.lanes[lane.lane]}</h3>
      {lane.items.length === 0 ? (
        <p className="report-lane__empty">{labels.noCards}</p>
      ) : (
        <ul className="report-cards">
          {lane.items.map((item) =>
            item.kind === 'card' ? (
              <CardItem key={item.card.id} card={item.card} lane={lane.lane} />
            ) : (
              // The group's votes once, under its title: its cards are voted on as one.
              <li key={item.group.id} className="report-group" data-testid="report-group">
                <p className="report-group__title">
                  {labels.group(item.group.title.trim() || labels.untitledGroup)}
                </p>
                <p className="report-card__meta" data-testid="report-group-votes">
                  {labels.votes(item.group.votes)}
                </p>
                <ul className="report-cards">
                  {item.group.cards.map((card) => (
                    <CardItem key={card.id} card={card} lane={lane.lane} grouped />
                  ))}
                </ul>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  )
}

/** A card with its author, its votes (a card in a group has none of its own: they are the group's) and tags. */
function CardItem({
  card,
  lane,
  grouped = false,
}: {
  card: ReportCard
  lane: ReportLane['lane']
  grouped?: boolean
}) {
  const labels = useReportLabels()
  const tags =
    lane === 'stakeholders'
      ? [card.stakeholder.type, card.stakeholder.level].flatMap((tag) =>
          tag ? [labels.stakeholderTags[tag]] : [],
        )
      : []
  const meta = [authorLine(card), grouped ? '' : labels.votes(card.votes), tags.join(', ')].filter(Boolean)
  return (
    <li className={`report-card report-card--${card.color}`} data-testid="report-card">
      <p className="report-card__text">{card.text.trim() || labels.emptyCard}</p>
      {meta.length > 0 && <p className="report-card__meta">{meta.join(' · ')}</p>}
      {lane === 'transferSteps' && (
        <table className="report-fields">
          <tbody>
            {(['owner', 'timeframe', 'resources', 'barriers'] as const).map((field) => (
              <tr key={field}>
                <th scope="row">{labels.transferFields[field]}</th>
                <td>{card.transfer[field]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  )
}

function InterestSection({ report }: { report: WorkshopReport }) {
  const labels = useReportLabels()
  const headingId = useId()
  const { practices, rows } = report.interest
  return (
    <section
      className="report-section report-interest"
      aria-labelledby={headingId}
      data-testid="report-interest"
    >
      <h2 id={headingId}>{labels.interestHeading}</h2>
      {rows.length === 0 || practices.length === 0 ? (
        <p className="report-lane__empty">{labels.nobodyYet}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{labels.organisation}</th>
              {practices.map((practice) => (
                <th key={practice.id} scope="col">
                  {practice.title.trim() || labels.untitledPractice}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.organisation}>
                <th scope="row">{row.organisation}</th>
                {row.cells.map((cell) => (
                  <td key={cell.practiceId}>
                    {cell.level !== null && (
                      <span className={`report-level report-level--${cell.level}`}>
                        {labels.levels[cell.level]}
                      </span>
                    )}
                    {cell.note.trim() && <span className="report-note">{cell.note.trim()}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ActionPlanSection({ report }: { report: WorkshopReport }) {
  const labels = useReportLabels()
  const headingId = useId()
  return (
    <section
      className="report-section report-action-plan"
      aria-labelledby={headingId}
      data-testid="report-action-plan"
    >
      <h2 id={headingId}>{labels.actionPlanHeading}</h2>
      {report.actionPlan.length === 0 ? (
        <p className="report-lane__empty">{labels.noSteps}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{labels.practice}</th>
              <th scope="col">{labels.step}</th>
              <th scope="col">{labels.transferFields.owner}</th>
              <th scope="col">{labels.transferFields.timeframe}</th>
              <th scope="col">{labels.transferFields.resources}</th>
              <th scope="col">{labels.transferFields.barriers}</th>
              <th scope="col" className="report-table__number">
                {labels.votesColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {actionPlanItems(report.actionPlan).map((item) =>
              item.kind === 'step' ? (
                <StepRow key={item.step.cardId} step={item.step} votes={item.step.votes} />
              ) : (
                // A group's row holds its votes once; its steps' rows leave the column empty.
                <Fragment key={`${item.steps[0]?.practiceId}/${item.group.id}`}>
                  <tr className="report-table__group" data-testid="report-plan-group">
                    <td>{item.practiceTitle.trim() || labels.untitledPractice}</td>
                    <th scope="rowgroup" colSpan={5}>
                      {labels.group(item.group.title.trim() || labels.untitledGroup)}
                    </th>
                    <td className="report-table__number">{item.group.votes}</td>
                  </tr>
                  {item.steps.map((step) => (
                    <StepRow key={step.cardId} step={step} votes={null} />
                  ))}
                </Fragment>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  )
}

function StepRow({ step, votes }: { step: ReportActionStep; votes: number | null }) {
  const labels = useReportLabels()
  return (
    <tr>
      <td>{step.practiceTitle.trim() || labels.untitledPractice}</td>
      <td>{step.step.trim() || labels.emptyCard}</td>
      <td>{step.owner}</td>
      <td>{step.timeframe}</td>
      <td>{step.resources}</td>
      <td>{step.barriers}</td>
      <td className="report-table__number">{votes}</td>
    </tr>
  )
}
