import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { PlanDiffError } from '../../errors.js';
import { sourceNotes, type NoteRef } from '../../i18n/input.js';
import type { SourceFile } from '../../types.js';
import { readBody } from './docx-body.js';
import { readNumbering } from './docx-numbering.js';
import { readStyles } from './docx-styles.js';
import { describeReceived } from './sniff.js';
import { DEFAULT_LIMITS, overLimit, type ReadLimits } from './limits.js';
import { child, elements, parseXml, type XmlElement } from './xml.js';

/**
 * Read a Word .docx: its paragraphs in order with automatic list numbers recovered, heading
 * styles as outline levels, tables as tab-separated rows, tracked changes accepted.
 * Line i of `value` is Word paragraph `lineMap[i-1].line` (paragraphs counted in document order,
 * empty ones and those in tables included), so `lineUnit` is `paragraph`.
 * @param bytes the file's bytes (a zip archive)
 * @param path path as given, for messages
 * @param limits zip entries and inflated bytes read at most
 * @returns the source
 * @throws PlanDiffError `DOCX` for a damaged or non-Word zip, `EMPTY` for a document without text,
 *   `TOO_LARGE` over a limit
 */
export async function readDocx(bytes: Uint8Array, path: string, limits: Readonly<ReadLimits> = DEFAULT_LIMITS): Promise<SourceFile> {
  let zip: JSZip;
  try {
    // Note: not checkCRC32, which inflates every entry at load (a zip bomb in full); the parts read are
    // checked against their CRC as they inflate (readPart).
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new PlanDiffError('DOCX', { key: 'docxZip', params: { path, reason: reason(error), received: describeReceived(bytes) } }, path);
  }
  const entries = Object.keys(zip.files).length;
  if (entries > limits['docx-entries']) throw overLimit(path, { what: 'entries', entries }, 'docx-entries', limits);
  // Note: what the parts inflate to is counted as they inflate, not taken from the sizes the zip claims,
  // so a zip bomb (1 MB inflating to 1 GB) stops at the limit.
  const budget = { left: limits['docx-inflated'], limits };
  const part = (name: string, p: string) => readPart(zip, name, p, budget);
  const mainPath = await mainPart(zip, path, part);
  const documentXml = await part(mainPath, path);
  if (documentXml === undefined) throw notWord(zip, bytes, path);
  const dir = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const body = child(documentXml, 'body');
  if (!body) throw damaged(path, mainPath, 'no-body', '');
  const styles = readStyles(await part(`${dir}styles.xml`, path));
  const numbering = readNumbering(await part(`${dir}numbering.xml`, path));
  const text = readBody(body, styles, numbering);
  const value = text.lines.map((l) => l.text).join('\n');
  if (value.trim() === '') {
    throw new PlanDiffError('EMPTY', { key: 'docxNoText', params: { path, paragraphs: text.lines.length } }, path);
  }
  const notes: NoteRef[] = [];
  if (text.insertions + text.deletions > 0) notes.push({ key: 'trackedChanges', params: { insertions: text.insertions, deletions: text.deletions } });
  if (text.tableRows > 0) notes.push({ key: 'tableRows', params: { rows: text.tableRows } });
  const headings = text.lines.flatMap((l, i) => (l.headingLevel === null ? [] : [{ line: i + 1, level: l.headingLevel }]));
  return {
    path,
    value,
    format: 'docx',
    lineUnit: 'paragraph',
    lineMap: text.lines.map((l) => ({ line: l.paragraph })),
    encoding: 'utf-8',
    ...sourceNotes(notes),
    headings,
  };
}

/** The main document part named by the package relationships (usually `word/document.xml`). */
async function mainPart(zip: JSZip, path: string, part: (name: string, path: string) => Promise<XmlElement | undefined>): Promise<string> {
  const rels = await part('_rels/.rels', path);
  const rel = rels ? elements(rels, 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? '')) : undefined;
  const target = rel?.attrs.Target?.replace(/^\//, '');
  return target && zip.file(target) ? target : 'word/document.xml';
}

async function readPart(zip: JSZip, name: string, path: string, budget: { left: number; limits: Readonly<ReadLimits> }): Promise<XmlElement | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  let xml: string;
  try {
    const raw = await inflate(file, budget, () => overLimit(path, { what: 'inflated', size: budget.limits['docx-inflated'] }, 'docx-inflated', budget.limits));
    // Note: JSZip keeps the CRC the zip states for an entry in `_data` (jszip 3 has no public accessor).
    const expected = (file as unknown as { _data?: { crc32?: number } })._data?.crc32;
    if (expected !== undefined && crc32(raw) !== expected >>> 0) throw new Error('Corrupted zip : CRC32 mismatch');
    // Note: Office parts are UTF-8 but the spec allows UTF-16 with a BOM.
    xml = raw[0] === 0xff && raw[1] === 0xfe ? new TextDecoder('utf-16le').decode(raw) : new TextDecoder('utf-8').decode(raw);
  } catch (error) {
    if (error instanceof PlanDiffError) throw error;
    throw damaged(path, name, 'inflate', reason(error));
  }
  try {
    return parseXml(xml);
  } catch (error) {
    throw damaged(path, name, 'xml', reason(error));
  }
}

/** Inflate one zip entry chunk by chunk, stopping once the budget is spent. */
function inflate(file: JSZip.JSZipObject, budget: { left: number }, over: () => PlanDiffError): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Uint8Array[] = [];
    const stream = file.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    const onData = (chunk: Uint8Array) => {
      budget.left -= chunk.length;
      if (budget.left >= 0) {
        chunks.push(chunk);
        return;
      }
      stream.removeListener('data', onData);
      stream.pause();
      stream.destroy?.();
      reject(over());
    };
    stream.on('data', onData).on('error', reject).on('end', () => resolvePromise(Buffer.concat(chunks)));
  });
}

function notWord(zip: JSZip, bytes: Uint8Array, path: string): PlanDiffError {
  const what = zip.file('xl/workbook.xml') ? 'xlsx' : zip.file('ppt/presentation.xml') ? 'pptx' : zip.file('content.xml') && zip.file('mimetype') ? 'odt' : 'zip';
  return new PlanDiffError('DOCX', { key: 'notWord', params: { path, what, received: describeReceived(bytes) } }, path);
}

function damaged(path: string, part: string, problem: 'no-body' | 'inflate' | 'xml', why: string): PlanDiffError {
  return new PlanDiffError('DOCX', { key: 'docxDamaged', params: { path, part, problem, reason: why } }, path);
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/\.$/, '');
}
