import { describe, expect, it } from 'vitest';
import { byCode, fieldsOf, linkTargets, matchTargets, type TargetPairing } from '../../src/compare/matchTargets.js';
import type { Target } from '../../src/types.js';
import { target } from './checks/helpers.js';

// compare's target changes, rule by rule (issue 23: the mutation run found these behaviours unpinned).
// Targets as read from real clauses: 共建联合实验室20家, 研发投入强度6%左右, 新增就业1200万人以上.

const lab = (value: number, over: Partial<Target> = {}) => target({ value, ...over });
const pairing = (old: Target[], nw: Target[], order = 0, over: Partial<TargetPairing> = {}): TargetPairing => ({ old, new: nw, order, unchanged: false, ...over });
const summary = (pairings: TargetPairing[], editions?: { old: number | null; new: number | null }) =>
  matchTargets(pairings, editions).map((c) => [c.kind, c.metricKey, c.fields.join('+'), c.old?.value ?? null, c.new?.value ?? null]);

describe('fieldsOf: what differs between two targets of one metric', () => {
  const base = { value: 20, high: null, unit: '家', comparator: 'eq', year: 2027 } as const;
  it.each<[string, Partial<Target>, string[]]>([
    ['nothing', {}, []],
    ['the value', { value: 15 }, ['value']],
    ['the value, by rounding error only: no change', { value: 20 + 1e-12 }, []],
    ['the high end of a range', { high: 30 }, ['value']],
    ['the unit', { unit: '个' }, ['unit']],
    ['the comparator (达到20家 for 20家)', { comparator: 'gte' }, ['comparator']],
    ['the year alone (到2025年 → 到2027年)', { year: 2025 }, ['year']],
    ['everything', { value: 15, unit: '个', comparator: 'gte', year: null }, ['value', 'unit', 'comparator', 'year']],
  ])('%s', (_name, over, want) => {
    expect(fieldsOf(base, { ...base, ...over })).toEqual(want);
    expect(fieldsOf({ ...base, ...over }, base)).toEqual(want);
  });

  it('compares the high ends of two ranges by value', () => {
    expect(fieldsOf({ ...base, high: 30 }, { ...base, high: 30 })).toEqual([]);
    expect(fieldsOf({ ...base, high: 30 }, { ...base, high: 40 })).toEqual(['value']);
  });
});

