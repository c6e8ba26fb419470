import type { AnyReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import type { Table } from './rows/types.js';

// Note: the table builders and csv-stringify are imported when a table is written, not at start-up.
/** Table builders by report schema. */
const tables: Partial<Record<AnyReport['schema'], () => Promise<(report: never) => Table>>> = {
  'plan-diff/targets@2': async () => (await import('./rows/targets.js')).targetsRows,
  'plan-diff/compare@1': async () => (await import('./rows/compare.js')).compareRows,
  'plan-diff/check@1': async () => (await import('./rows/check.js')).checkRows,
  'plan-diff/history@1': async () => (await import('./rows/history.js')).historyTableRows,
};

/**
 * Neutralise a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) by a leading `'`.
 * Note: numbers stay numbers; only text cells are touched, so `-5` as a number is kept.
 * @param cell the cell
 * @returns the safe cell
 */
export function neutralise(cell: string | number | boolean | null): string | number | boolean | null {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

async function render(report: AnyReport, options: FormatOptions, delimiter: string): Promise<string> {
  const [build, { stringify }] = await Promise.all([tables[report.schema]!() as Promise<(r: AnyReport) => Table>, import('csv-stringify/sync')]);
  const table = build(report);
  // Note: a header can hold document text too (history names its columns by the versions' paths).
  const body = stringify([table.header.map(neutralise), ...table.rows.map((row) => row.map(neutralise))], {
    delimiter,
    record_delimiter: '\r\n',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
    // Note: csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone CR, which a
    // spreadsheet reads as a new row, so every cell with CR, LF, a quote or the separator is quoted.
    quoted_match: delimiter === '\t' ? /[\t\r\n"]/ : /[,\r\n"]/,
  });
  return (options.bom ? '\uFEFF' : '') + body;
}

/** CSV (RFC 4180, CRLF line ends) for spreadsheets; `--bom` for Excel. */
export const csv: Formatter = {
  description: 'CSV table for spreadsheets (--bom for Excel)',
  extensions: ['csv'],
  supports: Object.keys(tables) as AnyReport['schema'][],
  format: (report, options) => render(report, options, ','),
};

/** TSV (tab-separated) for spreadsheets and shell tools. */
export const tsv: Formatter = {
  description: 'TSV table for spreadsheets (--bom for Excel)',
  extensions: ['tsv'],
  supports: Object.keys(tables) as AnyReport['schema'][],
  format: (report, options) => render(report, options, '\t'),
};
