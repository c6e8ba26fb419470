import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { parsePlan } from '../../../src/parse/index.js';
import { readSource } from '../../../src/parse/readers/index.js';
import type { OutlineNode, PlanDocument } from '../../../src/types.js';

const SEEDS = {
  'bri-2024': 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt',
  'intl-2024': 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt',
};

async function parse(path: string): Promise<PlanDocument> {
  return parsePlan(await readSource(readFileSync(path), path));
}

/** The outline without places: what must not depend on the container. */
function headings(doc: PlanDocument): string[] {
  const walk = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.depth} ${n.id} ${n.marker}${n.title}`, ...walk(n.children)]);
  return walk(doc.nodes);
}

function targets(doc: PlanDocument): string[] {
  return doc.targets.map((t) => `${t.nodeId} ${t.metricKey} ${t.comparator} ${t.value}${t.unit} ${t.year ?? ''}`);
}

describe('the same plan as .txt, .docx, .pdf and GB18030 text', () => {
  it.each(Object.entries(SEEDS))('%s: same headings and targets in every container', async (name, seed) => {
    const txt = await parse(seed);
    expect(headings(txt).length).toBeGreaterThan(10);
    expect(targets(txt).length).toBeGreaterThan(3);
    for (const other of [`fixtures/inputs/${name}.docx`, `fixtures/inputs/${name}.pdf`]) {
      const doc = await parse(other);
      expect(headings(doc), other).toEqual(headings(txt));
      expect(targets(doc), other).toEqual(targets(txt));
      expect(doc.title, other).toEqual(txt.title);
    }
  });

  it('a GB18030 copy gives the same outline, with the same line numbers', async () => {
    const txt = await parse(SEEDS['bri-2024']);
    const gb = await parse('fixtures/inputs/bri-2024.gb18030.txt');
    expect(gb.nodes).toEqual(txt.nodes);
    expect(gb.targets.map((t) => ({ ...t, file: '' }))).toEqual(txt.targets.map((t) => ({ ...t, file: '' })));
    expect(gb.source.encoding ?? 'gb18030').toBe('gb18030');
  });

  it('.docx line numbers are the seed line numbers (one paragraph per seed line)', async () => {
    const txt = await parse(SEEDS['bri-2024']);
    const docx = await parse('fixtures/inputs/bri-2024.docx');
    const lines = (d: PlanDocument) => {
      const walk = (nodes: OutlineNode[]): number[] => nodes.flatMap((n) => [n.line, ...walk(n.children)]);
      return walk(d.nodes);
    };
    expect(lines(docx)).toEqual(lines(txt));
    expect(docx.source.lineUnit).toBe('paragraph');
  });
});

describe('plan-diff compare across containers', () => {
  it.each([
    ['bri-2024.docx', 'bri-2024.pdf'],
    ['intl-2024.docx', 'intl-2024.pdf'],
    ['bri-2024.gb18030.txt', 'bri-2024.docx'],
  ])('compare %s %s reports no content change and exits 0', async (a, b) => {
    let out = '';
    let err = '';
    const code = await main(['compare', `fixtures/inputs/${a}`, `fixtures/inputs/${b}`, '--format', 'json'], {
      stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) },
      stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) },
      cwd: process.cwd(),
      env: { NO_COLOR: '1' },
    });
    expect(err).not.toMatch(/internal error|\n\s+at /);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.summary).toMatchObject({ modified: 0, added: 0, removed: 0, targetChanges: 0 });
    expect(report.summary.unchanged).toBeGreaterThan(30);
  });
});
