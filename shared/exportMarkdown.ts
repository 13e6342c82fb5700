import {
  actionPlanItems,
  type ReportActionStep,
  type ReportCard,
  type ReportItem,
  type WorkshopReport,
} from './report'
import { LANE_TITLES, LEVEL_TITLES, REPORT_WORDS, STAKEHOLDER_TITLES } from './reportLabels'
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

/**
 * A card as a list item: its text, then who wrote it, its votes (a card on its own: a grouped card's dots
 * are its group's, told once on the group) and its tags. `depth` 1 nests it under its group's item.
 */
function cardLine(card: ReportCard, lane: LaneId, depth: 0 | 1 = 0): string {
  const bullet = depth === 0 ? '- ' : '  - '
  const indent = depth === 0 ? '  ' : '    '
  const by = [card.authorName, card.authorOrganisation ? `(${card.authorOrganisation})` : '']
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' ')
  const meta = [by]
  if (depth === 0) meta.push(REPORT_WORDS.votes(card.votes))
  if (lane === 'stakeholders' && (card.stakeholder.type || card.stakeholder.level)) {
    meta.push(
      [card.stakeholder.type, card.stakeholder.level]
        .flatMap((tag) => (tag ? [STAKEHOLDER_TITLES[tag]] : []))
        .join(', '),
    )
  }
  const lines = [`${bullet}${escapeBlock(card.text, indent) || '(empty card)'}`]
  const said = meta.filter(Boolean)
  if (said.length > 0) lines.push(`${indent}— ${said.join(' · ')}`)
  if (lane === 'transferSteps') lines.push(...transferLines(card.transfer, indent))
  return lines.join('  \n')
}

/** A group's title and votes, once, with its cards as a list under it. */
function groupTitleLine(title: string, votes: number): string {
  return `- **${REPORT_WORDS.group}: ${escapeMarkdown(title.trim()) || REPORT_WORDS.untitledGroup}** — ${REPORT_WORDS.votes(votes)}`
}

function itemLines(item: ReportItem, lane: LaneId): string[] {
  if (item.kind === 'card') return [cardLine(item.card, lane)]
  return [
    groupTitleLine(item.group.title, item.group.votes),
    ...item.group.cards.map((card) => cardLine(card, lane, 1)),
  ]
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

function practiceOf(title: string): string {
  return escapeMarkdown(title) || 'Untitled practice'
}

/** A step of the action plan: its text, the practice and votes (`about`, left out inside a group), its fields. */
function stepLines(step: ReportActionStep, about: string, depth: 0 | 1): string {
  const bullet = depth === 0 ? '- ' : '  - '
  const indent = depth === 0 ? '  ' : '    '
  return [
    `${bullet}${escapeBlock(step.step, indent) || '(empty card)'}`,
    ...(about ? [`${indent}Practice: ${about}`] : []),
    ...transferLines(step, indent),
  ].join('  \n')
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
    for (const { lane, items } of practice.lanes) {
      out.push(`### ${LANE_TITLES[lane]}`, '')
      if (items.length === 0) out.push('(no cards)', '')
      else out.push(...items.flatMap((item) => itemLines(item, lane)), '')
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
  for (const item of actionPlanItems(report.actionPlan)) {
    if (item.kind === 'step') {
      out.push(
        stepLines(
          item.step,
          `${practiceOf(item.step.practiceTitle)} · ${REPORT_WORDS.votes(item.step.votes)}`,
          0,
        ),
      )
      continue
    }
    out.push(
      [
        `- **${REPORT_WORDS.group}: ${escapeMarkdown(item.group.title.trim()) || REPORT_WORDS.untitledGroup}**`,
        `  Practice: ${practiceOf(item.practiceTitle)} · ${REPORT_WORDS.votes(item.group.votes)}`,
      ].join('  \n'),
      ...item.steps.map((step) => stepLines(step, '', 1)),
    )
  }
  if (report.actionPlan.length > 0) out.push('')
  return `${out.join('\n').trimEnd()}\n`
}
