import type { OutlineNode, PlanDocument } from '../../src/types.js';

/** How to lay a plan out again. */
export interface Layout {
  /** Characters per line. */
  width: number;
  /** A blank line after every line. */
  blank: boolean;
  /** A paragraph's first line: two characters short (indent lost in extraction) or indented by two U+3000. */
  indent: 'lost' | 'spaces';
  /** The original text: a heading whose body followed on its line (`1.加快…。持续…`) is laid out that way again. */
  source?: string;
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
  // Preamble lines above the title (a notice issuing the plan) come first, as in the file.
  const titleLine = doc.titleLines?.line ?? 0;
  doc.preamble.filter((p) => p.line < titleLine).forEach((p) => wrap(p.text, true));
  if (doc.title) for (let i = 0, t = [...doc.title]; i < t.length; i += Math.floor(layout.width / 2)) push(t.slice(i, i + Math.floor(layout.width / 2)).join(''));
  doc.preamble.filter((p) => p.line >= titleLine).forEach((p) => wrap(p.text, true));
  const visit = (n: OutlineNode) => {
    const [first, ...rest] = n.paragraphs;
    if (layout.source !== undefined && first !== undefined && first.line === n.line) {
      wrap(layout.source.slice(n.offset, first.offset).trim() + first.text, true);
      rest.forEach((p) => wrap(p.text, true));
    } else {
      wrap(n.marker + n.title, false);
      n.paragraphs.forEach((p) => wrap(p.text, true));
    }
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  return { text: out.join('\n') + '\n', lines: starts, ambiguous };
}

