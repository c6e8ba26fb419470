import { PlanDiffError } from '../../errors.js';
import type { SourceFile } from '../../types.js';
import { decodeText } from './encoding.js';
import { sourceNotes } from '../../i18n/input.js';

/**
 * Read a plain-text or Markdown file: detect its encoding, normalise line endings, refuse empty text.
 * @param bytes the file's bytes
 * @param path path as given; `.md`/`.markdown` makes the format `md`
 * @returns the source, where line i of `value` is line i of the file
 * @throws PlanDiffError `EMPTY`, `BINARY` or `ENCODING`
 */
export function readText(bytes: Uint8Array, path: string): SourceFile {
  const decoded = decodeText(bytes, path);
  const value = normalizeNewlines(decoded.value);
  if (value.trim() === '') {
    throw new PlanDiffError('EMPTY', { key: 'whitespace', params: { path, size: bytes.length } }, path);
  }
  const format = /\.(md|markdown)$/i.test(path) ? 'md' : 'txt';
  return { path, value, format, lineUnit: 'line', encoding: decoded.encoding, ...sourceNotes(decoded.notes) };
}

/**
 * Turn CRLF and lone CR line endings into LF.
 * Note: each CRLF and each lone CR ends exactly one line, as editors count them, so line numbers
 * in the result are the file's own line numbers.
 * @param text decoded text
 * @returns the text with `\n` line endings only
 */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
