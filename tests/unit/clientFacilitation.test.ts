import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  CLOCK_SAMPLING,
  ClockSync,
  nextRoundDelay,
  offsetAfterRound,
  resampleOnReconnect,
} from '../../client/session/clockSync'
import { formatCountdown, reachedZero, timerView } from '../../client/session/countdown'
import { decideSummon, followTarget, SUMMON_FRESH_MS, stopsFollowing } from '../../client/session/follow'
import { draftCountsOn, roomStatus } from '../../client/session/participantStatus'
import { boardResults, itemsByVotes } from '../../client/session/votes'
import { type Peer, readPeer } from '../../client/store/presence'
import { canWrite } from '../../client/store/workshopStore'
import { addCard, groupCards } from '../../shared/boardOperations'
import { startedTimer, timerWithDuration } from '../../shared/clock'
import { readBoard } from '../../shared/readers'
import type { Author, Summon, VotingSettings } from '../../shared/schema'
import { readBallots, setDots, tallyVotes } from '../../shared/voting'

describe('clock offset sampling', () => {
  it('takes the offset from the round’s shortest round trip, and keeps the last one when no answer came', () => {
    const samples = [
      { sentAt: 1000, serverTime: 6000, receivedAt: 1400 },
      // 40 ms round trip: the server read its clock at client time 2020, so the offset is 5000.
      { sentAt: 2000, serverTime: 7020, receivedAt: 2040 },
      { sentAt: 3000, serverTime: 8300, receivedAt: 3600 },
    ]
    expect(offsetAfterRound(null, samples)).toBe(5000)
    expect(offsetAfterRound(1234, [])).toBe(1234)
    expect(offsetAfterRound(null, [])).toBeNull()
    // A clock that jumped back mid-request, or a broken answer, is not a sample.
    expect(offsetAfterRound(7, [{ sentAt: 10, serverTime: 50, receivedAt: 5 }])).toBe(7)
    expect(offsetAfterRound(7, [{ sentAt: 10, serverTime: Number.NaN, receivedAt: 12 }])).toBe(7)
  })

  it('samples again every few minutes, sooner after a round without answers', () => {
    expect(nextRoundDelay(true)).toBe(CLOCK_SAMPLING.everyMs)
    expect(nextRoundDelay(false)).toBe(CLOCK_SAMPLING.retryMs)
    expect(nextRoundDelay(false)).toBeLessThan(nextRoundDelay(true))
  })

  it('a reconnection samples at once, unless a round runs or ran moments ago', () => {
    expect(resampleOnReconnect(100_000, null, false)).toBe(true)
    expect(resampleOnReconnect(100_000, 99_000, false)).toBe(false)
    expect(resampleOnReconnect(100_000, 100_000 - CLOCK_SAMPLING.minIntervalMs, false)).toBe(true)
    expect(resampleOnReconnect(100_000, 10_000, true)).toBe(false)
  })

  describe('the sampler', () => {
    beforeEach(() => vi.useFakeTimers())
    afterEach(() => vi.useRealTimers())

    it('asks five times at the start, reports the offset, and asks again later', async () => {
      let clientNow = 1_000_000
      const serverAhead = 42_000
      const fetchServerTime = vi.fn(async () => {
        clientNow += 10
        const server = clientNow + serverAhead
        clientNow += 10
        return server
      })
      const offsets: number[] = []
      const sync = new ClockSync({
        fetchServerTime,
        onOffset: (offset) => offsets.push(offset),
        now: () => clientNow,
      })
      sync.start()
      await vi.advanceTimersByTimeAsync(CLOCK_SAMPLING.gapMs * CLOCK_SAMPLING.samplesPerRound)
      expect(fetchServerTime).toHaveBeenCalledTimes(CLOCK_SAMPLING.samplesPerRound)
      expect(offsets).toEqual([serverAhead])
      await vi.advanceTimersByTimeAsync(
        CLOCK_SAMPLING.everyMs + CLOCK_SAMPLING.gapMs * CLOCK_SAMPLING.samplesPerRound,
      )
      expect(fetchServerTime).toHaveBeenCalledTimes(2 * CLOCK_SAMPLING.samplesPerRound)
      // The same offset again is not news.
      expect(offsets).toEqual([serverAhead])
      sync.stop()
      await vi.advanceTimersByTimeAsync(10 * CLOCK_SAMPLING.everyMs)
      expect(fetchServerTime).toHaveBeenCalledTimes(2 * CLOCK_SAMPLING.samplesPerRound)
    })

    it('survives a server that does not answer, and retries soon', async () => {
      const fetchServerTime = vi.fn(async () => {
        throw new Error('offline')
      })
      const onOffset = vi.fn()
      const sync = new ClockSync({ fetchServerTime, onOffset })
      sync.start()
      await vi.advanceTimersByTimeAsync(CLOCK_SAMPLING.gapMs * CLOCK_SAMPLING.samplesPerRound)
      expect(onOffset).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(
        CLOCK_SAMPLING.retryMs + CLOCK_SAMPLING.gapMs * CLOCK_SAMPLING.samplesPerRound,
      )
      expect(fetchServerTime).toHaveBeenCalledTimes(2 * CLOCK_SAMPLING.samplesPerRound)
      sync.stop()
    })
  })
})