describe('matchTargets: changed, added and removed targets of aligned clauses', () => {
  it('reports a changed value, and nothing for an unchanged target', () => {
    expect(summary([pairing([lab(15)], [lab(20)]), pairing([lab(6, { metricKey: '研发投入强度', metric: '研发投入强度', unit: '%' })], [lab(6, { metricKey: '研发投入强度', metric: '研发投入强度', unit: '%' })], 1)])).toEqual([
      ['changed', '联合实验室', 'value', 15, 20],
    ]);
  });

  it('compares nothing in a pairing whose clause texts are equal in content', () => {
    expect(summary([pairing([lab(15)], [lab(20)], 0, { unchanged: true })])).toEqual([]);
  });

  it('reports targets on one side only as added and removed, with the metric and both references', () => {
    const changes = matchTargets([pairing([lab(15, { line: 3 })], []), pairing([], [lab(20, { metricKey: '示范区', metric: '示范区', line: 9, text: '示范区20家' })], 1)]);
    expect(changes).toEqual([
      { kind: 'removed', metric: '联合实验室', metricKey: '联合实验室', fields: [], old: { value: 15, high: null, unit: '家', comparator: 'eq', year: 2027, line: 3, text: '联合实验室20家' }, new: null },
      { kind: 'added', metric: '示范区', metricKey: '示范区', fields: [], old: null, new: { value: 20, high: null, unit: '家', comparator: 'eq', year: 2027, line: 9, text: '示范区20家' } },
    ]);
  });

  it('names a changed target by its new metric phrase and keeps the page of a PDF place', () => {
    const [change] = matchTargets([pairing([lab(15, { metric: '联合实验室（旧）' })], [lab(20, { page: 4 })])]);
    expect(change.metric).toBe('联合实验室');
    expect(change.new).toMatchObject({ page: 4 });
    expect(change.old).not.toHaveProperty('page');
  });

  it('orders changes by pairing, then line, then metric key, then kind', () => {
    const a = (key: string, value: number, line: number) => lab(value, { metricKey: key, metric: key, line });
    expect(summary([pairing([a('乙', 1, 5)], [], 2), pairing([a('甲', 1, 7)], [a('甲', 2, 7), a('丙', 3, 4)], 1), pairing([], [a('丁', 1, 9)], 0)])).toEqual([
      ['added', '丁', '', null, 1],
      ['added', '丙', '', null, 3],
      ['changed', '甲', 'value', 1, 2],
      ['removed', '乙', '', 1, null],
    ]);
    // Same pairing and line: by metric key in code order (丙 U+4E19, 乙 U+4E59, 甲 U+7532).
    expect(summary([pairing([a('乙', 1, 5), a('甲', 1, 5)], [a('甲', 2, 5), a('丙', 3, 5)], 0)]).map((c) => c.slice(0, 2))).toEqual([
      ['added', '丙'],
      ['removed', '乙'],
      ['changed', '甲'],
    ]);
  });

  describe('annual editions (a work report per year)', () => {
    const growth = (year: number) => lab(5, { metricKey: '经济增长', metric: '经济增长', unit: '%', comparator: 'approx', year });
    it('a year that is each edition\'s own year is no change (2024年 5%左右 → 2025年 5%左右)', () => {
      expect(summary([pairing([growth(2024)], [growth(2025)])], { old: 2024, new: 2025 })).toEqual([]);
    });
    it('a horizon that moved is a change (到2025年 → 到2027年)', () => {
      expect(summary([pairing([growth(2025)], [growth(2027)])], { old: 2024, new: 2025 })).toEqual([['changed', '经济增长', 'year', 5, 5]]);
    });
    it('outside editions every year is compared', () => {
      expect(summary([pairing([growth(2024)], [growth(2025)])])).toEqual([['changed', '经济增长', 'year', 5, 5]]);
      expect(summary([pairing([growth(2024)], [growth(2025)])], { old: null, new: 2025 })).toEqual([['changed', '经济增长', 'year', 5, 5]]);
    });
    it('the own year does not hide another field that changed', () => {
      expect(summary([pairing([growth(2024)], [{ ...growth(2025), value: 4.5 }])], { old: 2024, new: 2025 })).toEqual([['changed', '经济增长', 'value', 5, 4.5]]);
    });
  });
});

