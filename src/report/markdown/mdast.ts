import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { DiffOp } from '../../types.js';

/**
 * Phrasing for diff runs: deletions as `~~…~~`, insertions as `**…**`, equal text plain.
 * Note: adjacent runs of one kind are merged first, or `**a****b**` would need a second delimiter;
 * then the marks' edges move off punctuation (flankable), so no character reference is written.
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
  return flankable(merged).flatMap((op): PhrasingContent[] => {
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

/**
 * Move the edges of struck and bold runs so each `~~`/`**` can open and close where it stands.
 * Note: CommonMark lets `**` open before punctuation only after a space or punctuation (and close
 * after punctuation only before one), so `战略**、人才**` is not bold; remark-stringify then writes
 * the letter outside as a character reference (`战&#x7565;**、人才**`), unreadable in a 对照表.
 * Instead, a punctuation mark or space at the edge of a run moves out of it (`战略、**人才**`); a
 * run of punctuation only takes in the letter beside it (`**略、**`). One mark is shown a character
 * off, the text stays as written.
 */
function flankable(ops: readonly DiffOp[]): DiffOp[] {
  const out = ops.map((o) => ({ ...o }));
  for (let i = 0; i < out.length; i++) {
    const run = out[i];
    if (run.op === 'equal') continue;
    const prev = out[i - 1]?.op === 'equal' ? out[i - 1] : undefined;
    const next = out[i + 1]?.op === 'equal' ? out[i + 1] : undefined;
    let body = run.text;
    let before = '';
    let after = '';
    while (body !== '' && (SPACE.test(firstChar(body)) || (PUNCT.test(firstChar(body)) && isLetter(lastChar((prev?.text ?? '') + before))))) {
      const ch = firstChar(body);
      before += ch;
      body = body.slice(ch.length);
    }
    while (body !== '' && (SPACE.test(lastChar(body)) || (PUNCT.test(lastChar(body)) && isLetter(firstChar(after + (next?.text ?? '')))))) {
      const ch = lastChar(body);
      after = ch + after;
      body = body.slice(0, -ch.length);
    }
    if (body.trim() !== '') {
      run.text = body;
      if (after !== '') {
        if (next) next.text = after + next.text;
        else out.splice(i + 1, 0, { op: 'equal', text: after });
      }
      if (before !== '') {
        if (prev) prev.text += before;
        else out.splice(i++, 0, { op: 'equal', text: before });
      }
      continue;
    }
    // A run of punctuation or spaces only: take in the letter on each side where one stands.
    if (prev && isLetter(lastChar(prev.text))) {
      const ch = lastChar(prev.text);
      prev.text = prev.text.slice(0, -ch.length);
      run.text = ch + run.text;
    }
    if (next && isLetter(firstChar(next.text))) {
      const ch = firstChar(next.text);
      next.text = next.text.slice(ch.length);
      run.text += ch;
    }
  }
  return out.filter((o) => o.text !== '');
}

// Note: what micromark counts as punctuation (Unicode P and S) and as whitespace around `**` and `~~`.
const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;

function isLetter(ch: string): boolean {
  return ch !== '' && !PUNCT.test(ch) && !SPACE.test(ch);
}

function firstChar(s: string): string {
  return s === '' ? '' : String.fromCodePoint(s.codePointAt(0)!);
}

function lastChar(s: string): string {
  return Array.from(s.slice(-2)).at(-1) ?? '';
}
