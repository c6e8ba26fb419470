import { parsePlan } from '../parse/index.js';
import type { PlanDocument } from '../types.js';
import type { UnitSpec } from '../parse/targets/unit-table.js';
import { openCache } from './cache.js';
import type { CliContext } from './context.js';
import { loadSource, readInput } from './io.js';

/** How a file becomes a document (the same in this thread and in workers). */
export interface ReadOptions {
  /** Keep only what `targets` and `check` use: the document without its outline (slimDocument). */
  slim?: boolean;
  /** A document cache: folder and plan-diff version (`--cache DIR`). */
  cache?: { dir: string; version: string };
  /** Extra units for reading targets (plan-diff.config.json's `units`). */
  units?: UnitSpec[];
}

/**
 * Read and parse one file, through the cache when one is given (slim documents only).
 * @param path the file as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options slim and cache
 * @returns the document
 */
export async function readDocument(path: string, ctx: CliContext, options: ReadOptions = {}): Promise<PlanDocument> {
  const parseOptions = options.units && options.units.length > 0 ? { units: options.units } : {};
  if (!options.cache || path === '-') {
    const doc = parsePlan(await loadSource(path, ctx), parseOptions);
    return options.slim ? slimDocument(doc) : doc;
  }
  // Note: extra units change the targets, so they are part of the cache's version.
  const units = parseOptions.units ? ` units ${JSON.stringify(parseOptions.units)}` : '';
  const cache = openCache(options.cache.dir, `${options.cache.version}${options.slim ? ' slim' : ''}${units}`);
  const bytes = await readInput(path, ctx);
  const hit = await cache.get(bytes, path);
  if (hit) return hit;
  const parsed = parsePlan(await loadSource(path, ctx, bytes), parseOptions);
  const doc = options.slim ? slimDocument(parsed) : parsed;
  // Note: a cache that cannot be written (read-only, full) only costs the next run its speed.
  await cache.put(bytes, doc).catch(() => undefined);
  return doc;
}

/**
 * A document without its outline and preamble: its fields, targets and warnings, all that `targets`
 * and `check` read. Holding these instead of whole documents keeps `check` over thousands of plans
 * within memory that grows with their targets, not their text.
 * @param doc the parsed document
 * @returns the slim document
 */
export function slimDocument(doc: PlanDocument): PlanDocument {
  return { ...doc, preamble: [], nodes: [] };
}
