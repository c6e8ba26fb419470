import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { neutralise } from '../../src/report/csv.js';
import { formatReport } from '../../src/report/index.js';
import type { CompareReport, HistoryReport } from '../../src/types.js';
import { historyPlans } from '../../src/compare/history/index.js';
import { hostileLine, hostileText } from '../helpers/hostile.js';

// Hostile text in every position a compare report carries it: an unchanged clause, both sides of a
// modified clause, a removed and an added clause, a heading, and both file names.
const plans = fc.record({
  unchanged: hostileText(),
  oldChanged: hostileText(),
  newChanged: hostileText(),
  removed: hostileText(),
  added: hostileText(),
  heading: hostileLine(),
  oldName: hostileLine(),
  newName: hostileLine(),
});

type Plans = typeof plans extends fc.Arbitrary<infer T> ? T : never;

function report(p: Plans): CompareReport {
  const doc = (path: string, lines: string[]) => parsePlan({ path, value: lines.join('\n') + '\n', format: 'txt', lineUnit: 'line' });
  const old = doc(`${p.oldName}.txt`, [`一、${p.heading}`, `1.到2027年建成联合实验室20家。${p.unchanged}`, `2.推动国际合作${p.oldChanged}。`, `3.删除的任务${p.removed}。`]);
  const neu = doc(`${p.newName}.txt`, [`一、${p.heading}`, `1.到2027年建成联合实验室20家。${p.unchanged}`, `2.推动国际合作${p.newChanged}。`, `3.新增的任务${p.added}。`]);
  return comparePlans(old, neu);
}

/** The tag names the HTML formatter writes for benign text. */
let allowedTags: Set<string> | undefined;
async function tagsOf(page: string): Promise<string[]> {
  return [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/gu)].map((m) => m[1]!.toLowerCase());
}

/** A small RFC 4180 reader (the test's own, independent of csv-stringify). */
function readDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/** Every row as wide as the header, and no cell a spreadsheet would run as a formula. */
function expectSafeTable(text: string, sep: string): void {
  const rows = readDelimited(text, sep);
  for (const row of rows) {
    expect(row).toHaveLength(rows[0]!.length);
    for (const cell of row) expect(neutralise(cell), JSON.stringify(cell)).toBe(cell);
  }
}

/** No raw HTML and no link from the document; every table row as wide as its header. */
function expectInertMarkdown(text: string): void {
  const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
    expect(node.type, JSON.stringify(node).slice(0, 200)).not.toBe('html');
    if (node.type === 'link') expect(node.url ?? '').not.toMatch(/evil|javascript/u);
    if (node.type === 'table') {
      const rows = (node.children ?? []) as Array<{ children: unknown[] }>;
      for (const row of rows) expect(row.children.length).toBe(rows[0]!.children.length);
    }
    for (const child of (node.children ?? []) as Array<{ type: string }>) visit(child);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(text) as never);
}

describe('hostile text in every position of a report (property)', () => {
  it('HTML: no markup from the document, only the formatter\'s own tags and one script', async () => {
    const benign = await formatReport(report({ unchanged: '甲', oldChanged: '乙', newChanged: '丙', removed: '丁', added: '戊', heading: '总体要求', oldName: 'a', newName: 'b' }), 'html', { color: false });
    allowedTags = new Set(await tagsOf(String(benign)));
    await fc.assert(
      fc.asyncProperty(plans, async (p) => {
        const page = String(await formatReport(report(p), 'html', { color: false }));
        for (const tag of await tagsOf(page)) expect(allowedTags, tag).toContain(tag);
        expect(page.match(/<script/gu)).toHaveLength(1);
        expect(page).not.toMatch(/<(img|svg|iframe)\b/u);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ])('%s: every row as wide as the header, and no cell starts a formula', async (format, sep) => {
    await fc.assert(
      fc.asyncProperty(plans, async (p) => {
        expectSafeTable(String(await formatReport(report(p), format as 'csv', { color: false })), sep);
      }),
      { numRuns: 60 },
    );
  });

  it('Markdown: no raw HTML and no link from the document; every table row as wide as its header', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (p) => {
        expectInertMarkdown(String(await formatReport(report(p), 'markdown', { color: false })));
      }),
      { numRuns: 60 },
    );
  });
});

// Hostile text in every position of a history: an unchanged clause, a clause changed in each version,
// a clause removed in the second version and restored in the third, a heading, and the file names.
const drafts = fc.record({
  unchanged: hostileText(),
  v1: hostileText(),
  v2: hostileText(),
  v3: hostileText(),
  restored: hostileText(),
  heading: hostileLine(),
  names: fc.tuple(hostileLine(), hostileLine(), hostileLine()),
});

function history(p: typeof drafts extends fc.Arbitrary<infer T> ? T : never): HistoryReport {
  const doc = (k: number, lines: string[]) => parsePlan({ path: `${p.names[k]}.txt`, value: lines.join('\n') + '\n', format: 'txt', lineUnit: 'line' });
  const restored = `3.恢复的任务：支持创新主体参与民生设施建设${p.restored}。`;
  return historyPlans([
    doc(0, [`一、${p.heading}`, `1.到2027年建成联合实验室20家。${p.unchanged}`, `2.推动国际合作。${p.v1}。`, restored]),
    doc(1, [`一、${p.heading}`, `1.到2027年建成联合实验室20家。${p.unchanged}`, `2.推动国际合作。${p.v2}。`]),
    doc(2, [`一、${p.heading}`, `1.到2027年建成联合实验室20家。${p.unchanged}`, `2.推动国际合作。${p.v3}。`, restored]),
  ]);
}

describe('hostile text in every position of a history (property)', () => {
  it('HTML: no markup from the document, only the formatter\'s own tags and one script', async () => {
    const benign = history({ unchanged: '甲', v1: '建设国际科技合作基地达30个', v2: '建设国际科技合作基地达35个', v3: '建设国际科技合作基地达40个', restored: '戊', heading: '总体要求', names: ['a', 'b', 'c'] });
    expect(benign.targets.some((t) => t.changedIn.length > 0)).toBe(true);
    const allowed = new Set(await tagsOf(String(await formatReport(benign, 'html', { color: false, only: 'all' }))));
    await fc.assert(
      fc.asyncProperty(drafts, async (p) => {
        const page = String(await formatReport(history(p), 'html', { color: false }));
        for (const tag of await tagsOf(page)) expect(allowed, tag).toContain(tag);
        expect(page.match(/<script/gu)).toHaveLength(1);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ])('%s: every row as wide as the header, and no cell starts a formula', async (format, sep) => {
    await fc.assert(
      fc.asyncProperty(drafts, async (p) => {
        expectSafeTable(String(await formatReport(history(p), format as 'csv', { color: false })), sep);
      }),
      { numRuns: 25 },
    );
  });

  it('Markdown: no raw HTML and no link from the document; every table row as wide as its header', async () => {
    await fc.assert(
      fc.asyncProperty(drafts, async (p) => {
        expectInertMarkdown(String(await formatReport(history(p), 'markdown', { color: false, only: 'all' })));
      }),
      { numRuns: 25 },
    );
  });
});
