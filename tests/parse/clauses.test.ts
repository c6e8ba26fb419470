import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/parse/targets/clauses.js';

const pieces = (text: string) => splitClauses(text).map(([s, e]) => text.slice(s, e));

// The straightforward reading splitClauses must keep: every character looked at in turn (the module
// jumps between the characters it acts on with a regular expression instead).
function referenceClauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('“「『《（('.includes(c)) depth++;
    else if ('”」』》）)'.includes(c) && depth > 0) depth--;
    else if (depth === 0 && '，,；;：:。！？!?'.includes(c) && !(c === ',' && /[0-9]/.test(text[i + 1] ?? ''))) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

describe('splitClauses', () => {
  it.each([
    ['到2027年，共建联合实验室20家；建设基地30个。', ['到2027年，', '共建联合实验室20家；', '建设基地30个。']],
    ['投入1,500万元，支持“一带一路，科技合作”项目。', ['投入1,500万元，', '支持“一带一路，科技合作”项目。']],
    ['设立（含A，B）机构：完成', ['设立（含A，B）机构：', '完成']],
  ])('splits %s at clause ends outside quotes and brackets', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('splits any text the same way as a character-by-character reading, covering it (property)', () => {
    const alphabet = fc.constantFrom(...'一二甲1,，;；:：。!！?？“”「」『』《》（）()a '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 50 }), (chars) => {
        const text = chars.join('');
        expect(pieces(text)).toEqual(referenceClauses(text));
        expect(pieces(text).join('')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