describe('the countdown', () => {
  it('shows whole seconds rounded up, with hours when it is that long', () => {
    expect(formatCountdown(300_000)).toBe('5:00')
    expect(formatCountdown(299_001)).toBe('5:00')
    expect(formatCountdown(299_000)).toBe('4:59')
    expect(formatCountdown(900)).toBe('0:01')
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(-5)).toBe('0:00')
    expect(formatCountdown(3_723_000)).toBe('1:02:03')
  })

  it('knows set, running, paused and finished apart, in server time', () => {
    const set = timerWithDuration(60_000)
    expect(timerView({ durationMs: 0, endsAt: null, remainingMs: 0 }, 0).status).toBe('unset')
    expect(timerView(set, 0)).toMatchObject({ status: 'ready', text: '1:00', progress: 0 })
    const running = startedTimer(set, 10_000)
    expect(timerView(running, 40_000)).toMatchObject({ status: 'running', text: '0:30', progress: 0.5 })
    expect(timerView({ ...set, remainingMs: 20_000 }, 0).status).toBe('paused')
    expect(timerView(running, 70_000)).toMatchObject({ status: 'finished', text: '0:00', progress: 1 })
  })

  it('signals only the moment it reaches zero while watched, not a timer found finished', () => {
    expect(reachedZero('running', 'finished')).toBe(true)
    expect(reachedZero(null, 'finished')).toBe(false)
    expect(reachedZero('paused', 'finished')).toBe(false)
    expect(reachedZero('running', 'running')).toBe(false)
  })
})

function peer(overrides: Partial<Peer> & Pick<Peer, 'clientId' | 'userId' | 'name'>): Peer {
  return {
    isSelf: false,
    organisation: '',
    role: 'participant',
    practiceId: null,
    ready: null,
    handRaisedAt: null,
    drafts: {},
    ...overrides,
  }
}

describe('follow the facilitator', () => {
  const summon: Summon = { id: 's1', practiceId: 'boardA', at: 1_000_000 }

  it('a new, recent summon takes a following person to its board, once', () => {
    const input = {
      summon,
      handledId: null,
      following: true,
      serverNow: 1_005_000,
      currentPracticeId: 'boardB',
      visitStartedAt: 0,
    }
    expect(decideSummon(input)).toEqual({ goTo: 'boardA', handledId: 's1' })
    expect(decideSummon({ ...input, handledId: 's1' })).toEqual({ goTo: null, handledId: 's1' })
  })

  it('someone not following, or already there, stays; the summon is handled all the same', () => {
    const input = {
      summon,
      handledId: 's0',
      following: false,
      serverNow: 1_005_000,
      currentPracticeId: null,
      visitStartedAt: 0,
    }
    expect(decideSummon(input)).toEqual({ goTo: null, handledId: 's1' })
    expect(decideSummon({ ...input, following: true, currentPracticeId: 'boardA' })).toEqual({
      goTo: null,
      handledId: 's1',
    })
  })

  it('a summon made long before this device came back online is history, not a call', () => {
    const late = { summon, handledId: null, following: true, currentPracticeId: null, visitStartedAt: 0 }
    expect(decideSummon({ ...late, serverNow: summon.at + SUMMON_FRESH_MS - 1 }).goTo).toBe('boardA')
    expect(decideSummon({ ...late, serverNow: summon.at + SUMMON_FRESH_MS })).toEqual({
      goTo: null,
      handledId: 's1',
    })
    expect(decideSummon({ ...late, summon: null, serverNow: 0 })).toEqual({ goTo: null, handledId: null })
  })

  it('a summon from before this page was opened moves nobody, observers included; one made since does', () => {
    const opened = {
      summon,
      handledId: null,
      following: true,
      currentPracticeId: null,
      serverNow: summon.at + 60_000,
    }
    // A projector opened on the interest matrix a minute after everyone was brought to board A stays there.
    expect(decideSummon({ ...opened, visitStartedAt: summon.at + 1 })).toEqual({
      goTo: null,
      handledId: 's1',
    })
    // Open when the call came (even offline, and back within minutes): it goes along.
    expect(decideSummon({ ...opened, visitStartedAt: summon.at })).toEqual({
      goTo: 'boardA',
      handledId: 's1',
    })
  })

  it('leaving the board everyone was brought to turns following off; roaming before that does not', () => {
    const base = { expected: null, summon, serverNow: 1_005_000, following: true }
    expect(stopsFollowing({ ...base, from: 'boardA', to: 'boardB' })).toBe(true)
    expect(stopsFollowing({ ...base, from: 'boardA', to: null })).toBe(true)
    // Arriving where the summon or the follow button was taking them is not leaving.
    expect(stopsFollowing({ ...base, from: 'boardB', to: 'boardA', expected: 'boardA' })).toBe(false)
    expect(stopsFollowing({ ...base, from: 'boardB', to: 'boardC' })).toBe(false)
    expect(stopsFollowing({ ...base, from: 'boardA', to: 'boardB', summon: null })).toBe(false)
    expect(
      stopsFollowing({ ...base, from: 'boardA', to: 'boardB', serverNow: summon.at + SUMMON_FRESH_MS }),
    ).toBe(false)
    expect(stopsFollowing({ ...base, from: 'boardA', to: 'boardB', following: false })).toBe(false)
  })

  it('"Follow facilitator" goes to the facilitator’s board, else the last summon’s', () => {
    const fran = peer({
      clientId: 1,
      userId: 'fran',
      name: 'Fran',
      role: 'facilitator',
      practiceId: 'boardC',
    })
    const paula = peer({ clientId: 2, userId: 'paula', name: 'Paula', practiceId: 'boardD' })
    expect(followTarget([fran, paula], summon, 'paula')).toBe('boardC')
    expect(followTarget([{ ...fran, practiceId: null }, paula], summon, 'paula')).toBe('boardA')
    expect(followTarget([paula], null, 'paula')).toBeNull()
    // Two facilitators on boards: the one the last summon named.
    const co = peer({ clientId: 3, userId: 'co', name: 'Co', role: 'facilitator', practiceId: 'boardA' })
    expect(followTarget([fran, co], summon, 'paula')).toBe('boardA')
  })
})

