import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import type { DictProblem } from '../i18n/input.js';
import type { CliContext } from './context.js';

/**
 * Read the user dictionaries a config lists under `dict`, paths relative to the config file's folder,
 * and check each line has jieba's shape (`word [freq] [tag]`, `#` comments and blank lines allowed).
 * Every problem of every file is listed at once, with where it is.
 * @param dicts the config's `dict` entries
 * @param configPath path of the config file as given (relative to the working directory)
 * @param ctx working directory
 * @returns the dictionaries' texts, in the order listed
 */
export async function readConfigDicts(dicts: readonly string[], configPath: string, ctx: Pick<CliContext, 'cwd'>): Promise<string[]> {
  const folder = dirname(resolve(ctx.cwd, configPath));
  const read = await Promise.all(
    dicts.map((entry, i) => readDictFile(resolve(folder, entry), entry, i, folder)),
  );
  // Note: problems in the order the entries are listed, whatever order the reads finish in.
  const problems = read.flatMap((r) => r.problems);
  const texts = read.map((r) => r.text);
  if (problems.length > 0) {
    throw new PlanDiffError('CONFIG', { key: 'dictInvalid', params: { file: configPath, problems } }, configPath);
  }
  return texts;
}

/**
 * Read a dictionary named by `--dict` (relative to the working directory) with the checks a config's
 * dictionaries get; a problem is a usage error on one line (the first problem, and how many more).
 * @param file the path as given
 * @param ctx working directory
 * @returns the dictionary's text
 */
export async function readOptionDict(file: string, ctx: Pick<CliContext, 'cwd'>): Promise<string> {
  const { text, problems } = await readDictFile(resolve(ctx.cwd, file), file, null, null);
  if (problems.length === 0) return text;
  throw new PlanDiffError('USAGE', { key: 'dictOption', params: { problem: problems[0]!, more: problems.length - 1 } }, file);
}

/** A dictionary file's text and what is wrong with it (unreadable, binary, or lines of another shape). */
async function readDictFile(path: string, name: string, entry: number | null, folder: string | null): Promise<{ text: string; problems: DictProblem[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : 'unreadable';
    return { text: '', problems: [{ entry, name, what, folder, reason: (error as Error).message }] };
  }
  const text = decodeText(bytes);
  if (text === null) return { text: '', problems: [{ entry, name, what: 'not-text', size: bytes.length }] };
  return { text, problems: badLines(text).map((p) => ({ entry, name, ...p })) };
}

/** UTF-8 text without its byte order mark, or null for bytes that are not text (NUL, control bytes, invalid UTF-8). */
function decodeText(bytes: Buffer): string | null {
  // Note: jieba refuses such bytes with a bare "Load dict failed"; they are told apart here instead.
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0001-\u0008\u000e-\u001f\u007f]/.test(text) ? null : text.replace(/^\uFEFF/, '');
}

/** Lines that are not `word [freq] [tag]`: at most three fields, the second a whole number (first five listed). */
function badLines(text: string): Array<{ what: 'bad-line'; line: number; text: string } | { what: 'more-lines'; count: number }> {
  const out: Array<{ what: 'bad-line'; line: number; text: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    if (fields.length > 3 || (fields.length > 1 && !/^\d+$/.test(fields[1]))) out.push({ what: 'bad-line', line: i + 1, text: line });
  });
  return out.length > 5 ? [...out.slice(0, 5), { what: 'more-lines', count: out.length - 5 }] : out;
}
