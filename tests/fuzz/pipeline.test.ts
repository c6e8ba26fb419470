import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanDiffError } from '../../src/errors.js';
import { checkPlans } from '../../src/compare/check.js';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { getSegmenter } from '../../src/parse/words/segmenter.js';
import { outlineReport, targetsReport } from '../../src/parse/report.js';
import { formatReport, formatsFor } from '../../src/report/index.js';
import type { AnyReport, OutlineNode, PlanDocument } from '../../src/types.js';
import { CORPUS_DIR, CORPUS_FILES } from '../helpers/corpus.js';
import { KINDS, mutateText } from './mutate-text.mjs';

// Fuzzing as a test (issue 22): mutated windows of the seeds and the corpus go through the whole library —
// parsePlan (with targets), comparePlans, checkPlans and every formatter of every report — and must give
// a result or a PlanDiffError, never another exception; output stays within a multiple of the input; and
// a plain text loses no character. Inputs are small windows (up to 60 lines), so thousands of cases run in
// a couple of minutes; scripts/fuzz.mjs (`npm run fuzz`) runs the command line on bigger mutated files.

const SOURCES = [
  ...['beijing-bri-sti-action-plan-2024-2027-draft.txt', 'national-bri-sti-cooperation-special-plan-2016.txt', 'most-beijing-sti-centre-work-plan-2023.txt'].map((f) => readFileSync(join('seeds', f), 'utf8')),
  ...CORPUS_FILES.filter((_, i) => i % 4 === 0).map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8')),
].map((text) => text.split('\n'));

/** A window of one source, then a few mutations. */
const input = fc
  .record({
    source: fc.nat({ max: SOURCES.length - 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    mutations: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), seed: fc.integer() }), { maxLength: 5 }),
  })
  .map(({ source, start, length, mutations }) => {
    const lines = SOURCES[source]!;
    const from = start % lines.length;
    let text = lines.slice(from, from + length).join('\n');
    for (const m of mutations) {
      let state = m.seed;
      const rand = (n: number) => {
        state = (Math.imul(state, 1103515245) + 12345) | 0;
        return n <= 0 ? 0 : ((state >>> 8) % n + n) % n;
      };
      text = mutateText(text, m.kind, rand);
    }
    return text;
  });

/** Run a step; a PlanDiffError (bad input) ends the case, any other exception fails it. */
function attempt<T>(step: () => T): T | 'refused' {
  try {
    return step();
  } catch (error) {
    if (error instanceof PlanDiffError) return 'refused';
    throw error;
  }
}

/** Every format of a report, each within `limit` characters. */
async function formatAll(report: AnyReport, limit: number): Promise<void> {
  for (const format of formatsFor(report.schema)) {
    if (format === 'docx') continue; // Note: a Word file is zipped XML; its size is checked by scripts/fuzz.mjs.
    const out = await formatReport(report, format, { color: true, width: 80 });
    const size = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
    expect(size, `${report.schema} as ${format}`).toBeLessThan(limit);
  }
}

/**
 * Output allowed for an input: 20 times its UTF-8 bytes (issue 22), and a fixed page (HTML styles and
 * script, a table's header) on top. A target can come from a dozen bytes (`发展翻一番`); its record is
 * bounded and its context is shared with the other targets of its sentence (docs/benchmarks.md).
 */
const bound = (...texts: string[]) => 60_000 + 20 * texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/**
 * Whether every character of the text lands in one heading or paragraph, in order (as in
 * tests/parse/nothing-lost.test.ts: a heading's title stops before its 。 or colon, which is skipped).
 */
function nothingLost(doc: PlanDocument, text: string): boolean {
  const kept = text.replace(/\s+/gu, '');
  const parts: Array<[string, boolean]> = [[doc.label ?? '', true], [doc.title ?? '', false], ...doc.preamble.map((p): [string, boolean] => [p.text, false])];
  const visit = (n: OutlineNode): void => {
    parts.push([n.marker + n.title, true], ...n.paragraphs.map((p): [string, boolean] => [p.text, false]));
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  let at = 0;
  for (const [raw, heading] of parts) {
    const part = raw.replace(/\s+/gu, '');
    if (!kept.startsWith(part, at)) return false;
    at += part.length;
    if (heading && part !== '' && /[。．.：:；;！？!?]/u.test(kept[at] ?? '')) at += 1;
  }
  return at === kept.length;
}

describe('fuzz: the whole pipeline on mutated plans', () => {
  const segmenter = getSegmenter();

  it('parsePlan and extractTargets: a document or a PlanDiffError; nothing lost from plain text; outline and targets formatted within bounds', { timeout: 300_000 }, async () => {
    let parsed = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const doc = attempt(() => parsePlan({ path: 'plan.txt', value: text, format: 'txt', lineUnit: 'line' }));
        if (doc === 'refused') return;
        parsed++;
        // Note: the nothing-lost invariant holds for text without what the parser may drop by design
        // (bookmark residue, bullets, page numbers, web chrome and scraper metadata such as 来源：: tests/parse/nothing-lost.test.ts).
        if (!/\[bookmark|^[ \t]*-|[-—–]\s*\d{1,4}\s*[-—–]|下载|打印|字号|附件|专栏|来源|发布|编辑|浏览|分享|[\u0000-\u0008\u000b-\u001f]/mu.test(text)) {
          checked++;
          expect(nothingLost(doc, text), text).toBe(true);
        }
        await formatAll(outlineReport(doc), bound(text));
        await formatAll(targetsReport(doc.targets, 'all'), bound(text));
      }),
      { seed: 22, numRuns: 2500 },
    );
    expect(parsed).toBeGreaterThan(2000);
    expect(checked).toBeGreaterThan(800);
  });

  it('comparePlans and checkPlans of a window and its mutation, with every formatter', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.record({ kind: fc.constantFrom(...KINDS), seed: fc.integer() }), { minLength: 1, maxLength: 3 }), async (text, more) => {
        let changed = text;
        for (const m of more) changed = mutateText(changed, m.kind, (n) => (n <= 0 ? 0 : Math.abs(m.seed) % n));
        const a = attempt(() => parsePlan({ path: 'a.txt', value: text, format: 'txt', lineUnit: 'line' }));
        const b = attempt(() => parsePlan({ path: 'b.md', value: changed, format: 'md', lineUnit: 'line' }));
        if (a === 'refused' || b === 'refused') return;
        const compared = attempt(() => comparePlans(a, b, { segmenter }));
        if (compared !== 'refused') await formatAll(compared, bound(text, changed));
        const checked = attempt(() => checkPlans([a, b]));
        if (checked !== 'refused') await formatAll(checked, bound(text, changed));
      }),
      { seed: 2022, numRuns: 700 },
    );
  });
});
