import type { SourceFile } from '../../types.js';
import { PlanDiffError } from '../../errors.js';
import { describeReceived, formatSize, sniffContainer } from './sniff.js';
import { readText } from './text.js';
import { DEFAULT_LIMITS, overLimit, type ReadLimits } from './limits.js';

export { normalizeNewlines } from './text.js';
export { DEFAULT_LIMITS, MAX_TEXT_BYTES, parseLimits, type ReadLimits } from './limits.js';

/** Largest .docx or .pdf read: containers carry images and fonts, so they may be much larger than their text. */
export const MAX_CONTAINER_BYTES = 100_000_000;

/**
 * Turn raw bytes into a SourceFile, recognising the container by content (zip → .docx, `%PDF-` →
 * .pdf, anything else → text in UTF-8, UTF-16 or GB18030), not by extension.
 * @param bytes the file's bytes
 * @param path path as given, for messages (and `.md` for Markdown text)
 * @param limits sizes read at most (DEFAULT_LIMITS unless raised)
 * @returns the decoded source
 * @throws PlanDiffError for empty, binary, undecodable, corrupt, encrypted or oversized input
 */
export async function readSource(bytes: Uint8Array, path: string, limits: Readonly<ReadLimits> = DEFAULT_LIMITS): Promise<SourceFile> {
  if (bytes.length === 0) throw new PlanDiffError('EMPTY', `cannot read ${path}: the file is empty (0 bytes). Expected a plan in .txt, .md, .docx or .pdf.`, path);
  const container = sniffContainer(bytes);
  if (container === 'text' && bytes.length > limits.text) throw overLimit(path, `the text file is ${formatSize(bytes.length)}`, 'text', limits);
  const limit = container === 'text' ? Infinity : MAX_CONTAINER_BYTES;
  if (bytes.length > limit) {
    const kind = container === 'text' ? 'text files' : '.docx and .pdf files';
    throw new PlanDiffError('TOO_LARGE', `cannot read ${path}: the file is too large (${formatSize(bytes.length)}). plan-diff reads ${kind} up to ${formatSize(limit)}; a plan is rarely over 1 MB of text. Check that this is the right file, or split it.`, path);
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const source = await readContainer(container, bytes, path, ext, limits);
  // Note: text from a .docx or .pdf obeys the same limit as a text file.
  if (container !== 'text' && Buffer.byteLength(source.value) > limits.text) {
    throw overLimit(path, `its text is ${formatSize(Buffer.byteLength(source.value))} once decoded`, 'text', limits);
  }
  const expected = container === 'text' ? ['txt', 'md', 'markdown', 'text', ''] : [container];
  if (path === '-' || expected.includes(ext)) return source;
  const note = `the content is ${container === 'text' ? 'plain text' : `a .${container} file`} whatever the .${ext} extension says; read it as such.`;
  return { ...source, notes: [...(source.notes ?? []), note] };
}

async function readContainer(container: ReturnType<typeof sniffContainer>, bytes: Uint8Array, path: string, ext: string, limits: Readonly<ReadLimits>): Promise<SourceFile> {
  switch (container) {
    case 'docx':
      // Note: the zip and XML libraries load only when a .docx is read, like pdf.js below.
      return (await import('./docx.js')).readDocx(bytes, path, limits);
    case 'pdf':
      // Note: pdf.js is large; load it only when a PDF is actually read.
      return (await import('./pdf.js')).readPdf(bytes, path);
    case 'ole':
      throw new PlanDiffError('DOCX', `cannot read ${path}: it is an OLE compound file, i.e. an encrypted (password-protected) .docx or an old .doc/.xls. Expected a .docx without a password. Remove the password or save it as .docx in Word and try again.`, path);
    case 'zip-empty':
      throw new PlanDiffError('DOCX', `cannot read ${path}: it is an empty zip archive, not a Word document. Expected a .docx. Received ${describeReceived(bytes)}.`, path);
    case 'text':
      if (ext === 'docx' || ext === 'pdf' || ext === 'doc') {
        const what = ext === 'pdf' ? 'a PDF (the "%PDF-" header is missing)' : 'a Word document (the zip header is missing)';
        throw new PlanDiffError(ext === 'pdf' ? 'PDF' : 'DOCX', `cannot read ${path}: the file is not ${what}. Expected .txt, .md, .docx or .pdf. Received ${describeReceived(bytes)}.`, path);
      }
      return readText(bytes, path);
  }
}
