import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { extractTargets } from '../../src/parse/targets/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { SourceFile } from '../../src/types.js';

// The command line parses both revisions without targets and lets compare read the targets of the
// paragraphs of changed clauses (`readTargets`); the report must be the one made from fully parsed
// documents.

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus');
const seed = (name: string) => join(ROOT, 'seeds', `${name}.txt`);
const PAIRS: Array<[string, string]> = [
  [seed('beijing-bri-sti-action-plan-2024-2027-draft'), join(ROOT, 'examples', 'beijing-bri-sti-action-plan-2024-2027-draft2.txt')],
  [seed('beijing-bri-sti-action-plan-2024-2027-draft'), seed('beijing-sti-internationalisation-action-plan-2024-2027-draft')],
  [seed('beijing-14th-fyp-international-sti-centre-plan-2021'), seed('most-beijing-sti-centre-work-plan-2023')],
  [join(CORPUS, 'national-gov-work-report-2024.txt'), join(CORPUS, 'national-gov-work-report-2025.txt')],
  [join(CORPUS, 'law-animal-epidemic-prevention-2020-draft1.txt'), join(CORPUS, 'law-animal-epidemic-prevention-2021-final.txt')],
  [join(CORPUS, 'reg-patent-law-implementing-rules-2010.md'), join(CORPUS, 'reg-patent-law-implementing-rules-2023.md')],
];

const sourceOf = (file: string): SourceFile => ({ path: file, value: readFileSync(file, 'utf8'), format: file.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });

describe.each(PAIRS.map(([a, b]) => [`${a.split('/').at(-1)} → ${b.split('/').at(-1)}`, a, b]))('compare reading targets of changed paragraphs only: %s', (_name, a, b) => {
  it('gives the report of fully parsed documents', () => {
    const sources = [sourceOf(a), sourceOf(b)] as const;
    // Note: every kind, so the laws' penalties and conditions are compared too.
    const full = comparePlans(parsePlan(sources[0]), parsePlan(sources[1]), { kinds: 'all' });
    const docs = [parsePlan(sources[0], { targets: false }), parsePlan(sources[1], { targets: false })] as const;
    const asked: Record<string, ReadonlySet<string>> = {};
    const lazy = comparePlans(docs[0], docs[1], {
      kinds: 'all',
      readTargets: (side, paragraphs) => {
        asked[side] = paragraphs;
        const i = side === 'old' ? 0 : 1;
        return extractTargets(docs[i], sources[i], { paragraphs });
      },
    });
    expect(lazy).toEqual(full);
    expect(full.targetChanges.length).toBeGreaterThan(0);
    // Note: the paragraphs asked for are paragraphs of that side.
    const ids = (nodes: typeof docs[0]['nodes']): string[] => nodes.flatMap((n) => [...n.paragraphs.map((p) => p.id), ...ids(n.children)]);
    expect(asked.new!.size).toBeGreaterThan(0);
    expect([...docs[1].preamble.map((p) => p.id), ...ids(docs[1].nodes)]).toEqual(expect.arrayContaining([...asked.new!]));
    if (asked.old) expect([...docs[0].preamble.map((p) => p.id), ...ids(docs[0].nodes)]).toEqual(expect.arrayContaining([...asked.old]));
  });
});

describe('compare reading targets: an identical document asks for nothing', () => {
  it('never calls readTargets when every clause is unchanged', () => {
    const source = sourceOf(seed('beijing-bri-sti-action-plan-2024-2027-draft'));
    const doc = parsePlan(source, { targets: false });
    const calls: string[] = [];
    const r = comparePlans(doc, doc, { readTargets: (side) => (calls.push(side), []) });
    expect(r.summary.unchanged).toBe(r.pairs.length);
    expect(calls).toEqual([]);
  });
});

describe('compare reading targets: a revision', () => {
  it('asks only for the paragraphs of its changed clauses', () => {
    const sources = [sourceOf(PAIRS[0][0]), sourceOf(PAIRS[0][1])];
    const docs = sources.map((s) => parsePlan(s, { targets: false }));
    const asked: Record<string, string[]> = {};
    const r = comparePlans(docs[0], docs[1], { readTargets: (side, paragraphs) => ((asked[side] = [...paragraphs].toSorted()), extractTargets(docs[side === 'old' ? 0 : 1], sources[side === 'old' ? 0 : 1], { paragraphs })) });
    const changed = (side: 'old' | 'new') => [...new Set(r.pairs.filter((p) => p.status !== 'unchanged' && p[side] && p[side]!.id !== 'title').map((p) => p[side]!.id))].toSorted();
    expect(asked.old).toEqual(changed('old'));
    expect(asked.new).toEqual(changed('new'));
    expect(asked.new!.length).toBeLessThan(10);
  });
});

describe('compare reading targets: paragraphs of one node sharing line numbers (a PDF counts lines per page)', () => {
  // Note: a source as the PDF reader makes it: lineMap gives each line's page and line on that page.
  const pdf = (lines: Array<[string, number, number]>, path: string): SourceFile => ({
    path,
    format: 'pdf',
    lineUnit: 'pdf-line',
    value: lines.map(([text]) => text).join('\n'),
    lineMap: lines.map(([, page, line]) => ({ page, line })),
  });
  const oldSource = pdf([['某某行动方案', 1, 1], ['一、主要任务', 1, 3], ['建设联合实验室20家。', 1, 5], ['培养青年人才100名。', 2, 5]], 'old.pdf');
  const newSource = pdf([['某某行动方案', 1, 1], ['一、主要任务', 1, 3], ['建设联合实验室20家。', 1, 5], ['强化统筹协调。', 2, 7]], 'new.pdf');

  it('gives the report of fully parsed documents', () => {
    const full = comparePlans(parsePlan(oldSource), parsePlan(newSource));
    const docs = [parsePlan(oldSource, { targets: false }), parsePlan(newSource, { targets: false })] as const;
    const sources = [oldSource, newSource] as const;
    const lazy = comparePlans(docs[0], docs[1], { readTargets: (side, paragraphs) => extractTargets(docs[side === 'old' ? 0 : 1], sources[side === 'old' ? 0 : 1], { paragraphs }) });
    expect(full.targetChanges.length).toBeGreaterThan(0);
    expect(lazy).toEqual(full);
  });

  it('gives a clause only the targets of its own sentences, not those of another page on the same line number', () => {
    const r = comparePlans(parsePlan(oldSource), parsePlan(newSource));
    // Note: 培养青年人才100名 (page 2, line 5) was removed; 联合实验室20家 (page 1, line 5) is unchanged.
    expect(r.targetChanges.map((t) => [t.kind, t.old?.value, t.new?.value])).toEqual([['removed', 100, undefined]]);
  });
});
