import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { extractTargets } from '../../src/parse/targets.js';
import type { OutlineNode, SourceFile } from '../../src/types.js';

// extractTargets(doc, source, { nodes }) reads the quantities of the listed outline nodes only (compare
// asks for the nodes holding a changed clause); what it returns must be exactly the full extraction's
// targets of those nodes, ids, lines and inherited horizons included.

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const files = [
  ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f)),
  // Note: the 2025 work report has targets dated by a deadline stated in another outline node.
  ...['national-gov-work-report-2025.txt', 'national-14th-fyp-digital-economy-plan-2021.md', 'law-animal-epidemic-prevention-2021-final.txt'].map((f) => join(CORPUS, f)),
];

const sourceOf = (file: string): SourceFile => ({ path: file, value: readFileSync(file, 'utf8'), format: file.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });
const nodeIds = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.id, ...nodeIds(n.children)]);

describe.each(files.map((f) => [f.split('/').at(-1)!, f]))('extractTargets of some nodes: %s', (_name, file) => {
  const source = sourceOf(file);
  const doc = parsePlan(source, { targets: false });
  const full = extractTargets(doc, source);
  const ids = ['', ...nodeIds(doc.nodes)];

  it('gives the full extraction when every node is listed, and nothing when none is', () => {
    expect(full.length).toBeGreaterThan(0);
    expect(extractTargets(doc, source, { nodes: new Set(ids) })).toEqual(full);
    expect(extractTargets(doc, source, { nodes: new Set() })).toEqual([]);
  });

  it('gives exactly the full extraction’s targets of the listed nodes (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (listed) => {
        const nodes = new Set(listed);
        expect(extractTargets(doc, source, { nodes })).toEqual(full.filter((t) => nodes.has(t.nodeId)));
      }),
      { numRuns: 25 },
    );
  });

  it('reads each target alone as in the full extraction, with horizons stated in nodes it does not read', () => {
    for (const t of full) expect(extractTargets(doc, source, { nodes: new Set([t.nodeId]) })).toContainEqual(t);
  });
});

describe('extractTargets of some nodes: a deadline stated in the parent node', () => {
  const text = ['一、发展目标', '到2027年，基本建成国际科技创新中心。', '（一）平台建设', '共建联合实验室20家。'].join('\n');
  const source: SourceFile = { path: 'plan.txt', value: text, format: 'txt', lineUnit: 'line' };
  const doc = parsePlan(source, { targets: false });

  it('dates the child’s target by the parent’s lead sentence although only the child is read', () => {
    const child = doc.nodes[0].children[0];
    const targets = extractTargets(doc, source, { nodes: new Set([child.id]) });
    expect(targets).toMatchObject([{ nodeId: child.id, value: 20, unit: '家', year: 2027, yearSource: 'section', line: 4 }]);
    expect(targets).toEqual(extractTargets(doc, source));
  });
});
