import type { ChalkInstance } from 'chalk';
import type { Finding, FindingLocation, Severity } from '../../types.js';
import { textWidth, wrapText } from './width.js';

const PAINT: Readonly<Record<Severity, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' };
const INDENT = 9;

/**
 * List findings for the terminal, one block each (after vfile-reporter and rustc): the severity and what
 * is wrong, then every place involved as `file:line:column` with the phrase as written, then the rule and
 * the fingerprint to put in an `ignore`. Paths are printed whole, as given, so terminals can open them;
 * only the message and the phrases wrap, with hanging indents, so the list reads at any width.
 * @param findings the findings, in report order
 * @param width terminal columns
 * @param c chalk, coloured or not
 * @returns the blocks, separated by blank lines, without a trailing newline
 */
export function findingsList(findings: readonly Finding[], width: number, c: ChalkInstance): string {
  return findings.map((f) => findingBlock(f, width, c)).join('\n\n');
}

function findingBlock(f: Finding, width: number, c: ChalkInstance): string {
  const lines = wrapText(summary(f), width - INDENT).map((l, i) => (i === 0 ? c[PAINT[f.severity]](f.severity.padEnd(INDENT)) : ' '.repeat(INDENT)) + l);
  for (const l of f.locations) {
    const where = `  ${place(l)}`;
    if (textWidth(where) + 2 + textWidth(l.text) <= width) lines.push(`${where}  ${c.dim(l.text)}`);
    else lines.push(where, ...wrapText(l.text, width - 6).map((t) => `      ${c.dim(t)}`));
  }
  lines.push(c.dim(`  ${f.rule} ${f.fingerprint}`));
  return lines.join('\n');
}

/**
 * The message without its `file:line` places, which the block lists on lines of their own.
 * Note: check messages write a place as ` (file:line)` or `(year, file:line)`; each place is cut out
 * exactly as the check wrote it, so a message of another shape is shown whole rather than mangled.
 */
function summary(f: Finding): string {
  let text = f.message;
  for (const l of f.locations) {
    const p = l.page !== undefined ? `${l.file}:p${l.page}:${l.line}` : `${l.file}:${l.line}`;
    text = text.replaceAll(` (${p})`, '').replaceAll(`, ${p})`, ')');
  }
  return text;
}

/** `file:line:column` as editors and terminals open it (`file:p3:12` for a PDF page and line). */
function place(l: FindingLocation): string {
  return l.page !== undefined ? `${l.file}:p${l.page}:${l.line}` : `${l.file}:${l.line}:${l.column}`;
}
