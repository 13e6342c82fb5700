import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { peerOf, personOf, readPresence, readPresences } from '../../client/store/presence'

/** One reading of each tab's presence, shown both as the people in the room and as the room's status. */

describe('presence, read once', () => {
  it('gives the people list and the facilitation the same reading of one state', () => {
    const presence = readPresence(
      4,
      {
        user: { id: 'u-ana', name: ' Ana ', organisation: ' City library ', color: '#1f5f8b' },
        role: 'participant',
        practiceId: 'p1',
        editingCardId: 'c1',
        ready: 'phase-1',
        handRaisedAt: 1234,
        drafts: { p1: 2 },
      },
      false,
    )
    expect(presence).not.toBeNull()
    if (!presence) return
    expect(personOf(presence)).toEqual({
      clientId: 4,
      isSelf: false,
      user: { id: 'u-ana', name: 'Ana', organisation: 'City library', color: '#1f5f8b' },
      practiceId: 'p1',
      editingCardId: 'c1',
    })
    expect(peerOf(presence)).toMatchObject({
      userId: 'u-ana',
      name: 'Ana',
      organisation: 'City library',
      role: 'participant',
      ready: 'phase-1',
      handRaisedAt: 1234,
      drafts: { p1: 2 },
    })
  })

  it('counts an observer in the room’s status but never among the people', () => {
    const presence = readPresence(5, { user: { id: 'proj', name: 'Projector' }, role: 'observer' }, false)
    expect(presence && personOf(presence)).toBeNull()
    expect(presence && peerOf(presence).role).toBe('observer')
  })

  it('reads every tab of an awareness, this one marked as self, in client id order', () => {
    const doc = new Y.Doc()
    const awareness = new Awareness(doc)
    awareness.setLocalState({ user: { id: 'me', name: 'Me' } })
    const other = new Awareness(new Y.Doc())
    other.setLocalState({ user: { id: 'u2', name: 'Zofia' } })
    awareness.states.set(other.clientID, other.getLocalState() ?? {})
    const presences = readPresences(awareness)
    expect(presences.map((presence) => presence.user.id).sort()).toEqual(['me', 'u2'])
    expect(presences.find((presence) => presence.isSelf)?.user.id).toBe('me')
    expect(presences.map((presence) => presence.clientId)).toEqual(
      [...presences.map((presence) => presence.clientId)].sort((a, b) => a - b),
    )
    awareness.destroy()
    other.destroy()
  })
})
