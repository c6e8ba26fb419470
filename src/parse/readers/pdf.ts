import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PlanDiffError } from '../../errors.js';
import { sourceNotes, type NoteRef } from '../../i18n/input.js';
import type { SourceFile } from '../../types.js';
import { layoutPdf, type PdfLine } from './pdf-layout.js';
import { describeReceived } from './sniff.js';

/** A text item as pdf.js returns it (the parts plan-diff uses). */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Read a PDF's text layer with pdf.js: printed lines re-joined into paragraphs by their positions,
 * running headers, footers and page numbers dropped. Line i of `value` is one paragraph and
 * `lineMap[i-1]` gives the page and the line on that page where it starts (`lineUnit: pdf-line`).
 * @param bytes the file's bytes
 * @param path path as given, for messages
 * @returns the source
 * @throws PlanDiffError `PDF` for an encrypted, damaged or text-less PDF
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<SourceFile> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Note: fonts data and CJK character maps come from the installed package, never the network.
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    wasmUrl: join(root, 'wasm') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw openError(error, bytes, path);
    }
    const pages: PdfLine[][] = [];
    const notes: NoteRef[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const [, y0, , y1] = page.view;
        pages.push(groupLines(content.items.flatMap((i) => ('str' in i ? [i as TextItem] : [])), n, Math.abs(y1 - y0)));
        page.cleanup();
      } catch (error) {
        notes.push({ key: 'pageUnreadable', params: { page: n, reason: error instanceof Error ? error.message : String(error) } });
        pages.push([]);
      }
    }
    const layout = layoutPdf(pages);
    if (layout.paragraphs.length === 0) {
      throw new PlanDiffError('PDF', { key: 'pdfNoText', params: { path, pages: doc.numPages } }, path);
    }
    if (!hasEofMarker(bytes)) notes.push({ key: 'pdfNoEof', params: {} });
    if (layout.dropped > 0) notes.push({ key: 'furniture', params: { lines: layout.dropped } });
    return {
      path,
      value: layout.paragraphs.map((p) => p.text).join('\n'),
      format: 'pdf',
      lineUnit: 'pdf-line',
      lineMap: layout.paragraphs.map((p) => (p.continuations.length > 0 ? { line: p.line, page: p.page, continuations: p.continuations } : { line: p.line, page: p.page })),
      encoding: 'utf-8',
      ...sourceNotes(notes),
    };
  } finally {
    await task.destroy();
  }
}

/**
 * Group a page's text items into printed lines by baseline, left to right, top to bottom.
 * @param items the page's text items
 * @param page 1-based page number
 * @param height page height in points
 * @returns the lines, numbered from the top of the page
 */
function groupLines(items: TextItem[], page: number, height: number): PdfLine[] {
  const glyphs = items
    .filter((i) => i.str !== '')
    .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], size: Math.hypot(i.transform[2], i.transform[3]) || i.height || 1, width: i.width }))
    .toSorted((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof glyphs> = [];
  for (const g of glyphs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - g.y) <= 0.4 * Math.max(row[0].size, g.size)) row.push(g);
    else rows.push([g]);
  }
  return rows
    .map((row) => row.toSorted((a, b) => a.x - b.x || a.y - b.y))
    .map((row) => {
      let text = '';
      let end = -Infinity;
      for (const g of row) {
        if (text !== '' && g.x - end > 0.25 * g.size && !/\s$/.test(text) && !/^\s/.test(g.str)) text += ' ';
        text += g.str;
        end = Math.max(end, g.x + g.width);
      }
      return { text: text.trim(), x: row[0].x, xEnd: end, y: row[0].y, size: Math.max(...row.map((g) => g.size)) };
    })
    .filter((l) => l.text !== '')
    .map((l, i) => ({ ...l, page, line: i + 1, pageHeight: height }));
}

function openError(error: unknown, bytes: Uint8Array, path: string): PlanDiffError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new PlanDiffError('PDF', { key: 'pdfEncrypted', params: { path } }, path);
  }
  return new PlanDiffError('PDF', { key: 'pdfDamaged', params: { path, reason: message.replace(/\.$/, ''), received: describeReceived(bytes) } }, path);
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}
