import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InternalError, PlanDiffError, type ErrorRef, type PlanDiffErrorCode } from '../errors.js';
import type { PlanDocument } from '../types.js';
import type { CliContext } from './context.js';
import type { KeyWeakness } from '../compare/checks/keys.js';
import { cachedEntry, readEntry, saveFileIndexes, type ReadDocument, type ReadOptions } from './read-document.js';
import { startProgress } from './progress.js';
import { stderrLang } from './message-lang.js';

/** From this many files on, parsing is spread over worker threads. */
export const WORKER_MIN_FILES = 8;

/** How many parsed documents may wait, per thread, for an earlier file to be finished. */
const AHEAD_PER_THREAD = 4;

/**
 * Each worker's young generation, in MB (V8's default is 48 on 64-bit machines).
 * Note: a worker keeps ~15 MB of live objects (parser tables, jieba's index) but parsing a document makes
 * short-lived garbage; with the default young generation each worker's heap settles near 85 MB. Capped
 * here, the heap stays near 60 MB at the same speed (measured over 1,000 plans: 291 → 268 MB for the
 * process, CPU time unchanged within noise; docs/scale.md). The old generation is left uncapped: a cap
 * below 2 GB makes V8 collect so often that parsing took 40 % more CPU, and a huge document must never
 * run a worker out of memory.
 */
const WORKER_YOUNG_MB = 4;

type Reply = { index: number; entry?: ReadDocument; error?: { user: boolean; code?: PlanDiffErrorCode; detail?: ErrorRef; message: string; stack?: string } };

/** Options of parseMany and eachDocument. */
export interface ParseManyOptions extends ReadOptions {
  /** false to parse in this thread. */
  workers?: boolean;
  /**
   * How many documents may be read ahead of the one handed on, per thread (default 4): a bound on
   * memory for callers that let each document go; parseMany, which keeps them all, reads ahead freely.
   */
  ahead?: number;
  /**
   * Filled with the weakness of every document's metric keys by canonical key (check's key test), as
   * the documents are read: from the cache, or tested where they are parsed.
   */
  keyWeakness?: Map<string, KeyWeakness>;
}

/**
 * Read and parse many files, in input order: on worker threads when there are many and more than one
 * core, in this thread otherwise (and always for stdin); with a progress bar on a terminal for long runs.
 * @param paths files as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options `workers: false` to parse in this thread; `slim`, `cache` and `keyWeakness` as in eachDocument
 * @returns parsed documents, in the order of `paths`
 */
export async function parseMany(paths: readonly string[], ctx: CliContext, options: ParseManyOptions = {}): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  await eachDocument(paths, ctx, (doc) => void docs.push(doc), { ahead: Infinity, ...options });
  return docs;
}

/**
 * Read and parse many files and hand each document to `onDocument` in input order, as soon as it and
 * every file before it are done; no more than a few documents per thread wait at any time, so memory
 * does not grow with the number of files (what `onDocument` keeps aside). Files found in the cache are
 * read in this thread; workers start only for files that must be parsed.
 * @param paths files as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param onDocument called once per file, in the order of `paths`; may return a promise (awaited)
 * @param options `workers: false` to parse in this thread; `slim` drops the outline (targets and
 * document fields only); `cache` a folder of earlier parses keyed by file content; `keyWeakness` a map
 * to fill with the documents' key tests
 */
export async function eachDocument(
  paths: readonly string[],
  ctx: CliContext,
  onDocument: (doc: PlanDocument, index: number) => unknown,
  options: ParseManyOptions = {},
): Promise<void> {
  const threads = (options.workers ?? true) ? workerThreads(paths) : 0;
  // Note: PLAN_DIFF_PROGRESS_DELAY_MS shortens the wait before the bar appears (tests and demos in a terminal).
  const delay = Number(ctx.env.PLAN_DIFF_PROGRESS_DELAY_MS);
  const progress = startProgress(ctx.stderr, paths.length, { lang: stderrLang(ctx), ...(Number.isFinite(delay) && delay >= 0 ? { delayMs: delay } : {}) });
  const read: ReadOptions = {
    slim: options.slim ?? false,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.units ? { units: options.units } : {}),
    ...(options.keyWeakness ? { keys: true } : {}),
    ...(options.kinds ? { kinds: options.kinds } : {}),
  };
  const hand = (entry: ReadDocument, index: number) => {
    if (options.keyWeakness && entry.keys) for (const [key, weakness] of Object.entries(entry.keys)) options.keyWeakness.set(key, weakness);
    return onDocument(entry.doc, index);
  };
  try {
    if (threads > 1) return await inWorkers(paths, ctx, threads * (options.ahead ?? AHEAD_PER_THREAD), threads, read, hand, progress.tick);
    let parsed = false;
    for (const [index, path] of paths.entries()) {
      const hit = cachedEntry(path, ctx, read);
      parsed ||= !hit;
      await hand(hit ?? (await readEntry(path, ctx, read)), index);
      progress.tick(path, { cached: hit !== undefined, threads: parsed ? 1 : 0 });
      // Note: yield to the event loop so the bar can redraw between files.
      await new Promise((done) => setImmediate(done));
    }
  } finally {
    progress.stop();
    if (read.cache) saveFileIndexes();
  }
}

