import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, PlanDocument, Target } from '../../src/types.js';

interface Expected {
  line: number;
  value: number;
  unit: string;
  comparator: string;
  kind: string;
  year: number | null;
  phrase: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = [
  'beijing-14th-fyp-international-sti-centre-plan-2021',
  'beijing-bri-sti-action-plan-2024-2027-draft',
  'beijing-sti-internationalisation-action-plan-2024-2027-draft',
  'most-beijing-sti-centre-work-plan-2023',
  'national-bri-sti-cooperation-special-plan-2016',
] as const;

/** Names with numerals, per seed: no target of any kind may start inside one of them. */
const NAMES: Record<(typeof SEEDS)[number], string[]> = {
  'beijing-14th-fyp-international-sti-centre-plan-2021': [
    '“十四五”', '第二个百', '两个大', '二〇', '2021-2035', '第四', '“10+3”', '“五新”', '三城一区', '“科创 30条”', '经费管理 28', '20条出入境政策',
    '第三', '连续三年', '连续两', '双“1+1”', '5G', '6G', '8K', '4D', '6版(IPv6)', '从 0 到 1', '2030-重大项目', '2022年北京冬奥会', '2060年前',
    '中国百万慢病人群队列', '2021中关村论坛', '十百千工程', '一处七办', '十九届五中全会', '“三链”', '“四个中心”', '三权', '“五子”', '“两区”',
  ],
  'beijing-bri-sti-action-plan-2024-2027-draft': ['党的二十大', '二十届三中全会', '“四库”', 'BIO4', '2025年世界大会', '（2024-2027年）'],
  'beijing-sti-internationalisation-action-plan-2024-2027-draft': [
    '党的二十大', '二十届三中全会', '六大国际化提升行动', '“三城一区”', '“两谷一园”', 'Q1', '6G', 'BIO4', '2025年世界大会', '附件1', '实施六大行动', '全国首个',
  ],
  'most-beijing-sti-centre-work-plan-2023': [
    '国科发规〔2023〕41号', '党的二十大', '"四个面向"', '三城一区', '科技创新2030—重大项目', '三大工程', '三大科学城', '互联网3.0', '"两谷一园"', '"破四唯"', '"一处七办"',
    '十年行动方案', '"一区多园"', '三级联动', '"双一流"',
  ],
  'national-bri-sti-cooperation-special-plan-2016': ['21世纪', '一是', '二是', '三是', '两个市场、两种资源', '三代、四代', '第三代', '世界第三极', '“五通”', '用10年左右的时间', '用3-5年时间'],
};

function load(seed: string): { doc: PlanDocument; lines: string[] } {
  const value = readFileSync(join(ROOT, 'seeds', `${seed}.txt`), 'utf8');
  return { doc: parsePlan({ path: `${seed}.txt`, value, format: 'txt', lineUnit: 'line' }), lines: value.split('\n') };
}

function expected(seed: string): Expected[] {
  return (JSON.parse(readFileSync(join(ROOT, 'fixtures', 'targets', `${seed}.expected.json`), 'utf8')) as { targets: Expected[] }).targets;
}

const same = (t: Target, e: Expected): boolean =>
  t.line === e.line && t.value === e.value && t.unit === e.unit && t.kind === e.kind && t.comparator === e.comparator;

function score(found: Target[], wanted: Expected[]): { p: number; r: number; f1: number; missed: Expected[]; extra: Target[] } {
  const left = [...wanted];
  const extra: Target[] = [];
  for (const t of found) {
    const i = left.findIndex((e) => same(t, e));
    if (i >= 0) left.splice(i, 1);
    else extra.push(t);
  }
  const tp = found.length - extra.length;
  const p = found.length === 0 ? (wanted.length === 0 ? 1 : 0) : tp / found.length;
  const r = wanted.length === 0 ? 1 : tp / wanted.length;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), missed: left, extra };
}

function walk(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...walk(n.children)]);
}

describe.each(SEEDS)('targets of %s', (seed) => {
  const { doc, lines } = load(seed);
  const wanted = expected(seed);

  it('matches the hand-checked goals with F1 >= 0.95 and the right horizon', () => {
    const goals = doc.targets.filter((t) => t.kind === 'target');
    const s = score(goals, wanted.filter((e) => e.kind === 'target'));
    console.log(`${seed}: targets P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)}`);
    expect({ missed: s.missed, extra: s.extra.map((t) => `${t.line}: ${t.text}`) }).toEqual({ missed: [], extra: [] });
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    for (const e of wanted.filter((w) => w.kind === 'target')) {
      expect(goals.find((t) => same(t, e))?.year, `${e.line} ${e.phrase}`).toBe(e.year);
    }
  });

  it('matches the hand-checked quantities of every kind (history, specs) with F1 >= 0.95', () => {
    const s = score(doc.targets, wanted);
    console.log(`${seed}: all kinds P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('calls no number of a 发展基础 section a target', () => {
    const base = walk(doc.nodes).filter((n) => /发展基础/.test(n.title));
    for (const node of base) {
      expect(doc.targets.filter((t) => t.kind === 'target' && t.line >= node.line && t.line <= node.endLine)).toEqual([]);
    }
  });

  it('reports no numeral that is part of a name', () => {
    const hits: string[] = [];
    for (const name of NAMES[seed]) {
      lines.forEach((text, i) => {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const bad = doc.targets.find((t) => t.line === i + 1 && t.column >= at + 1 && t.column <= at + name.length);
          if (bad) hits.push(`${name} at ${i + 1}: ${bad.text}`);
        }
      });
      expect(lines.some((l) => l.includes(name)), `${name} occurs in ${seed}`).toBe(true);
    }
    expect(hits).toEqual([]);
  });
});
