import { describe, expect, it } from 'vitest';
import { keyWeakness, weaknessTest } from '../../../src/compare/checks/keys.js';
import { byPosition, matchTargets } from '../../../src/compare/checks/match.js';
import type { Segmenter } from '../../../src/parse/words/segmenter.js';
import type { Target } from '../../../src/types.js';
import { target } from './helpers.js';

// Which targets check compares (clusters of one metric) and which metric keys are too vague for an error
// (issue 23: the mutation run found these behaviours unpinned).

type Tags = NonNullable<Segmenter['tags']>;
/** A tagger that gives fixed words and tags, so the rule is tested apart from the dictionary. */
const tagged =
  (...words: Array<[string, string]>): Tags =>
  () =>
    words.map(([word, tag]) => ({ word, tag }));

describe('keyWeakness: from the words of the key and their tags', () => {
  it.each<[string, Tags, string | null]>([
    ['联合实验室', tagged(['联合实验室', 'n']), null],
    ['研发人员', tagged(['研发', 'j'], ['人员', 'n']), null],
    // A tagger that finds no word leaves nothing to name a metric.
    ['联合实验室', tagged(), 'short'],
    // Whitespace words do not count.
    ['联合实验室', tagged([' ', 'p'], ['联合实验室', 'n']), null],
    ['联合实验室', tagged(['联合实验室', 'n'], ['　', 'x']), null],
    ['为企业', tagged(['为', 'p'], ['企业', 'n']), 'function-word'],
    ['推动', tagged(['推动', 'v']), 'verb'],
    ['企业推动', tagged(['企业', 'n'], ['推', 'v'], ['动', 'v']), 'verb'],
    // Only verbs of two characters or more are matched at the end of the key (拥有 is no 有).
    ['孵化器拥有', tagged(['孵化器', 'n'], ['拥有', 'v']), null],
    ['增长', tagged(['增长', 'v']), 'no-noun'],
    // 项目, 企业, 人员: generic words name no metric of their own.
    ['项目增长', tagged(['项目', 'n'], ['增长', 'v']), 'no-noun'],
    ['孵化器增长', tagged(['孵化器', 'n'], ['增长', 'v']), null],
    // After a leading verb a verbal noun alone names an action, not a thing.
    ['开发储备', tagged(['开发', 'v'], ['储备', 'vn']), 'no-noun'],
    ['开发软件', tagged(['开发', 'v'], ['软件', 'n']), null],
    ['储备规模', tagged(['储备', 'vn'], ['规模', 'n']), null],
    ['储备项目', tagged(['储备', 'vn'], ['项目', 'n']), null],
    ['开发项目', tagged(['开发', 'v'], ['项目', 'n']), 'no-noun'],
  ])('%s', (key, tags, want) => {
    expect(keyWeakness(key, tags)).toBe(want);
  });

  it('without a tagger the key is one noun: only length and the generic list apply', () => {
    expect(keyWeakness('开发储备')).toBeNull();
    expect(keyWeakness('项目')).toBe('generic');
    expect(keyWeakness('室')).toBe('short');
  });
});

describe('weaknessTest: one answer per canonical key, from the tagger given', () => {
  it('asks the tagger once per key, punctuation and spaces ignored', () => {
    const asked: string[] = [];
    const weakness = weaknessTest((text) => {
      asked.push(text);
      return [{ word: text, tag: 'v' }];
    });
    expect([weakness('联合实验室'), weakness(' 联合实验室 '), weakness('“联合实验室”')]).toEqual(['no-noun', 'no-noun', 'no-noun']);
    expect(asked).toEqual(['联合实验室']);
  });

  it('uses the dictionary when no tagger is given', () => {
    expect(weaknessTest()('开发储备')).toBe('no-noun');
    expect(weaknessTest()('联合实验室')).toBeNull();
  });
});

