import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { formatIsoDate } from '../shared/calendarDate'
import {
  actionPlanItems,
  type ReportActionStep,
  type ReportCard,
  type ReportLane,
  type ReportPractice,
  type WorkshopReport,
} from '../shared/report'
import { english, type ReportLabels } from '../shared/reportLabels'
import type { LaneId } from '../shared/schema'

/**
 * The report as a Word document (DOCX): a title page, a section per practice with its four lanes, the
 * transfer-interest matrix and the action plan. Server-only (the `docx` package packs with Node's Buffer).
 *
 * Everything people typed stays inert: it goes into the document only as the text of plain runs (`w:t`,
 * XML-escaped by docx), never as a field, hyperlink or style name, so `=HYPERLINK(…)` or `<script>` show as
 * the characters typed. Characters XML 1.0 cannot hold (most control characters, lone surrogates) are dropped,
 * since one of them would make Word refuse the whole file.
 */

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const TRANSFER_FIELDS = ['owner', 'timeframe', 'resources', 'barriers'] as const

/** Whether XML 1.0 can hold the code point: not C0 controls other than tab/LF/CR, U+FFFE/U+FFFF or lone surrogates. */
function allowedInXml(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  )
}

function xmlSafe(value: string): string {
  let out = ''
  // Iterating by code point: a lone surrogate comes out alone (and is dropped), a pair comes out whole.
  for (const char of value) if (allowedInXml(char.codePointAt(0) ?? 0)) out += char
  return out
}

/** User text as something XML 1.0 can hold, lines split (CRLF, CR or LF), each line trimmed at its end. */
export function docxLines(value: string): string[] {
  const lines = xmlSafe(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

interface RunStyle {
  bold?: boolean
  italics?: boolean
  size?: number
  color?: string
}

/** Plain text runs, a line break between lines; `fallback` (in italics) when the text is empty. */
function textRuns(value: string, style: RunStyle = {}, fallback = ''): TextRun[] {
  const lines = docxLines(value)
  if (lines.length === 0) return fallback ? [new TextRun({ ...style, text: fallback, italics: true })] : []
  return lines.map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }))
}

function paragraph(value: string, style: RunStyle = {}, fallback = ''): Paragraph {
  return new Paragraph({ children: textRuns(value, style, fallback) })
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], fallback: string) {
  return new Paragraph({ heading: level, children: textRuns(value.trim(), {}, fallback) })
}

function cell(
  value: string,
  options: { header?: boolean; fallback?: string; columnSpan?: number } = {},
): TableCell {
  return new TableCell({
    columnSpan: options.columnSpan,
    children: [paragraph(value, options.header ? { bold: true } : {}, options.fallback ?? '')],
  })
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((title) => cell(title, { header: true })) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  })
}

const META = { size: 18, color: '555555' } as const

/** A card: its text, then who wrote it, its votes (only a card on its own: a group's are on the group) and tags. */
function cardBlock(
  card: ReportCard,
  lane: LaneId,
  grouped: boolean,
  labels: ReportLabels,
): (Paragraph | Table)[] {
  // Aligned with the bullet's text (docx indents list levels 0 and 1 by 720 and 1440 twips).
  const indent = grouped ? 1440 : 720
  const by = [
    card.authorName.trim(),
    card.authorOrganisation.trim() ? `(${card.authorOrganisation.trim()})` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const meta = [by]
  if (!grouped) meta.push(labels.votes(card.votes))
  if (lane === 'stakeholders' && (card.stakeholder.type || card.stakeholder.level)) {
    meta.push(
      [card.stakeholder.type, card.stakeholder.level]
        .flatMap((tag) => (tag ? [labels.stakeholderTags[tag]] : []))
        .join(', '),
    )
  }
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      bullet: { level: grouped ? 1 : 0 },
      children: textRuns(card.text, {}, labels.emptyCard),
    }),
  ]
  const said = meta.filter(Boolean).join(' · ')
  if (said) blocks.push(new Paragraph({ indent: { left: indent }, children: textRuns(said, META) }))
  if (lane === 'transferSteps') {
    blocks.push(
      new Table({
        width: { size: 90, type: WidthType.PERCENTAGE },
        indent: { size: indent, type: WidthType.DXA },
        rows: TRANSFER_FIELDS.map(
          (key) =>
            new TableRow({
              children: [cell(labels.transferFields[key], { header: true }), cell(card.transfer[key])],
            }),
        ),
      }),
      new Paragraph({ children: [] }),
    )
  }
  return blocks
}

/** A group as an item of the lane: its title and its votes, once, then its cards one level in. */
function groupBlocks(title: string, votes: number, labels: ReportLabels): Paragraph[] {
  const shown = docxLines(title).join(' ') || labels.untitledGroup
  return [
    new Paragraph({ bullet: { level: 0 }, children: textRuns(labels.group(shown), { bold: true }) }),
    new Paragraph({ indent: { left: 720 }, children: textRuns(labels.votes(votes), META) }),
  ]
}

