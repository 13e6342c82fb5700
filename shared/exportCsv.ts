import { stringify } from 'csv-stringify/browser/esm/sync'
import type { WorkshopReport } from './report'
import { english, type ReportLabels } from './reportLabels'
import { CSV_COLUMNS } from './reportLabels/labels'
import type { LaneId } from './schema'

/**
 * The report as CSV: one row per card, for spreadsheets. The `votes` column adds up to the dots cast: a
 * card on its own has its dots there, and a group (whose cards are voted on as one) has its dots once, on
 * its first card's row, the cell of its other cards left empty. `groupVotes` repeats a group's dots on
 * every row of the group, to sort or filter by, and stays empty for a card on its own. Written with csv-stringify (the node-csv project)
 * rather than by hand, so quoting of commas, quotes and line breaks inside card text follows RFC 4180; its
 * browser ESM build has no Node dependency, so the same code runs on the server and in the client.
 *
 * UTF-8 with a BOM so spreadsheet programs read diacritics and emoji correctly. Card text is user input: a
 * text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, the usual CSV-injection defence.
 */

// The columns are declared beside their labels in every language (reportLabels/labels.ts).
export { CSV_COLUMNS, type CsvColumn } from './reportLabels/labels'

const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell a spreadsheet will show, never evaluate. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** A time as ISO 8601, or empty: before 1970, or beyond what a Date holds (±8.64e15 ms, a hostile client's 1e300). */
function isoTime(ms: number): string {
  const date = new Date(ms)
  return ms > 0 && !Number.isNaN(date.getTime()) ? date.toISOString() : ''
}

export function csvRows(report: WorkshopReport): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const practice of report.practices) {
    for (const { lane, items } of practice.lanes) {
      for (const item of items) {
        const [cards, group] = item.kind === 'card' ? [[item.card], null] : [item.group.cards, item.group]
        cards.forEach((card, index) => {
          const votes = group === null ? card.votes : index === 0 ? group.votes : ''
          const cells: (string | number)[] = [
            report.workshop.title,
            practice.title,
            lane satisfies LaneId,
            card.groupTitle,
            card.text,
            card.authorName,
            card.authorOrganisation,
            card.color,
            votes,
            group === null ? '' : group.votes,
            isoTime(card.createdAt),
            card.transfer.owner,
            card.transfer.timeframe,
            card.transfer.resources,
            card.transfer.barriers,
            card.stakeholder.type ?? '',
            card.stakeholder.level ?? '',
          ]
          rows.push(cells.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)))
        })
      }
    }
  }
  return rows
}

/**
 * The CSV text, starting with a UTF-8 BOM, CRLF line ends, a header row first (in the labels' language;
 * the cells keep the model's ids, such as the lane's, so a spreadsheet sorts and filters them alike).
 */
export function exportCsv(report: WorkshopReport, labels: ReportLabels = english): string {
  const header = CSV_COLUMNS.map((column) => labels.csvColumns[column])
  return stringify([header, ...csvRows(report)], { bom: true, record_delimiter: 'windows' })
}
