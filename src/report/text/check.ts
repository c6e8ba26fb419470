import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, Severity, TargetMatch } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { findingsList } from './check-findings.js';
import { matchesTable } from './check-matches.js';

/**
 * Render a check report for the terminal: a summary, the findings as a list (what is wrong, every place
 * involved, rule and fingerprint) and a table of the targets the plans agree on.
 * Note: findings are a list, not a table: their messages and paths are long, and in a table column they
 * wrap into an unreadable block at 80 columns; a list wraps only the prose and keeps paths whole.
 * @param report the report
 * @param options colour and terminal width (default 100, at least 60)
 * @returns the text, ending in a newline
 */
export function checkText(report: CheckReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(options.width ?? 100, 60);
  const consistent = report.matches.filter((m) => m.status === 'consistent');
  const out = summary(report, c);
  if (report.findings.length > 0) out.push('', c.bold('Findings'), '', findingsList(report.findings, width, c));
  if (consistent.length > 0) out.push('', c.bold('Consistent targets'), matchesTable(consistent, report.files, width, options.color));
  if (report.suppressed && report.suppressed.length > 0) out.push('', suppressedLine(report));
  return out.join('\n') + '\n';
}

function summary(report: CheckReport, c: ChalkInstance): string[] {
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const).map((s) => plural(count(s), s));
  const status = (s: TargetMatch['status']) => report.matches.filter((m) => m.status === s).length;
  const checked = `Checked ${plural(report.files.length, 'file')}${report.baseline ? ` against ${report.baseline}` : ''}`;
  const found = report.findings.length === 0 ? c.green('no findings') : parts.join(', ');
  return [
    `${checked}: ${found}.`,
    `${plural(report.matches.length, 'match', 'matches')} across files: ${status('consistent')} consistent, ${status('conflict')} conflict, ${status('review')} to review.`,
  ];
}

function suppressedLine(report: CheckReport): string {
  const all = report.suppressed ?? [];
  const known = all.filter((s) => s.reason === 'baseline').length;
  return `${plural(all.length, 'finding')} not shown: ${all.length - known} ignored by the config, ${known} already in the baseline.`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
