import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { DiffOp } from '../../types.js';

/**
 * Phrasing for diff runs: deletions as `~~…~~`, insertions as `**…**`, equal text plain.
 * Note: adjacent runs of one kind are merged first, or `**a****b**` would need a second delimiter.
 * @param ops the runs
 * @returns mdast phrasing content
 */
export function phrasing(ops: DiffOp[]): PhrasingContent[] {
  const merged: DiffOp[] = [];
  for (const op of ops.filter((o) => o.text !== '')) {
    const last = merged.at(-1);
    if (last && last.op === op.op) merged[merged.length - 1] = { op: op.op, text: last.text + op.text };
    else merged.push(op);
  }
  return merged.flatMap((op): PhrasingContent[] => {
    if (op.op === 'delete') return [{ type: 'delete', children: inert(op.text) }];
    if (op.op === 'insert') return [{ type: 'strong', children: inert(op.text) }];
    return inert(op.text);
  });
}

/**
 * A GFM table from a header and rows of phrasing cells.
 * @param header column names
 * @param rows the rows
 * @returns the mdast table
 */
export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => [text(h)])), ...rows.map(row)] };
}

/**
 * A text node.
 * @param value the text
 * @returns the node
 */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** A web address or e-mail address as GFM readers would link it (`https://…`, `www.…`, `a@b.cn`). */
const LINKABLE = /(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>`*_~|\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/**
 * Document text as phrasing content that a Markdown reader shows as it is: web and e-mail addresses
 * become code spans, since GFM readers turn a bare address at the start of a text node into a link
 * whatever escapes the source holds (they link the decoded text).
 * @param value text from a document
 * @returns text and code nodes
 */
export function inert(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of value.matchAll(LINKABLE)) {
    if (m.index > at) out.push(text(value.slice(at, m.index)));
    out.push({ type: 'inlineCode', value: m[0] });
    at = m.index + m[0].length;
  }
  if (at < value.length || out.length === 0) out.push(text(value.slice(at)));
  return out;
}
