import { describe, expect, it } from 'vitest';
import { renderFinding, withoutPlaces, type FindingParts } from '../../src/i18n/finding.js';
import { localeLang } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';

const conflict: FindingParts = {
  metric: '联合实验室',
  change: 'level',
  year: 2027,
  groups: [[{ amount: '20家', places: ['a.txt:33'] }, { amount: '达15家', places: ['b.txt:17', 'c.txt:9', 'd.txt:3', 'e.txt:1'] }]],
  joiner: 'vs',
  reasons: [],
};

describe('renderFinding', () => {
  it.each([
    ['en', conflict, '联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17, c.txt:9, d.txt:3 and 1 more)'],
    ['zh', conflict, '联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17，c.txt:9，d.txt:3 等另 1 处）'],
    [
      'zh',
      { ...conflict, change: 'increase', year: null, joiner: 'then', groups: [[{ amount: '5%左右', places: ['a.txt:1'], year: 2024 }, { amount: '5%左右', places: ['b.txt:2'], year: null }]], reasons: [{ code: 'horizons' }] },
      '联合实验室（增量）：5%左右（2024年，a.txt:1） → 5%左右（年份不明，b.txt:2）：目标年份不同',
    ],
    [
      'zh',
      { ...conflict, groups: [[{ amount: '达30个', places: ['a.txt:1'], scope: '与共建国家' }], [{ amount: '达100个', places: ['b.txt:2'], scope: null }]], reasons: [{ code: 'scopes' }] },
      '联合实验室（2027年）：达30个 [与共建国家]（a.txt:1） 与 达100个 [未限定范围]（b.txt:2）：适用范围不同',
    ],
    [
      'en',
      { ...conflict, change: null, reasons: [{ code: 'units', units: ['%', '个百分点'] }, { code: 'kinds', changes: ['level', 'increase'] }, { code: 'comparators', classes: ['point', 'ceiling'] }] },
      '联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17, c.txt:9, d.txt:3 and 1 more): units differ (% vs 个百分点); kinds differ (level vs increase); comparators differ (point vs ceiling)',
    ],
    [
      'zh',
      { ...conflict, change: null, reasons: [{ code: 'units', units: ['%', ''] }, { code: 'kinds', changes: ['level', 'rate'] }, { code: 'comparators', classes: ['point', 'ceiling'] }] },
      '联合实验室（2027年）：20家（a.txt:33） 与 达15家（b.txt:17，c.txt:9，d.txt:3 等另 1 处）：单位不同（% 与 无单位）；变化类型不同（水平 与 年均增速）；比较关系不同（定值 与 上限）',
    ],
  ] as const)('%s: %s', (lang, parts, message) => {
    expect(renderFinding(parts as FindingParts, lang)).toBe(message);
  });

  it('caps the values of a group, counting the rest and their places', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ amount: `${i}个`, places: [`f${i}.txt:1`, `g${i}.txt:1`] }));
    expect(renderFinding({ ...conflict, groups: [many], cap: 3 }, 'en')).toBe('联合实验室 (2027): 0个 (f0.txt:1, g0.txt:1) vs 1个 (f1.txt:1, g1.txt:1) vs 2个 (f2.txt:1, g2.txt:1) and 2 more values in 4 places');
    expect(renderFinding({ ...conflict, groups: [many], cap: 3 }, 'zh')).toMatch(/2个（f2\.txt:1，g2\.txt:1），另有 2 个取值（4 处）$/);
  });
});

describe('withoutPlaces', () => {
  it.each(['en', 'zh'] as const)('takes the places out of a %s message, keeping years and a metric\'s own brackets', (lang) => {
    const parts: FindingParts = {
      ...conflict,
      metric: '国际科技组织（机构）数量',
      joiner: 'then',
      groups: [[{ amount: '20个', places: ['a.txt:1'], year: 2024 }, { amount: '30个', places: ['b.txt:2', 'c.txt:3', 'd.txt:4', 'e.txt:5'], year: 2025 }]],
      reasons: [{ code: 'horizons' }],
      year: null,
    };
    const places = new Set(['a.txt:1', 'b.txt:2', 'c.txt:3', 'd.txt:4', 'e.txt:5']);
    const out = withoutPlaces(renderFinding(parts, lang), places);
    expect(out).not.toContain('.txt');
    expect(out).toContain('国际科技组织（机构）数量');
    expect(out).toContain(lang === 'zh' ? '20个（2024年）' : '20个 (2024)');
  });
});

describe('the catalog', () => {
  it('has the same keys in every language', () => {
    const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? keys(v, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(messages('zh')).toSorted()).toEqual(keys(messages('en')).toSorted());
  });

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'zu_ZA' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US', LC_MESSAGES: 'zh_CN' }, 'zh'],
    [{ LANG: 'zh_CN', LC_ALL: '' }, 'zh'],
  ])('localeLang(%j) is %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });
});
