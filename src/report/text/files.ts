import type { Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { textWidth } from './width.js';

/** Where each file of a table is named: the note above the table and the short name per path. */
export interface FileNames {
  /** Lines printed above the table (a `[n] path` legend, or where paths are relative to). */
  note: string[];
  /** Short name of a file as given. */
  name(file: string): string;
}

/**
 * Short names for the files of a table's `file:line` column: relative to the folder they share when
 * that keeps every place within `max` columns (`plan-007.txt:33`), else a numbered legend (`[2]:17`),
 * so the table keeps its shape at 80 columns while the note above it gives each path whole.
 * @param files every file that may appear, in report order (legend numbers follow it)
 * @param places the places the column will show, as file and line
 * @param max widest place that still fits the column
 * @param lang language of the note
 * @returns the note and the naming function
 */
export function fileNames(files: readonly string[], places: ReadonlyArray<{ file: string; line: number }>, max: number, lang: Lang): FileNames {
  const dir = commonDir(files);
  const rel = (f: string) => f.slice(dir.length);
  let longest = 0;
  for (const p of places) longest = Math.max(longest, textWidth(`${rel(p.file)}:${p.line}`));
  if (longest <= max) return { note: dir === '' ? [] : [messages(lang).relativeTo(dir)], name: rel };
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