describe('clusters: targets of one metric across documents', () => {
  const order = new Map([
    ['a.txt', 0],
    ['b.txt', 1],
  ]);
  const clusters = (targets: Target[], options = {}) => matchTargets(targets, order, options).map((c) => [c.key, c.targets.map((t) => `${t.file}:${t.line}`)]);

  it('keys whose character pairs are 80% alike match when their units are of one class (联合实验室, 市级联合实验室)', () => {
    const ts = [target({ file: 'a.txt', metricKey: '联合实验室', unit: '个' }), target({ file: 'b.txt', metricKey: '市级联合实验室', unit: '家' })];
    expect(clusters(ts)).toEqual([['市级联合实验室', ['a.txt:1', 'b.txt:1']]]);
    expect(clusters(ts, { similarity: 0.81 })).toEqual([]);
    expect(clusters([ts[0], { ...ts[1], unit: '%' }])).toEqual([]);
  });

  it('a similarity above 1 matches equal keys only', () => {
    const ts = [target({ file: 'a.txt', metricKey: '联合实验室' }), target({ file: 'b.txt', metricKey: '联合实验室' }), target({ file: 'b.txt', line: 2, metricKey: '市级联合实验室' })];
    expect(clusters(ts, { similarity: 1.01 })).toEqual([['联合实验室', ['a.txt:1', 'b.txt:1']]]);
  });

  it('orders clusters by their first target, then by key', () => {
    const ts = [
      target({ file: 'b.txt', line: 1, metricKey: '研发人员' }),
      target({ file: 'a.txt', line: 5, metricKey: '研发人员' }),
      target({ file: 'a.txt', line: 3, metricKey: '孵化器' }),
      target({ file: 'b.txt', line: 4, metricKey: '孵化器' }),
      target({ file: 'a.txt', line: 3, column: 9, metricKey: '专利' }),
      target({ file: 'b.txt', line: 7, metricKey: '专利' }),
    ];
    expect(clusters(ts)).toEqual([
      ['孵化器', ['a.txt:3', 'b.txt:4']],
      ['专利', ['a.txt:3', 'b.txt:7']],
      ['研发人员', ['a.txt:5', 'b.txt:1']],
    ]);
    // Two clusters whose first targets stand at one place: by key, in code order.
    const same = [
      target({ file: 'a.txt', metricKey: '乙', id: 'x' }),
      target({ file: 'b.txt', metricKey: '乙' }),
      target({ file: 'a.txt', metricKey: '甲', id: 'x' }),
      target({ file: 'b.txt', metricKey: '甲' }),
    ];
    expect(clusters(same).map(([k]) => k)).toEqual(['乙', '甲']);
    expect(clusters(same.toReversed()).map(([k]) => k)).toEqual(['乙', '甲']);
  });
});

describe('byPosition: a total order of targets', () => {
  const order = new Map([
    ['b.txt', 0],
    ['a.txt', 1],
  ]);
  const at = (file: string, line: number, column: number, id: string) => target({ file, line, column, id });
  it('file in the order given, unknown files after by name, then line, column and id', () => {
    const ts = [at('z.txt', 1, 1, 'z'), at('a.txt', 1, 1, 'a1'), at('y.txt', 1, 1, 'y'), at('b.txt', 2, 1, 'b2'), at('b.txt', 1, 5, 'b15'), at('b.txt', 1, 1, 'b11b'), at('b.txt', 1, 1, 'b11a')];
    expect(ts.toSorted(byPosition(order)).map((t) => t.id)).toEqual(['b11a', 'b11b', 'b15', 'b2', 'a1', 'y', 'z']);
    expect(ts.toReversed().toSorted(byPosition(order)).map((t) => t.id)).toEqual(['b11a', 'b11b', 'b15', 'b2', 'a1', 'y', 'z']);
  });

  it('is 0 for the same place and id only', () => {
    expect(byPosition(order)(at('a.txt', 1, 1, 'x'), at('a.txt', 1, 1, 'x'))).toBe(0);
    expect(byPosition(order)(at('y.txt', 1, 1, 'x'), at('z.txt', 1, 1, 'x'))).toBeLessThan(0);
    expect(byPosition(order)(at('z.txt', 1, 1, 'x'), at('y.txt', 1, 1, 'x'))).toBeGreaterThan(0);
    expect(byPosition(order)(at('a.txt', 1, 1, 'b'), at('a.txt', 1, 1, 'a'))).toBeGreaterThan(0);
  });
});
