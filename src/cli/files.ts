import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import type { CliContext } from './context.js';
import { messages } from '../i18n/messages.js';
import { stderrLang } from './message-lang.js';

/** File extensions plan-diff reads. */
export const SUPPORTED_EXTENSIONS = ['txt', 'md', 'docx', 'pdf'] as const;

const IGNORE = ['**/node_modules/**', '**/.git/**'];
// Note: symbolic links inside a folder or glob are not followed (a link to a parent folder made the walk
// endless); a link named on the command line is read.
const WALK = { onlyFiles: true, ignore: IGNORE, followSymbolicLinks: false } as const;

/**
 * Expand command-line inputs into files: a folder gives every supported file inside it (recursively), a
 * glob the supported files it matches; plain paths and `-` (stdin) are kept as given. Each expansion is
 * sorted; the inputs keep their order and a file named twice is read once.
 * @param inputs paths, folders and globs as typed
 * @param ctx working directory
 * @returns file paths, relative as typed (folder/glob results joined onto what was typed)
 */
export async function expandInputs(inputs: readonly string[], ctx: CliContext): Promise<string[]> {
  const out: string[] = [];
  // Note: a file is read once however it is reached (two paths, a symlink, a folder and a file inside it).
  const seen = new Set<string>();
  for (const input of inputs) {
    for (const file of await expandOne(input, ctx)) {
      const real = file === '-' ? file : await realpath(resolve(ctx.cwd, file)).catch(() => resolve(ctx.cwd, file));
      if (seen.has(real)) continue;
      seen.add(real);
      out.push(file);
    }
  }
  // Note: `plan-diff targets plans/*` or `check plans/` must not read the folder's README.md as a plan
  // (its prose yields nonsense targets). A README is skipped, with a note, when there are other inputs;
  // named alone, it is read.
  const readmes = out.filter(isReadme);
  if (readmes.length === 0 || readmes.length === out.length) return out;
  ctx.stderr.write(`plan-diff: ${messages(stderrLang(ctx)).cli.skippedReadme(readmes)}\n`);
  return out.filter((f) => !isReadme(f));
}

function isReadme(file: string): boolean {
  return /(?:^|[\\/])readme\.(?:md|txt)$/iu.test(file);
}

async function expandOne(input: string, ctx: CliContext): Promise<string[]> {
  if (input === '-') return [input];
  const info = await stat(resolve(ctx.cwd, input)).catch(() => undefined);
  if (info?.isFile()) return [input];
  // Note: fast-glob loads only for folders and patterns, not for the files a shell already expanded.
  const fg = (await import('fast-glob')).default;
  if (info?.isDirectory()) {
    const base = input.replace(/[\\/]+$/, '');
    const found = await fg(`**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`, { ...WALK, cwd: resolve(ctx.cwd, input), caseSensitiveMatch: false });
    if (found.length === 0) {
      throw new PlanDiffError('ENOENT', { key: 'folderEmpty', params: { path: input, extensions: SUPPORTED_EXTENSIONS.map((e) => '.' + e) } }, input);
    }
    return found.map((f) => `${base}/${f}`).toSorted(byPath);
  }
  if (info || !fg.isDynamicPattern(input)) return [input];
  const found = (await fg(input, { ...WALK, cwd: ctx.cwd })).filter(isSupported);
  if (found.length === 0) {
    throw new PlanDiffError('ENOENT', { key: 'noMatch', params: { pattern: input, extensions: SUPPORTED_EXTENSIONS.map((e) => '.' + e), cwd: ctx.cwd } }, input);
  }
  return found.toSorted(byPath);
}

function isSupported(file: string): boolean {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
