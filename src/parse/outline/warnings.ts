import type { Lang, ParseWarning } from '../../types.js';

/**
 * The sentence of a parse warning in a language, from its code and structured parts (numbering
 * warnings: `6 is missing: 5 is followed by 7.` / `缺少6：5之后是7.`); other warnings keep their message.
 * @param warning the warning's code, parts and (for other codes) message
 * @param lang language of the sentence
 * @returns the sentence
 */
export function warningText(warning: Pick<ParseWarning, 'code' | 'params'> & { message?: string }, lang: Lang = 'en'): string {
  const p = warning.params;
  if (p === undefined) return warning.message ?? warning.code;
  const zh = lang === 'zh';
  switch (warning.code) {
    case 'skipped-number': {
      const missing = span(p.missing ?? []);
      const many = (p.missing?.length ?? 0) > 1;
      if (p.previous === 0) return zh ? `缺少${missing}：本级从${p.marker}开始` : `${missing} ${many ? 'are' : 'is'} missing: the level starts at ${p.marker}`;
      return zh ? `缺少${missing}：${p.previous}之后是${p.marker}` : `${missing} ${many ? 'are' : 'is'} missing: ${p.previous} is followed by ${p.marker}`;
    }
    case 'items-as-text': {
      const items = span(p.missing ?? []);
      const verb = (p.missing?.length ?? 0) > 1 ? 'start paragraphs but are not read as headings' : 'starts a paragraph but is not read as a heading';
      return zh ? `${items}出现在正文段首，未读作标题：${p.previous}之后是${p.marker}` : `${items} ${verb}: ${p.previous} is followed by ${p.marker}`;
    }
    case 'repeated-number':
      return zh ? `序号${p.ordinal}出现两次：${p.marker}与上一项同号` : `${p.ordinal} appears twice: ${p.marker} repeats the number before it`;
    case 'number-goes-back':
      return zh ? `序号倒退：${p.previous}之后是${p.marker}` : `the numbering goes back: ${p.previous} is followed by ${p.marker}`;
    default:
      return warning.message ?? warning.code;
  }
}

/** `6`, `6、7`, `6–9`: the missing numbers, a run of more than two as a range. */
function span(numbers: readonly number[]): string {
  if (numbers.length === 0) return '?';
  if (numbers.length <= 2) return numbers.join(', ');
  return `${numbers[0]}–${numbers.at(-1)}`;
}
