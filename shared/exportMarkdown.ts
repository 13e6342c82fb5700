import type { ReportCard, WorkshopReport } from './report'
import { LANE_TITLES, LEVEL_TITLES, STAKEHOLDER_TITLES } from './reportLabels'
import type { LaneId } from './schema'

/**
 * The report as Markdown that reads well as plain text too. Everything people typed (titles, card text,
 * names, notes) is user input and must stay inert in any viewer: the Markdown punctuation that could start
 * emphasis, code, a link or a block is backslash-escaped (only what is needed, so the text stays readable as
 * plain text), and `&`, `<`, `>` become entities (which every Markdown flavour, old and new, shows literally), so
 * `<script>`, `[x](javascript:…)` or `**` render as the characters typed, never as HTML, links or emphasis.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** One line of user text, inert in Markdown and HTML. */
export function escapeMarkdown(value: string): string {
  return (
    value
      .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
      // Emphasis, code, links and images, tables, strikethrough, headings: escaped wherever they appear.
      .replace(/[\\`*_[\]|~#]/g, '\\$&')
      // List items, block quotes and setext underlines only start a line.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  )
}

/**
 * User text that may hold line breaks, as one block: each line escaped and stripped of leading spaces (so
 * no line turns into a code block), lines joined by hard breaks and indented to stay in their list item.
 */
export function escapeBlock(value: string, indent = ''): string {
  const lines = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line, index, all) => line !== '' || (index > 0 && index < all.length - 1))
  return lines.length === 0 ? '' : lines.join(`  \n${indent}`)
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function cardLine(card: ReportCard, lane: LaneId): string {
  const indent = '  '
  const by = [card.authorName, card.authorOrganisation ? `(${card.authorOrganisation})` : '']
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' ')
  const meta = [by, plural(card.votes, 'vote', 'votes')]
  if (card.groupTitle) meta.push(`group: ${escapeMarkdown(card.groupTitle)}`)
  if (lane === 'stakeholders' && (card.stakeholder.type || card.stakeholder.level)) {
    meta.push(
      [card.stakeholder.type, card.stakeholder.level]
        .flatMap((tag) => (tag ? [STAKEHOLDER_TITLES[tag]] : []))
        .join(', '),
    )
  }
  const lines = [
    `- ${escapeBlock(card.text, indent) || '(empty card)'}`,
    `${indent}— ${meta.filter(Boolean).join(' · ')}`,
  ]
  if (lane === 'transferSteps') lines.push(...transferLines(card.transfer, indent))
  return lines.join('  \n')
}

function transferLines(
  transfer: { owner: string; timeframe: string; resources: string; barriers: string },
  indent: string,
): string[] {
  const fields: [string, string][] = [
    ['Owner', transfer.owner],
    ['Timeframe', transfer.timeframe],
    ['Resources', transfer.resources],
    ['Barriers', transfer.barriers],
  ]
  return fields
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `${indent}${label}: ${escapeBlock(value, indent)}`)
}

export function exportMarkdown(report: WorkshopReport): string {
  const out: string[] = []
  const { workshop } = report
  out.push(`# ${escapeMarkdown(workshop.title.trim()) || 'Workshop'}`, '')
  const when = [workshop.date, workshop.place].map((v) => escapeMarkdown(v.trim())).filter(Boolean)
  if (when.length > 0) out.push(when.join(' · '), '')
  const { voting } = report
  out.push(
    `Voting: ${plural(voting.dotsPerPerson, 'dot', 'dots')} per person ${
      voting.scope === 'workshop' ? 'across the workshop' : 'per practice'
    }, at most ${voting.maxDotsPerCard} per card.`,
    '',
  )

  report.practices.forEach((practice, index) => {
    out.push(`## ${index + 1}\\. ${escapeMarkdown(practice.title.trim()) || 'Untitled practice'}`, '')
    if (practice.organisation.trim())
      out.push(`Presented by: ${escapeMarkdown(practice.organisation.trim())}`, '')
    const description = escapeBlock(practice.description)
    if (description) out.push(description, '')
    for (const { lane, cards } of practice.lanes) {
      out.push(`### ${LANE_TITLES[lane]}`, '')
      if (cards.length === 0) out.push('(no cards)', '')
      else out.push(...cards.map((card) => cardLine(card, lane)), '')
    }
  })

  out.push('## Transfer interest', '')
  if (report.interest.rows.length === 0) out.push('(nobody has said yet)', '')
  const titles = new Map(report.interest.practices.map((p) => [p.id, p.title]))
  for (const row of report.interest.rows) {
    out.push(`### ${escapeMarkdown(row.organisation)}`, '')
    for (const cell of row.cells) {
      if (cell.level === null) continue
      const note = escapeBlock(cell.note, '  ')
      const practice = escapeMarkdown(titles.get(cell.practiceId) ?? '') || 'Untitled practice'
      out.push(`- ${practice}: ${LEVEL_TITLES[cell.level]}${note ? ` — ${note}` : ''}`)
    }
    out.push('')
  }

  out.push('## Action plan', '')
  if (report.actionPlan.length === 0) out.push('(no transfer steps)', '')
  for (const step of report.actionPlan) {
    const practice = escapeMarkdown(step.practiceTitle) || 'Untitled practice'
    out.push(
      [
        `- ${escapeBlock(step.step, '  ') || '(empty card)'}`,
        `  Practice: ${practice} · ${plural(step.votes, 'vote', 'votes')}`,
        ...transferLines(step, '  '),
      ].join('  \n'),
    )
  }
  if (report.actionPlan.length > 0) out.push('')
  return `${out.join('\n').trimEnd()}\n`
}
