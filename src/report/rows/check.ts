import type { CheckReport } from '../../types.js';
import type { Table } from './types.js';

/**
 * The check report as a flat table for CSV/TSV: one row per finding location (the finding's rule,
 * severity, metric and fingerprint repeated, its message on the first row only), then one row per
 * matched target with its match status.
 * Note: a finding's message names up to six of its values and counts the rest, a few hundred bytes; on
 * each of a finding's places it made a check of dense plans 26 times its input (issue 22). The places
 * of a finding are consecutive rows and share its fingerprint.
 * @param report the report
 * @returns header and rows
 */
export function checkRows(report: CheckReport): Table {
  // Note: `change` is empty for a level, as in the JSON (an increase of 1个百分点 is no level of 1).
  const header = ['kind', 'status', 'rule', 'severity', 'metric', 'file', 'page', 'line', 'value', 'unit', 'comparator', 'change', 'year', 'scope', 'text', 'message', 'fingerprint'];
  const findings = report.findings.flatMap((f) =>
    f.locations.map((l, i) => [
      'finding',
      null,
      f.rule,
      f.severity,
      f.metric,
      l.file,
      l.page ?? null,
      l.line,
      l.value,
      l.unit,
      l.comparator,
      l.change ?? null,
      l.year,
      l.scope ?? null,
      l.text,
      i === 0 ? f.message : null,
      f.fingerprint,
    ]),
  );
  const matches = report.matches.flatMap((m) =>
    m.items.map((i) => ['match', m.status, null, null, m.metric, i.file, i.page ?? null, i.line, i.value, i.unit, i.comparator, i.change ?? null, i.year, i.scope ?? null, i.text, null, null]),
  );
  return { header, rows: [...findings, ...matches] };
}
