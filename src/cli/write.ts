import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import { systemReason } from '../i18n/input.js';
import type { CliContext } from './context.js';

/**
 * Check, before any work, that each file to be written can be: its folder exists, and it is none of the
 * inputs (`compare a.txt b.txt -o a.txt` would replace the plan with the report).
 * @param outputs files to write (-o, --write-baseline); undefined and `-` are skipped
 * @param inputs the files read (`-` skipped)
 * @param ctx working directory
 * @throws PlanDiffError `USAGE` for an output that is an input, `ENOENT` for a missing folder
 */
export async function checkOutputs(outputs: ReadonlyArray<string | undefined>, inputs: readonly string[], ctx: CliContext): Promise<void> {
  const reads = new Set(await Promise.all(inputs.filter((i) => i !== '-').map((i) => real(resolve(ctx.cwd, i)))));
  for (const output of outputs) {
    if (output === undefined || output === '-') continue;
    const full = resolve(ctx.cwd, output);
    if (reads.has(await real(full))) {
      throw new PlanDiffError('USAGE', { key: 'outputIsInput', params: { path: output } }, output);
    }
    const folder = await stat(dirname(full)).catch(() => undefined);
    if (!folder?.isDirectory()) {
      throw new PlanDiffError('ENOENT', { key: 'noFolder', params: { path: output, folder: dirname(output) } }, output);
    }
  }
}

/**
 * Write a file atomically: into a temporary file in the same folder, then renamed over the target, so
 * an interrupted run leaves the previous file or none, never a truncated one.
 * @param path file to write, as the user typed it
 * @param content the bytes or text
 * @param ctx working directory
 * @param what how messages name the file (`baseline` → "cannot write baseline x.json")
 * @throws PlanDiffError `ENOENT` when the file cannot be written
 */
export async function writeAtomic(path: string, content: string | Uint8Array, ctx: CliContext, what = ''): Promise<void> {
  const full = resolve(ctx.cwd, path);
  // Note: the temporary file is hidden and unique, in the target's folder so that rename does not cross devices.
  const temp = resolve(dirname(full), `.${basename(full)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, full);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new PlanDiffError('ENOENT', { key: 'writeFailed', params: { path, baseline: what !== '', reason: systemReason(error) } }, path);
  }
}

async function real(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}
