import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { PlanDocument, Target } from '../../src/types.js';
import { CORPUS_FILES } from '../helpers/corpus.js';

// Whole corpus documents (fixtures/corpus, read in place): hand-checked lists in fixtures/targets/,
// the yearly targets of the three government work reports, and laws that state no goals.

interface Expected {
  line: number;
  value: number;
  unit: string;
  comparator: string;
  kind: string;
  year: number | null;
  metricKey: string;
  change: string;
  phrase: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, 'fixtures/corpus');

function parse(name: string): PlanDocument {
  const value = readFileSync(join(CORPUS, name), 'utf8');
  return parsePlan({ path: name, value, format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });
}

function fixture(name: string): { lines: [number, number]; targets: Expected[] } {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', 'targets', name.replace(/\.(txt|md)$/u, '.expected.json')), 'utf8')) as { lines: [number, number]; targets: Expected[] };
}

const same = (t: Target, e: Expected): boolean =>
  t.line === e.line && t.value === e.value && t.unit === e.unit && t.kind === e.kind && t.comparator === e.comparator;

function score(found: Target[], wanted: Expected[]): { p: number; r: number; missed: Expected[]; extra: string[] } {
  const left = [...wanted];
  const extra: string[] = [];
  for (const t of found) {
    const i = left.findIndex((e) => same(t, e));
    if (i >= 0) left.splice(i, 1);
    else extra.push(`${t.line}: ${t.kind} ${t.text}`);
  }
  const tp = found.length - extra.length;
  return { p: found.length === 0 ? (wanted.length === 0 ? 1 : 0) : tp / found.length, r: wanted.length === 0 ? 1 : tp / wanted.length, missed: left, extra };
}

describe.each(['national-gov-work-report-2024.txt', 'national-14th-fyp-digital-economy-plan-2021.md'])('hand-checked quantities of %s', (name) => {
  const doc = parse(name);
  const { lines, targets: wanted } = fixture(name);
  const found = doc.targets.filter((t) => t.line >= lines[0] && t.line <= lines[1]);

  it('finds every listed quantity and nothing else in the checked lines (P = R = 1)', () => {
    const s = score(found, wanted);
    console.log(`${name}: lines ${lines.join('-')} P=${s.p.toFixed(3)} R=${s.r.toFixed(3)}`);
    expect({ missed: s.missed, extra: s.extra }).toEqual({ missed: [], extra: [] });
  });

  it('gives each the listed horizon, metric key and change', () => {
    for (const e of wanted) {
      const t = found.find((x) => same(x, e));
      expect(t && { year: t.year, metricKey: t.metricKey, change: t.change }, `${e.line} ${e.phrase}`).toEqual({ year: e.year, metricKey: e.metricKey, change: e.change });
    }
  });
});

describe('the three government work reports', () => {
  const reports = ([2023, 2024, 2025] as const).map((year) => ({ year, doc: parse(`national-gov-work-report-${year}.txt`) }));
  const goal = (doc: PlanDocument, key: string): Target | undefined => doc.targets.find((t) => t.kind === 'target' && t.metricKey === key);

  it('reads each as a one-year document', () => {
    expect(reports.map((r) => r.doc.period)).toEqual(reports.map((r) => ({ start: r.year, end: r.year })));
  });

  it.each([
    ['国内生产总值', [5, 5, 5], ['approx', 'approx', 'approx']],
    ['城镇新增就业', [12000000, 12000000, 12000000], ['approx', 'gte', 'gte']],
    ['城镇调查失业率', [5.5, 5.5, 5.5], ['approx', 'approx', 'approx']],
    ['居民消费价格涨幅', [3, 3, 2], ['approx', 'approx', 'approx']],
  ] as const)('states %s each year with the same key, as a goal of that year', (key, values, comparators) => {
    const got = reports.map(({ doc }) => goal(doc, key));
    expect(got.map((t) => t && [t.value, t.comparator, t.year, t.kind])).toEqual(reports.map((r, i) => [values[i], comparators[i], r.year, 'target']));
  });

  it('dates the review of the previous year by the 工作回顾 heading', () => {
    const [, y2024, y2025] = reports;
    expect(y2024!.doc.targets.find((t) => t.line === 28 && t.value === 5.2 && t.unit === '%')).toMatchObject({ kind: 'historical', year: 2023, metricKey: '国内生产总值', change: 'increase' });
    expect(y2025!.doc.targets.find((t) => t.value === 134900000000000)).toMatchObject({ kind: 'historical', year: 2024, metricKey: '国内生产总值' });
  });

  it('calls no number of a 工作回顾 section a goal', () => {
    for (const { doc } of reports) {
      const review = doc.nodes.filter((n) => /工作回顾/u.test(n.title));
      expect(review.length).toBeGreaterThan(0);
      for (const node of review) expect(doc.targets.filter((t) => t.kind === 'target' && t.line >= node.line && t.line <= node.endLine)).toEqual([]);
    }
  });
});

describe('laws and regulations state provisions, not goals', () => {
  const laws = CORPUS_FILES.filter((f) => /^(?:law-|reg-)|tech-transfer-regs/u.test(f)).toSorted();

  it.each(laws)('%s: no goal; no 第X条 ordinal or 日/月 deadline is read at all', (name) => {
    const doc = parse(name);
    const lines = readFileSync(join(CORPUS, name), 'utf8').split('\n');
    expect(doc.targets.filter((t) => t.kind === 'target' || t.kind === 'historical' || t.kind === 'forecast')).toEqual([]);
    for (const t of doc.targets) {
      // A duration after a limit word is a limit (`保存期限不得少于2年`), not a deadline.
      if (t.kind === 'limit' && /^(?:年|个月|日|天|工作日|个工作日|小时)$/u.test(t.unit)) continue;
      const after = (lines[t.line - 1] ?? '').slice(t.column - 1);
      expect(after, `${name}:${t.line}`).not.toMatch(/^[\d一二三四五六七八九十百零〇]+\s*(?:个)?(?:日|月|工作日|年|条|款|项之)(?!元)/u);
      expect((lines[t.line - 1] ?? '').slice(0, t.column - 1), `${name}:${t.line}`).not.toMatch(/第\s*$/u);
    }
  });

  it('reads 以上…以下 fine bands as one range', () => {
    const doc = parse('law-animal-epidemic-prevention-2021-final.txt');
    const bands = doc.targets.filter((t) => t.comparator === 'range' && t.unit === '元');
    expect(bands.length).toBeGreaterThan(10);
    expect(bands.every((t) => t.high !== null && t.high > t.value && t.metric === '罚款')).toBe(true);
  });
});
