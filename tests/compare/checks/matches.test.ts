import { describe, expect, it } from 'vitest';
import { clusterMatches, placeOf } from '../../../src/compare/checks/matches.js';
import { keyWeakness } from '../../../src/compare/checks/keys.js';
import { getSegmenter } from '../../../src/parse/words/segmenter.js';
import type { Target } from '../../../src/types.js';
import { target } from './helpers.js';

// check's matches (`--matches`): how the documents' statements of one metric and horizon relate
// (issue 23: the mutation run found these behaviours unpinned).

const ctx = {
  fileOrder: new Map([
    ['a.txt', 0],
    ['b.txt', 1],
  ]),
  tolerance: 0,
  weakness: (key: string) => keyWeakness(key, getSegmenter().tags),
};
const a = (over: Partial<Target> = {}) => target({ file: 'a.txt', line: 3, sentence: '到2027年，共建联合实验室20家。', ...over });
const b = (over: Partial<Target> = {}) => target({ file: 'b.txt', line: 8, sentence: '到2027年，建成联合实验室20家。', ...over });
const statuses = (targets: Target[]) => clusterMatches({ key: targets[0].metricKey, targets }, ctx).map((m) => [m.status, m.items.map((i) => `${i.file}:${i.line}:${i.year}`)]);

describe('clusterMatches', () => {
  it.each<[string, string, Target[]]>([
    ['the same amount', 'consistent', [a(), b()]],
    ['different amounts of a specific metric', 'conflict', [a(), b({ value: 15 })]],
    ['different amounts of a vague metric (a verb)', 'review', [a({ metric: '推动', metricKey: '推动' }), b({ metric: '推动', metricKey: '推动', value: 15 })]],
    ['different scopes', 'review', [a({ scope: '东盟国家' }), b({ value: 15, scope: '非洲国家' })]],
    ['different unit classes', 'review', [a(), b({ unit: '%' })]],
    ['different kinds of change', 'review', [a(), b({ change: 'increase' })]],
    ['a floor and a ceiling of other amounts', 'review', [a(), b({ value: 15, comparator: 'lte' })]],
    ['one amount under a floor and a ceiling', 'consistent', [a(), b({ comparator: 'lte' })]],
  ])('%s: %s', (_name, status, targets) => {
    expect(statuses(targets).map(([s]) => s)).toEqual([status]);
  });

  it('a sentence every document states alike is no conflict with another of one document', () => {
    // Both documents quote 到2025年20家; a.txt alone also has 15家: not two documents disagreeing.
    const quoted = { sentence: '到2025年，共建联合实验室20家。', text: '联合实验室20家' };
    expect(statuses([a(quoted), a({ line: 5, value: 15 }), b(quoted)]).map(([s]) => s)).toEqual(['consistent']);
  });

  it('one match per horizon shared by two files, in year order', () => {
    expect(statuses([a({ year: 2027 }), b({ year: 2027, value: 15 }), a({ year: 2025, line: 2 }), b({ year: 2025, line: 2 })])).toEqual([
      ['consistent', ['a.txt:2:2025', 'b.txt:2:2025']],
      ['conflict', ['a.txt:3:2027', 'b.txt:8:2027']],
    ]);
  });

  it('horizons that never meet give one review listing them', () => {
    expect(statuses([a({ year: 2025 }), b({ year: 2027, value: 30 })])).toEqual([['review', ['a.txt:3:2025', 'b.txt:8:2027']]]);
  });

  it('a horizon held by one file only gives no match for it', () => {
    expect(statuses([a({ year: 2027 }), b({ year: 2027 }), a({ year: 2030, line: 9 })])).toEqual([['consistent', ['a.txt:3:2027', 'b.txt:8:2027']]]);
  });
});

describe('placeOf', () => {
  it('says where a target is and what it says; page, scope and change only when they say something', () => {
    expect(placeOf(a())).toEqual({ file: 'a.txt', line: 3, value: 20, unit: '家', comparator: 'eq', year: 2027, text: '联合实验室20家' });
    expect(placeOf(a({ page: 4, scope: '东盟国家', change: 'increase' }))).toEqual({
      file: 'a.txt',
      line: 3,
      page: 4,
      value: 20,
      unit: '家',
      comparator: 'eq',
      year: 2027,
      text: '联合实验室20家',
      scope: '东盟国家',
      change: 'increase',
    });
  });
});
