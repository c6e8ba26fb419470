import type { TargetsReport } from '../../types.js';
import type { Table } from './types.js';

/** Columns of the targets table, in order. */
export const TARGET_COLUMNS = [
  'file', 'page', 'line', 'column', 'id', 'kind', 'metric', 'metricKey', 'action', 'scope', 'value', 'high', 'unit', 'comparator', 'comparatorText',
  'year', 'yearSource', 'change', 'text',
] as const;

/**
 * The targets report as a flat table for CSV/TSV: one row per target, values in base units; `page`
 * is set for targets read from a PDF (whose `line` counts on the page), empty otherwise.
 * @param report the report
 * @returns header and rows
 */
export function targetsRows(report: TargetsReport): Table {
  return {
    header: [...TARGET_COLUMNS],
    rows: report.targets.map((t) => TARGET_COLUMNS.map((k) => t[k] ?? null)),
  };
}
