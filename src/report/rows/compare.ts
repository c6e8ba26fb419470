import type { CompareReport } from '../../types.js';
import type { Table } from './types.js';

/**
 * The compare report as a flat alignment table for CSV/TSV: one row per pair with status, both
 * sides' path, line (`p2:12` on a PDF page) and text, and the similarity (plus moved/renumbered flags,
 * the group and both clause ids, which `compare --pin` reads back).
 * @param report the report
 * @returns header and rows
 */
export function compareRows(report: CompareReport): Table {
  return {
    header: ['status', 'old_path', 'old_line', 'old_text', 'new_path', 'new_line', 'new_text', 'similarity', 'moved', 'renumbered', 'old_outline', 'new_outline', 'group', 'old_id', 'new_id'],
    rows: report.pairs.map((p) => [
      p.status,
      p.old ? report.old.path : null,
      p.old ? lineCell(p.old) : null,
      p.old?.text ?? null,
      p.new ? report.new.path : null,
      p.new ? lineCell(p.new) : null,
      p.new?.text ?? null,
      p.similarity,
      p.moved,
      p.renumbered,
      p.old?.outline ?? null,
      p.new?.outline ?? null,
      p.group ?? null,
      p.old?.id ?? null,
      p.new?.id ?? null,
    ]),
  };
}

/**
 * The target changes of a compare report as a flat table: one row per change, each side's value in
 * base units (a number), unit, comparator, year, page (PDF only), line and phrase as written.
 * @param report the report
 * @returns header and rows
 */
export function targetChangeRows(report: CompareReport): Table {
  const sides = ['old', 'new'] as const;
  const fields = ['value', 'high', 'unit', 'comparator', 'year', 'page', 'line', 'text'] as const;
  return {
    header: ['kind', 'metric', 'metricKey', 'fields', ...sides.flatMap((side) => fields.map((f) => `${side}_${f}`))],
    rows: report.targetChanges.map((c) => [c.kind, c.metric, c.metricKey, c.fields.join(', '), ...sides.flatMap((side) => fields.map((f) => c[side]?.[f] ?? null))]),
  };
}

/** A line, or `p2:12` on a PDF page (PDF lines restart on each page, so the number alone is ambiguous). */
function lineCell(ref: { line: number; page?: number }): number | string {
  return ref.page === undefined ? ref.line : `p${ref.page}:${ref.line}`;
}
