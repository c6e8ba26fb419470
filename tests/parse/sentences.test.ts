import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/sentences.js';
import { normalizeText } from '../../src/parse/normalize.js';

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
