import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJiebaIndex, findGroup, indexFor, NO_SECOND, pairKey, readJiebaIndex } from '../../src/parse/words/jieba-index.js';
import { createLazyJieba, type JiebaCore } from '../../src/parse/words/jieba-lazy.js';
import { getSegmenter, SHIPPED_DICT } from '../../src/parse/words/segmenter.js';
import { CORPUS_FILES } from '../helpers/corpus.js';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaCore } };
const dictBytes = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
const index = readJiebaIndex(buildJiebaIndex(dictBytes, 'test'))!;
const shipped = readFileSync(SHIPPED_DICT);

/** jieba as it is usually loaded: the whole dictionary, then the extra dictionaries in order. */
function fullJieba(extras: readonly Uint8Array[]): JiebaCore {
  const jieba = Jieba.withDict(dictBytes);
  for (const extra of extras) jieba.loadDict(extra);
  return jieba;
}

/** Texts of every seed and corpus file, whole and cut into lines and sentences. */
function realTexts(): string[] {
  const files = [
    ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f)),
    ...CORPUS_FILES.map((f) => join('fixtures/corpus', f)),
  ];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [text, ...text.split('\n'), ...text.split(/[。；]/)].filter((t) => t !== '');
  });
}

describe('jieba index', () => {
  it('groups words by their first two UTF-16 units, duplicates and missing frequencies as jieba reads them', () => {
    const dict = Buffer.from('北京 300 ns\n北京大学 200 nt\n北 50\n北京 100 ns\n𠀀字 7\n京\n');
    const small = readJiebaIndex(buildJiebaIndex(dict, '0.0.0'))!;
    expect(small.header).toMatchObject({ format: 'plan-diff/jieba-index@1', jiebaVersion: '0.0.0', dictBytes: dict.length, groups: 4 });
    // Note: 北京 is defined twice, the last line wins (100); 京 has no frequency (0).
    expect(small.header.total).toBe(100 + 200 + 50 + 7 + 0);
    const lines = (first: string, second: number) => {
      const g = findGroup(small, pairKey(first.charCodeAt(0), second));
      return g < 0 ? null : Buffer.from(small.blob.subarray(small.offsets[g], small.offsets[g + 1])).toString('utf8');
    };
    expect(lines('北', '京'.charCodeAt(0))).toBe('北京 300 ns\n北京大学 200 nt\n北京 100 ns\n');
    expect(lines('北', NO_SECOND)).toBe('北 50\n');
    expect(lines('京', NO_SECOND)).toBe('京\n');
    expect(lines('\ud840', 0xdc00)).toBe('𠀀字 7\n');
    expect(lines('南', NO_SECOND)).toBeNull();
  });

  it('reads null from bytes that are not an index', () => {
    expect(readJiebaIndex(new Uint8Array(0))).toBeNull();
    expect(readJiebaIndex(Buffer.from('北京 3 ns\n'))).toBeNull();
    const other = Buffer.from(buildJiebaIndex(Buffer.from('北京 3\n'), '1'));
    other.write('{"format":"other', 4);
    expect(readJiebaIndex(other)).toBeNull();
  });

  it('is used only with the jieba release and dict.txt it was made from', () => {
    const dict = Buffer.from('北京 3\n');
    const bytes = buildJiebaIndex(dict, '2.0.3');
    expect(indexFor(bytes, { jiebaVersion: '2.0.3', dictBytes: dict.length })?.header.groups).toBe(1);
    expect(indexFor(bytes, { jiebaVersion: '2.0.4', dictBytes: dict.length })).toBeNull();
    expect(indexFor(bytes, { jiebaVersion: '2.0.3', dictBytes: dict.length + 1 })).toBeNull();
    expect(indexFor(bytes.subarray(0, bytes.length - 1), { jiebaVersion: '2.0.3', dictBytes: dict.length })).toBeNull();
  });

  it('rejects a dictionary line whose frequency is not a whole number, as jieba does', () => {
    expect(() => buildJiebaIndex(Buffer.from('北京 3.5 ns\n'), '1')).toThrow(/not a whole number/);
  });
});

