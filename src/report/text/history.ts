import { Chalk } from 'chalk';
import type { HistoryReport, Lang } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { changedInLabel, needsYear, quantity, versionLabel } from '../comparison/history.js';
import { drawTable, fit, widest, type TableStyle } from './table.js';
import { outlineMarker } from '../comparison/rows.js';
import { messages } from '../../i18n/messages.js';

/**
 * Render a history report for the terminal: the versions, one line of counts per step (modified, added,
 * removed, moved, renumbered, target changes), the number of clause lineages, then the target evolution
 * table (the targets that changed, their value in each version).
 * @param report the history report
 * @param options colour, terminal width and language (default `en`)
 * @returns the text, ending in a newline
 */
export function historyText(report: HistoryReport, options: FormatOptions): string {
  const lang: Lang = options.lang ?? 'en';
  const t = { ...messages(lang).history, ...messages(lang).history.terminal };
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(options.width ?? 80, 60);
  const out: string[] = [c.bold(t.heading(report.versions.length))];
  report.versions.forEach((v, k) => out.push(`  ${versionLabel(k, lang)}  ${v.path}`));
  const style: TableStyle = { head: (x) => c.cyan(x), border: (x) => c.dim(x) };
  out.push('', stepTable(report, lang, style));
  const changed = report.rows.filter((r) => r.changed).length;
  out.push(report.steps.every((s) => s.same) ? t.same : t.lineages(report.rows.length, changed));
  const moving = report.targets.filter((x) => x.changedIn.length > 0);
  out.push('', c.bold(t.targets));
  if (moving.length === 0) out.push(t.noTargets);
  else out.push(targetTable(moving, report.rows, report.versions.length, width, lang, style));
  return out.join('\n') + '\n';
}

function stepTable(report: HistoryReport, lang: Lang, style: TableStyle): string {
  const t = { ...messages(lang).history, ...messages(lang).history.terminal };
  const rows = report.steps.map((s) => {
    const m = s.summary;
    return [`${versionLabel(s.from, lang)} → ${versionLabel(s.to, lang)}`, ...[m.modified, m.added, m.removed, m.moved, m.renumbered, m.targetChanges].map(String)];
  });
  const heads = [t.step, ...t.columns];
  const columns = heads.map((head, i) => ({ head, width: widest([head, ...rows.map((r) => r[i]!)]) }));
  return drawTable(columns, rows.map((r) => ({ rows: [r.map((cell) => [cell])] })), style);
}

// Note: a law repeats metrics (罚款) in many articles, so the item or section a target sits in is named
// (`第三十一条`, `13.`, `（三）发展目标`).
function place(target: HistoryReport['targets'][number], rows: HistoryReport['rows']): string {
  const outline = rows[target.row]?.cells.findLast((c) => c !== null)?.outline ?? '';
  const last = outline.split(' / ').at(-1) ?? '';
  const marker = outlineMarker(outline);
  const where = marker !== '' ? marker : last.length > 8 ? `${last.slice(0, 7)}…` : last;
  return where === '' || where === '标题' ? '' : ` · ${where}`;
}

// Note: the table fits the terminal: the metric takes what the value columns leave, values wrap.
function targetTable(targets: HistoryReport['targets'], rows: HistoryReport['rows'], versions: number, width: number, lang: Lang, style: TableStyle): string {
  const t = { ...messages(lang).history, ...messages(lang).history.terminal };
  // Note: columns are the metric, one per version and "changed in"; each has a bar and two spaces of
  // padding. A value column is 12 wide when the metric keeps 24 beside it (`10万–20万元` on one line),
  // else 8 to 10 (`5000–1万元`), and the metric takes the rest, at least 10.
  const available = width - (versions + 3) - 2 * (versions + 2);
  const value = available - 12 * (versions + 1) >= 24 ? 12 : Math.max(8, Math.min(10, Math.floor((available - 10) / (versions + 1))));
  const metric = Math.max(10, available - value * (versions + 1));
  const heads = [t.metric, ...Array.from({ length: versions }, (_, k) => versionLabel(k, lang)), t.changedIn];
  const columns = heads.map((head, i) => ({ head, width: i === 0 ? metric : value }));
  const groups = targets.map((target) => {
    const withYear = needsYear(target);
    return { rows: [[fit(`${target.metric}${place(target, rows)}`, metric), ...target.values.map((v) => fit(quantity(v, withYear), value)), fit(changedInLabel(target, lang), value)]] };
  });
  return drawTable(columns, groups, style);
}