describe('the room: done, hands, drafts', () => {
  it('reads what other tabs say about themselves defensively', () => {
    const state = {
      user: { id: 'paula', name: '  Paula  ', organisation: 'Las Palmas' },
      role: 'participant',
      practiceId: 'boardA',
      ready: 'phase1',
      handRaisedAt: 123,
      drafts: { boardA: 2, boardB: -1, boardC: 'x', [''.padEnd(80, 'x')]: 3 },
    }
    expect(readPeer(7, state, false)).toEqual({
      clientId: 7,
      isSelf: false,
      userId: 'paula',
      name: 'Paula',
      organisation: 'Las Palmas',
      role: 'participant',
      practiceId: 'boardA',
      ready: 'phase1',
      handRaisedAt: 123,
      drafts: { boardA: 2 },
    })
    expect(readPeer(7, { user: { id: 'x', name: ' ' } }, false)).toBeNull()
    expect(readPeer(7, null, false)).toBeNull()
    expect(
      readPeer(7, { user: { id: 'x', name: 'X' }, role: 'admin', handRaisedAt: 'soon' }, false),
    ).toMatchObject({
      role: null,
      handRaisedAt: null,
      drafts: {},
    })
  })

  it('counts participants once each as done or waiting for the current phase only', () => {
    const peers = [
      peer({ clientId: 1, userId: 'fran', name: 'Fran', role: 'facilitator', ready: 'p2' }),
      peer({ clientId: 2, userId: 'paula', name: 'Paula', ready: 'p2' }),
      // Paula's second tab has not said so: she is done all the same.
      peer({ clientId: 3, userId: 'paula', name: 'Paula' }),
      peer({ clientId: 4, userId: 'juan', name: 'Juan', ready: 'p1' }),
      peer({ clientId: 5, userId: 'olga', name: 'Olga', role: null }),
    ]
    const status = roomStatus(peers, 'p2', {})
    expect(status.done.map((person) => person.userId)).toEqual(['paula'])
    expect(status.waiting.map((person) => person.userId)).toEqual(['juan'])
    expect(roomStatus(peers, null, {})).toMatchObject({ done: [], waiting: [] })
  })

  it('lists raised hands oldest first; a lowered hand stays down until raised again', () => {
    const peers = [
      peer({ clientId: 1, userId: 'ana', name: 'Ana', handRaisedAt: 300 }),
      peer({ clientId: 2, userId: 'juan', name: 'Juan', handRaisedAt: 100 }),
      peer({ clientId: 3, userId: 'juan', name: 'Juan', handRaisedAt: 200 }),
      peer({ clientId: 4, userId: 'eva', name: 'Eva' }),
    ]
    expect(roomStatus(peers, null, {}).hands.map((hand) => [hand.userId, hand.raisedAt])).toEqual([
      ['juan', 100],
      ['ana', 300],
    ])
    expect(roomStatus(peers, null, { juan: 100 }).hands.map((hand) => hand.userId)).toEqual(['ana'])
    const raisedAgain = peers.map((p) => (p.userId === 'juan' ? { ...p, handRaisedAt: 500 } : p))
    expect(roomStatus(raisedAgain, null, { juan: 100 }).hands.map((hand) => hand.userId)).toEqual([
      'ana',
      'juan',
    ])
  })

  it('shows how many drafts each other person holds on a board, never your own', () => {
    const peers = [
      peer({ clientId: 1, userId: 'me', name: 'Me', isSelf: true, drafts: { boardA: 4 } }),
      peer({ clientId: 2, userId: 'me', name: 'Me', drafts: { boardA: 4 } }),
      peer({ clientId: 3, userId: 'ana', name: 'Ana', drafts: { boardA: 3, boardB: 1 } }),
      peer({ clientId: 4, userId: 'ana', name: 'Ana', drafts: { boardA: 2 } }),
      peer({ clientId: 5, userId: 'juan', name: 'Juan', drafts: { boardB: 5 } }),
    ]
    expect(draftCountsOn(peers, 'boardA', 'me')).toEqual([{ userId: 'ana', name: 'Ana', count: 3 }])
    expect(draftCountsOn(peers, 'boardB', 'me').map((count) => count.userId)).toEqual(['juan', 'ana'])
  })
})

