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
  const message = Math.max(width - 10 - 24 - 18 - 5, 20);
  const table = new Table({
    head: ['severity', 'rule', 'message', 'fingerprint'],
    style: c.level > 0 ? { head: ['cyan'] } : { head: [], border: [] },
    colWidths: [10, 24, message, 18],
  });
  for (const f of findings) table.push([c[PAINT[f.severity]](f.severity), f.rule, wrap(f.message, message - 2), f.fingerprint]);
  return table.toString();
}

function matchesTable(matches: readonly TargetMatch[], width: number, color: boolean): string {
  const values = Math.max(width - 24 - 8 - 4, 20);
  const table = new Table({
    head: ['metric', 'year', 'as written'],
    style: color ? { head: ['cyan'] } : { head: [], border: [] },
    colWidths: [24, 8, values],
  });
  for (const m of matches) {
    const years = [...new Set(m.items.map((i) => i.year ?? '?'))].join(', ');
    table.push([wrap(m.metric, 22), years, m.items.map((i) => wrap(`${i.text} (${i.file}:${i.line})`, values - 2)).join('\n')]);
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

/**
 * Hard-wrap text to a display width, counting CJK and full-width characters as two columns.
 * Note: cli-table3's own wrapping cuts CJK lines short with "…"; lines that already fit are kept whole.
 */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
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

/** Display width of a code point (the East Asian wide ranges string-width counts as two). */
function charWidth(cp: number): number {
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    cp === 0x2329 ||
    cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}
