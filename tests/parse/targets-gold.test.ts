import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { Target } from '../../src/types.js';
import { CORPUS_FILES, corpusPath } from '../helpers/corpus.js';

// Gold targets of corpus documents the target reader was NOT tuned on (fixtures/targets/gold/, read by
// hand before the tool was run on them; see the README there). Scored on the default listing
// (kind `target`) by value + unit + horizon, per checked line; the other kinds are checked for
// kind and comparator direction (`--kind all`).

interface GoldItem {
  line: number;
  value: number;
  high?: number;
  unit: string;
  cmp: string;
  year: number | null;
  kind: string;
  phrase: string;
}

interface Gold {
  document: (typeof CORPUS_FILES)[number];
  set: 'held-out';
  note: string;
  lines: number[] | 'all';
  items: GoldItem[];
}

const GOLD_DIR = resolve(import.meta.dirname, '../../fixtures/targets/gold');
const golds: Gold[] = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .toSorted()
  .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Gold);

/**
 * The bar: the issue's goal (micro F1 ≥ 0.95, every document ≥ 0.90, at most one historical figure
 * listed as a target over all documents), and 90% of the other kinds right.
 * Note: measured before the sentence-level kinds: micro 0.934, worst document 0.857, 1 historical
 * figure, other kinds 2/15; after them: 1.000 on every document, 0 historical figures, 15/15. Two of
 * the rules (家具备 is 家 + 具备; a per-head 每10万人 before the number) came from failures seen here,
 * so a second batch of lines was read afterwards and scored before any further change: micro 0.979
 * (P 0.992, R 0.967; guangdong 2026 0.949: its 十五五 goal lost its horizon to the rule that a
 * five-year-plan period dates its own sentence only, mended for a sentence the layout broke over two
 * paragraphs), now 0.987 (P 1.000, R 0.975; missed: 80万重点群体 and 662万农户 without a measure word,
 * 超10期 with 期 read as an edition).
 */
const BAR = { micro: 0.95, perDocument: 0.9, historicalAsTarget: 1, otherKinds: 0.9 };

function read(name: Gold['document']): Target[] {
  const value = readFileSync(corpusPath(name), 'utf8');
  return parsePlan({ path: name, value, format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' }).targets;
}

const inLines = (gold: Gold) => (line: number) => gold.lines === 'all' || gold.lines.includes(line);
const sameQuantity = (t: Target, g: GoldItem): boolean => t.line === g.line && t.value === g.value && t.unit === g.unit;

interface Score {
  tp: number;
  fp: string[];
  fn: string[];
  historicalAsTarget: string[];
  otherKinds: { right: number; wrong: string[] };
}

function score(gold: Gold, all: Target[]): Score {
  const checked = all.filter((t) => inLines(gold)(t.line));
  const listed = checked.filter((t) => t.kind === 'target');
  const wanted = gold.items.filter((g) => g.kind === 'target');
  const left = [...wanted];
  const fp: string[] = [];
  for (const t of listed) {
    const i = left.findIndex((g) => sameQuantity(t, g) && t.year === g.year);
    if (i >= 0) left.splice(i, 1);
    else fp.push(`${t.line}: ${t.text} = ${t.value}${t.unit} @${t.year}`);
  }
  const historicalAsTarget = gold.items
    .filter((g) => g.kind === 'historical' && listed.some((t) => sameQuantity(t, g)))
    .map((g) => `${g.line}: ${g.phrase}`);
  const others = gold.items.filter((g) => g.kind !== 'target' && g.kind !== 'historical');
  const wrong: string[] = [];
  for (const g of others) {
    const t = checked.find((x) => sameQuantity(x, g) && x.kind === g.kind && x.comparator === g.cmp && (x.high ?? undefined) === g.high);
    if (!t) {
      const near = checked.filter((x) => sameQuantity(x, g)).map((x) => `${x.kind} ${x.comparator}`);
      wrong.push(`${g.line}: ${g.phrase} wants ${g.kind} ${g.cmp}, got ${near.join(' | ') || 'nothing'}`);
    }
  }
  return {
    tp: listed.length - fp.length,
    fp,
    fn: left.map((g) => `${g.line}: ${g.phrase} = ${g.value}${g.unit} @${g.year}`),
    historicalAsTarget,
    otherKinds: { right: others.length - wrong.length, wrong },
  };
}

const f1 = (tp: number, fp: number, fn: number): { p: number; r: number; f: number } => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

describe('gold targets of held-out corpus documents', () => {
  const scores = golds.map((gold) => ({ gold, s: score(gold, read(gold.document)) }));

  it('names each item by a phrase written on its line (no transcription slip)', () => {
    for (const gold of golds) {
      const lines = readFileSync(corpusPath(gold.document), 'utf8').split(/\r?\n/u);
      for (const g of gold.items) expect(lines[g.line - 1], `${gold.document}:${g.line} ${g.phrase}`).toContain(g.phrase);
    }
  });

  it('covers at least five work reports of different provinces and years, two plans and two laws', () => {
    const names = golds.map((g) => g.document);
    const reports = names.filter((n) => n.includes('gov-work-report'));
    expect(new Set(reports.map((n) => n.split('-gov-')[0])).size).toBeGreaterThanOrEqual(5);
    expect(new Set(reports.map((n) => n.slice(-8, -4))).size).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => /plan|opinions/u.test(n)).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => /^(?:law|reg)-/u.test(n)).length).toBeGreaterThanOrEqual(2);
    expect(golds.length).toBeGreaterThanOrEqual(10);
  });

  it('reads the default listing at the bar: per document and micro F1 (value + unit + horizon)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const rows: string[] = [];
    for (const { gold, s } of scores) {
      tp += s.tp;
      fp += s.fp.length;
      fn += s.fn.length;
      const m = f1(s.tp, s.fp.length, s.fn.length);
      rows.push(`${gold.document.padEnd(52)} P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} F1=${m.f.toFixed(3)}`);
      for (const x of s.fp) rows.push(`    extra  ${x}`);
      for (const x of s.fn) rows.push(`    missed ${x}`);
    }
    const micro = f1(tp, fp, fn);
    rows.push(`micro: P=${micro.p.toFixed(3)} R=${micro.r.toFixed(3)} F1=${micro.f.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    console.log(rows.join('\n'));
    expect(micro.f).toBeGreaterThanOrEqual(BAR.micro);
    for (const { gold, s } of scores) expect(f1(s.tp, s.fp.length, s.fn.length).f, gold.document).toBeGreaterThanOrEqual(BAR.perDocument);
  });

  it('lists at most one historical figure as a target over all documents', () => {
    const all = scores.flatMap(({ gold, s }) => s.historicalAsTarget.map((x) => `${gold.document}:${x}`));
    console.log(`historical figures listed as targets: ${all.length}${all.length ? `\n  ${all.join('\n  ')}` : ''}`);
    expect(all.length).toBeLessThanOrEqual(BAR.historicalAsTarget);
  });

  it('gives limits, conditions, penalties and enumerations their kind and comparator (--kind all)', () => {
    const right = scores.reduce((n, { s }) => n + s.otherKinds.right, 0);
    const wrong = scores.flatMap(({ gold, s }) => s.otherKinds.wrong.map((x) => `${gold.document}:${x}`));
    const share = right / (right + wrong.length);
    console.log(`other kinds: ${right}/${right + wrong.length} right${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(share).toBeGreaterThanOrEqual(BAR.otherKinds);
  });
});
