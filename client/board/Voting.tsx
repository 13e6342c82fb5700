import { useMemo, useState } from 'react'
import { dotBudget, mayAddDot } from '../../shared/voting'
import { useI18n } from '../i18n'
import { useIdentity } from '../identity'
import { useBoardRules, useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { useCanWrite, useRole, useSession, useWorkshop } from '../session/sessionContext'
import { boardResults } from '../session/votes'
import { excerpt } from '../text'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { Disclosure } from '../ui/Disclosure'
import { Icon } from '../ui/Icon'
import { PanelDialog } from '../ui/PanelDialog'

/** Whether this person may place dots on this board now: voting open, the board writable, not an observer. */
function useMayVote(practiceId: string): boolean {
  const rules = useBoardRules(practiceId)
  const canEdit = useCanWrite('board', practiceId)
  const role = useRole()
  const identity = useIdentity()
  return rules.votingOpen && canEdit && role !== 'observer' && identity !== null
}

/**
 * The dots on a card or a group. While voting is open, each person sees and changes only their own dots
 * (+ and −, within their budget); once it is closed, everyone sees the total, which opens who gave them.
 * For a group, pass the group's id: a dot on the group counts for all of its cards.
 */
export function VoteControls(props: VoteControlsProps) {
  // Most of the time (voting closed, no dots) a card shows no dots at all: find that out with two
  // subscriptions, not a dozen, for each of a thousand cards.
  const { votingOpen } = useBoardRules(props.practiceId)
  const total = useFacilitation(
    (state) => state.tallies.get(props.practiceId)?.get(props.targetId)?.total ?? 0,
  )
  if (!votingOpen && total <= 0) return null
  return <ShownVoteControls {...props} />
}

interface VoteControlsProps {
  practiceId: string
  targetId: string
  /** The card's text or the group's title, for the buttons' names. */
  label: string
}

function ShownVoteControls({ practiceId, targetId, label }: VoteControlsProps) {
  const { t } = useI18n()
  // Ballots are keyed by this device's voter id, not by the identity (see client/voter.ts).
  const me = useSession().voterId
  const rules = useBoardRules(practiceId)
  const mayVote = useMayVote(practiceId)
  const actions = useFacilitationActions()
  const mine = useFacilitation(
    (state) =>
      state.voteBoards[practiceId]?.ballots.find((ballot) => ballot.voterId === me)?.dots.get(targetId) ?? 0,
  )
  const canAdd = useFacilitation(
    (state) =>
      mayVote && mayAddDot(me, practiceId, targetId, Object.values(state.voteBoards), state.session.voting),
  )
  const total = useFacilitation((state) => state.tallies.get(practiceId)?.get(targetId)?.total ?? 0)
  const short = excerpt(label)

  if (rules.votingOpen) {
    if (!mayVote) return null
    return (
      <div className="votes votes--open" data-testid="card-votes" data-my-dots={mine}>
        <span
          className="votes__mine"
          role="img"
          aria-label={t.voting.yourDots(mine, short)}
          title={t.voting.yourDots(mine, short)}
        >
          {Array.from({ length: mine }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical dots, only their number matters
            <span key={index} className="votes__dot" />
          ))}
        </span>
        {/* aria-disabled, not disabled: the button keeps the focus when it has just taken the last dot a
            card may have (a disabled one would drop the focus at the top of the page). */}
        <button
          type="button"
          className="icon-button icon-button--card votes__button"
          aria-label={t.voting.removeDot(short)}
          title={t.voting.removeDot(short)}
          aria-disabled={mine === 0}
          onClick={() => {
            if (mine > 0) actions.changeDots(practiceId, targetId, -1)
          }}
          data-testid="remove-dot"
        >
          <Icon name="minus" size={16} />
        </button>
        <button
          type="button"
          className="icon-button icon-button--card votes__button votes__button--add"
          aria-label={t.voting.addDot(short)}
          title={t.voting.addDot(short)}
          aria-disabled={!canAdd}
          onClick={() => {
            if (canAdd) actions.changeDots(practiceId, targetId, 1)
          }}
          data-testid="add-dot"
        >
          <Icon name="plus" size={16} />
        </button>
      </div>
    )
  }

  if (total <= 0) return null
  return (
    <div className="votes votes--closed">
      <Disclosure
        label={t.voting.dotsOf(total, short)}
        buttonClassName="votes__total"
        panelClassName="votes__panel"
        buttonContent={
          <>
            <span className="votes__dot" aria-hidden="true" />
            <span data-testid="vote-total">{t.voting.dots(total)}</span>
          </>
        }
      >
        {() => <VoteBreakdown practiceId={practiceId} targetId={targetId} />}
      </Disclosure>
    </div>
  )
}

