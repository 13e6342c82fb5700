import { describe, expect, it } from 'vitest'
import { authorLine, laneItems } from '../../client/report/reportSections'
import { buildReport, type ReportCard } from '../../shared/report'
import { fixtureWorkshop } from './reportFixture'

describe('the printable report’s lanes', () => {
  const sources = fixtureWorkshop()
  const report = buildReport(sources)
  const practice = report.practices.find((candidate) => candidate.id === sources.ids.p1)
  const lane = (id: string) => practice?.lanes.find((candidate) => candidate.lane === id)?.cards ?? []

  it('puts a group’s cards under its title, in the report’s order', () => {
    const items = laneItems(lane('stakeholders'))
    expect(items).toHaveLength(1)
    const [group] = items
    expect(group?.kind).toBe('group')
    if (group?.kind !== 'group') return
    expect(group.title).toBe('Instituții / Instituciones')
    expect(group.cards.map((card) => card.text)).toEqual(lane('stakeholders').map((card) => card.text))
  })

  it('keeps loose cards on their own, most votes first, their text exactly as typed', () => {
    const items = laneItems(lane('keyAspects'))
    expect(items.map((item) => item.kind)).toEqual(['card', 'card', 'card'])
    expect(items.map((item) => (item.kind === 'card' ? item.card.votes : -1))).toEqual([3, 1, 0])
    const hostile = items[1]
    expect(hostile?.kind === 'card' && hostile.card.text).toBe(
      '=HYPERLINK("http://x") <script>alert(1)</script> [x](javascript:alert(1)) **bold**',
    )
  })

  it('starts a new group block when a different group follows, and is empty for an empty lane', () => {
    const base = lane('stakeholders')[0] as ReportCard
    const cards: ReportCard[] = [
      { ...base, id: 'a', groupId: 'g1', groupTitle: 'One' },
      { ...base, id: 'b', groupId: 'g1', groupTitle: 'One' },
      { ...base, id: 'c', groupId: null, groupTitle: '' },
      { ...base, id: 'd', groupId: 'g2', groupTitle: '' },
    ]
    expect(
      laneItems(cards).map((item) =>
        item.kind === 'card' ? item.card.id : `${item.groupId}:${item.cards.map((card) => card.id).join('')}`,
      ),
    ).toEqual(['g1:ab', 'c', 'g2:d'])
    expect(laneItems([])).toEqual([])
  })

  it('names the author with the organisation, leaving out what is empty', () => {
    expect(authorLine({ authorName: 'Ola Wójcik', authorOrganisation: 'Gmina Żyrardów' })).toBe(
      'Ola Wójcik (Gmina Żyrardów)',
    )
    expect(authorLine({ authorName: ' Ola ', authorOrganisation: ' ' })).toBe('Ola')
    expect(authorLine({ authorName: '', authorOrganisation: 'Gmina Żyrardów' })).toBe('Gmina Żyrardów')
  })
})
