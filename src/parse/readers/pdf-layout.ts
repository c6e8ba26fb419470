import { matchMarker } from '../outline/markers.js';

/** One printed line of a PDF page. */
export interface PdfLine {
  /** Text of the line, items joined left to right. */
  text: string;
  /** Left edge, in points. */
  x: number;
  /** Right edge of the last item, in points. */
  xEnd: number;
  /** Baseline, in points from the bottom of the page. */
  y: number;
  /** Font size, in points. */
  size: number;
  /** 1-based page. */
  page: number;
  /** 1-based line on the page, counted from the top over all text lines. */
  line: number;
  /** Height of the page, in points. */
  pageHeight: number;
}

/** A paragraph re-joined from printed lines. */
export interface PdfParagraph {
  /** The paragraph's text. */
  text: string;
  /** Page of its first line. */
  page: number;
  /** Line on that page of its first line. */
  line: number;
  /** Where each later printed line starts in `text` (1-based column) and where it was printed. */
  continuations: Array<{ column: number; line: number; page: number }>;
}

/**
 * Turn the printed lines of a PDF into paragraphs: drop running headers, footers and page numbers,
 * then join lines that wrap (the previous line runs to the right margin, the next is not indented,
 * has the same font size and follows at the usual line distance), across page breaks too.
 * @param pages printed lines per page, top to bottom
 * @returns the paragraphs and the number of header/footer lines dropped
 */
export function layoutPdf(pages: PdfLine[][]): { paragraphs: PdfParagraph[]; dropped: number } {
  const running = runningLines(pages);
  const body = pages.flat().filter((l) => !running.has(l));
  if (body.length === 0) return { paragraphs: [], dropped: running.size };
  const size = mode(body.map((l) => Math.round(l.size * 2) / 2));
  const text = body.filter((l) => Math.abs(l.size - size) < 0.5);
  // Note: loops, not Math.min(...lines): spreading a large PDF's ~200,000 lines overflows the stack.
  let left = Infinity;
  let right = -Infinity;
  for (const l of text) {
    left = Math.min(left, Math.round(l.x));
    right = Math.max(right, l.xEnd);
  }
  const gaps = body.slice(1).flatMap((l, i) => (l.page === body[i].page && Math.abs(l.size - body[i].size) < 0.5 ? [Math.round((body[i].y - l.y) * 2) / 2] : []));
  const gap = gaps.length > 0 ? mode(gaps) : size * 1.5;

  const paragraphs: PdfParagraph[] = [];
  let prev: PdfLine | undefined;
  for (const line of body) {
    const current = paragraphs[paragraphs.length - 1];
    if (prev && current && continues(prev, line, { left, right, gap })) {
      const joiner = /[A-Za-z0-9,.;:!?)]$/.test(current.text) && /^[A-Za-z0-9(]/.test(line.text) ? ' ' : '';
      current.continuations.push({ column: current.text.length + joiner.length + 1, line: line.line, page: line.page });
      current.text += joiner + line.text;
    } else {
      paragraphs.push({ text: line.text, page: line.page, line: line.line, continuations: [] });
    }
    prev = line;
  }
  return { paragraphs, dropped: running.size };
}

/** Whether `line` continues the paragraph that `prev` belongs to. */
function continues(prev: PdfLine, line: PdfLine, body: { left: number; right: number; gap: number }): boolean {
  if (Math.abs(line.size - prev.size) > 0.15 * prev.size) return false;
  if (line.x > body.left + 0.8 * line.size) return false;
  // Note: a line set in further than a first-line indent (2 characters) is centred or right-aligned.
  if (prev.x > body.left + 3 * prev.size) return false;
  if (line.page === prev.page && prev.y - line.y > body.gap * 1.5) return false;
  if (line.page !== prev.page && line.page !== prev.page + 1) return false;
  // Note: a printed line shorter than 15 characters is never a wrapped one; body columns are wider.
  if (prev.xEnd - body.left < 15 * prev.size) return false;
  // Note: a line that starts with a numbering marker at the left margin after a finished sentence opens
  // a paragraph even when that sentence filled its line (a Word list printed without first-line indent).
  if (/[。！？；!?;][”’」』）)]*$/u.test(prev.text) && startsItem(line.text)) return false;
  const room = body.right - prev.xEnd;
  if (room <= 1.5 * prev.size) return true;
  // Note: line-breaking rules (no 」” at a line start, no “（ at an end) move up to two or three
  // characters to the next line; a paragraph cannot end there without closing punctuation.
  if (room <= 4 * prev.size && !/[。！？；：:.!?]$/.test(prev.text)) return true;
  // Note: a Latin word too long for the room left on the previous line was wrapped, not a paragraph end.
  const word = /^[A-Za-z0-9][\w.,-]*/.exec(line.text)?.[0];
  const charWidth = (line.xEnd - line.x) / Math.max(1, line.text.length);
  return word !== undefined && word.length * charWidth > room - 0.5 * prev.size;
}

/** A numbered heading or list item starts the line (`8.`, `（二）`, `三、`, `第五条`, after a `- ` bullet too; not `1.2万亿元` or `2025年`). */
function startsItem(text: string): boolean {
  // Note: a converter's bullet may stand before it (`- 3. 支持…`).
  const m = matchMarker(text.trimStart().replace(/^[-•·*]\s+/u, ''));
  return m !== null && m.kind !== 'annex' && m.kind !== 'box';
}

/** Page numbers as printed: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`, `3 / 10`, `Page 3`. */
const PAGE_NUMBER = /^[\s\-—–－~～·•]*(?:page\s*)?(?:第\s*)?[0-9０-９]+\s*页?(?:\s*(?:[/／]|of)\s*(?:共\s*)?[0-9０-９]+\s*页?)?(?:\s*共\s*[0-9０-９]+\s*页)?[\s\-—–－~～·•]*$/i;

/**
 * Find running headers, footers and page numbers: lines at the very top or bottom of a page
 * (in the outer 8% of the page, or set apart by a wide gap) that are page numbers, or whose text
 * (digits masked) recurs at the same end of at least two pages.
 * @param pages printed lines per page
 * @returns the lines to drop
 */
function runningLines(pages: PdfLine[][]): Set<PdfLine> {
  const candidates: Array<{ line: PdfLine; end: 'top' | 'bottom' }> = [];
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const ordinary = mode(lines.slice(1).map((l, i) => Math.round(lines[i].y - l.y))) || lines[0].size * 1.5;
    const edge = (l: PdfLine, neighbour: PdfLine | undefined, end: 'top' | 'bottom') => {
      const outer = end === 'top' ? l.y > l.pageHeight * 0.92 : l.y < l.pageHeight * 0.08;
      const apart = neighbour !== undefined && Math.abs(l.y - neighbour.y) > 2.5 * ordinary;
      if (outer || apart) candidates.push({ line: l, end });
    };
    edge(lines[0], lines[1], 'top');
    if (lines.length > 1) edge(lines[lines.length - 1], lines[lines.length - 2], 'bottom');
  }
  const mask = (c: { line: PdfLine; end: string }) => `${c.end}:${c.line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}`;
  const counts = new Map<string, Set<number>>();
  for (const c of candidates) counts.set(mask(c), (counts.get(mask(c)) ?? new Set()).add(c.line.page));
  return new Set(candidates.filter((c) => PAGE_NUMBER.test(c.line.text) || (counts.get(mask(c))?.size ?? 0) >= 2).map((c) => c.line));
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].toSorted((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : 0;
}
