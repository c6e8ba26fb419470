import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/outline/sentences.js';
import { normalizeText } from '../../src/parse/outline/normalize.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['共商共建。立足首都。', ['共商共建。', '立足首都。']],
    ['一是加强；二是推进！三是落实？', ['一是加强；', '二是推进！', '三是落实？']],
    ['half;width!works?yes', ['half;', 'width!', 'works?', 'yes']],
    ['坚持“引进来。走出去。”并重。下一句。', ['坚持“引进来。走出去。”并重。', '下一句。']],
    ['按照《条例。办法》执行。再说。', ['按照《条例。办法》执行。', '再说。']],
    ['（一）内容。（二）内容。', ['（一）内容。', '（二）内容。']],
    ['设立（详见附件。）机构。完。', ['设立（详见附件。）机构。', '完。']],
    ['他说：「好。」然后。', ['他说：「好。」然后。']],
    ['坚持"四个面向。"推进。', ['坚持"四个面向。"推进。']],
    ['未闭合（括号。后面。', ['未闭合（括号。', '后面。']],
    ['到2025年，达到1.2万亿元。', ['到2025年，达到1.2万亿元。']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['没有句号', ['没有句号']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

// The straightforward reading splitSentences must keep: every character looked at in turn (the module
// jumps between the characters it acts on with regular expressions instead).
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const TERMINATORS = new Set('。！？；!?;');
function referenceSplit(text: string): string[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const openers: string[] = [];
  const openedAt: number[] = [];
  const straight: Record<string, number> = { '"': -1, "'": -1 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      if (straight[c] < 0) straight[c] = i;
      else {
        for (let k = straight[c] + 1; k < i; k++) inside[k] = true;
        straight[c] = -1;
      }
    } else if (c in PAIRS) {
      openers.push(c);
      openedAt.push(i);
    } else if (CLOSERS.has(c)) {
      const k = openers.lastIndexOf(CLOSERS.get(c)!);
      if (k >= 0) {
        for (let j = openedAt[k] + 1; j < i; j++) inside[j] = true;
        openers.length = k;
        openedAt.length = k;
      }
    }
  }
  const out: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end).replace(/^\s+|\s+$/gu, '');
    if (piece) out.push(piece);
  };
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.has(text[i]) || inside[i]) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]) || (CLOSERS.has(text[end]) && !inside[end]))) end += 1;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return out;
}

describe('splitSentences against a character-by-character reading', () => {
  it('splits any text of quotes, brackets, terminators and words the same way (property)', () => {
    const alphabet = fc.constantFrom(...'一二三甲乙。！？；!?;，“”‘’「」『』《》（）()【】〔〕[]"\' a'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(split(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeText', () => {
  it.each([
    ['全面 贯彻落实', '全面贯彻落实'],
    ['到 2025 年', '到2025年'],
    ['（一）强化，保障：', '(一)强化,保障:'],
    ['“四个面向”', '"四个面向"'],
    ['"四个面向"', '"四个面向"'],
    ['１２３ＡＢＣ％', '123ABC%'],
    ['总　　则', '总则'],
    ['the  quick\nfox', 'the quick fox'],
  ])('%s → %s', (text, norm) => {
    expect(normalizeText(text)).toBe(norm);
  });
});
