import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, PlanDocument } from '../../src/types.js';
import { CORPUS, corpusFiles, load, ROOT } from './helpers.js';
import { expectGolden } from '../helpers/golden.js';

const FIXTURES = join(ROOT, 'fixtures/outline/corpus');

// Plans saved from web pages (scraped .md, 2026 reports copied as text): their compact outlines, each
// checked by hand against the file (wrapper lines in metadata, the plan's own title, 一、 at depth 1).
// `UPDATE=1 npx vitest run tests/parse/wrapped-plans-golden.test.ts` rewrites them; review every change.
const files = corpusFiles.filter((f) => /^(national-14th-fyp-|shanghai-|miit-)/.test(f) || /-2026\.txt$/.test(f));

/** Label, title, period, metadata lines, preamble starts, then one line per heading: indent by depth, marker, title, line. */
function compact(doc: PlanDocument): string {
  const out = [`label: ${doc.label ?? '-'}`, `title: ${doc.title ?? '-'}`, `period: ${doc.period ? `${doc.period.start}-${doc.period.end}` : '-'}`];
  for (const m of doc.metadata ?? []) out.push(`metadata :${m.line} ${[...m.text].slice(0, 60).join('')}`);
  for (const p of doc.preamble) out.push(`preamble :${p.line} ${[...p.text].slice(0, 30).join('')}`);
  const visit = (n: OutlineNode) => {
    out.push(`${'  '.repeat(n.depth - 1)}${n.depth} ${n.marker}${n.title} :${n.line}`);
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  for (const w of doc.warnings) out.push(`warning :${w.line ?? '-'} ${w.code} ${w.message}`);
  return out.join('\n') + '\n';
}

describe('outlines of plans inside web pages and scraper wrappers', () => {
  it('covers the scraped plans and the 2026 reports', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s matches fixtures/outline/corpus/<name>.outline.txt', (name) => {
    const text = compact(parsePlan(load(CORPUS, name), { targets: false }));
    expectGolden(join(FIXTURES, `${name}.outline.txt`), text);
  });

  it.each(files)('%s: no wrapper word in the title or a heading, the first 一、 at depth 1', (name) => {
    const doc = parsePlan(load(CORPUS, name), { targets: false });
    const wrapper = /下载|打印|全屏|收藏|字号|字体|分享|来源[:：]|发布日期|发布机构|原文链接|政策全文|基本信息|责任编辑|扫一扫/u;
    expect(doc.title ?? '').not.toMatch(wrapper);
    const all = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
    expect(all(doc.nodes).filter((n) => wrapper.test(n.title)).map((n) => n.title)).toEqual([]);
    const first = all(doc.nodes).find((n) => n.style === 'cn-dun');
    if (first) expect(first.depth).toBe(1);
  });
});
