import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getSegmenter, prefetchSegmenter } from '../../src/parse/words/segmenter.js';

const seg = getSegmenter();

describe('segmenter', () => {
  it.each([
    ['共建市级“一带一路”联合实验室20家', ['一带一路', '联合实验室', '20家']],
    ['到2027年规模达到1.2万亿元，年均增长6%', ['2027年', '1.2万亿元', '6%']],
    ['推动15家科技企业', ['15家']],
    ['推进三城一区和中关村建设，培育新质生产力，服务共建国家', ['三城一区', '中关村', '新质生产力', '共建国家']],
    ['（2024-2027年）', ['2024-2027年']],
    ['提高0.5个百分点', ['0.5个百分点']],
  ])('keeps domain words and numbers with units whole in %s', (text, expected) => {
    const words = seg.words(text);
    for (const word of expected) expect(words).toContain(word);
  });

  it('gives back the text exactly when the tokens are joined (seed)', () => {
    const text = readFileSync('seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt', 'utf8');
    expect(seg.words(text).join('')).toBe(text);
  });

  it('gives back any text exactly when the tokens are joined (property)', () => {
    const alphabet = fc.constantFrom(...'一带路中关村20家1.5%万亿元 　\n，。“”()（）-abc'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(seg.words(text).join('')).toBe(text);
      }),
    );
  });

  it('adds a user dictionary without touching the default instance', () => {
    const custom = getSegmenter({ userDicts: ['# my words\n\n量子互联网 50000 n\n'] });
    expect(custom.words('建设量子互联网')).toContain('量子互联网');
    expect(seg.words('建设量子互联网')).not.toContain('量子互联网');
    expect(getSegmenter({ userDicts: ['量子互联网 50000 n'] })).not.toBe(seg);
  });

  it('caches one instance per dictionary set', () => {
    expect(getSegmenter()).toBe(seg);
  });

  it('cuts the same from a dictionary index read in the background (prefetchSegmenter)', async () => {
    await expect(prefetchSegmenter()).resolves.toBe(true);
    // Note: a dictionary of only a comment adds no word but makes a new instance, built from the prefetched bytes.
    const fresh = getSegmenter({ userDicts: ['# prefetch test\n'] });
    expect(fresh).not.toBe(seg);
    const text = readFileSync('seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt', 'utf8');
    expect(fresh.words(text)).toEqual(seg.words(text));
  });
});
