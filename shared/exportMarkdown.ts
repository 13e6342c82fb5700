import { formatIsoDate } from './calendarDate'
import {
  actionPlanItems,
  type ReportActionStep,
  type ReportCard,
  type ReportItem,
  type WorkshopReport,
} from './report'
import { english, type ReportLabels } from './reportLabels'
import type { LaneId, TransferDetails } from './schema'

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

/**
 * A card as a list item: its text, then who wrote it, its votes (a card on its own: a grouped card's dots
 * are its group's, told once on the group) and its tags. `depth` 1 nests it under its group's item.
 */
function cardLine(card: ReportCard, lane: LaneId, labels: ReportLabels, depth: 0 | 1 = 0): string {
  const bullet = depth === 0 ? '- ' : '  - '
  const indent = depth === 0 ? '  ' : '    '
  const by = [card.authorName, card.authorOrganisation ? `(${card.authorOrganisation})` : '']
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' ')
  const meta = [by]
  if (depth === 0) meta.push(labels.votes(card.votes))
  if (lane === 'stakeholders' && (card.stakeholder.type || card.stakeholder.level)) {
    meta.push(
      [card.stakeholder.type, card.stakeholder.level]
        .flatMap((tag) => (tag ? [labels.stakeholderTags[tag]] : []))
        .join(', '),
    )
  }
  const lines = [`${bullet}${escapeBlock(card.text, indent) || labels.emptyCard}`]
  const said = meta.filter(Boolean)
  if (said.length > 0) lines.push(`${indent}— ${said.join(' · ')}`)
  if (lane === 'transferSteps') lines.push(...transferLines(card.transfer, indent, labels))
  return lines.join('  \n')
}

const TRANSFER_FIELDS = [
  'owner',
  'timeframe',
  'resources',
  'barriers',
] as const satisfies readonly (keyof TransferDetails)[]

function transferLines(transfer: TransferDetails, indent: string, labels: ReportLabels): string[] {
  return TRANSFER_FIELDS.filter((field) => transfer[field].trim() !== '').map(
    (field) => `${indent}${labels.field(labels.transferFields[field], escapeBlock(transfer[field], indent))}`,
  )
}

/** A group's title and votes, once, with its cards as a list under it. */
function groupTitleLine(title: string, votes: number, labels: ReportLabels): string {
  return `- **${labels.group(escapeMarkdown(title.trim()) || labels.untitledGroup)}** — ${labels.votes(votes)}`
}

function itemLines(item: ReportItem, lane: LaneId, labels: ReportLabels): string[] {
  if (item.kind === 'card') return [cardLine(item.card, lane, labels)]
  return [
    groupTitleLine(item.group.title, item.group.votes, labels),
    ...item.group.cards.map((card) => cardLine(card, lane, labels, 1)),
  ]
}

function practiceOf(title: string, labels: ReportLabels): string {
  return escapeMarkdown(title) || labels.untitledPractice
}

/** A step of the action plan: its text, the practice and votes (`about`, left out inside a group), its fields. */
function stepLines(step: ReportActionStep, about: string, depth: 0 | 1, labels: ReportLabels): string {
  const bullet = depth === 0 ? '- ' : '  - '
  const indent = depth === 0 ? '  ' : '    '
  return [
    `${bullet}${escapeBlock(step.step, indent) || labels.emptyCard}`,
    ...(about ? [`${indent}${about}`] : []),
    ...transferLines(step, indent, labels),
  ].join('  \n')
}

/** The report in the labels' language (English unless told), its date written the language's way. */
export function exportMarkdown(report: WorkshopReport, labels: ReportLabels = english): string {
  const out: string[] = []
  const { workshop } = report
  out.push(`# ${escapeMarkdown(workshop.title.trim()) || labels.untitledWorkshop}`, '')
  const when = [formatIsoDate(labels.locale, workshop.date.trim()), workshop.place]
    .map((v) => escapeMarkdown(v.trim()))
    .filter(Boolean)
  if (when.length > 0) out.push(when.join(' · '), '')
  const { voting } = report
  out.push(`${labels.votingRule(voting.dotsPerPerson, voting.maxDotsPerCard, voting.scope)}.`, '')

  report.practices.forEach((practice, index) => {
    out.push(`## ${index + 1}\\. ${escapeMarkdown(practice.title.trim()) || labels.untitledPractice}`, '')
    if (practice.organisation.trim())
      out.push(labels.presentedBy(escapeMarkdown(practice.organisation.trim())), '')
    const description = escapeBlock(practice.description)
    if (description) out.push(description, '')
    for (const { lane, items } of practice.lanes) {
      out.push(`### ${labels.lanes[lane]}`, '')
      if (items.length === 0) out.push(labels.noCards, '')
      else out.push(...items.flatMap((item) => itemLines(item, lane, labels)), '')
    }
  })

  out.push(`## ${labels.interestHeading}`, '')
  if (report.interest.rows.length === 0) out.push(labels.nobodyYet, '')
  const titles = new Map(report.interest.practices.map((p) => [p.id, p.title]))
  for (const row of report.interest.rows) {
    out.push(`### ${escapeMarkdown(row.organisation)}`, '')
    for (const cell of row.cells) {
      if (cell.level === null) continue
      const note = escapeBlock(cell.note, '  ')
      const practice = escapeMarkdown(titles.get(cell.practiceId) ?? '') || labels.untitledPractice
      out.push(`- ${labels.field(practice, labels.levels[cell.level])}${note ? ` — ${note}` : ''}`)
    }
    out.push('')
  }

  out.push(`## ${labels.actionPlanHeading}`, '')
  if (report.actionPlan.length === 0) out.push(labels.noSteps, '')
  const about = (practiceTitle: string, votes: number) =>
    `${labels.field(labels.practice, practiceOf(practiceTitle, labels))} · ${labels.votes(votes)}`
  for (const item of actionPlanItems(report.actionPlan)) {
    if (item.kind === 'step') {
      out.push(stepLines(item.step, about(item.step.practiceTitle, item.step.votes), 0, labels))
      continue
    }
    out.push(
      [
        `- **${labels.group(escapeMarkdown(item.group.title.trim()) || labels.untitledGroup)}**`,
        `  ${about(item.practiceTitle, item.group.votes)}`,
      ].join('  \n'),
      ...item.steps.map((step) => stepLines(step, '', 1, labels)),
    )
  }
  if (report.actionPlan.length > 0) out.push('')
  return `${out.join('\n').trimEnd()}\n`
}
