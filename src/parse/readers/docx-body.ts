import type { Numbering } from './docx-numbering.js';
import type { ParagraphStyle } from './docx-styles.js';
import { child, childVal, elements, type XmlElement } from './xml.js';

/** One line of extracted text and the Word paragraph it comes from. */
export interface BodyLine {
  /** Text of the line (list label included, tracked changes accepted). */
  text: string;
  /** 1-based number of the Word paragraph, counting every paragraph in order (table cells too). */
  paragraph: number;
  /** Outline level from the paragraph's heading style or outline level, or null. */
  headingLevel: number | null;
}

/** The text of a document body, with counts of the tracked changes accepted. */
export interface BodyText {
  /** Lines in document order. */
  lines: BodyLine[];
  /** Tracked insertions (and moves to) kept. */
  insertions: number;
  /** Tracked deletions (and moves from) dropped. */
  deletions: number;
  /** Table rows read as tab-separated lines. */
  tableRows: number;
}

type Sink = (text: string, paragraph: number, headingLevel: number | null) => void;

/** Elements whose content is never shown as text: properties, field codes, deleted text, fallbacks. */
const SKIP = new Set(['pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'sectPr', 'instrText', 'delInstrText', 'fldData', 'footnoteReference', 'endnoteReference', 'commentReference', 'Fallback']);

/**
 * Extract a Word body as lines: one line per paragraph (a `w:br` inside a paragraph starts another
 * line of the same paragraph), one tab-separated line per table row, automatic list numbers
 * rendered into the text, tracked changes accepted (insertions kept, deletions dropped).
 * @param body the `w:body` element
 * @param styleOf paragraph style lookup from styles.xml
 * @param numbering list counters from numbering.xml
 * @returns the lines and counts of what was accepted
 */
export function readBody(body: XmlElement, styleOf: (id: string | undefined) => ParagraphStyle, numbering: Numbering): BodyText {
  const result: BodyText = { lines: [], insertions: 0, deletions: 0, tableRows: 0 };
  let paragraphs = 0;

  const runs = (node: XmlElement, boxes: XmlElement[]): string => {
    let text = '';
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (SKIP.has(c.name)) continue;
      if (c.name === 'del' || c.name === 'moveFrom') {
        result.deletions++;
        continue;
      }
      if (c.name === 'ins' || c.name === 'moveTo') result.insertions++;
      if (c.name === 't') text += c.children.filter((x) => typeof x === 'string').join('');
      else if (c.name === 'tab' || c.name === 'ptab') text += '\t';
      else if (c.name === 'br' || c.name === 'cr') text += c.attrs.type === 'page' || c.attrs.type === 'column' ? '' : '\n';
      else if (c.name === 'noBreakHyphen') text += '-';
      else if (c.name === 'sym') text += symbol(c.attrs.char);
      else if (c.name === 'txbxContent') boxes.push(c);
      else text += runs(c, boxes);
    }
    return text;
  };

  const paragraph = (p: XmlElement, sink: Sink, inTable: boolean): void => {
    const number = ++paragraphs;
    const pPr = child(p, 'pPr');
    const style = styleOf(childVal(pPr, 'pStyle'));
    const numPr = child(pPr, 'numPr');
    const numId = childVal(numPr, 'numId') ?? style.numbering?.numId;
    const ilvl = Number(childVal(numPr, 'ilvl') ?? style.numbering?.ilvl ?? 0);
    const boxes: XmlElement[] = [];
    const text = runs(p, boxes);
    const label = numId === undefined ? null : numbering.next(numId, ilvl);
    const outline = childVal(pPr, 'outlineLvl');
    const level = outline !== undefined ? (Number(outline) < 9 ? Number(outline) + 1 : null) : style.headingLevel;
    sink((label ?? '') + text, number, inTable ? null : level);
    // Note: text boxes (often 专栏 boxes) follow the paragraph that anchors them.
    for (const box of boxes) blocks(box, sink, inTable);
  };

  const table = (tbl: XmlElement, sink: Sink): void => {
    for (const tr of flatten(tbl, 'tr')) {
      let first: number | undefined;
      const cells = flatten(tr, 'tc').map((tc) => {
        const texts: string[] = [];
        blocks(tc, (text, no) => {
          first ??= no;
          if (text.trim() !== '') texts.push(text.replace(/\s*\n\s*/g, ' ').trim());
        }, true);
        return texts.join(' ');
      });
      result.tableRows++;
      sink(cells.join('\t').replace(/\t+$/, ''), first ?? paragraphs, null);
    }
  };

  const blocks = (node: XmlElement, sink: Sink, inTable: boolean): void => {
    for (const c of elements(node)) {
      if (c.name === 'p') paragraph(c, sink, inTable);
      else if (c.name === 'tbl') table(c, sink);
      else if (c.name === 'sdt') blocks(child(c, 'sdtContent') ?? c, sink, inTable);
      else if (c.name === 'customXml' || c.name === 'ins' || c.name === 'moveTo' || c.name === 'AlternateContent' || c.name === 'Choice') blocks(c, sink, inTable);
    }
  };

  blocks(body, (text, paragraph, headingLevel) => {
    text.split('\n').forEach((line, i) => result.lines.push({ text: line, paragraph, headingLevel: i === 0 ? headingLevel : null }));
  }, false);
  return result;
}

/** Rows of a table or cells of a row, looking through content controls and custom XML wrappers. */
function flatten(node: XmlElement, name: string): XmlElement[] {
  return elements(node).flatMap((c) => {
    if (c.name === name) return [c];
    if (c.name === 'sdt') return flatten(child(c, 'sdtContent') ?? c, name);
    if (c.name === 'customXml' || c.name === 'ins') return flatten(c, name);
    return [];
  });
}

/** A `w:sym` character; symbol-font code points (U+F0xx) have no Unicode meaning and are dropped. */
function symbol(hex: string | undefined): string {
  const code = hex === undefined ? NaN : parseInt(hex, 16);
  return Number.isFinite(code) && code > 0 && (code < 0xf000 || code > 0xf0ff) && code < 0x110000 ? String.fromCodePoint(code) : '';
}
