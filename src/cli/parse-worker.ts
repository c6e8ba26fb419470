/**
 * Worker thread body for `parseMany`: reads and parses the files it is sent, one message per file.
 * Note: runs only from the compiled package (dist/), where this file is JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { PlanDiffError } from '../errors.js';
import { readEntry, type ReadOptions } from './read-document.js';

parentPort?.on('message', async (job: { index: number; path: string; cwd: string; read: ReadOptions; limits?: string[] }) => {
  try {
    const ctx = { cwd: job.cwd, limits: job.limits, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
    parentPort!.postMessage({ index: job.index, entry: await readEntry(job.path, ctx, job.read) });
  } catch (error) {
    const user = error instanceof PlanDiffError;
    parentPort!.postMessage({
      index: job.index,
      error: { user, code: user ? error.code : undefined, detail: user ? error.detail : undefined, message: (error as Error).message ?? String(error), stack: (error as Error).stack },
    });
  }
});
