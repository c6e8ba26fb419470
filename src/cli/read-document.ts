import { statSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { keyWeakness, type KeyWeakness } from '../compare/checks/keys.js';
import { canonKey } from '../compare/checks/match.js';
import { parsePlan } from '../parse/index.js';
import { MAX_CONTAINER_BYTES } from '../parse/readers/index.js';
import { getSegmenter } from '../parse/words/segmenter.js';
import type { PlanDocument, Target } from '../types.js';
import type { UnitSpec } from '../parse/targets/unit-table.js';
import { openCache, openFileIndex, type CachedDocument, type DocumentCache, type FileIndex } from './cache.js';
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
  /** Also test the document's metric keys (check's `keyWeakness`), where the tagger is loaded anyway. */
  keys?: boolean;
  /** Keep only targets of these kinds (check's kinds; default all): from the cache, only those are read. */
  kinds?: ReadonlyArray<Target['kind']>;
}

/** A read document, and the weakness of its metric keys when they were asked for or cached. */
export type ReadDocument = { doc: PlanDocument; keys?: Record<string, KeyWeakness> };

/**
 * Read and parse one file, through the cache when one is given (slim documents only).
 * @param path the file as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options slim and cache
 * @returns the document
 */
export async function readDocument(path: string, ctx: CliContext, options: ReadOptions = {}): Promise<PlanDocument> {
  return (await readEntry(path, ctx, options)).doc;
}

/**
 * Read and parse one file, through the cache when one is given; with the weakness of its metric keys
 * when `keys` is set or a cache is used (entries always carry them, whichever command wrote them).
 * @param path the file as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options slim, cache, units and keys
 * @returns the document, and its keys' weakness when asked for or cached
 */
export async function readEntry(path: string, ctx: CliContext, options: ReadOptions = {}): Promise<ReadDocument> {
  const parseOptions = options.units && options.units.length > 0 ? { units: options.units } : {};
  if (!options.cache || path === '-') {
    const parsed = parsePlan(await loadSource(path, ctx), parseOptions);
    const doc = options.slim ? slimDocument(parsed) : parsed;
    // Note: only the kinds kept are compared, so only their keys are judged (jieba tags each key).
    const kept = ofKinds(doc, options);
    return options.keys ? { doc: kept, keys: keysOf(kept) } : { doc: kept };
  }
  const cache = cacheFor(options);
  const bytes = await readInput(path, ctx);
  const hit = await cache.get(bytes, path, kindSet(options));
  if (hit) return hit;
  const parsed = parsePlan(await loadSource(path, ctx, bytes), parseOptions);
  const entry: CachedDocument = { doc: options.slim ? slimDocument(parsed) : parsed, keys: {} };
  entry.keys = keysOf(entry.doc);
  // Note: a cache that cannot be written (read-only, full) only costs the next run its speed.
  await cache.put(bytes, entry).catch(() => undefined);
  return { ...entry, doc: ofKinds(entry.doc, options) };
}

function kindSet(options: ReadOptions): ReadonlySet<string> | undefined {
  return options.kinds ? new Set(options.kinds) : undefined;
}

function ofKinds(doc: PlanDocument, options: ReadOptions): PlanDocument {
  if (!options.kinds) return doc;
  const kinds = new Set<string>(options.kinds);
  return { ...doc, targets: doc.targets.filter((t) => kinds.has(t.kind)) };
}

/**
 * A file's cached entry, read synchronously, or undefined when it is not cached (or is not a plain
 * file, or cannot be read: the ordinary read reports that). Cached files are read this way in the main
 * thread, so a run whose files are all cached starts no worker and never loads the parser or jieba.
 * @param path the file as typed
 * @param ctx working directory
 * @param options as for readEntry, with a cache
 * @returns the entry, or undefined
 */
export function cachedEntry(path: string, ctx: Pick<CliContext, 'cwd'>, options: ReadOptions): ReadDocument | undefined {
  if (!options.cache || path === '-') return undefined;
  const cache = cacheFor(options);
  const index = indexFor(options);
  try {
    const full = resolve(ctx.cwd, path);
    const info = statSync(full, { bigint: true });
    if (!info.isFile() || info.size > BigInt(MAX_CONTAINER_BYTES)) return undefined;
    const known = index.keyOf(full, info);
    const kinds = kindSet(options);
    if (known !== undefined) {
      const hit = cache.getByKey(known, path, kinds);
      if (hit) return hit;
    }
    const key = cache.keyOf(readFileSync(full));
    index.remember(full, info, key);
    return cache.getByKey(key, path, kinds);
  } catch {
    return undefined;
  }
}

/** Write the file indexes of the caches used so far and let them go (at the end of a run over many files). */
export function saveFileIndexes(): void {
  for (const index of indexes.values()) index.save();
  indexes.clear();
}

const caches = new Map<string, DocumentCache>();
const indexes = new Map<string, FileIndex>();

function versionOf(options: ReadOptions): string {
  // Note: extra units change the targets, so they are part of the cache's version.
  const units = options.units && options.units.length > 0 ? ` units ${JSON.stringify(options.units)}` : '';
  return `${options.cache!.version}${options.slim ? ' slim' : ''}${units}`;
}

function cacheFor(options: ReadOptions): DocumentCache {
  const version = versionOf(options);
  const id = `${options.cache!.dir}\0${version}`;
  let cache = caches.get(id);
  if (!cache) caches.set(id, (cache = openCache(options.cache!.dir, version)));
  return cache;
}

function indexFor(options: ReadOptions): FileIndex {
  const version = versionOf(options);
  const id = `${options.cache!.dir}\0${version}`;
  let index = indexes.get(id);
  if (!index) indexes.set(id, (index = openFileIndex(options.cache!.dir, version)));
  return index;
}

/**
 * The weakness of each metric key of a document's targets, by canonical key, as `check` tests them
 * with the default tagger (jieba, loaded already by the parse).
 * @param doc the document
 * @returns canonical key → weakness
 */
function keysOf(doc: PlanDocument): Record<string, KeyWeakness> {
  const keys = Object.create(null) as Record<string, KeyWeakness>;
  for (const t of doc.targets) {
    const key = canonKey(t.metricKey);
    if (!(key in keys)) keys[key] = keyWeakness(key, (text) => getSegmenter().tags!(text));
  }
  return keys;
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
