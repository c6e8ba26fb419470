const CLAUSE_END = /[，,；;：:。！？!?]/u;

/**
 * Clause spans [start, end) of a sentence, split at ，；：。 outside quotes and brackets.
 * Note: a half-width comma before a digit is a thousands separator, not a clause end.
 * @param text the sentence (half-width digits)
 * @returns the spans in order, covering the text
 */
export function splitClauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('“「『《（('.includes(c)) depth++;
    else if ('”」』》）)'.includes(c) && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_END.test(c) && !(c === ',' && /\d/.test(text[i + 1] ?? ''))) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
