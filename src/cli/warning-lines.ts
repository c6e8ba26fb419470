import type { Lang, ParseWarning } from '../types.js';
import { messages } from '../i18n/messages.js';
import { warningText } from '../parse/outline/warnings.js';

/** How many warnings of one kind are shown, with their lines, before the rest are counted. */
export const SHOWN_PER_KIND = 3;

/**
 * The stderr lines of a document's parse warnings, each kind (code) shown at most `shown` times with
 * its place, then one line counting the rest of that kind: 30,000 repeated `一、` make four lines, not
 * 30,000. JSON output (`--format json`) keeps every warning.
 * @param file the path as typed
 * @param warnings the document's warnings, in order
 * @param lang the language of the lines
 * @param shown warnings of one kind shown in full
 * @returns the lines, without `plan-diff: ` and without newlines
 */
export function warningLines(file: string, warnings: readonly ParseWarning[], lang: Lang, shown = SHOWN_PER_KIND): string[] {
  const m = messages(lang).cli;
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const w of warnings) {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    if (n > shown) continue;
    const where = `${file}${w.line === undefined ? '' : w.page === undefined ? `:${w.line}` : `:p${w.page}:${w.line}`}`;
    lines.push(m.warning(where, warningText(w, lang)));
  }
  for (const [code, n] of seen) if (n > shown) lines.push(m.moreWarnings(file, n - shown, code));
  return lines;
}
