import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InternalError, PlanDiffError, type PlanDiffErrorCode } from '../errors.js';
import type { PlanDocument } from '../types.js';
import type { CliContext } from './context.js';
import { readDocument, type ReadOptions } from './read-document.js';
import { startProgress } from './progress.js';

/** From this many files on, parsing is spread over worker threads. */
export const WORKER_MIN_FILES = 8;

/** How many parsed documents may wait, per thread, for an earlier file to be finished. */
const AHEAD_PER_THREAD = 4;

type Reply = { index: number; doc?: PlanDocument; error?: { user: boolean; code?: PlanDiffErrorCode; message: string; stack?: string } };

/** Options of parseMany and eachDocument. */
export interface ParseManyOptions extends ReadOptions {
  /** false to parse in this thread. */
  workers?: boolean;
}

/**
 * Read and parse many files, in input order: on worker threads when there are many and more than one
 * core, in this thread otherwise (and always for stdin); with a progress bar on a terminal for long runs.
 * @param paths files as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options `workers: false` to parse in this thread; `slim` and `cache` as in eachDocument
 * @returns parsed documents, in the order of `paths`
 */
export async function parseMany(paths: readonly string[], ctx: CliContext, options: ParseManyOptions = {}): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  await eachDocument(paths, ctx, (doc) => void docs.push(doc), options);
  return docs;
}

/**
 * Read and parse many files and hand each document to `onDocument` in input order, as soon as it and
 * every file before it are done; no more than a few documents per thread wait at any time, so memory
 * does not grow with the number of files (what `onDocument` keeps aside).
 * @param paths files as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param onDocument called once per file, in the order of `paths`; may return a promise (awaited)
 * @param options `workers: false` to parse in this thread; `slim` drops the outline (targets and
 * document fields only); `cache` a folder of earlier parses keyed by file content
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
  const progress = startProgress(ctx.stderr, paths.length, { threads: Math.max(threads, 1), ...(Number.isFinite(delay) && delay >= 0 ? { delayMs: delay } : {}) });
  const read: ReadOptions = { slim: options.slim ?? false, ...(options.cache ? { cache: options.cache } : {}), ...(options.units ? { units: options.units } : {}) };
  try {
    if (threads > 1) return await inWorkers(paths, ctx, threads, read, onDocument, (p) => progress.tick(p));
    for (const [index, path] of paths.entries()) {
      await onDocument(await readDocument(path, ctx, read), index);
      progress.tick(path);
      // Note: yield to the event loop so the bar can redraw between files.
      await new Promise((done) => setImmediate(done));
    }
  } finally {
    progress.stop();
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
  threads: number,
  read: ReadOptions,
  onDocument: (doc: PlanDocument, index: number) => unknown,
  tick: (path: string) => void,
): Promise<void> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./parse-worker.js', import.meta.url)));
  const waiting = new Map<number, PlanDocument>();
  const idle: Worker[] = [];
  let next = 0;
  let emitted = 0;
  let failed: Error | undefined;
  let settle!: { done: () => void; fail: (e: Error) => void };
  const finished = new Promise<void>((done, fail) => (settle = { done, fail }));
  const limit = () => emitted + threads * AHEAD_PER_THREAD;
  const send = (worker: Worker) => {
    if (failed || next >= paths.length) return;
    if (next >= limit()) return void idle.push(worker);
    const index = next++;
    worker.postMessage({ index, path: paths[index], cwd: ctx.cwd, read, limits: ctx.limits });
  };
  // Note: documents are handed on strictly in order; one running hand-off at a time.
  let draining = Promise.resolve();
  const drain = () =>
    (draining = draining.then(async () => {
      while (!failed && waiting.has(emitted)) {
        const doc = waiting.get(emitted)!;
        waiting.delete(emitted);
        await onDocument(doc, emitted);
        tick(paths[emitted]);
        emitted += 1;
        while (idle.length > 0 && next < limit()) send(idle.pop()!);
      }
      if (!failed && emitted === paths.length) settle.done();
    }).catch((error: Error) => fail(error)));
  const fail = (error: Error) => {
    if (failed) return;
    failed = error;
    settle.fail(error);
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      if (reply.error) return fail(rebuild(reply.error, paths[reply.index]));
      waiting.set(reply.index, reply.doc!);
      send(worker);
      void drain();
    });
    worker.on('error', (error) => fail(new InternalError(`worker failed: ${error.message}`, { cause: error })));
    send(worker);
  }
  try {
    if (paths.length === 0) return;
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function rebuild(error: NonNullable<Reply['error']>, path: string): Error {
  if (error.user && error.code) return new PlanDiffError(error.code, error.message, path);
  const internal = new InternalError(error.message);
  if (error.stack) internal.stack = error.stack;
  return internal;
}