function laneBlocks({ lane, items }: ReportLane, labels: ReportLabels): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [heading(labels.lanes[lane], HeadingLevel.HEADING_2, '')]
  if (items.length === 0) return [...blocks, paragraph(labels.noCards, { italics: true })]
  for (const item of items) {
    if (item.kind === 'card') blocks.push(...cardBlock(item.card, lane, false, labels))
    else {
      blocks.push(...groupBlocks(item.group.title, item.group.votes, labels))
      for (const card of item.group.cards) blocks.push(...cardBlock(card, lane, true, labels))
    }
  }
  return blocks
}

function practiceBlocks(
  practice: ReportPractice,
  index: number,
  labels: ReportLabels,
): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [
        new TextRun(`${index + 1}. `),
        ...textRuns(practice.title.trim(), {}, labels.untitledPractice),
      ],
    }),
  ]
  const organisation = docxLines(practice.organisation.trim()).join(' ')
  if (organisation) blocks.push(paragraph(labels.presentedBy(organisation)))
  if (docxLines(practice.description).length > 0) blocks.push(paragraph(practice.description))
  for (const lane of practice.lanes) blocks.push(...laneBlocks(lane, labels))
  return blocks
}

function titlePage(report: WorkshopReport, labels: ReportLabels): Paragraph[] {
  const { workshop, voting } = report
  const centred = (value: string, style: RunStyle = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(value, style) })
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: textRuns(workshop.title.trim(), {}, labels.untitledWorkshop),
    }),
    ...[formatIsoDate(labels.locale, workshop.date.trim()), workshop.place]
      .filter((value) => value.trim() !== '')
      .map((value) => centred(value.trim(), { size: 28 })),
    centred(''),
    centred(
      `${labels.practiceCount(report.practices.length)} · ${labels.votingRule(
        voting.dotsPerPerson,
        voting.maxDotsPerCard,
        voting.scope,
      )}`,
      META,
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

function interestBlocks(report: WorkshopReport, labels: ReportLabels): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(labels.interestHeading)],
    }),
  ]
  if (report.interest.rows.length === 0 || report.interest.practices.length === 0) {
    return [...blocks, paragraph(labels.nobodyYet, { italics: true })]
  }
  const header = [
    labels.organisation,
    ...report.interest.practices.map((p) => p.title.trim() || labels.untitledPractice),
  ]
  const rows = report.interest.rows.map((row) => [
    row.organisation,
    ...row.cells.map((c) =>
      c.level === null ? '' : [labels.levels[c.level], c.note.trim()].filter(Boolean).join('\n'),
    ),
  ])
  return [...blocks, table(header, rows)]
}

function actionPlanBlocks(report: WorkshopReport, labels: ReportLabels): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.actionPlanHeading)] }),
  ]
  if (report.actionPlan.length === 0) return [...blocks, paragraph(labels.noSteps, { italics: true })]
  const header = [
    labels.practice,
    labels.step,
    ...TRANSFER_FIELDS.map((field) => labels.transferFields[field]),
    labels.votesColumn,
  ]
  const practice = (title: string) => title.trim() || labels.untitledPractice
  const stepRow = (step: ReportActionStep, votes: string) =>
    new TableRow({
      children: [
        practice(step.practiceTitle),
        step.step,
        step.owner,
        step.timeframe,
        step.resources,
        step.barriers,
        votes,
      ].map((value) => cell(value)),
    })
  const rows = actionPlanItems(report.actionPlan).flatMap((item) => {
    if (item.kind === 'step') return [stepRow(item.step, String(item.step.votes))]
    // The group's row holds its votes; its steps' rows leave the column empty, so it adds up.
    const groupRow = new TableRow({
      children: [
        cell(practice(item.practiceTitle)),
        cell(labels.group(item.group.title.trim() || labels.untitledGroup), { header: true, columnSpan: 5 }),
        cell(String(item.group.votes), { header: true }),
      ],
    })
    return [groupRow, ...item.steps.map((step) => stepRow(step, ''))]
  })
  return [
    ...blocks,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((title) => cell(title, { header: true })) }),
        ...rows,
      ],
    }),
  ]
}

/** The Word document of a report in the labels' language (English unless told), as the bytes of a .docx file. */
export async function exportDocx(report: WorkshopReport, labels: ReportLabels = english): Promise<Buffer> {
  const document = new Document({
    creator: 'PracticeMap',
    title: docxLines(report.workshop.title).join(' '),
    description: labels.reportDescription,
    features: { updateFields: false },
    sections: [
      {
        children: [
          ...titlePage(report, labels),
          ...report.practices.flatMap((practice, index) => practiceBlocks(practice, index, labels)),
          ...interestBlocks(report, labels),
          ...actionPlanBlocks(report, labels),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
