import type { HistoryReport } from '../../types.js';
import { joinNotes, stepNotes, targetLabel } from '../comparison/history.js';
import type { Table } from './types.js';
import { formatQuantity } from '../comparison/quantity.js';

/**
 * The history report as a flat table for CSV/TSV: one row per clause lineage, one text column per
 * version (headed by its path; empty where the lineage has no clause), then each version's status and
 * line, the outline path of the latest clause, and the 说明 (steps and target paths, in Chinese).
 * @param report the report
 * @returns header and rows
 */
export function historyTableRows(report: HistoryReport): Table {
  const n = report.versions.length;
  const k = Array.from({ length: n }, (_, i) => i + 1);
  const targets = report.targets.filter((t) => t.changedIn.length > 0);
  return {
    header: ['row', 'changed', 'outline', ...report.versions.map((v) => v.path), ...k.map((i) => `status_v${i}`), ...k.map((i) => `line_v${i}`), 'notes'],
    rows: report.rows.map((row, index) => [
      index + 1,
      row.changed,
      row.cells.findLast((c) => c !== null)?.outline ?? null,
      ...row.cells.map((c) => c?.text ?? null),
      ...row.status,
      ...row.cells.map((c) => c?.line ?? null),
      joinNotes([...stepNotes(row, 'zh'), ...targets.filter((t) => t.row === index).map((t) => targetLabel(t, 'zh'))], 'zh'),
    ]),
  };
}

/**
 * The target lineages of a history report as a flat table: one row per target, the versions it
 * changed in, then for each version its value in base units (a number), the quantity as a plan
 * writes it, its line and its phrase as written (empty where the version lacks it).
 * @param report the report
 * @returns header and rows
 */
export function historyTargetRows(report: HistoryReport): Table {
  const k = report.versions.map((_, i) => i + 1);
  return {
    header: ['row', 'metric', 'metricKey', 'changed_in', ...k.flatMap((i) => [`value_v${i}`, `quantity_v${i}`, `unit_v${i}`, `line_v${i}`, `text_v${i}`])],
    rows: report.targets.map((t) => [
      t.row + 1,
      t.metric,
      t.metricKey,
      t.changedIn.map((i) => `v${i + 1}`).join(', '),
      ...t.values.flatMap((v) => (v === null ? [null, null, null, null, null] : [v.value, formatQuantity(v, true), v.unit, v.line, v.text])),
    ]),
  };
}
