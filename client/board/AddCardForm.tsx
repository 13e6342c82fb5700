import { type FormEvent, useEffect, useId, useState } from 'react'
import { type LaneId, LIMITS } from '../../shared/schema'
import { addCardDraftKey, readDraftText, writeDraftText } from '../drafts'
import { useI18n } from '../i18n'
import { isSaveKey } from '../keys'
import { useSession } from '../session/sessionContext'
import { Icon } from '../ui/Icon'

/** The always-open field at the foot of a lane: Enter adds the card and leaves the field ready for the next. */
export function AddCardForm({
  practiceId,
  lane,
  laneTitle,
}: {
  practiceId: string
  lane: LaneId
  laneTitle: string
}) {
  const { t } = useI18n()
  const session = useSession()
  // Half-written cards survive a reload or a crashed tab: they are kept on the device until added.
  const key = addCardDraftKey(practiceId, lane)
  const [text, setText] = useState(() => readDraftText(key))
  const hintId = useId()

  useEffect(() => {
    writeDraftText(key, text)
  }, [key, text])

  function add(event?: FormEvent) {
    event?.preventDefault()
    if (!text.trim()) return
    // Cleared only once the card is in the document: if the board is not open, the text stays.
    if (session.addCard(practiceId, lane, text) !== null) setText('')
  }

  return (
    <form className="add-card" onSubmit={add}>
      <textarea
        className="add-card__field"
        value={text}
        rows={2}
        maxLength={LIMITS.cardText}
        aria-label={t.cards.newCardLabel(laneTitle)}
        aria-describedby={hintId}
        placeholder={t.cards.newCardPlaceholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isSaveKey(event)) {
            event.preventDefault()
            add()
          } else if (event.key === 'Escape') {
            // Empties the field and stays in it, ready for the next card (Tab leaves it): taking the focus
            // away would drop it at the top of the page.
            event.preventDefault()
            setText('')
          }
        }}
      />
      <div className="add-card__footer">
        <p id={hintId} className="add-card__hint">
          {t.cards.keysHint}
        </p>
        <button
          type="submit"
          className="button button--small button--secondary add-card__button"
          disabled={!text.trim()}
        >
          <Icon name="plus" size={16} />
          <span>{t.cards.add}</span>
        </button>
      </div>
    </form>
  )
}
