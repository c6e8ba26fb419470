/**
 * Test helper: what Word's "Accept All" and "Reject All" leave of a .docx with tracked changes, read
 * from word/document.xml with saxes (not with the code that wrote it).
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** One paragraph of word/document.xml as revisions mark it. */
export interface MarkedParagraph {
  /** Runs in order: text, and whether it sits in a `w:ins`, a `w:del` or neither. */
  runs: Array<{ text: string; op: 'equal' | 'insert' | 'delete' }>;
  /** The paragraph mark's revision (`w:pPr/w:rPr/w:ins|w:del`). */
  mark: 'equal' | 'insert' | 'delete';
}

/** The body's paragraphs, what Accept All gives and what Reject All gives. */
export interface Revisions {
  /** Paragraphs with their marked runs. */
  paragraphs: MarkedParagraph[];
  /** Paragraph texts after Accept All (deletions dropped, insertions kept, deleted marks join paragraphs). */
  accepted: string[];
  /** Paragraph texts after Reject All (insertions dropped, deletions kept, inserted marks join paragraphs). */
  rejected: string[];
  /** Every `w:ins`/`w:del` element's attributes. */
  changes: Array<{ kind: 'ins' | 'del'; id: string; author: string; date: string }>;
  /** Names of elements used for moves (`w:moveFrom`, `w:moveTo`), if any. */
  moves: number;
}

/**
 * Read the revisions of a .docx.
 * @param bytes the .docx file
 * @returns its paragraphs and what accepting or rejecting every revision leaves
 */
export async function readRevisions(bytes: Uint8Array): Promise<Revisions> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const parser = new SaxesParser();
  const stack: string[] = [];
  const paragraphs: MarkedParagraph[] = [];
  const changes: Revisions['changes'] = [];
  let moves = 0;
  let current: MarkedParagraph | null = null;
  let text = false;
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (name === 'w:p') current = { runs: [], mark: 'equal' };
    if (name === 'w:moveFrom' || name === 'w:moveTo') moves += 1;
    if (name === 'w:ins' || name === 'w:del') {
      const a = tag.attributes as Record<string, string>;
      changes.push({ kind: name === 'w:ins' ? 'ins' : 'del', id: a['w:id']!, author: a['w:author']!, date: a['w:date']! });
      // Note: inside w:pPr/w:rPr the element marks the paragraph mark itself.
      if (current && stack.at(-1) === 'w:rPr' && stack.at(-2) === 'w:pPr') current.mark = name === 'w:ins' ? 'insert' : 'delete';
    }
    text = name === 'w:t' || name === 'w:delText';
    // Note: saxes reports a closetag for self-closing elements too.
    stack.push(name);
  });
  parser.on('text', (t) => {
    if (!text || !current) return;
    const op = stack.includes('w:del') ? 'delete' : stack.includes('w:ins') ? 'insert' : 'equal';
    if (stack.at(-1) === 'w:delText' && op !== 'delete') throw new Error('w:delText outside w:del');
    if (stack.at(-1) === 'w:t' && op === 'delete') throw new Error('w:t inside w:del');
    current.runs.push({ text: t, op });
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    text = false;
    if (tag.name === 'w:p' && current) {
      paragraphs.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return { paragraphs, accepted: resolveAll(paragraphs, 'delete'), rejected: resolveAll(paragraphs, 'insert'), changes, moves };
}

// Note: `drop` is the revision that disappears: deletions on Accept, insertions on Reject; a paragraph
// whose mark disappears runs on into the next one.
function resolveAll(paragraphs: readonly MarkedParagraph[], drop: 'insert' | 'delete'): string[] {
  const out: string[] = [];
  let open = '';
  for (const p of paragraphs) {
    open += p.runs.filter((r) => r.op !== drop).map((r) => r.text).join('');
    if (p.mark === drop) continue;
    out.push(open);
    open = '';
  }
  if (open !== '') out.push(open);
  return out;
}