/**
 * How many worker threads `parseMany` uses for these files: one per core up to 4 when there are
 * WORKER_MIN_FILES or more, none for stdin or when running from the TypeScript sources.
 * @param paths files as typed
 * @returns the number of threads, or 0 to parse in this thread
 */
export function workerThreads(paths: readonly string[]): number {
  const threads = Math.min(availableParallelism(), 4, Math.ceil(paths.length / 4));
  return paths.length >= WORKER_MIN_FILES && threads > 1 && !paths.includes('-') && compiled() ? threads : 0;
}

/**
 * Workers load this module's sibling as JavaScript, so they are used only from the compiled package
 * (dist/, which bin/plan-diff.js runs and `npm install` builds through `prepare`), not under vitest.
 */
function compiled(): boolean {
  return import.meta.url.endsWith('.js');
}

async function inWorkers(
  paths: readonly string[],
  ctx: CliContext,
  ahead: number,
  threads: number,
  read: ReadOptions,
  onEntry: (entry: ReadDocument, index: number) => unknown,
  tick: (path: string, how: { cached: boolean; threads: number }) => void,
): Promise<void> {
  const workers: Worker[] = [];
  const fromCache = new Set<number>();
  const waiting = new Map<number, ReadDocument>();
  const idle: Worker[] = [];
  let next = 0;
  let emitted = 0;
  let failed: Error | undefined;
  let settle!: { done: () => void; fail: (e: Error) => void };
  const finished = new Promise<void>((done, fail) => (settle = { done, fail }));
  const limit = () => emitted + ahead;
  // Note: files are taken in order, up to the window: a cached one is read here at once, any other is
  // sent to an idle worker (started on the first file that needs one, up to `threads`).
  const take = () => {
    while (!failed && next < paths.length && next < limit()) {
      const hit = cachedEntry(paths[next], ctx, read);
      if (hit) {
        fromCache.add(next);
        waiting.set(next++, hit);
        continue;
      }
      const worker = idle.pop() ?? (workers.length < threads ? start() : undefined);
      if (!worker) return;
      const index = next++;
      worker.postMessage({ index, path: paths[index], cwd: ctx.cwd, read, limits: ctx.limits });
    }
  };
  // Note: documents are handed on strictly in order; one running hand-off at a time.
  let draining = Promise.resolve();
  const drain = () =>
    (draining = draining.then(async () => {
      take();
      while (!failed && waiting.has(emitted)) {
        const entry = waiting.get(emitted)!;
        waiting.delete(emitted);
        await onEntry(entry, emitted);
        tick(paths[emitted], { cached: fromCache.delete(emitted), threads: workers.length });
        emitted += 1;
        take();
        // Note: a long run of cached files yields now and then, so the progress bar can redraw.
        if (emitted % 64 === 0) await new Promise((done) => setImmediate(done));
      }
      if (!failed && emitted === paths.length) settle.done();
    }).catch((error: Error) => fail(error)));
  const fail = (error: Error) => {
    if (failed) return;
    failed = error;
    settle.fail(error);
  };
  const start = (): Worker => {
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    workers.push(worker);
    worker.on('message', (reply: Reply) => {
      if (reply.error) return fail(rebuild(reply.error, paths[reply.index]));
      waiting.set(reply.index, reply.entry!);
      idle.push(worker);
      void drain();
    });
    worker.on('error', (error) => fail(new InternalError(`worker failed: ${error.message}`, { cause: error })));
    return worker;
  };
  try {
    if (paths.length === 0) return;
    void drain();
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function rebuild(error: NonNullable<Reply['error']>, path: string): Error {
  if (error.user && error.code) return new PlanDiffError(error.code, error.detail ?? error.message, path);
  const internal = new InternalError(error.message);
  if (error.stack) internal.stack = error.stack;
  return internal;
}