describe('linkTargets: which old target became which new one', () => {
  it('links identical targets first, then by metric key in order', () => {
    // 联合实验室10家、20家 → 20家、30家: 20 stays, 10 became 30 (not 10→20 and 20→30).
    const links = linkTargets([pairing([lab(10, { id: 'o10' }), lab(20, { id: 'o20' })], [lab(20, { id: 'n20' }), lab(30, { id: 'n30' })])]);
    expect(links.pairs.map((p) => [p.old.id, p.new.id])).toEqual([['o20', 'n20'], ['o10', 'n30']]);
    expect(links.added).toEqual([]);
    expect(links.removed).toEqual([]);
  });

  it('a target whose metric occurs once on each side is linked across pairings (it moved)', () => {
    const links = linkTargets([pairing([lab(20, { id: 'old' })], [], 0), pairing([], [lab(20, { id: 'new' })], 3)]);
    expect(links.pairs.map((p) => [p.old.id, p.new.id, p.order])).toEqual([['old', 'new', 3]]);
    expect(matchTargets([pairing([lab(20)], [], 0), pairing([], [lab(20)], 3)])).toEqual([]);
  });

  it('a metric that occurs twice on a side is not linked across pairings', () => {
    const links = linkTargets([pairing([lab(20, { id: 'a' }), lab(30, { id: 'b' })], [], 0), pairing([], [lab(20, { id: 'c' })], 1)]);
    expect(links.pairs).toEqual([]);
    expect(links.removed.map((p) => [p.target.id, p.order])).toEqual([['a', 0], ['b', 0]]);
    expect(links.added.map((p) => [p.target.id, p.order])).toEqual([['c', 1]]);
    const twice = linkTargets([pairing([lab(20, { id: 'a' })], [], 0), pairing([], [lab(20, { id: 'c' }), lab(30, { id: 'd' })], 1)]);
    expect(twice.pairs).toEqual([]);
    expect(twice.added.map((p) => p.target.id)).toEqual(['c', 'd']);
  });

  it('targets with no metric key are matched by metric phrase and unit', () => {
    const bare = (value: number, unit: string, id: string) => lab(value, { metricKey: '', metric: '实验室', unit, id });
    const links = linkTargets([pairing([bare(20, '家', 'a'), bare(5, '个', 'b')], [bare(6, '个', 'c'), bare(25, '家', 'd')])]);
    expect(links.pairs.map((p) => [p.old.id, p.new.id])).toEqual([['a', 'd'], ['b', 'c']]);
  });

  describe('by place in the word diff', () => {
    it('a number in kept text is the same number, whatever its metric phrase', () => {
      const links = linkTargets([
        pairing([lab(20, { id: 'a', metricKey: '联合实验室' })], [lab(20, { id: 'b', metricKey: '国际联合实验室' })], 0, { places: { old: [-1], new: [-1] } }),
      ]);
      expect(links.pairs.map((p) => [p.old.id, p.new.id])).toEqual([['a', 'b']]);
    });

    it('a kept number read as a target on one side only is set aside, not added or removed', () => {
      const links = linkTargets([pairing([], [lab(20, { id: 'b' })], 0, { places: { old: [], new: [-1] } })]);
      expect(links).toEqual({ pairs: [], removed: [], added: [] });
      const old = linkTargets([pairing([lab(20, { id: 'a' })], [], 0, { places: { old: [-1], new: [] } })]);
      expect(old).toEqual({ pairs: [], removed: [], added: [] });
    });

    it('numbers in one changed run are linked by metric key and kind', () => {
      const links = linkTargets([
        pairing(
          [lab(10, { id: 'a', metricKey: '示范区', metric: '示范区' }), lab(20, { id: 'b' })],
          [lab(25, { id: 'c' }), lab(12, { id: 'd', metricKey: '示范区', metric: '示范区' })],
          0,
          { places: { old: [1, 1], new: [1, 1] } },
        ),
      ]);
      expect(links.pairs.map((p) => [p.old.id, p.new.id])).toEqual([['a', 'd'], ['b', 'c']]);
    });

    it('one number for one in a changed run is linked when the metrics are related and kind, unit and change agree', () => {
      const one = (a: Partial<Target>, b: Partial<Target>) =>
        linkTargets([pairing([lab(15, { id: 'a', ...a })], [lab(20, { id: 'b', ...b })], 0, { places: { old: [1], new: [1] } })]).pairs.map((p) => [p.old.id, p.new.id]);
      // 联合实验室 and 国际联合实验室: one holds the other.
      expect(one({ metricKey: '联合实验室' }, { metricKey: '国际联合实验室' })).toEqual([['a', 'b']]);
      expect(one({ metricKey: '国际联合实验室' }, { metricKey: '联合实验室' })).toEqual([['a', 'b']]);
      // Most character pairs shared.
      expect(one({ metricKey: '市级联合实验室' }, { metricKey: '省级联合实验室' })).toEqual([['a', 'b']]);
      // 地方政府专项债券 and 超长期特别国债 share none.
      expect(one({ metricKey: '地方政府专项债券' }, { metricKey: '超长期特别国债' })).toEqual([]);
      expect(one({ metricKey: '' , metric: '' }, { metricKey: '联合实验室' })).toEqual([]);
      expect(one({ metricKey: '联合实验室' }, { metricKey: '国际联合实验室', kind: 'historical' })).toEqual([]);
      expect(one({ metricKey: '联合实验室' }, { metricKey: '国际联合实验室', unit: '个' })).toEqual([]);
      expect(one({ metricKey: '联合实验室' }, { metricKey: '国际联合实验室', change: 'increase' })).toEqual([]);
    });

    it('numbers in different changed runs are not linked by place', () => {
      const links = linkTargets([pairing([lab(15, { id: 'a', metricKey: '联合实验室' })], [lab(20, { id: 'b', metricKey: '国际联合实验室' })], 0, { places: { old: [1], new: [2] } })]);
      expect(links.pairs).toEqual([]);
    });

    it('a target without a place is linked by metric key after the placed ones', () => {
      const links = linkTargets([pairing([lab(15, { id: 'a' })], [lab(20, { id: 'b' })], 0, { places: { old: [null], new: [null] } })]);
      expect(links.pairs.map((p) => [p.old.id, p.new.id])).toEqual([['a', 'b']]);
    });
  });
});

describe('byCode', () => {
  it('orders by UTF-16 code units', () => {
    expect(['乙', 'b', '甲', 'a', 'B'].toSorted(byCode)).toEqual(['B', 'a', 'b', '乙', '甲']);
    expect(byCode('a', 'a')).toBe(0);
  });
});
