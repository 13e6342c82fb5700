import { DraftCounts } from '../board/DraftCards'
import { VotingBar } from '../board/Voting'
import { useI18n } from '../i18n'
import { useBoardRules, useFacilitation } from '../session/facilitationContext'
import { useCanWrite } from '../session/sessionContext'
import { Icon } from '../ui/Icon'
import { SummonButton } from './FollowControls'
import { LockToggle } from './LockToggle'

/** In a board's header, for facilitators: lock or unlock it, and bring everyone here. */
export function BoardFacilitatorActions({ practiceId }: { practiceId: string }) {
  return (
    <>
      <LockToggle practiceId={practiceId} />
      <SummonButton practiceId={practiceId} />
    </>
  )
}

/**
 * Between a board's header and its lanes: what the current phase means here. Private writing (your new
 * cards are drafts; how many drafts the others hold), and dot voting (your budget, or the results).
 */
export function BoardSessionPanel({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const rules = useBoardRules(practiceId)
  const canEdit = useCanWrite('board', practiceId)
  const mine = useFacilitation(
    (state) => state.drafts.filter((draft) => draft.practiceId === practiceId).length,
  )

  return (
    <div className="board-session">
      {rules.privateWriting && (
        <section className="private-writing" data-testid="private-writing">
          <Icon name="eyeOff" size={18} />
          <div className="private-writing__text">
            <p>{canEdit ? t.drafts.notice : t.drafts.noticeReadOnly}</p>
            {mine > 0 && <p className="private-writing__mine">{t.drafts.yours(mine)}</p>}
            <DraftCounts practiceId={practiceId} />
          </div>
        </section>
      )}
      {!rules.privateWriting && <DraftCounts practiceId={practiceId} />}
      <VotingBar practiceId={practiceId} />
    </div>
  )
}
