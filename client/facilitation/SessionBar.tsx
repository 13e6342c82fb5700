import { useI18n } from '../i18n'
import { useRole } from '../session/sessionContext'
import { FollowButton } from './FollowControls'
import { PhaseControls } from './PhaseControls'
import { ParticipantSignals, RoomPanel } from './RoomControls'
import { SessionTimer } from './SessionTimer'
import { useFollowFacilitator } from './useFollowFacilitator'
import './session.css'

/**
 * Under the top bar of the workshop and board pages: the current phase and the timer for everyone (large
 * on a projector's observer link); for facilitators "Next", the phase list, the agenda, the timer's
 * buttons and the room (done, hands); for participants "I'm done", a raised hand and "Follow
 * facilitator". It also carries out "Bring everyone here" for this device.
 */
export function SessionBar({ practiceId }: { practiceId: string | null }) {
  const { t } = useI18n()
  const role = useRole()
  const arrived = useFollowFacilitator(practiceId)

  return (
    <div className={`session-bar session-bar--${role}`} data-testid="session-bar">
      <div className="session-bar__inner">
        <PhaseControls />
        <SessionTimer />
        <div className="session-bar__people">
          <ParticipantSignals />
          <RoomPanel />
          <FollowButton />
        </div>
      </div>
      {arrived && (
        <p className="session-bar__notice" role="status" data-testid="summon-notice">
          {t.follow.broughtHere}
        </p>
      )}
    </div>
  )
}
