import type { AnyReport, CheckReport, CompareReport, Comparator, HistoryReport, TargetsReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import type { Table } from './rows/types.js';
import { targetsRows } from './rows/targets.js';
import { compareRows, targetChangeRows } from './rows/compare.js';
import { checkRows } from './rows/check.js';
import { historyTableRows, historyTargetRows } from './rows/history.js';
import { formatQuantity } from './comparison/quantity.js';
import { sheetOf, workbookBytes, type Sheet } from './xlsx/sheet.js';

/** The sheets of each report: the CSV tables, a compare's target changes and a check's matches apart. */
const SHEETS: Partial<Record<AnyReport['schema'], (report: never) => Sheet[]>> = {
  'plan-diff/targets@2': (report: TargetsReport) => [sheetOf('targets', withQuantity(targetsRows(report)))],
  'plan-diff/compare@1': (report: CompareReport) => [sheetOf('alignment', compareRows(report)), sheetOf('target changes', withQuantity(targetChangeRows(report)))],
  'plan-diff/check@1': (report: CheckReport) => {
    const table = withQuantity(checkRows(report));
    return [
      sheetOf('findings', part(table, 'finding', ['kind', 'status'])),
      sheetOf('matches', part(table, 'match', ['kind', 'rule', 'severity', 'message', 'fingerprint'])),
    ];
  },
  'plan-diff/history@1': (report: HistoryReport) => [sheetOf('clauses', historyTableRows(report)), sheetOf('targets', historyTargetRows(report))],
};

/**
 * Render a report as an Excel workbook (the CSV tables as sheets, see `xlsx/sheet.ts`).
 * @param report targets, compare, history or check report
 * @returns the .xlsx bytes
 */
export function reportWorkbook(report: AnyReport): Promise<Uint8Array> {
  return workbookBytes((SHEETS[report.schema] as (r: AnyReport) => Sheet[])(report));
}

/**
 * Put the value as a plan writes it (`1.2万亿元`, `≥30个`) beside each base-unit value column
 * (`value` → `quantity`, `old_value` → `old_quantity`), so a reader sees both.
 * @param table a flat table with `value`/`unit` columns (optionally `high`, `comparator`), maybe prefixed
 * @returns the table with the quantity columns
 */
export function withQuantity(table: Table): Table {
  let { header, rows } = table;
  for (const prefix of ['', 'old_', 'new_']) {
    const at = (name: string) => header.indexOf(prefix + name);
    const [value, high, unit, comparator] = [at('value'), at('high'), at('unit'), at('comparator')];
    if (value < 0 || unit < 0) continue;
    const quantity = (row: Table['rows'][number]) => {
      if (typeof row[value] !== 'number') return null;
      const h = high < 0 ? null : row[high];
      return formatQuantity({
        value: row[value],
        high: typeof h === 'number' ? h : null,
        unit: String(row[unit] ?? ''),
        comparator: ((comparator < 0 ? null : row[comparator]) ?? 'eq') as Comparator,
        year: null,
      });
    };
    header = [...header.slice(0, value + 1), `${prefix}quantity`, ...header.slice(value + 1)];
    rows = rows.map((row) => [...row.slice(0, value + 1), quantity(row), ...row.slice(value + 1)]);
  }
  return { header, rows };
}

// Note: check's CSV is one table of findings and matches (a `kind` column); the workbook gives each a
// sheet without the columns that are always empty for it.
function part(table: Table, kind: string, drop: string[]): Table {
  const keep = table.header.flatMap((name, i) => (drop.includes(name) ? [] : [i]));
  return { header: keep.map((i) => table.header[i]!), rows: table.rows.filter((row) => row[0] === kind).map((row) => keep.map((i) => row[i]!)) };
}

/** Excel workbook (.xlsx) for targets, compare, history and check reports. */
export const xlsx: Formatter = {
  description: 'Excel workbook (.xlsx): frozen bold header, filters, numbers as numbers',
  extensions: ['xlsx'],
  supports: Object.keys(SHEETS) as AnyReport['schema'][],
  fileOnly: true,
  format: (report: AnyReport, _options: FormatOptions) => reportWorkbook(report),
};
