import { memo, useMemo, useRef, useState } from 'react'
import type { Draft, LaneId } from '../../shared/schema'
import { cardEditDraftKey, readEditDraft } from '../drafts'
import { useI18n } from '../i18n'
import { useIdentity } from '../identity'
import { useFacilitation, useFacilitationActions } from '../session/facilitationContext'
import { draftCountsOn } from '../session/participantStatus'
import { excerpt } from '../text'
import { Icon } from '../ui/Icon'
import { CardEditor } from './CardEditor'

/**
 * This device's private drafts in one lane, below its cards: only their writer sees them, marked as
 * drafts, editable and deletable, until the phase ends and they become cards for everyone.
 */
export function DraftCards({ practiceId, lane }: { practiceId: string; lane: LaneId }) {
  const all = useFacilitation((state) => state.drafts)
  const drafts = useMemo(
    () => all.filter((draft) => draft.practiceId === practiceId && draft.lane === lane),
    [all, practiceId, lane],
  )
  if (drafts.length === 0) return null
  return (
    <ul className="lane__drafts">
      {drafts.map((draft) => (
        <DraftCard key={draft.id} draft={draft} />
      ))}
    </ul>
  )
}

/**
 * One private draft. Its editor is the card editor, keeping the unsaved text on the device under the
 * edit key of the card the draft becomes (the same id): a reload reopens it, and when the phase ends
 * mid-edit the revealed card opens its editor with that text, so nothing typed is lost in the reveal.
 */
const DraftCard = memo(function DraftCard({ draft }: { draft: Draft }) {
  const { t } = useI18n()
  const actions = useFacilitationActions()
  const editKey = cardEditDraftKey(draft.practiceId, draft.id)
  const [editing, setEditing] = useState(() => readEditDraft(editKey) !== null)
  const editButton = useRef<HTMLButtonElement>(null)

  function close(viaKeyboard: boolean) {
    setEditing(false)
    if (viaKeyboard) requestAnimationFrame(() => editButton.current?.focus())
  }

  return (
    <li className={`card card--${draft.color} card--draft card--readonly`} data-testid="draft-card">
      <p className="draft__badge">
        <Icon name="eyeOff" size={14} />
        <span className="draft__label">{t.drafts.badge}</span>
        <span className="draft__hint">{t.drafts.onlyYou}</span>
      </p>
      {editing ? (
        <CardEditor
          initialText={draft.text}
          draftKey={editKey}
          lane={draft.lane}
          label={t.drafts.editLabel}
          saveLabel={t.drafts.save}
          onSave={(text, _base, viaKeyboard) => {
            if (text.trim() && text !== draft.text) actions.editDraft(draft.id, text)
            close(viaKeyboard)
          }}
          onCancel={() => close(true)}
        />
      ) : (
        <>
          <p className="card__text">{draft.text}</p>
          <div className="draft__actions">
            <button
              ref={editButton}
              type="button"
              className="icon-button icon-button--card"
              aria-label={t.drafts.editOf(excerpt(draft.text))}
              title={t.drafts.edit}
              onClick={() => setEditing(true)}
            >
              <Icon name="edit" size={16} />
            </button>
            <button
              type="button"
              className="icon-button icon-button--card icon-button--danger"
              aria-label={t.drafts.deleteOf(excerpt(draft.text))}
              title={t.drafts.delete}
              onClick={() => actions.deleteDraft(draft.id)}
            >
              <Icon name="trash" size={16} />
            </button>
          </div>
        </>
      )}
    </li>
  )
})

/** What others may know of private writing on a board: each person's number of drafts ("Ana: 3 drafts"). */
export function DraftCounts({ practiceId }: { practiceId: string }) {
  const { t } = useI18n()
  const identity = useIdentity()
  const peers = useFacilitation((state) => state.peers)
  const counts = useMemo(
    () => draftCountsOn(peers, practiceId, identity?.id ?? ''),
    [peers, practiceId, identity],
  )
  if (counts.length === 0) return null
  return (
    <div className="draft-counts" data-testid="draft-counts">
      <span className="draft-counts__heading">{t.drafts.countsHeading}</span>
      <ul className="draft-counts__list">
        {counts.map((count) => (
          <li key={count.userId} className="draft-counts__item" data-testid="draft-count">
            {t.drafts.ofPerson(count.name, count.count)}
          </li>
        ))}
      </ul>
    </div>
  )
}
