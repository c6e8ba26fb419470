import { describe, expect, it } from 'vitest';
import { targetRelation } from '../../../src/compare/checks/target-relation.js';
import type { RelationOp } from '../../../src/compare/checks/target-relation.js';
import { keyWeakness } from '../../../src/compare/checks/keys.js';
import { getSegmenter } from '../../../src/parse/words/segmenter.js';
import type { Target } from '../../../src/types.js';
import { target } from './helpers.js';

// A province's plan declared to implement the national one (config `relations`): its targets must be
// ≥, ≤ or = the national ones (issue 23: the rule had no test outside the CLI).

const metric = { metric: '研发人员', metricKey: '研发人员', unit: '%', year: 2025 };
const national = (over: Partial<Target> = {}) => target({ file: 'national.txt', line: 12, ...metric, value: 10, ...over });
const province = (over: Partial<Target> = {}) => target({ file: 'province.txt', line: 30, ...metric, value: 12, ...over });

const check = (relation: RelationOp | undefined, targets: Target[]) =>
  targetRelation.check(
    { key: '研发人员', targets },
    {
      fileOrder: new Map([['province.txt', 0], ['national.txt', 1]]),
      tolerance: 0,
      weakness: (key) => keyWeakness(key, getSegmenter().tags),
      ...(relation === undefined ? {} : { relation: { file: 'province.txt', implements: 'national.txt', relation } }),
    },
  );

describe('target-relation', () => {
  it.each<[string, RelationOp | undefined, Target[]]>([
    ['no relation declared', undefined, [province({ value: 8 }), national()]],
    ['≥ holds: 12% for 10%', '>=', [province({ value: 12 }), national()]],
    ['≥ holds: the same amount', '>=', [province({ value: 10 }), national()]],
    ['≥ holds: a range whose high end is above (8-12% for 10-11%)', '>=', [province({ value: 8, high: 12, comparator: 'range' }), national({ value: 10, high: 11, comparator: 'range' })]],
    ['≤ holds: 8% for 10%', '<=', [province({ value: 8 }), national()]],
    ['≤ holds: a range whose high end is below (6-8% for 9-11%)', '<=', [province({ value: 6, high: 8, comparator: 'range' }), national({ value: 9, high: 11, comparator: 'range' })]],
    ['= holds: the same amount', '=', [province({ value: 10 }), national()]],
    ['≥ with ceilings holds: 失业率5%以内 is stricter than 5.5%以内', '>=', [province({ value: 5, comparator: 'lte' }), national({ value: 5.5, comparator: 'lte' })]],
    ['other horizons are not compared', '>=', [province({ value: 8, year: 2027 }), national()]],
    ['other unit classes are not compared', '>=', [province({ value: 8, unit: '人' }), national()]],
    ['other kinds of change are not compared', '>=', [province({ value: 8, change: 'increase' }), national()]],
    ['a range and a single value are not compared', '>=', [province({ value: 6, high: 8, comparator: 'range' }), national()]],
    ['a floor and a ceiling are not compared', '>=', [province({ value: 8, comparator: 'lte' }), national()]],
    ['the implementing document alone', '>=', [province({ value: 8 }), province({ value: 9, line: 31 })]],
    ['the implemented document alone', '>=', [national({ value: 8 }), national({ line: 13 })]],
    ['a vague metric key (a verb) is not compared', '>=', [province({ value: 8, metric: '推动', metricKey: '推动' }), national({ metric: '推动', metricKey: '推动' })]],
  ])('valid: %s', (_name, relation, targets) => {
    expect(check(relation, targets)).toEqual([]);
  });

  it.each<[string, RelationOp, Target[], string, unknown[], unknown[]]>([
    [
      '≥ broken: 8% for 10%',
      '>=',
      [province({ value: 8 }), national()],
      '研发人员 (2025): 8% (province.txt:30) must be ≥ 10% (national.txt:12): province.txt implements national.txt',
      ['>=', 'level', 2025, '%', 'point'],
      ['["file",8,null]', '["implements",10,null]'],
    ],
    [
      '≤ broken: 12% for 10%',
      '<=',
      [province({ value: 12 }), national()],
      '研发人员 (2025): 12% (province.txt:30) must be ≤ 10% (national.txt:12): province.txt implements national.txt',
      ['<=', 'level', 2025, '%', 'point'],
      ['["file",12,null]', '["implements",10,null]'],
    ],
    [
      '= broken: 12% for 10%',
      '=',
      [province({ value: 12 }), national()],
      '研发人员 (2025): 12% (province.txt:30) must be = 10% (national.txt:12): province.txt implements national.txt',
      ['=', 'level', 2025, '%', 'point'],
      ['["file",12,null]', '["implements",10,null]'],
    ],
    [
      '≥ with ceilings turns round: 失业率6%以内 is looser than 5.5%以内',
      '>=',
      [province({ value: 6, comparator: 'lte' }), national({ value: 5.5, comparator: 'lte' })],
      '研发人员 (2025): ≤6% (province.txt:30) must be ≤ ≤5.5% (national.txt:12): province.txt implements national.txt',
      ['>=', 'level', 2025, '%', 'ceiling'],
      ['["file",6,null]', '["implements",5.5,null]'],
    ],
    [
      '≤ with ceilings turns round: 5%以内 is stricter than 5.5%以内',
      '<=',
      [province({ value: 5, comparator: 'lte' }), national({ value: 5.5, comparator: 'lte' })],
      '研发人员 (2025): ≤5% (province.txt:30) must be ≥ ≤5.5% (national.txt:12): province.txt implements national.txt',
      ['<=', 'level', 2025, '%', 'ceiling'],
      ['["file",5,null]', '["implements",5.5,null]'],
    ],
  ])('invalid: %s', (_name, relation, targets, message, key, values) => {
    const drafts = check(relation, targets);
    expect(drafts.map((d) => d.message)).toEqual([message]);
    const [d] = drafts;
    expect(d.key).toEqual(key);
    expect(d.values).toEqual(values);
    expect(d.metric).toBe('研发人员');
    expect(d.targets.map((t) => t.file)).toEqual(['province.txt', 'national.txt']);
    expect(d.parts).toMatchObject({ metric: '研发人员', change: 'level', year: 2025, cap: 1, reason: { code: 'relation', file: 'province.txt', implements: 'national.txt' } });
    expect(d.parts.groups).toEqual([[{ amount: targets[0], places: [targets[0]] }]]);
  });

  it('compares the high ends of ranges: 6-12% is not ≤ 9-11%', () => {
    expect(check('<=', [province({ value: 6, high: 12, comparator: 'range' }), national({ value: 9, high: 11, comparator: 'range' })]).map((d) => d.parts.reason)).toMatchObject([{ op: '≤' }]);
  });

  it('one finding per horizon, listing every broken target of the implementing document', () => {
    const drafts = check('>=', [province({ value: 8 }), province({ value: 9, line: 31 }), province({ value: 11, line: 32 }), national(), province({ value: 1, year: 2027, line: 40 }), national({ value: 2, year: 2027, line: 50 })]);
    expect(drafts.map((d) => [d.parts.year, d.targets.map((t) => `${t.file}:${t.line}`)])).toEqual([
      [2025, ['province.txt:30', 'province.txt:31', 'national.txt:12']],
      [2027, ['province.txt:40', 'national.txt:50']],
    ]);
  });
});
