import { Chalk } from 'chalk';
import type { Target, TargetsReport } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { formatAmount } from '../../i18n/amount.js';
import { messages } from '../../i18n/messages.js';
import { drawTable, fit, widest, type Column } from './table.js';
import { fileNames } from './files.js';

/** Borders and padding of a five-column table. */
const CHROME = 5 * 3 + 1;

/**
 * Render a targets report for the terminal: a table fitted to the terminal's width, one row per target
 * (metric, the amount as written, horizon, kind, file:line), then a count.
 * Note: the amount is the document's own wording (`超过1.2万亿元`, `达到17%左右`) and is never cut; the
 * metric column takes what is left and wraps. JSON and CSV carry the value in base units.
 * @param report the report
 * @param options colour, terminal width (80 when unknown) and language
 * @returns the text, ending in a newline
 */
export function targetsText(report: TargetsReport, options: FormatOptions): string {
  const m = messages(options.lang).targets;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (report.targets.length === 0) return `${m.none}\n`;
  const width = Math.max(options.width ?? 80, 40);
  const files = [...new Set(report.targets.map((t) => t.file))];
  const names = fileNames(files, report.targets, Math.min(28, Math.floor(width * 0.3)), options.lang ?? 'en');
  const kinds = messages(options.lang).kind;
  const rows = report.targets.map((t) => ({
    metric: t.metric || t.text,
    amount: formatAmount(t),
    year: t.year === null ? '—' : String(t.year),
    kind: kinds[t.kind],
    where: `${names.name(t.file)}:${t.line}`,
    target: t,
  }));
  const size = (head: string, cells: string[]) => Math.max(widest([head]), widest(cells));
  // Note: an amount wider than a quarter of the line wraps where Chinese allows (never inside 1.2万亿元).
  const amount = Math.max(widest([m.head.value]), Math.min(size(m.head.value, rows.map((r) => r.amount)), Math.floor(width * 0.25)));
  const year = size(m.head.year, rows.map((r) => r.year));
  const kind = size(m.head.kind, rows.map((r) => r.kind));
  const where = size(m.head.where, rows.map((r) => r.where));
  const metric = Math.max(width - CHROME - amount - year - kind - where, 8);
  const columns: Column[] = [
    { head: m.head.metric, width: metric },
    { head: m.head.value, width: amount },
    { head: m.head.year, width: year },
    { head: m.head.kind, width: kind },
    { head: m.head.where, width: where },
  ];
  const paint = (t: Target, text: string) => (t.kind === 'target' ? c.green(text) : c.dim(text));
  const groups = rows.map((r) => ({ rows: [[fit(r.metric, metric), fit(r.amount, amount), [r.year], [paint(r.target, r.kind)], fit(r.where, where)]] }));
  const table = drawTable(columns, groups, { head: (t) => c.cyan(t), border: (t) => c.dim(t) }, 'wrapped');
  return `${[...names.note, table].join('\n')}\n${m.count(report.targets.length)}\n`;
}
