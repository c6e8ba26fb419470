import type { Lang, ParseWarning } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { noteText } from '../../i18n/input.js';

/**
 * The sentence of a parse warning in a language, from its code and structured parts (numbering
 * warnings: `6 is missing: 5 is followed by 7.` / `缺少6：5之后是7.`; `no-headings` from its count), in
 * the catalog's words; reader notes (`source-note`) from their catalog key; other warnings keep their message.
 * @param warning the warning's code, parts and (for other codes) message
 * @param lang language of the sentence
 * @returns the sentence
 */
export function warningText(warning: Pick<ParseWarning, 'code' | 'params' | 'count' | 'note'> & { message?: string }, lang: Lang = 'en'): string {
  const w = messages(lang).warning;
  if (warning.code === 'no-headings' && warning.count !== undefined) return w.noHeadings(warning.count);
  if (warning.code === 'source-note' && warning.note !== undefined) return noteText(warning.note, lang);
  const p = warning.params;
  if (p === undefined) return warning.message ?? warning.code;
  const many = (p.missing?.length ?? 0) > 1;
  switch (warning.code) {
    case 'skipped-number': {
      const missing = span(p.missing ?? [], w.and);
      return p.previous === 0 ? w.skippedAtStart(missing, many, p.marker) : w.skipped(missing, many, p.previous, p.marker);
    }
    case 'items-as-text':
      return w.itemsAsText(span(p.missing ?? [], w.and), many, p.previous, p.marker);
    case 'repeated-number':
      return w.repeated(p.ordinal, p.marker);
    case 'number-goes-back':
      return w.goesBack(p.previous, p.marker);
    default:
      return warning.message ?? warning.code;
  }
}

/** `6`, `6, 7` (`6、7`), `6–9`: the missing numbers, a run of more than two as a range. */
function span(numbers: readonly number[], and: string): string {
  if (numbers.length === 0) return '?';
  if (numbers.length <= 2) return numbers.join(and);
  return `${numbers[0]}–${numbers.at(-1)}`;
}