describe('voting results', () => {
  const ana: Author = { id: 'ana', name: 'Ana', organisation: 'Żyrardów' }
  const ola: Author = { id: 'ola', name: 'Ola', organisation: 'Żyrardów ' }
  const juan: Author = { id: 'juan', name: 'Juan', organisation: 'Las Palmas' }
  const settings: VotingSettings = { dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 2 }

  function board() {
    const doc = new Y.Doc()
    const [a, b, c, d] = ['Gardens', 'Housing', 'Schools', 'Transport'].map((text) =>
      addCard(doc, { lane: 'benefits', text, author: ana }, 1),
    ) as [string, string, string, string]
    return { doc, a, b, c, d }
  }

  it('lists cards by dots with who gave them, and the dots per organisation', () => {
    const { doc, a, b } = board()
    setDots(doc, ana, b, 2)
    setDots(doc, ola, b, 1)
    setDots(doc, juan, a, 1)
    const votes = { practiceId: 'p', board: readBoard(doc), ballots: readBallots(doc) }
    const results = boardResults(votes.board, votes.ballots, tallyVotes([votes], settings).get('p'))
    expect(results.rows.map((row) => [row.text, row.total])).toEqual([
      ['Housing', 3],
      ['Gardens', 1],
    ])
    expect(results.rows[0]?.byOrganisation).toEqual([{ organisation: 'Żyrardów', dots: 3 }])
    expect(results.rows[0]?.byVoter.map((voter) => [voter.name, voter.dots])).toEqual([
      ['Ana', 2],
      ['Ola', 1],
    ])
    expect(results.organisations).toEqual([
      { organisation: 'Żyrardów', dots: 3, voters: 2 },
      { organisation: 'Las Palmas', dots: 1, voters: 1 },
    ])
  })

  it('sorts a lane’s items by votes, a group as one, ties in the lane’s order', () => {
    const { doc, a, b, c, d } = board()
    const group = groupCards(doc, c, d, 'Services') as string
    setDots(doc, juan, b, 1)
    setDots(doc, ana, group, 2)
    const shown = readBoard(doc)
    const votes = { practiceId: 'p', board: shown, ballots: readBallots(doc) }
    const tally = tallyVotes([votes], settings).get('p')
    const items = [a, b, group]
    expect(itemsByVotes(items, shown.lanes.benefits, tally)).toEqual([group, b, a])
    expect(itemsByVotes(items, shown.lanes.benefits, undefined)).toEqual(items)
    expect(boardResults(shown, votes.ballots, tally).rows[0]).toMatchObject({
      isGroup: true,
      text: 'Services',
    })
  })
})

describe('a phase that locks every board', () => {
  const practice = {
    id: 'p',
    title: 'Gardens',
    organisation: '',
    description: '',
    order: 'a0',
    createdAt: 1,
    locked: false,
  }
  const state = { role: 'participant' as const, access: 'granted' as const, practices: { p: practice } }

  it('makes boards read-only for participants, as the server decides, but not the participation document', () => {
    expect(canWrite(state, 'board', 'p')).toBe(true)
    expect(canWrite({ ...state, phaseLocked: true }, 'board', 'p')).toBe(false)
    expect(canWrite({ ...state, phaseLocked: true }, 'participation')).toBe(true)
    expect(canWrite({ ...state, role: 'facilitator', phaseLocked: true }, 'board', 'p')).toBe(true)
  })
})
