import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { PlanDiffError } from '../errors.js';
import type { CliContext } from './context.js';
import { VERSION } from './version.js';

/** Options for runs over collections: a cache of parses, and a slice of the files per machine. */
export interface CorpusOptions {
  /** --cache DIR */
  cache?: string;
  /** --shard K/N */
  shard?: string;
}

/**
 * Add --cache (and --shard) to a command.
 * @param cmd the command
 * @param options `shard: true` to offer --shard
 * @returns the command
 */
export function addCorpusOptions(cmd: Command, options: { shard?: boolean } = {}): Command {
  cmd.option('--cache <dir>', 'keep each file\'s parse in DIR under its content hash; later runs read unchanged files from there');
  if (options.shard) cmd.option('--shard <k/n>', 'read only slice K of N (by a hash of each path): run the N slices on N machines, then join them with check --from-targets');
  return cmd;
}

/**
 * The files of one shard: those whose path hashes to slice K of N. The same path always lands in the
 * same slice, whatever the other files, so shards of a growing folder stay stable.
 * @param files all input files
 * @param spec `K/N` (1 ≤ K ≤ N), or undefined for all files
 * @returns the slice, in input order
 */
export function shardOf(files: readonly string[], spec: string | undefined): string[] {
  if (spec === undefined) return [...files];
  const m = /^(\d+)\/(\d+)$/u.exec(spec.trim());
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) {
    throw new PlanDiffError('USAGE', { key: 'shard', params: { spec } });
  }
  return files.filter((f) => createHash('sha1').update(f).digest().readUInt32BE(0) % n === k - 1);
}

/**
 * The cache setting of a run, from --cache (or the config's `cache`), resolved against the working
 * directory.
 * @param dir the folder, or undefined for none
 * @param ctx working directory
 * @returns `{cache}` for readDocument, or nothing
 */
export function cacheOf(dir: string | undefined, ctx: CliContext): { cache?: { dir: string; version: string } } {
  return dir === undefined ? {} : { cache: { dir: resolve(ctx.cwd, dir), version: `${VERSION}+${codeId()}` } };
}

let code: string | undefined;

/**
 * An identity of the running code: the SHA-256 of the JavaScript files beside this module (for the
 * installed command, the whole bundle). Cache entries are keyed by it as well as the version, so a
 * parser changed without a version bump never serves parses of the old code.
 * @returns 16 hex digits
 */
export function codeId(): string {
  if (code !== undefined) return code;
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((f) => /\.(?:c?js|ts)$/u.test(f)).toSorted()) hash.update(file).update(readFileSync(join(dir, file)));
  code = hash.digest('hex').slice(0, 16);
  return code;
}
