import type { PlanDocument, SourceFile } from '../types.js';

const SPACE = /[\s\u3000]+/gu;

/**
 * Where the document title sits in its file, found again from the source when the parser did not
 * record it: the first non-blank lines (after a `附件` label, a Markdown `#` taken off) whose text,
 * without spaces, makes up the title.
 * Note: the parser joins the title from exactly these lines, so the search stops at the first line
 * that does not continue it; nothing is guessed.
 * @param source the file the document was parsed from
 * @param doc the parsed document
 * @returns first and last line in the original file, or undefined (no title, or not found)
 */
export function titleLinesOf(source: SourceFile, doc: PlanDocument): PlanDocument['titleLines'] {
  if (doc.titleLines || !doc.title) return doc.titleLines;
  const want = doc.title.replace(SPACE, '');
  const value = source.value;
  const original = (i: number) => source.lineMap?.[i]?.line ?? i + 1;
  let got = '';
  let first = -1;
  let labelSkipped = !doc.label;
  // Note: line by line from the top, without splitting the whole file (the title is near the start).
  for (let i = 0, at = 0; at <= value.length; i++) {
    const next = value.indexOf('\n', at);
    const end = next < 0 ? value.length : next;
    const text = value.slice(at, end).replace(/^\s*#+\s+/u, '').replace(SPACE, '');
    at = end + 1;
    if (text === '') continue;
    if (!labelSkipped && first < 0 && text === doc.label!.replace(SPACE, '')) {
      labelSkipped = true;
      continue;
    }
    if (!want.startsWith(got + text)) return undefined;
    if (first < 0) first = i;
    got += text;
    if (got === want) return { line: original(first), endLine: original(i) };
  }
  return undefined;
}
