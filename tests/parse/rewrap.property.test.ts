import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, PlanDocument } from '../../src/types.js';
import { allParagraphs, load, SEEDS, seedFiles } from './helpers.js';

interface Layout {
  width: number;
  blank: boolean;
  indent: 'lost' | 'spaces';
}

/**
 * Lay a parsed plan out again as hard-wrapped PDF text: every heading and paragraph wrapped at
 * `width` characters, a paragraph's first line two characters shorter (its indent, lost in extraction
 * or kept as two U+3000 spaces), optionally a blank line after every line. Returns the text and, for
 * each paragraph, the line where it starts.
 */
export function rewrap(doc: PlanDocument, layout: Layout): { text: string; lines: number[]; ambiguous: boolean } {
  const out: string[] = [];
  const starts: number[] = [];
  // Without indents, a one-line paragraph right after a paragraph whose last line is full reads as
  // that paragraph's tail: no layout evidence tells them apart (see the Note in blocks.ts).
  let ambiguous = false;
  let lastFull = false;
  const push = (line: string) => {
    out.push(line);
    if (layout.blank) out.push('');
  };
  const wrap = (text: string, paragraph: boolean) => {
    const chars = [...text];
    // Unpunctuated paragraphs (document numbers, signatories, captions) are printed as short centred
    // lines, not justified text: each stays one line (the widths tried leave them clearly short).
    const centred = paragraph && !/[。！？；!?;：:]/u.test(text);
    const width = centred ? chars.length : layout.width;
    const firstWidth = paragraph && !centred ? width - 2 : width;
    if (paragraph) starts.push(out.length + 1);
    if (paragraph && lastFull && chars.length <= firstWidth && layout.indent === 'lost') ambiguous = true;
    const tail = chars.length <= firstWidth ? chars.length : (chars.length - firstWidth) % width || width;
    lastFull = paragraph && tail >= width - 2;
    let i = 0;
    let first = true;
    while (i < chars.length) {
      const w = first ? firstWidth : width;
      const line = chars.slice(i, i + w).join('');
      push(first && paragraph && layout.indent === 'spaces' ? `\u3000\u3000${line}` : line);
      i += w;
      first = false;
    }
  };
  // Title lines are short centred lines in a printed plan: half the width at most.
  if (doc.title) for (let i = 0, t = [...doc.title]; i < t.length; i += Math.floor(layout.width / 2)) push(t.slice(i, i + Math.floor(layout.width / 2)).join(''));
  doc.preamble.forEach((p) => wrap(p.text, true));
  const visit = (n: OutlineNode) => {
    wrap(n.marker + n.title, false);
    n.paragraphs.forEach((p) => wrap(p.text, true));
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  return { text: out.join('\n') + '\n', lines: starts, ambiguous };
}

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
