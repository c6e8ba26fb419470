import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { AnyReport, CompareReport, DiffOp } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { revisedParagraphs, type ParagraphKind } from './docx/revisions.js';
import { icuWords } from './words.js';

/** Author of the revisions when `--author` is not given. */
export const DEFAULT_AUTHOR = 'plan-diff';

/** A4 in twentieths of a point. */
const A4 = { width: 11906, height: 16838 } as const;

const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const HEI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei' };

/** How each kind of paragraph is set (小四 body with a two-character first-line indent, 黑体 headings). */
const LOOK: Record<ParagraphKind, { paragraph: IParagraphOptions; run: { bold?: boolean; size?: number; font?: typeof SONG } }> = {
  title: { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } }, run: { bold: true, size: 36, font: HEI } },
  heading1: { paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }, run: { size: 28, font: HEI } },
  heading: { paragraph: { spacing: { before: 120, after: 60 }, keepNext: true }, run: { bold: true } },
  body: { paragraph: { indent: { firstLine: 480 } }, run: {} },
};

/**
 * Render a compare report as the new draft in Word with its differences from the old draft as
 * tracked changes (修订): deleted words in `w:del`, inserted words in `w:ins`, removed and added
 * clauses as deleted and inserted paragraphs, moved clauses deleted at the old place and inserted at
 * the new, each revision with an author and a date, so colleagues can accept or reject them one by one
 * (see `revisedParagraphs`).
 * @param report the compare report (all pairs)
 * @param options `author` and `date` of the revisions, `words` the segmenter the report was made with
 * @returns the .docx bytes
 */
export async function redlineDocx(report: CompareReport, options: FormatOptions): Promise<Uint8Array> {
  const author = options.author ?? DEFAULT_AUTHOR;
  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  let id = 0;
  const revision = () => ({ id: ++id, author, date });
  const run = (op: DiffOp, look: (typeof LOOK)[ParagraphKind]['run']) => {
    const style = { text: op.text, ...look };
    if (op.op === 'delete') return new DeletedTextRun({ ...style, ...revision() });
    if (op.op === 'insert') return new InsertedTextRun({ ...style, ...revision() });
    return new TextRun(style);
  };
  const words = options.words ?? icuWords;
  const children = revisedParagraphs(report, words).map((p) => {
    const look = LOOK[p.kind];
    // Note: the paragraph mark carries its own revision: a deleted clause is gone on Accept and an
    // inserted one on Reject, with no empty paragraph left behind.
    const mark = p.mark === 'delete' ? { deletion: revision() } : p.mark === 'insert' ? { insertion: revision() } : {};
    return new Paragraph({ ...look.paragraph, run: { ...look.run, ...mark }, children: p.runs.map((op) => run(op, look.run)) });
  });
  const document = new Document({
    creator: author,
    lastModifiedBy: author,
    title: report.new.path,
    description: `${report.old.path} → ${report.new.path}`,
    // Note: revisions made in Word from here on are tracked too, as in a circulated 修订稿.
    features: { trackRevisions: true },
    styles: { default: { document: { run: { font: SONG, size: 24 }, paragraph: { spacing: { line: 360 } } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The new draft as a Word document with tracked changes, for compare reports (`--track-changes`). */
export const redline: Formatter = {
  description: 'Word document of the new draft with tracked changes (修订; --track-changes)',
  extensions: [],
  supports: ['plan-diff/compare@1'],
  format: (report: AnyReport, options: FormatOptions) => redlineDocx(report as CompareReport, options),
};
