import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InternalError, PlanDiffError, type PlanDiffErrorCode } from '../errors.js';
import { parsePlan } from '../parse/index.js';
import type { PlanDocument } from '../types.js';
import type { CliContext } from './context.js';
import { loadSource } from './io.js';
import { startProgress } from './progress.js';

/** From this many files on, parsing is spread over worker threads. */
export const WORKER_MIN_FILES = 8;

type Reply = { index: number; doc?: PlanDocument; error?: { user: boolean; code?: PlanDiffErrorCode; message: string; stack?: string } };

/**
 * Read and parse many files, in input order: on worker threads when there are many and more than one
 * core, in this thread otherwise (and always for stdin); with a progress bar on a terminal for long runs.
 * @param paths files as typed (`-` for stdin)
 * @param ctx streams and working directory
 * @param options `workers: false` to parse in this thread
 * @returns parsed documents, in the order of `paths`
 */
export async function parseMany(paths: readonly string[], ctx: CliContext, options: { workers?: boolean } = {}): Promise<PlanDocument[]> {
  const threads = (options.workers ?? true) ? workerThreads(paths) : 0;
  // Note: PLAN_DIFF_PROGRESS_DELAY_MS shortens the wait before the bar appears (tests and demos in a terminal).
  const delay = Number(ctx.env.PLAN_DIFF_PROGRESS_DELAY_MS);
  const progress = startProgress(ctx.stderr, paths.length, { threads: Math.max(threads, 1), ...(Number.isFinite(delay) && delay >= 0 ? { delayMs: delay } : {}) });
  try {
    if (threads > 1) return await inWorkers(paths, ctx, threads, (p) => progress.tick(p));
    const docs: PlanDocument[] = [];
    for (const path of paths) {
      docs.push(parsePlan(await loadSource(path, ctx)));
      progress.tick(path);
      // Note: yield to the event loop so the bar can redraw between files.
      await new Promise((done) => setImmediate(done));
    }
    return docs;
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

async function inWorkers(paths: readonly string[], ctx: CliContext, threads: number, tick: (path: string) => void): Promise<PlanDocument[]> {
  const docs = new Array<PlanDocument>(paths.length);
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./parse-worker.js', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= paths.length) return done();
              const index = next++;
              worker.postMessage({ index, path: paths[index], cwd: ctx.cwd });
            };
            worker.on('message', (reply: Reply) => {
              if (reply.error) return fail(rebuild(reply.error, paths[reply.index]));
              docs[reply.index] = reply.doc!;
              tick(paths[reply.index]);
              send();
            });
            worker.on('error', (error) => fail(new InternalError(`worker failed: ${error.message}`, { cause: error })));
            send();
          }),
      ),
    );
    return docs;
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
