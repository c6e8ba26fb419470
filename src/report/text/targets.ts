import { Chalk } from 'chalk';
import { Table } from './table.js';
import type { Comparator, Target, TargetsReport } from '../../types.js';
import type { FormatOptions } from '../types.js';

/** Comparator signs shown in the table. */
const SIGN: Readonly<Record<Comparator, string>> = { eq: '=', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈', range: '–' };

/**
 * Render a targets report for the terminal: one table row per target (metric, value, unit,
 * comparator, horizon, kind, file:line), then a count.
 * @param report the report
 * @param options colour and terminal width
 * @returns the text, ending in a newline
 */
export function targetsText(report: TargetsReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (report.targets.length === 0) return 'No targets found.\n';
  // Note: without a terminal width (a pipe or a file) the table is laid out for 140 columns.
  const width = Math.max(options.width ?? 140, 80);
  const metric = Math.max(width - 18 - 10 - 12 - 9 - 12 - 30 - 8, 16);
  const table = new Table({
    head: ['metric', 'value', 'unit', 'comparator', 'horizon', 'kind', 'file:line'],
    style: options.color ? { head: ['cyan'] } : { head: [], border: [] },
    colWidths: [metric, 18, 10, 12, 9, 12, 30],
  });
  for (const t of report.targets) {
    table.push([
      wrap(t.metric || t.text, metric - 2),
      formatValue(t),
      t.unit,
      `${SIGN[t.comparator]} ${t.comparatorText ?? ''}`.trim(),
      t.year === null ? '—' : String(t.year),
      t.kind === 'target' ? c.green(t.kind) : c.dim(t.kind),
      wrap(`${t.file}:${t.line}`, 28),
    ]);
  }
  const n = report.targets.length;
  return `${table.toString()}\n${n} ${n === 1 ? 'target' : 'targets'}.\n`;
}

function formatValue(t: Target): string {
  const f = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return t.high === null ? f(t.value) : `${f(t.value)}–${f(t.high)}`;
}

/**
 * Hard-wrap text to a display width, counting CJK and full-width characters as two columns.
 * Note: cli-table3 would cut long CJK cells with "…"; wrapping keeps the whole metric readable.
 */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
    if (used + w > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line].join('\n');
}
