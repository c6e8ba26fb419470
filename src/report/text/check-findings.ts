import type { ChalkInstance } from 'chalk';
import type { Finding, FindingLocation, Lang, Severity } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { textWidth, wrapText } from './width.js';

const PAINT: Readonly<Record<Severity, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' };
const INDENT = 9;
/** Places shown per value in the terminal; the rest are counted (`… and 37 more places with this value`). */
const PLACES_PER_VALUE = 3;

/**
 * List findings for the terminal, one block each (after vfile-reporter and rustc): the severity and what
 * is wrong, then every place involved as `file:line:column` with the phrase as written, then the rule and
 * the fingerprint to put in an `ignore`. Paths are printed whole, as given, so terminals can open them;
 * only the message and the phrases wrap, with hanging indents, so the list reads at any width. A value
 * stated in many files shows its first three places and counts the others.
 * @param findings the findings, in report order
 * @param width terminal columns
 * @param c chalk, coloured or not
 * @param lang language of the severities and notes (the messages are written in it already)
 * @returns the blocks, separated by blank lines, without a trailing newline
 */
export function findingsList(findings: readonly Finding[], width: number, c: ChalkInstance, lang: Lang = 'en'): string {
  return findings.map((f) => findingBlock(f, width, c, lang)).join('\n\n');
}

function findingBlock(f: Finding, width: number, c: ChalkInstance, lang: Lang): string {
  const m = messages(lang);
  const label = m.severity[f.severity];
  const pad = (text: string) => text + ' '.repeat(Math.max(1, INDENT - textWidth(text)));
  const lines = wrapText(summary(f), width - INDENT).map((l, i) => (i === 0 ? c[PAINT[f.severity]](pad(label)) : ' '.repeat(INDENT)) + l);
  for (const run of valueRuns(f.locations)) {
    for (const l of run.slice(0, PLACES_PER_VALUE)) {
      const where = `  ${place(l)}`;
      if (textWidth(where) + 2 + textWidth(l.text) <= width) lines.push(`${where}  ${c.dim(l.text)}`);
      else lines.push(where, ...wrapText(l.text, width - 6).map((t) => `      ${c.dim(t)}`));
    }
    const rest = run.length - PLACES_PER_VALUE;
    if (rest > 0) lines.push(c.dim(`  ${m.check.morePlaces(rest)}`));
  }
  lines.push(c.dim(`  ${f.rule} ${f.fingerprint}`));
  return lines.join('\n');
}

/**
 * The locations of a finding cut into runs of one value (checks list each value's places together).
 * Note: a run is told by amount, year, kind of change and scope; 100个 and 100项 are one value, as in
 * the checks. Only the terminal caps a run: JSON, CSV and SARIF carry every place.
 */
function valueRuns(locations: readonly FindingLocation[]): FindingLocation[][] {
  const runs: FindingLocation[][] = [];
  const id = (l: FindingLocation) => JSON.stringify([l.value, l.year, l.change ?? 'level', l.scope ?? null]);
  for (const l of locations) {
    const last = runs.at(-1);
    if (last && id(last[0]) === id(l)) last.push(l);
    else runs.push([l]);
  }
  return runs;
}

/**
 * The message without its `file:line` places, which the block lists on lines of their own.
 * Note: a check writes the places of a value in brackets, after the year in a series, in either language:
 * `(a.txt:33)`, `(b.txt:17, c.txt:9 and 4 more)`, `(2024, a.txt:75)`, `（2024年，a.txt:75, b.txt:3 等另2处）`.
 * A bracket is cut only when every item in it is one of the finding's places (or a year, which stays), so a
 * message of another shape, or a bracket in a metric, is shown whole rather than mangled.
 */
function summary(f: Finding): string {
  const places = new Set(f.locations.map((l) => (l.page !== undefined ? `${l.file}:p${l.page}:${l.line}` : `${l.file}:${l.line}`)));
  return f.message.replace(/ ?\(([^()]*)\)|（([^（）]*)）/g, (whole, ascii: string | undefined, wide: string | undefined) => {
    const items = (ascii ?? wide ?? '').split(/, |，/);
    const last = items.length - 1;
    items[last] = items[last]!.replace(/ and \d+ more$| 等另\s?\d+\s?处$/, '');
    const years = items.filter((i) => /^(?:\d{4}年?|year unknown|年份不明)$/.test(i));
    const rest = items.filter((i) => !years.includes(i));
    if (rest.length === 0 || !rest.every((i) => places.has(i))) return whole;
    if (years.length === 0) return '';
    return ascii !== undefined ? ` (${years.join(', ')})` : `（${years.join('，')}）`;
  });
}

/** `file:line:column` as editors and terminals open it (`file:p3:12` for a PDF page and line). */
function place(l: FindingLocation): string {
  return l.page !== undefined ? `${l.file}:p${l.page}:${l.line}` : `${l.file}:${l.line}:${l.column}`;
}
