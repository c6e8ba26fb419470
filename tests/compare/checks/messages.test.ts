import { describe, expect, it } from 'vitest';
import { renderMessage, type MessageParts, type Reason } from '../../../src/compare/checks/messages.js';
import { checkPlans } from '../../../src/compare/check.js';
import { doc, target } from './helpers.js';

const a = target({ file: 'a.txt', line: 33 });
const b = target({ file: 'b.txt', line: 17, value: 15, comparator: 'gte', comparatorText: '达' });
const parts = (reason: Reason, over: Partial<MessageParts> = {}): MessageParts => ({
  metric: '联合实验室',
  change: 'level',
  year: 2027,
  groups: [[{ amount: a, places: [a] }, { amount: b, places: [b] }]],
  cap: 6,
  reason,
  ...over,
});

const REASONS: ReadonlyArray<readonly [string, MessageParts, string, string]> = [
  ['conflict', parts({ code: 'conflict' }), '联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17)', '联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17）'],
  [
    'review, vague key',
    parts({ code: 'review', where: 'same-document', key: '推动', weakness: 'verb' }),
    '联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17): similar wording, review (within one document; the metric "推动" ends with a verb)',
    '联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17）：措辞相近，请核对（同一文件内；指标“推动”以动词结尾）',
  ],
  [
    'scopes',
    parts({ code: 'scope-differs' }, { groups: [[{ amount: a, places: [a], scope: '在海外' }], [{ amount: b, places: [b], scope: null }]], cap: 3 }),
    '联合实验室 (2027): 20家 [在海外] (a.txt:33) vs 达15家 [no scope] (b.txt:17): scopes differ',
    '联合实验室（2027年）：20家 [在海外]（a.txt:33） 与 达15家 [无范围]（b.txt:17）：范围不同',
  ],
  [
    'a series',
    parts({ code: 'horizon-differs' }, { change: 'increase', year: null, groups: [[{ amount: a, places: [a], year: 2025 }, { amount: b, places: [b], year: null }]] }),
    '联合实验室 (increase): 20家 (2025, a.txt:33) → 达15家 (year unknown, b.txt:17): horizons differ',
    '联合实验室（增量）：20家（2025年，a.txt:33） → 达15家（年份不明，b.txt:17）：年份不同',
  ],
  [
    'units, kinds and comparators',
    parts({ code: 'unit-differs', units: ['%', '个百分点'], kinds: ['level', 'increase'], comparators: ['point', 'ceiling'] }, { change: null }),
    '联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17): units differ (% vs 个百分点); kinds differ (level vs increase); comparators differ (point vs ceiling)',
    '联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17）：单位不同（% 与 个百分点）；变化类型不同（水平 与 增量）；比较方式不同（目标值 与 上限）',
  ],
  [
    'a declared relation',
    parts({ code: 'relation', op: '≥', expected: { amount: a, places: [a] }, file: 'bj.txt', implements: 'a.txt' }, { groups: [[{ amount: b, places: [b] }]], cap: 1 }),
    '联合实验室 (2027): 达15家 (b.txt:17) must be ≥ 20家 (a.txt:33): bj.txt implements a.txt',
    '联合实验室（2027年）：达15家（b.txt:17） 应≥ 20家（a.txt:33）：bj.txt 落实 a.txt',
  ],
];

describe('renderMessage', () => {
  it.each(REASONS)('%s, in English and in Chinese', (_name, p, en, zh) => {
    expect(renderMessage(p)).toBe(en);
    expect(renderMessage(p, 'en')).toBe(en);
    expect(renderMessage(p, 'zh')).toBe(zh);
    // Chinese text carries no English words besides the file names.
    expect(renderMessage(p, 'zh').replace(/[\w-]+\.txt/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('counts places and values beyond the caps in either language', () => {
    const many = Array.from({ length: 5 }, (_, i) => target({ file: `p${i}.txt`, line: 2 }));
    const values = Array.from({ length: 8 }, (_, i) => ({ amount: target({ value: 10 + i }), places: [target({ file: `v${i}.txt` })] }));
    const p = parts({ code: 'conflict' }, { groups: [[{ amount: a, places: many }, ...values]] });
    expect(renderMessage(p)).toContain('20家 (p0.txt:2, p1.txt:2, p2.txt:2 and 2 more)');
    expect(renderMessage(p)).toMatch(/ and 3 more values in 3 places$/);
    expect(renderMessage(p, 'zh')).toContain('20家（p0.txt:2, p1.txt:2, p2.txt:2 等另2处）');
    expect(renderMessage(p, 'zh')).toMatch(/，另有3个数值，共3处$/);
  });

  it('checkPlans writes messages in the language asked for', () => {
    const docs = [doc('a.txt', [a]), doc('b.txt', [b])];
    expect(checkPlans(docs).findings.map((f) => f.message)).toEqual(['联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17)']);
    expect(checkPlans(docs, { lang: 'zh' }).findings.map((f) => f.message)).toEqual(['联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17）']);
  });
});
