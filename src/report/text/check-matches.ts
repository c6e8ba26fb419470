import { Table } from './table.js';
import type { TargetMatch } from '../../types.js';
import { textWidth, wrapText } from './width.js';

/** Where each file of a match table is named: the heading note and the name per path. */
interface FileNames {
  /** Lines printed above the table (a `[n] path` legend, or where paths are relative to). */
  note: string[];
  /** Short name of a file as given. */
  name(file: string): string;
}

/**
 * A table of matches: metric and year once per match, then one row per target with where it is and the
 * phrase as written. Files are named relative to the folder they share when that keeps them short
 * (`plan-007.txt:33`), else by a numbered legend (`[2]:17`), so the table keeps its shape at 80 columns.
 * @param matches the matches to list
 * @param files every checked file, in report order (legend numbers follow it)
 * @param width terminal columns
 * @param color whether to colour the header
 * @returns the note lines and the table, without a trailing newline
 */
export function matchesTable(matches: readonly TargetMatch[], files: readonly string[], width: number, color: boolean): string {
  const used = files.filter((f) => matches.some((m) => m.items.some((i) => i.file === f)));
  const whereMax = Math.min(28, Math.floor(width * 0.3));
  const names = fileNames(used, matches, whereMax);
  const where = (i: TargetMatch['items'][number]) => `${names.name(i.file)}:${i.line}`;
  const whereWidth = Math.max(5, ...matches.flatMap((m) => m.items.map((i) => textWidth(where(i)))));
  const metric = width >= 110 ? 24 : 18;
  // Note: four columns take 13 columns of borders and padding.
  const text = Math.max(width - 13 - metric - 4 - whereWidth, 16);
  const table = new Table({
    head: ['metric', 'year', 'where', 'as written'],
    style: color ? { head: ['cyan'] } : { head: [], border: [] },
    colWidths: [metric + 2, 6, whereWidth + 2, text + 2],
  });
  for (const m of matches) {
    const years = [...new Set(m.items.map((i) => i.year ?? '?'))].join(', ');
    m.items.forEach((item, k) => {
      const row = [where(item), wrapText(item.text, text).join('\n')];
      const span = { rowSpan: m.items.length, vAlign: 'top' as const };
      table.push(k === 0 ? [{ content: wrapText(m.metric, metric).join('\n'), ...span }, { content: String(years), ...span }, ...row] : row);
    });
  }
  return [...names.note, table.toString()].join('\n');
}

function fileNames(files: readonly string[], matches: readonly TargetMatch[], whereMax: number): FileNames {
  const dir = commonDir(files);
  const rel = (f: string) => f.slice(dir.length);
  const longest = Math.max(0, ...matches.flatMap((m) => m.items.map((i) => textWidth(`${rel(i.file)}:${i.line}`))));
  if (longest <= whereMax) return { note: dir === '' ? [] : [`Paths relative to ${dir}`], name: rel };
  const number = new Map(files.map((f, i) => [f, `[${i + 1}]`] as const));
  return { note: files.map((f) => `${number.get(f)} ${f}`), name: (f) => number.get(f) ?? f };
}

/** The folder all paths start with, with its trailing slash (`''` when they share none). */
function commonDir(files: readonly string[]): string {
  if (files.length < 2) return files.length === 1 ? files[0].slice(0, files[0].lastIndexOf('/') + 1) : '';
  let prefix = files[0];
  for (const f of files) while (!f.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}
