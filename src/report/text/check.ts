import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, Lang, Severity, TargetMatch } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import type { FormatOptions } from '../types.js';
import { findingsList } from './check-findings.js';
import { matchesTable } from './check-matches.js';

/**
 * Render a check report for the terminal: a summary, the findings as a list (what is wrong, every place
 * involved, rule and fingerprint) and a table of the targets the plans agree on.
 * Note: findings are a list, not a table: their messages and paths are long, and in a table column they
 * wrap into an unreadable block at 80 columns; a list wraps only the prose and keeps paths whole.
 * @param report the report
 * @param options colour, terminal width (80 when unknown) and language
 * @returns the text, ending in a newline
 */
export function checkText(report: CheckReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lang = options.lang ?? 'en';
  const m = messages(lang).check;
  const width = Math.max(options.width ?? 80, 40);
  const consistent = report.matches.filter((m) => m.status === 'consistent');
  const out = summary(report, c, lang);
  if (report.findings.length > 0) out.push('', c.bold(m.findings), '', findingsList(report.findings, width, c, lang));
  if (consistent.length > 0) out.push('', c.bold(m.consistent), matchesTable(consistent, report.files, width, c, lang));
  if (report.suppressed && report.suppressed.length > 0) out.push('', suppressedLine(report, lang));
  return out.join('\n') + '\n';
}

// Note: the first line counts the findings shown, and says when others are left out, so a conflict in the
// match counts below never contradicts "no findings"; the second line is about matches across files
// (consistent, conflict and to review partition them) and is left out for one file, where there are none.
function summary(report: CheckReport, c: ChalkInstance, lang: Lang): string[] {
  const m = messages(lang).check;
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const status = (s: TargetMatch['status']) => report.matches.filter((x) => x.status === s).length;
  const hidden = report.suppressed?.length ?? 0;
  const found = report.findings.length > 0 ? (['error', 'warning', 'info'] as const).map((s) => m.count[s](count(s))).join(lang === 'zh' ? '，' : ', ') : c.green(hidden > 0 ? m.noNewFindings : m.noFindings);
  const lines = [`${m.checked(report.files.length, report.baseline)}${lang === 'zh' ? '：' : ': '}${found}${lang === 'zh' ? '。' : '.'}`];
  if (report.files.length > 1) lines.push(m.matches(report.matches.length, status('consistent'), status('conflict'), status('review')));
  return lines;
}

function suppressedLine(report: CheckReport, lang: Lang): string {
  const all = report.suppressed ?? [];
  const known = all.filter((s) => s.reason === 'baseline').length;
  return messages(lang).check.suppressed(all.length, all.length - known, known);
}
