import { useMemo } from 'react'
import { useI18n } from '../i18n'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { type PersonStatus, roomStatus } from '../session/participantStatus'
import { useRole } from '../session/sessionContext'
import { Disclosure } from '../ui/Disclosure'
import { Icon } from '../ui/Icon'

/** A participant's "I'm done" (with the current phase) and "Raise hand", both toggles. */
export function ParticipantSignals() {
  const { t } = useI18n()
  const role = useRole()
  const actions = useFacilitationActions()
  const currentPhaseId = useFacilitation((state) => state.session.currentPhaseId)
  const ready = useFacilitation((state) => state.ready)
  const handUp = useFacilitation((state) => state.handRaisedAt !== null)
  if (role !== 'participant') return null
  const done = currentPhaseId !== null && ready === currentPhaseId

  return (
    <div className="signals">
      {currentPhaseId !== null && (
        <button
          type="button"
          className={
            done ? 'button button--small signal signal--on' : 'button button--small button--secondary signal'
          }
          aria-pressed={done}
          aria-label={t.room.done}
          title={t.room.doneHelp}
          onClick={() => actions.setReady(!done)}
          data-testid="done-button"
        >
          <Icon name="check" size={16} />
          <span className="signal__text">{t.room.done}</span>
        </button>
      )}
      <button
        type="button"
        className={
          handUp ? 'button button--small signal signal--on' : 'button button--small button--secondary signal'
        }
        aria-pressed={handUp}
        aria-label={handUp ? t.room.lowerHand : t.room.raiseHand}
        title={t.room.handHelp}
        onClick={() => actions.setHandRaised(!handUp)}
        data-testid="hand-button"
      >
        <Icon name="hand" size={16} />
        <span className="signal__text">{handUp ? t.room.lowerHand : t.room.raiseHand}</span>
      </button>
    </div>
  )
}

function PeopleList({ people, testId }: { people: readonly PersonStatus[]; testId: string }) {
  return (
    <ul className="room__people" data-testid={testId}>
      {people.map((person) => (
        <li key={person.userId}>
          <span className="room__name">{person.name}</span>
          {person.organisation && <span className="room__org">{person.organisation}</span>}
        </li>
      ))}
    </ul>
  )
}

/**
 * The facilitator's view of the room: who is done with the current phase and who is still working, and
 * the raised hands, oldest first, each of which they can lower (on their own screen: an acknowledgement).
 */
export function RoomPanel() {
  const { t } = useI18n()
  const role = useRole()
  const actions = useFacilitationActions()
  const peers = useFacilitation((state) => state.peers)
  const currentPhaseId = useFacilitation((state) => state.session.currentPhaseId)
  const acknowledged = useFacilitation((state) => state.acknowledgedHands)
  const status = useMemo(
    () => roomStatus(peers, currentPhaseId, acknowledged),
    [peers, currentPhaseId, acknowledged],
  )
  if (role !== 'facilitator') return null
  const total = status.done.length + status.waiting.length
  const hands = status.hands.length
  const counted = currentPhaseId !== null && total > 0

  return (
    <Disclosure
      buttonClassName={
        hands > 0
          ? 'button button--small room__button room__button--hands'
          : 'button button--small button--secondary room__button'
      }
      panelClassName="room__panel"
      buttonTestId="room-button"
      buttonContent={
        <>
          <Icon name="people" size={16} />
          {/* Where space is short, the counts alone stand for the room; without counts, the word does. */}
          <span
            className={
              counted || hands > 0 ? 'room__button-text room__button-text--optional' : 'room__button-text'
            }
          >
            {t.room.button}
          </span>
          {/* Named "Room, 1 of 2 done, 1 hand raised": the word it shows, then the counts in words (a
              screen reader would say "1 slash 2"). */}
          {counted && (
            <span className="room__count" aria-hidden="true" data-testid="room-done-count">
              {status.done.length}/{total}
            </span>
          )}
          {hands > 0 && (
            <span className="room__hands" aria-hidden="true" data-testid="room-hand-count">
              <Icon name="hand" size={14} />
              {hands}
            </span>
          )}
          {(counted || hands > 0) && (
            <span className="visually-hidden">
              {', '}
              {t.room.status(status.done.length, counted ? total : 0, hands)}
            </span>
          )}
        </>
      }
    >
      {() => (
        <div data-testid="room-panel">
          <h2 className="popover__heading">{t.room.heading}</h2>
          <section className="room__section">
            <h3>{t.room.handsHeading}</h3>
            {status.hands.length === 0 ? (
              <p className="muted small">{t.room.noHands}</p>
            ) : (
              <ol className="room__people room__people--hands" data-testid="raised-hands">
                {status.hands.map((hand) => (
                  <li key={hand.userId}>
                    <span className="room__name">{hand.name}</span>
                    {hand.organisation && <span className="room__org">{hand.organisation}</span>}
                    <button
                      type="button"
                      className="button button--small button--ghost room__lower"
                      aria-label={t.room.acknowledge(hand.name)}
                      onClick={() => actions.acknowledgeHand(hand.userId, hand.raisedAt)}
                    >
                      {t.room.lower}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className="room__section">
            {currentPhaseId === null ? (
              <p className="muted small">{t.room.noPhase}</p>
            ) : total === 0 ? (
              <p className="muted small">{t.room.noParticipants}</p>
            ) : (
              <>
                <p className="room__summary">{t.room.doneCount(status.done.length, total)}</p>
                {status.done.length > 0 && (
                  <>
                    <h3>{t.room.doneHeading}</h3>
                    <PeopleList people={status.done} testId="room-done" />
                  </>
                )}
                {status.waiting.length > 0 && (
                  <>
                    <h3>{t.room.waitingHeading}</h3>
                    <PeopleList people={status.waiting} testId="room-waiting" />
                  </>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </Disclosure>
  )
}
