import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import { systemReason } from '../i18n/input.js';
import { MAX_CONTAINER_BYTES, MAX_TEXT_BYTES, parseLimits, readSource } from '../parse/readers/index.js';
import type { SourceFile } from '../types.js';
import type { CliContext } from './context.js';
import { writeAtomic } from './write.js';

/**
 * Read a file (or stdin for `-`) and decode it into a SourceFile.
 * @param path path as the user typed it
 * @param ctx working directory and stdin
 * @param read the bytes, when the caller has read them already (readInput)
 * @returns the decoded source, with `path` as typed
 * @throws PlanDiffError for a missing, unreadable, oversized or undecodable input
 */
export async function loadSource(path: string, ctx: CliContext, read?: Uint8Array): Promise<SourceFile> {
  const bytes = read ?? (await readInput(path, ctx));
  const source = await readSource(bytes, path, parseLimits(ctx.limits));
  // Note: imported (not required by the parser) so the bundle loads the Markdown parser as a chunk.
  if (source.format === 'md') {
    const [{ createMarkdownParser }, { useMarkdownParser }] = await Promise.all([import('../parse/markdown-parser.js'), import('../parse/markdown.js')]);
    useMarkdownParser(createMarkdownParser);
  }
  return source;
}

/**
 * The bytes of an input file, or of stdin for `-`, with the size cap and clear errors of loadSource.
 * @param path the file as typed
 * @param ctx working directory and stdin
 * @returns the bytes
 */
export async function readInput(path: string, ctx: CliContext): Promise<Uint8Array> {
  return path === '-' ? await readStdin(ctx) : await readBytes(path, ctx);
}

async function readBytes(path: string, ctx: CliContext): Promise<Uint8Array> {
  const full = resolve(ctx.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw fsError(error, path, ctx);
  }
  if (info.isDirectory()) {
    throw new PlanDiffError('EISDIR', { key: 'isDirectory', params: { path } }, path);
  }
  if (info.isFile() && info.size > MAX_CONTAINER_BYTES) throw tooLarge(path, info.size);
  try {
    // Note: pipes and devices (<(cmd), /dev/stdin, /dev/zero) have no size; read them with a cap.
    return info.isFile() ? await readFile(full) : await readCapped(createReadStream(full), path);
  } catch (error) {
    if (error instanceof PlanDiffError) throw error;
    throw fsError(error, path, ctx);
  }
}

async function readStdin(ctx: CliContext): Promise<Uint8Array> {
  if (!ctx.stdin) throw new PlanDiffError('USAGE', { key: 'noStdin', params: {} });
  return readCapped(ctx.stdin, '-');
}

/** Read a stream to the end, refusing it once it passes the size limit (so /dev/zero cannot hang us). */
async function readCapped(stream: AsyncIterable<Uint8Array | string>, path: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buffer.length;
    if (total > MAX_CONTAINER_BYTES) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(path, total, true);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(path: string, size: number, more = false): PlanDiffError {
  return new PlanDiffError('TOO_LARGE', { key: 'inputTooLarge', params: { path, size, more, container: MAX_CONTAINER_BYTES, text: MAX_TEXT_BYTES } }, path);
}

function fsError(error: unknown, path: string, ctx: CliContext): PlanDiffError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new PlanDiffError('ENOENT', { key: 'notFound', params: { path, cwd: ctx.cwd } }, path);
  }
  if (code === 'EACCES' || code === 'EPERM') return new PlanDiffError('ENOENT', { key: 'permission', params: { path } }, path);
  if (code === 'EISDIR') return new PlanDiffError('EISDIR', { key: 'isDirectory', params: { path } }, path);
  return new PlanDiffError('ENOENT', { key: 'readFailed', params: { path, reason: systemReason(error) } }, path);
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
      throw new PlanDiffError('USAGE', { key: 'binaryToStdout', params: {} });
    }
    ctx.stdout.write(content);
    return;
  }
  await writeAtomic(output, content, ctx);
}
