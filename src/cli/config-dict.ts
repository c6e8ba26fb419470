import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
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
    dicts.map(async (entry, i): Promise<{ text: string; problems: string[] }> => {
      try {
        const text = (await readFile(resolve(folder, entry), 'utf8')).replace(/^\uFEFF/, '');
        return { text, problems: badLines(text).map((p) => `/dict/${i}: ${entry} ${p}`) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
        return { text: '', problems: [`/dict/${i}: cannot read ${entry} (relative to the config's folder ${folder}): ${why}`] };
      }
    }),
  );
  // Note: problems in the order the entries are listed, whatever order the reads finish in.
  const problems = read.flatMap((r) => r.problems);
  const texts = read.map((r) => r.text);
  if (problems.length > 0) {
    throw new PlanDiffError('CONFIG', `invalid config ${configPath}: ${problems.join('; ')}. A user dictionary has one "word [freq] [tag]" per line, e.g. "联合实验室 1000 n".`, configPath);
  }
  return texts;
}

/** Lines that are not `word [freq] [tag]`: at most three fields, the second a whole number (first five listed). */
function badLines(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    if (fields.length > 3 || (fields.length > 1 && !/^\d+$/.test(fields[1]))) out.push(`line ${i + 1}: "${line}" is not "word [freq] [tag]" (freq a whole number)`);
  });
  return out.length > 5 ? [...out.slice(0, 5), `… and ${out.length - 5} more such lines`] : out;
}
