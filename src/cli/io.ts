import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import { readSource } from '../parse/readers/index.js';
import type { SourceFile } from '../types.js';
import type { CliContext } from './context.js';

/**
 * Read a file (or stdin for `-`) and decode it into a SourceFile.
 * @param path path as the user typed it
 * @param ctx working directory and stdin
 * @returns the decoded source, with `path` as typed
 */
export async function loadSource(path: string, ctx: CliContext): Promise<SourceFile> {
  const bytes = path === '-' ? await readStdin(ctx) : await readBytes(path, ctx);
  return readSource(bytes, path);
}

async function readBytes(path: string, ctx: CliContext): Promise<Uint8Array> {
  const full = resolve(ctx.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new PlanDiffError('ENOENT', `cannot read ${path}: no such file. Check the path (relative to ${ctx.cwd}).`, path);
    }
    throw new PlanDiffError('ENOENT', `cannot read ${path}: ${(error as Error).message}.`, path);
  }
  if (info.isDirectory()) {
    throw new PlanDiffError('EISDIR', `cannot read ${path}: it is a directory, expected a file (.txt, .md, .docx or .pdf).`, path);
  }
  try {
    return await readFile(full);
  } catch (error) {
    throw new PlanDiffError('ENOENT', `cannot read ${path}: ${(error as Error).message}.`, path);
  }
}

async function readStdin(ctx: CliContext): Promise<Uint8Array> {
  if (!ctx.stdin) throw new PlanDiffError('USAGE', 'cannot read -: no standard input available.');
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Write output to a file, or to stdout when no file is given.
 * @param content text or bytes
 * @param output path from -o, or undefined for stdout
 * @param ctx streams and working directory
 */
export async function writeOutput(content: string | Uint8Array, output: string | undefined, ctx: CliContext): Promise<void> {
  if (output === undefined || output === '-') {
    if (typeof content !== 'string' && ctx.stdout.isTTY) {
      throw new PlanDiffError('USAGE', 'this format is binary; write it to a file with -o FILE (e.g. -o 对照表.docx).');
    }
    ctx.stdout.write(content);
    return;
  }
  try {
    await writeFile(resolve(ctx.cwd, output), content);
  } catch (error) {
    throw new PlanDiffError('ENOENT', `cannot write ${output}: ${(error as Error).message}.`, output);
  }
}
