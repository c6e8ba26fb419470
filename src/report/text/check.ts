import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { CheckReport, Finding, Severity, TargetMatch } from '../../types.js';
import type { FormatOptions } from '../types.js';

/**
 * Render a check report for the terminal: a summary, a table of findings (severity, rule, message,
 * fingerprint for ignores) and a table of the targets the plans agree on.
 * @param report the report
 * @param options colour and terminal width
 * @returns the text, ending in a newline
 */
export function checkText(report: CheckReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(options.width ?? 100, 60);
  const consistent = report.matches.filter((m) => m.status === 'consistent');
  const out = [`Checked ${report.files.length} file${report.files.length === 1 ? '' : 's'}${report.baseline ? ` against ${report.baseline}` : ''}.`, summary(report, c)];
  if (report.findings.length > 0) out.push('', c.bold('Findings'), findingsTable(report.findings, width, c));
  if (consistent.length > 0) out.push('', c.bold('Consistent targets'), matchesTable(consistent, width, options.color));
  if (report.suppressed && report.suppressed.length > 0) out.push('', suppressedLine(report));
  return out.join('\n') + '\n';
}

const PAINT: Readonly<Record<Severity, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' };

function summary(report: CheckReport, c: InstanceType<typeof Chalk>): string {
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const).map((s) => plural(count(s), s));
  const status = (s: TargetMatch['status']) => report.matches.filter((m) => m.status === s).length;
  const head = report.findings.length === 0 ? c.green('No findings') : parts.join(', ');
  return `${head}; ${plural(report.matches.length, 'match', 'matches')} across files (${status('consistent')} consistent, ${status('conflict')} conflict, ${status('review')} to review).`;
}

function findingsTable(findings: readonly Finding[], width: number, c: InstanceType<typeof Chalk>): string {
  const message = Math.max(width - 9 - 24 - 18 - 5 * 2, 20);
  const table = new Table({
    head: ['severity', 'rule', 'message', 'fingerprint'],
    style: c.level > 0 ? { head: ['cyan'] } : { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: false,
    colWidths: [9, 24, message, 18],
  });
  for (const f of findings) table.push([c[PAINT[f.severity]](f.severity), f.rule, f.message, f.fingerprint]);
  return table.toString();
}

function matchesTable(matches: readonly TargetMatch[], width: number, color: boolean): string {
  const values = Math.max(width - 24 - 8 - 4 * 2, 20);
  const table = new Table({
    head: ['metric', 'year', 'as written'],
    style: color ? { head: ['cyan'] } : { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: false,
    colWidths: [24, 8, values],
  });
  for (const m of matches) {
    const years = [...new Set(m.items.map((i) => i.year ?? '?'))].join(', ');
    table.push([m.metric, years, m.items.map((i) => `${i.text} (${i.file}:${i.line})`).join('\n')]);
  }
  return table.toString();
}

function suppressedLine(report: CheckReport): string {
  const all = report.suppressed ?? [];
  const known = all.filter((s) => s.reason === 'baseline').length;
  return `${plural(all.length, 'finding')} not shown: ${all.length - known} ignored by the config, ${known} already in the baseline.`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
