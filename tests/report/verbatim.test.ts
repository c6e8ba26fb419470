import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { formatReport } from '../../src/report/index.js';
import type { CompareReport } from '../../src/types.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

// A 新旧对照表 quotes the law: the article number stands where the article starts, and a later paragraph
// (款) of an article is quoted as it begins in the law, without 第X条 in front.
const OLD = 'reg-patent-law-implementing-rules-2010.md';
const NEW = 'reg-patent-law-implementing-rules-2023.md';
const ARTICLE = /^(第[一二三四五六七八九十百千零〇两\d]+条)[\s\u3000]*/u;

const read = (name: string) => readFileSync(join(CORPUS_DIR, name), 'utf8');
const squeeze = (s: string) => s.replace(/[\s\u3000]/gu, '');

/** Article starts of a law: `第X条` → the squeezed text after it, for every line that starts an article. */
function articleStarts(value: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of value.split('\n')) {
    const m = ARTICLE.exec(line.replace(/^[#\s*]+/u, ''));
    if (m) out.set(m[1], [...(out.get(m[1]) ?? []), squeeze(line.replace(/^[#\s*]+/u, '').slice(m[0].length))]);
  }
  return out;
}

/** Cells that start with an article number the law does not start that text with. */
function misquoted(cells: ReadonlyArray<{ side: 'old' | 'new'; text: string }>, starts: { old: Map<string, string[]>; new: Map<string, string[]> }): string[] {
  return cells.flatMap(({ side, text }) => {
    const m = ARTICLE.exec(text.trim());
    if (!m) return [];
    const rest = squeeze(text.trim().slice(m[0].length)).slice(0, 8);
    const ok = (starts[side].get(m[1]) ?? []).some((s) => s.startsWith(rest));
    return ok ? [] : [`${side}: ${text.trim().slice(0, 40)}`];
  });
}

describe('the 对照表 quotes verbatim (专利法实施细则 2010 → 2023)', async () => {
  const report: CompareReport = comparePlans(parsePlan({ path: OLD, value: read(OLD), format: 'md' }), parsePlan({ path: NEW, value: read(NEW), format: 'md' }));
  const starts = { old: articleStarts(read(OLD)), new: articleStarts(read(NEW)) };

  it('Markdown: no cell starts with an article number the paragraph does not start with', async () => {
    const md = (await formatReport(report, 'md', { color: false, only: 'all' })) as string;
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    const table = tree.children.find((n): n is Table => n.type === 'table' && toString(n.children[0]!).startsWith('原条文'))!;
    const cells = table.children.slice(1).flatMap((row) => [{ side: 'old' as const, text: toString(row.children[0]!) }, { side: 'new' as const, text: toString(row.children[1]!) }]);
    expect(cells.filter((c) => ARTICLE.test(c.text.trim())).length).toBeGreaterThan(100);
    expect(misquoted(cells, starts)).toEqual([]);
  });

  it('HTML: no cell starts with an article number the paragraph does not start with', async () => {
    const html = (await formatReport(report, 'html', { color: false, only: 'all' })) as string;
    const cells = [...html.matchAll(/<td class="(old|new)">(?:<span class="meta">(.*?)<\/span>)?(?:<span class="meta">.*?<\/span>)?<span class="text">(.*?)<\/span><\/td>/gs)].map((m) => {
      // The number in the cell's place line (`第二十五条 · 第120行`) stands in front of the quote.
      const number = /^(?:<(?:del|ins)>)?(第[^<·]*?条)/u.exec(m[2] ?? '')?.[1] ?? '';
      return { side: m[1] as 'old' | 'new', text: number + m[3]!.replace(/<[^>]+>/g, '') };
    });
    expect(cells.length).toBeGreaterThan(500);
    expect(cells.filter((c) => ARTICLE.test(c.text)).length).toBeGreaterThan(100);
    expect(misquoted(cells, starts)).toEqual([]);
  });

  it('Word: no cell starts with an article number the paragraph does not start with', async () => {
    const bytes = (await formatReport(report, 'docx', { color: false, only: 'all' })) as Uint8Array;
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) => [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('')));
    const cells = rows.filter((r) => r.length === 3).flatMap((r) => [{ side: 'old' as const, text: r[0]! }, { side: 'new' as const, text: r[1]! }]);
    expect(cells.filter((c) => ARTICLE.test(c.text.trim())).length).toBeGreaterThan(100);
    expect(misquoted(cells, starts)).toEqual([]);
  });
});

describe('heading end marks are kept verbatim', async () => {
  const old = '某某计划\n一、任务\n（一）加强合作；推动交流合作。\n（二）坚持开放！扩大开放合作。\n（三）怎么办？这样办好。\n';
  const neu = '某某计划\n一、任务\n（一）加强合作；推动交流合作共赢。\n（二）坚持开放！扩大开放合作共赢。\n（三）怎么办？这样办好办实。\n';
  const parse = (value: string, path: string) => parsePlan({ path, value, format: 'txt' });
  const report = comparePlans(parse(old, 'old.txt'), parse(neu, 'new.txt'));

  it('keeps ；！？ after the title in the outline', () => {
    expect(parse(old, 'old.txt').nodes[0]!.children.map((n) => [n.title, n.titleEnd])).toEqual([['加强合作', '；'], ['坚持开放', '！'], ['怎么办', '？']]);
  });

  it.each(['text', 'json', 'csv', 'tsv', 'md', 'html'])('%s quotes 加强合作；推动, 坚持开放！扩大, 怎么办？这样', async (format) => {
    const out = (await formatReport(report, format, { color: false, only: 'all' })) as string;
    const plain = out.replace(/<[^>]+>|~~|\*\*|\\/g, '');
    for (const quote of ['加强合作；推动', '坚持开放！扩大', '怎么办？这样']) expect(plain).toContain(quote);
    for (const wrong of ['加强合作。推动', '坚持开放。扩大', '怎么办。这样']) expect(plain).not.toContain(wrong);
  });
});
