import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapText } from '../../../src/report/text/width.js';

describe('textWidth', () => {
  it.each([
    ['abc', 3],
    ['联合实验室', 10],
    ['达15家', 6],
    ['（地区）', 8],
    ['\u001b[31merror\u001b[39m', 5],
  ])('%s is %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it.each([
    ['breaks between Chinese characters, keeps amounts and Latin words whole', '北京国际科技合作基地数量达100个 scopes differ', 30, ['北京国际科技合作基地数量达', '100个 scopes differ']],
    ['keeps an amount with its magnitude and unit', '专项债券3.8万亿元', 14, ['专项债券', '3.8万亿元']],
    ['keeps an amount with its bound words', '研发人员数达到260人左右', 20, ['研发人员数达到', '260人左右']],
    ['keeps a percentage with its bound words', '研发人员数达到3%以上', 18, ['研发人员数达到', '3%以上']],
    ['drops the space at a break', '达100个 [no scope]: scopes differ', 20, ['达100个 [no scope]:', 'scopes differ']],
    ['never starts a line with closing punctuation', '与世界主要创新国家（地区）', 24, ['与世界主要创新国家（地', '区）']],
    ['never ends a line with opening punctuation', '国家和地区（地区）', 12, ['国家和地区', '（地区）']],
    ['cuts a unit wider than the line', 'abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['keeps a line that fits', '3%左右', 10, ['3%左右']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it('never loses a character but the spaces at breaks, and keeps every line within the width', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('中', '国', '，', '（', '）', 'a', 'b', '1', ' ', '%', ':') }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const lines = wrapText(text, width);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
        for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
