import type { ChalkInstance } from 'chalk';
import type { Lang, TargetMatch } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { drawTable, fit, widest, type RowGroup } from './table.js';
import { fileNames } from './files.js';

/**
 * A table of matches: metric and year once per match, then one row per target with where it is and the
 * phrase as written. Files are named relative to the folder they share when that keeps them short
 * (`plan-007.txt:33`), else by a numbered legend (`[2]:17`), so the table keeps its shape at 80 columns.
 * @param matches the matches to list
 * @param files every checked file, in report order (legend numbers follow it)
 * @param width terminal columns
 * @param c chalk, coloured or not
 * @param lang language of the headers
 * @returns the note lines and the table, without a trailing newline
 */
export function matchesTable(matches: readonly TargetMatch[], files: readonly string[], width: number, c: ChalkInstance, lang: Lang = 'en'): string {
  const m = messages(lang).check;
  const used = files.filter((f) => matches.some((x) => x.items.some((i) => i.file === f)));
  const items = matches.flatMap((x) => x.items);
  const names = fileNames(used, items, Math.min(28, Math.floor(width * 0.3)), lang);
  const where = (i: TargetMatch['items'][number]) => `${names.name(i.file)}:${i.line}`;
  const whereWidth = Math.max(widest([m.head.where]), widest(items.map(where)));
  const yearOf = (x: TargetMatch) => [...new Set(x.items.map((i) => i.year ?? '?'))].join(', ');
  const year = Math.max(widest([m.head.year]), widest(matches.map(yearOf)));
  const metric = width >= 110 ? 24 : 18;
  // Note: four columns take 13 columns of borders and padding.
  const text = Math.max(width - 13 - metric - year - whereWidth, 16);
  const groups: RowGroup[] = matches.map((x) => ({
    span: [fit(x.metric, metric), fit(yearOf(x), year)],
    rows: x.items.map((i) => [[where(i)], fit(i.text, text)]),
  }));
  const columns = [
    { head: m.head.metric, width: metric },
    { head: m.head.year, width: year },
    { head: m.head.where, width: whereWidth },
    { head: m.head.text, width: text },
  ];
  return [...names.note, drawTable(columns, groups, { head: (t) => c.cyan(t), border: (t) => c.dim(t) })].join('\n');
}
