import type { TargetsReport } from '../../types.js';
import type { Table } from './types.js';

/**
 * The targets report as a flat table for CSV/TSV.
 * @param report the report
 * @returns header and rows
 */
export function targetsRows(report: TargetsReport): Table {
  void report;
  return { header: [], rows: [] };
}
