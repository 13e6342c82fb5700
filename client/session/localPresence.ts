import type { Awareness } from 'y-protocols/awareness'
import type { Role } from '../../shared/roles'
import type { Identity } from '../identity'
import type { FacilitationPresence } from '../store/presence'

/**
 * What this tab says about itself through the workshop document's awareness: who it is, where (a board,
 * the card being edited), and what the facilitation adds. Others read it with store/presence.ts.
 */

export interface PresenceSource {
  role(): Role
  identity(): Identity
  facilitation(): FacilitationPresence
}

export interface Location {
  /** The practice whose board is on screen, or null for the practice list. */
  practiceId: string | null
  editingCardId: string | null
}

export class LocalPresence {
  private readonly awareness: Awareness
  private readonly source: PresenceSource
  private where: Location = { practiceId: null, editingCardId: null }
  private hidden = false
  private left = false

  constructor(awareness: Awareness, source: PresenceSource) {
    this.awareness = awareness
    this.source = source
  }

  get location(): Location {
    return this.where
  }

  /** Moves to a board (or the list); false if this tab was there already. The caller publishes the move. */
  moveTo(practiceId: string | null): boolean {
    if (this.where.practiceId === practiceId) return false
    this.where = { practiceId, editingCardId: null }
    return true
  }

  setEditingCard(cardId: string | null): void {
    if (this.where.editingCardId === cardId) return
    this.where = { ...this.where, editingCardId: cardId }
    this.publish()
  }

  /** Says again who and where this tab is (something it says changed). */
  publish(): void {
    if (this.left || this.hidden) return
    // An observer (a projector, a guest) is not one of the people in the workshop: no presence at all.
    if (this.source.role() === 'observer') {
      this.awareness.setLocalState(null)
      return
    }
    const { id, name, organisation, color } = this.source.identity()
    this.awareness.setLocalState({
      user: { id, name, organisation, color },
      practiceId: this.where.practiceId,
      editingCardId: this.where.editingCardId,
      ...this.source.facilitation(),
    })
  }

  /** The page is hidden (pagehide): leave the room at once rather than after the awareness timeout. */
  hide(): void {
    this.hidden = true
    this.awareness.setLocalState(null)
  }

  /** The page is shown again from the back/forward cache. */
  show(): void {
    this.hidden = false
    this.publish()
  }

  /** The session ends: leave for good. */
  leave(): void {
    this.left = true
    this.awareness.setLocalState(null)
  }
}