describe('lazy jieba', () => {
  it('cuts every seed and corpus text exactly as the full dictionary does', () => {
    const full = fullJieba([shipped]);
    const lazy = createLazyJieba((d) => Jieba.withDict(d), index, [shipped]);
    const texts = realTexts();
    let differing = 0;
    for (const text of texts) {
      lazy.cover(text);
      if (lazy.jieba.cut(text, true).join('|') !== full.cut(text, true).join('|')) differing++;
    }
    expect(texts.length).toBeGreaterThan(5000);
    expect(differing).toBe(0);
  });

  it('loads only the words a text can contain', () => {
    const loads: number[] = [];
    const lazy = createLazyJieba(
      (d) => {
        const jieba = Jieba.withDict(d);
        return { cut: (s, hmm) => jieba.cut(s, hmm), loadDict: (dict) => (loads.push(dict.length), jieba.loadDict(dict)) };
      },
      index,
      [],
    );
    lazy.cover('北京大学');
    lazy.cover('北京大学');
    expect(loads).toHaveLength(1);
    expect(loads[0]).toBeLessThan(dictBytes.length / 20);
    expect(lazy.jieba.cut('北京大学', true)).toEqual(['北京大学']);
  });

  it('matches the full dictionary when user words redefine, add and lower dictionary words', () => {
    const user = Buffer.from('中国 1 n\n研究生命 900000 n\n量子互联网 50000 n\n北京大学\n');
    const full = fullJieba([shipped, user]);
    const lazy = createLazyJieba((d) => Jieba.withDict(d), index, [shipped, user]);
    for (const text of ['中国科学院和北京大学研究生命科学', '建设量子互联网，推进中国式现代化', '研究生命起源']) {
      lazy.cover(text);
      expect(lazy.jieba.cut(text, true)).toEqual(full.cut(text, true));
    }
  });

  it('matches the full dictionary on random texts covered one after another (property)', () => {
    const full = fullJieba([shipped]);
    const lazy = createLazyJieba((d) => Jieba.withDict(d), index, [shipped]);
    const chars = fc.constantFrom(...'中国北京大学科技创新研究生命发展规划一带路共建国家实验室，。 a1'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 30 }), (list) => {
        const text = list.join('');
        lazy.cover(text);
        expect(lazy.jieba.cut(text, true)).toEqual(full.cut(text, true));
      }),
      { numRuns: 300 },
    );
  });
});

describe('getSegmenter', () => {
  it('gives the same words with and without the whole dictionary loaded up front', () => {
    const lazy = getSegmenter();
    const full = getSegmenter({ fullDictionary: true });
    expect(full).not.toBe(lazy);
    for (const text of realTexts().slice(0, 2000)) expect(lazy.words(text)).toEqual(full.words(text));
  });
});

describe('Segmenter.prepare', () => {
  it('gets ready for the texts it is given; other texts are still covered when they are cut', () => {
    // Note: a user word of its own makes a fresh instance (segmenters are cached per dictionary set).
    const dicts = ['准备测试专用词 3 n'];
    const lazy = getSegmenter({ userDicts: dicts });
    const full = getSegmenter({ userDicts: dicts, fullDictionary: true });
    const texts = realTexts();
    const first = texts.slice(0, 300);
    const later = texts.slice(300, 600);
    lazy.prepare!(first);
    for (const text of [...first, ...later]) expect(lazy.words(text)).toEqual(full.words(text));
    lazy.prepare!(['准备测试专用词']);
    for (const text of [...first.slice(0, 50), '准备测试专用词', '诺贝尔物理学奖得主']) expect(lazy.words(text)).toEqual(full.words(text));
  });
});
