import { charClass } from '../chars.js';

const OPENER = 1;
const CLOSER = 2;
const CLAUSE_END = 4;
/** Character class by char code (a table: this runs over every character of every sentence). */
const CLASS = new Uint8Array(0x10000);
// Note: a tab parts the cells of a table row (Word's tables, Markdown's read as tab-separated): a cell
// is a clause of its own, so a row number or a project's name is no part of a count's metric.
const GROUPS = [['“「『《（(', OPENER], ['”」』》）)', CLOSER], ['，,；;：:。！？!?\t', CLAUSE_END]] as const;
for (const [chars, bit] of GROUPS) {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
}
// Note: the characters of CLASS, found with a regular expression (see charClass).
const CLASSED = charClass(GROUPS.map(([chars]) => chars).join(''), 'g');
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Clause spans [start, end) of a sentence, split at ，；：。 and tabs outside quotes and brackets.
 * Note: a half-width comma before a digit is a thousands separator, not a clause end.
 * @param text the sentence (half-width digits)
 * @returns the spans in order, covering the text
 */
export function splitClauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  CLASSED.lastIndex = 0;
  for (let m = CLASSED.exec(text); m !== null; m = CLASSED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const kind = CLASS[c];
    if (kind & OPENER) depth++;
    else if (kind & CLOSER && depth > 0) depth--;
    else if (depth === 0 && kind & CLAUSE_END && !(c === 0x2c && isDigit(text.charCodeAt(i + 1)))) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
