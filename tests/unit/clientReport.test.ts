import { describe, expect, it } from 'vitest'
import { authorLine } from '../../client/report/reportSections'
import { buildReport } from '../../shared/report'
import { fixtureWorkshop } from './reportFixture'

describe('the printable report’s lanes', () => {
  const sources = fixtureWorkshop()
  const report = buildReport(sources)
  const practice = report.practices.find((candidate) => candidate.id === sources.ids.p1)
  const lane = (id: string) => practice?.lanes.find((candidate) => candidate.lane === id)

  it('puts a group’s cards under its title, with the group’s votes once and none on its cards', () => {
    const items = lane('stakeholders')?.items ?? []
    expect(items).toHaveLength(1)
    const [group] = items
    expect(group?.kind).toBe('group')
    if (group?.kind !== 'group') return
    expect(group.group.title).toBe('Instituții / Instituciones')
    expect(group.group.votes).toBe(1)
    expect(group.group.cards.map((card) => card.text)).toEqual(
      lane('stakeholders')?.cards.map((card) => card.text),
    )
    expect(group.group.cards.map((card) => card.votes)).toEqual([0, 0])
  })

  it('keeps loose cards on their own, most votes first, their text exactly as typed', () => {
    const items = lane('keyAspects')?.items ?? []
    expect(items.map((item) => item.kind)).toEqual(['card', 'card', 'card'])
    expect(items.map((item) => (item.kind === 'card' ? item.card.votes : -1))).toEqual([3, 1, 0])
    const hostile = items[1]
    expect(hostile?.kind === 'card' && hostile.card.text).toBe(
      '=HYPERLINK("http://x") <script>alert(1)</script> [x](javascript:alert(1)) **bold**',
    )
  })

  it('names the author with the organisation, leaving out what is empty', () => {
    expect(authorLine({ authorName: 'Ola Wójcik', authorOrganisation: 'Gmina Żyrardów' })).toBe(
      'Ola Wójcik (Gmina Żyrardów)',
    )
    expect(authorLine({ authorName: ' Ola ', authorOrganisation: ' ' })).toBe('Ola')
    expect(authorLine({ authorName: '', authorOrganisation: 'Gmina Żyrardów' })).toBe('Gmina Żyrardów')
  })
})
