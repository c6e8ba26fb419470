import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { PlanDocument } from '../../src/types.js';
import { allParagraphs, load, SEEDS, seedFiles } from './helpers.js';
import { rewrap, type Layout } from './rewrap.js';

/** Swap full-width and half-width forms of ，；：？！（） in both directions. */
function swapWidths(text: string): string {
  const pairs: Record<string, string> = { '，': ',', ',': '，', '；': ';', ';': '；', '：': ':', ':': '：', '？': '?', '?': '？', '！': '!', '!': '！', '（': '(', '(': '（', '）': ')', ')': '）' };
  return [...text].map((ch) => pairs[ch] ?? ch).join('');
}

const norms = (doc: PlanDocument) => allParagraphs(doc).map((p) => [p.norm, p.sentences.map((s) => s.norm)]);
const parse = (value: string) => parsePlan({ path: 'rewrapped.txt', value, format: 'txt' }, { targets: false });

describe('normalization properties', () => {
  it.each(seedFiles)('%s: re-wrapping at 25–45 characters (or wider) keeps paragraphs and sentences, with lines in the new file', (name) => {
    const original = parsePlan(load(SEEDS, name), { targets: false });
    // Note: an unpunctuated line within four characters of the wrap width cannot be told from a
    // wrapped paragraph's first line, so the narrowest width tried leaves such lines clearly short.
    const longest = Math.max(0, ...allParagraphs(original).filter((p) => !/[。！？；!?;：:]/u.test(p.text)).map((p) => [...p.text].length));
    const min = Math.max(25, longest + 5);
    fc.assert(
      fc.property(fc.record({ width: fc.integer({ min, max: min + 20 }), blank: fc.boolean(), indent: fc.constantFrom<Layout['indent']>('lost', 'spaces') }), (layout) => {
        const { text, lines, ambiguous } = rewrap(original, layout);
        fc.pre(!ambiguous);
        const doc = parse(text);
        expect(norms(doc)).toEqual(norms(original));
        expect(allParagraphs(doc).map((p) => p.line)).toEqual(lines);
        const textLines = text.split('\n');
        expect(doc.title).toBe(original.title);
        for (const s of allParagraphs(doc).flatMap((p) => p.sentences)) {
          // Spaces at the ends of wrapped lines are not part of the re-joined text.
          const rest = textLines[s.line - 1].slice(s.column - 1).replace(/\s/gu, '');
          const k = Math.min(rest.length, s.text.replace(/\s/gu, '').length);
          expect(rest.slice(0, k)).toBe(s.text.replace(/\s/gu, '').slice(0, k));
        }
      }),
      { numRuns: 40 },
    );
  });

  it.each(seedFiles)('%s: swapping full-width and half-width punctuation keeps the outline, paragraphs and sentences', (name) => {
    const source = load(SEEDS, name);
    const original = parsePlan(source, { targets: false });
    const swapped = parsePlan({ ...source, value: swapWidths(source.value) }, { targets: false });
    expect(norms(swapped)).toEqual(norms(original));
    expect(allParagraphs(swapped).map((p) => p.line)).toEqual(allParagraphs(original).map((p) => p.line));
  });
});