function organisationName(t: ReturnType<typeof useI18n>['t'], organisation: string): string {
  return organisation || t.voting.noOrganisation
}

/** Who gave a card's dots: per organisation (a large delegation shows), then per person. */
function VoteBreakdown({ practiceId, targetId }: { practiceId: string; targetId: string }) {
  const { t } = useI18n()
  const voteBoard = useFacilitation((state) => state.voteBoards[practiceId])
  const tally = useFacilitation((state) => state.tallies.get(practiceId))
  const row = useMemo(
    () =>
      voteBoard
        ? boardResults(voteBoard.board, voteBoard.ballots, tally).rows.find((r) => r.targetId === targetId)
        : undefined,
    [voteBoard, tally, targetId],
  )
  if (!row) return null
  return (
    <div data-testid="vote-breakdown">
      <h2 className="popover__heading">{t.voting.breakdownHeading}</h2>
      <h3 className="votes__subheading">{t.voting.byOrganisation}</h3>
      <ul className="votes__list" data-testid="vote-by-organisation">
        {row.byOrganisation.map((entry) => (
          <li key={entry.organisation}>
            <span>{organisationName(t, entry.organisation)}</span>
            <span className="votes__count">{t.voting.dots(entry.dots)}</span>
          </li>
        ))}
      </ul>
      <h3 className="votes__subheading">{t.voting.byPerson}</h3>
      <ul className="votes__list" data-testid="vote-by-person">
        {row.byVoter.map((entry) => (
          <li key={entry.voterId}>
            <span>
              {entry.name || t.voting.someone}
              {entry.organisation && <span className="votes__org">{entry.organisation}</span>}
            </span>
            <span className="votes__count">{t.voting.dots(entry.dots)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * A card's dots, unless the card is in a group (the group's header carries the dots then). A card whose
 * group is gone (deleted at the same moment elsewhere) stands alone, and takes dots of its own again.
 */
export function CardVotes({ practiceId, cardId }: { practiceId: string; cardId: string }) {
  const card = useWorkshop((state) => state.boards[practiceId]?.cards[cardId])
  const inGroup = useWorkshop((state) => {
    const groupId = state.boards[practiceId]?.cards[cardId]?.groupId
    return groupId != null && state.boards[practiceId]?.groups[groupId] !== undefined
  })
  if (!card || inGroup) return null
  return <VoteControls practiceId={practiceId} targetId={cardId} label={card.text} />
}

/** This person's dots on this board: how many they may place and how many are left (null before joining). */
function useDotBudget(practiceId: string) {
  const session = useSession()
  const identity = useIdentity()
  const voting = useFacilitation((state) => state.session.voting)
  const voteBoards = useFacilitation((state) => state.voteBoards)
  return useMemo(
    () => (identity ? dotBudget(session.voterId, practiceId, Object.values(voteBoards), voting) : null),
    [identity, session, practiceId, voteBoards, voting],
  )
}

/**
 * The dots left once more, in the phone's sticky bar under the lane chips: the voting bar that says it
 * first scrolls away with the board's header, and a person placing dots far down a lane needs to see what
 * is left. Screen readers have it from the voting bar (this copy would say it twice).
 */
export function DotsLeft({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const mayVote = useMayVote(practiceId)
  const budget = useDotBudget(practiceId)
  if (!mayVote || !budget) return null
  return (
    <p className="dots-left" data-testid="dots-left" aria-hidden="true">
      {t.voting.left(budget.remaining, budget.budget)}
    </p>
  )
}

/**
 * Above a board's lanes: while voting is open, how many dots this person has left (or, for facilitators
 * and observers, that the dots stay hidden until voting closes); once closed, the results, sorting by
 * votes, and for facilitators clearing the votes.
 */
export function VotingBar({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const role = useRole()
  const rules = useBoardRules(practiceId)
  const mayVote = useMayVote(practiceId)
  const actions = useFacilitationActions()
  const voting = useFacilitation((state) => state.session.voting)
  const hasBallots = useFacilitation((state) =>
    (state.voteBoards[practiceId]?.ballots ?? []).some((ballot) => ballot.dots.size > 0),
  )
  const hasResults = useFacilitation((state) =>
    [...(state.tallies.get(practiceId)?.values() ?? [])].some((tally) => tally.total > 0),
  )
  const sorted = useFacilitation((state) => state.sortedByVotes[practiceId] ?? false)
  const [showResults, setShowResults] = useState(false)
  const [confirmingClear, setConfirmingClear] = useState(false)
  const isFacilitator = role === 'facilitator'

  const budget = useDotBudget(practiceId)

  if (!rules.votingOpen && !hasResults && !(isFacilitator && hasBallots)) return null

  return (
    <section className="voting-bar" aria-label={t.voting.settingsHeading} data-testid="voting-bar">
      <Icon name={rules.votingOpen ? 'check' : 'chart'} size={18} />
      {rules.votingOpen ? (
        mayVote && budget ? (
          <p className="voting-bar__text">
            <strong data-testid="dot-budget">{t.voting.left(budget.remaining, budget.budget)}</strong>{' '}
            <span className="voting-bar__scope">
              {voting.scope === 'workshop' ? t.voting.scopeWorkshop : t.voting.scopePractice}
            </span>
            <span className="voting-bar__hint">
              {isFacilitator ? t.voting.hiddenFacilitator : t.voting.howTo}
            </span>
          </p>
        ) : (
          <p className="voting-bar__text">
            {isFacilitator
              ? t.voting.hiddenFacilitator
              : role === 'participant'
                ? t.voting.lockedBoard
                : t.voting.hiddenObserver}
          </p>
        )
      ) : (
        <p className="voting-bar__text">
          <strong>{t.voting.resultsHeading}</strong>
        </p>
      )}
      <div className="voting-bar__actions">
        {!rules.votingOpen && hasResults && (
          <>
            <button
              type="button"
              className={
                sorted
                  ? 'button button--small sort-toggle sort-toggle--on'
                  : 'button button--small button--secondary sort-toggle'
              }
              aria-pressed={sorted}
              onClick={() => actions.setSortedByVotes(practiceId, !sorted)}
              data-testid="sort-by-votes"
            >
              <Icon name="sort" size={16} />
              <span>{t.voting.sort}</span>
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              aria-haspopup="dialog"
              onClick={() => setShowResults(true)}
              data-testid="results-button"
            >
              <Icon name="chart" size={16} />
              <span>{t.voting.results}</span>
            </button>
          </>
        )}
        {isFacilitator && hasBallots && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setConfirmingClear(true)}
            data-testid="clear-votes"
          >
            <Icon name="trash" size={16} />
            <span>{t.voting.clear}</span>
          </button>
        )}
      </div>
      {showResults && <VoteResults practiceId={practiceId} onClose={() => setShowResults(false)} />}
      {confirmingClear && (
        <ConfirmDialog
          title={t.voting.clearTitle}
          text={t.voting.clearText}
          confirmLabel={t.voting.clear}
          onConfirm={() => {
            setConfirmingClear(false)
            actions.clearVotes(practiceId)
          }}
          onCancel={() => setConfirmingClear(false)}
        />
      )}
    </section>
  )
}

/** The board's results: cards by dots, each with the organisations that gave them, and the totals per organisation. */
function VoteResults({ practiceId, onClose }: { practiceId: string; onClose(): void }) {
  const { t } = useI18n()
  const voteBoard = useFacilitation((state) => state.voteBoards[practiceId])
  const tally = useFacilitation((state) => state.tallies.get(practiceId))
  const results = useMemo(
    () =>
      voteBoard ? boardResults(voteBoard.board, voteBoard.ballots, tally) : { rows: [], organisations: [] },
    [voteBoard, tally],
  )

  return (
    <PanelDialog
      title={t.voting.resultsHeading}
      closeLabel={t.voting.close}
      onClose={onClose}
      testId="vote-results"
      className="results"
    >
      <p className="results__intro">{t.voting.resultsIntro}</p>
      {results.rows.length === 0 ? (
        <p>{t.voting.noVotes}</p>
      ) : (
        <>
          <section className="results__section">
            <h3>{t.voting.organisationsHeading}</h3>
            <ul className="results__organisations" data-testid="results-organisations">
              {results.organisations.map((entry) => (
                <li key={entry.organisation}>
                  <span className="results__org">{organisationName(t, entry.organisation)}</span>
                  <span className="results__count">{t.voting.dots(entry.dots)}</span>
                  <span className="results__voters">{t.voting.voters(entry.voters)}</span>
                </li>
              ))}
            </ul>
          </section>
          <ol className="results__rows" data-testid="results-rows">
            {results.rows.map((row) => (
              <li key={row.targetId} className="results__row" data-testid="result-row">
                <span className="results__total">{t.voting.dots(row.total)}</span>
                <span className="results__text">
                  {row.isGroup ? t.voting.group(row.text) : excerpt(row.text)}
                </span>
                <span className="results__breakdown">
                  {row.byOrganisation.map((entry) => (
                    <span key={entry.organisation} className="results__chip">
                      {organisationName(t, entry.organisation)}
                      <span className="results__chip-count">{entry.dots}</span>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </PanelDialog>
  )
}
