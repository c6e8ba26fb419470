import type { SourceFile } from '../../types.js';
import { PlanDiffError } from '../../errors.js';
import { sourceNotes, type NoteRef } from '../../i18n/input.js';
import { describeReceived, sniffContainer } from './sniff.js';
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
  if (bytes.length === 0) throw new PlanDiffError('EMPTY', { key: 'empty', params: { path } }, path);
  const container = sniffContainer(bytes);
  if (container === 'text' && bytes.length > limits.text) throw overLimit(path, { what: 'text-file', size: bytes.length }, 'text', limits);
  const limit = container === 'text' ? Infinity : MAX_CONTAINER_BYTES;
  if (bytes.length > limit) {
    throw new PlanDiffError('TOO_LARGE', { key: 'fileTooLarge', params: { path, size: bytes.length, text: container === 'text', limit } }, path);
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const source = await readContainer(container, bytes, path, ext, limits);
  // Note: text from a .docx or .pdf obeys the same limit as a text file.
  if (container !== 'text' && Buffer.byteLength(source.value) > limits.text) {
    throw overLimit(path, { what: 'decoded', size: Buffer.byteLength(source.value) }, 'text', limits);
  }
  const expected = container === 'text' ? ['txt', 'md', 'markdown', 'text', ''] : [container];
  if (path === '-' || expected.includes(ext)) return source;
  return withNotes(source, [{ key: 'extension', params: { container, extension: ext } }]);
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
      throw new PlanDiffError('DOCX', { key: 'ole', params: { path } }, path);
    case 'zip-empty':
      throw new PlanDiffError('DOCX', { key: 'zipEmpty', params: { path, received: describeReceived(bytes) } }, path);
    case 'text':
      if (ext === 'docx' || ext === 'pdf' || ext === 'doc') {
        throw new PlanDiffError(ext === 'pdf' ? 'PDF' : 'DOCX', { key: 'notContainer', params: { path, pdf: ext === 'pdf', received: describeReceived(bytes) } }, path);
      }
      return readText(bytes, path);
  }
}

// Note: the readers always give one key for each note, so the notes are made again from the keys.
function withNotes(source: SourceFile, refs: readonly NoteRef[]): SourceFile {
  return { ...source, ...sourceNotes([...(source.noteRefs ?? []), ...refs]) };
}
