import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { extractTargets } from '../../src/parse/targets/index.js';
import type { OutlineNode, Paragraph, SourceFile, Target } from '../../src/types.js';

// extractTargets(doc, source, { paragraphs }) returns the targets of the listed paragraphs only (compare
// asks for the paragraphs of changed clauses); they must be exactly the full extraction's targets in
// those paragraphs, ids (numbered per node), lines and inherited horizons included.

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus');
const files = [
  ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f)),
  // Note: the 2025 work report has targets dated by a deadline stated in another outline node.
  ...['national-gov-work-report-2025.txt', 'national-14th-fyp-digital-economy-plan-2021.md', 'law-animal-epidemic-prevention-2021-final.txt'].map((f) => join(CORPUS, f)),
];

const sourceOf = (file: string): SourceFile => ({ path: file, value: readFileSync(file, 'utf8'), format: file.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });
const paragraphsOf = (nodes: readonly OutlineNode[]): Array<Paragraph & { nodeId: string }> =>
  nodes.flatMap((n) => [...n.paragraphs.map((p) => ({ ...p, nodeId: n.id })), ...paragraphsOf(n.children)]);
/** The paragraph a target sits in: same node, its line within the paragraph's lines. */
const paragraphOf = (all: ReturnType<typeof paragraphsOf>, t: Target) => all.find((p) => p.nodeId === t.nodeId && t.line >= p.line && t.line <= p.endLine)!.id;

describe.each(files.map((f) => [f.split('/').at(-1)!, f]))('extractTargets of some paragraphs: %s', (_name, file) => {
  const source = sourceOf(file);
  const doc = parsePlan(source, { targets: false });
  const full = extractTargets(doc, source);
  const all = [...doc.preamble.map((p) => ({ ...p, nodeId: '' })), ...paragraphsOf(doc.nodes)];
  const ids = all.map((p) => p.id);
  const where = new Map(full.map((t) => [t, paragraphOf(all, t)]));

  it('gives the full extraction when every paragraph is listed, and nothing when none is', () => {
    expect(full.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(extractTargets(doc, source, { paragraphs: new Set(ids) })).toEqual(full);
    expect(extractTargets(doc, source, { paragraphs: new Set() })).toEqual([]);
  });

  it('gives exactly the full extraction’s targets in the listed paragraphs (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (listed) => {
        const paragraphs = new Set(listed);
        expect(extractTargets(doc, source, { paragraphs })).toEqual(full.filter((t) => paragraphs.has(where.get(t)!)));
      }),
      { numRuns: 25 },
    );
  });

  it('reads each target alone as in the full extraction: its number in its node, horizons stated elsewhere', () => {
    for (const t of full) expect(extractTargets(doc, source, { paragraphs: new Set([where.get(t)!]) })).toContainEqual(t);
  });
});

describe('extractTargets of some paragraphs: a deadline stated in the parent node, a number counted before', () => {
  const text = ['一、发展目标', '到2027年，基本建成国际科技创新中心。', '（一）平台建设', '建设国际科技合作基地30个。', '共建联合实验室20家。'].join('\n');
  const source: SourceFile = { path: 'plan.txt', value: text, format: 'txt', lineUnit: 'line' };
  const doc = parsePlan(source, { targets: false });

  it('dates the target by the parent’s lead sentence and numbers it after the one before it, reading only its paragraph', () => {
    const child = doc.nodes[0].children[0];
    const targets = extractTargets(doc, source, { paragraphs: new Set([child.paragraphs[1].id]) });
    expect(targets).toMatchObject([{ id: `${child.id}#t2`, nodeId: child.id, value: 20, unit: '家', year: 2027, yearSource: 'section', line: 5 }]);
    expect(targets).toEqual(extractTargets(doc, source).filter((t) => t.line === 5));
  });
});
