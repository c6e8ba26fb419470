/**
 * Worker thread body for `parseMany`: reads and parses the files it is sent, one message per file.
 * Note: runs only from the compiled package (dist/), where this file is JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { parsePlan } from '../parse/index.js';
import { PlanDiffError } from '../errors.js';
import { loadSource } from './io.js';

parentPort?.on('message', async (job: { index: number; path: string; cwd: string }) => {
  try {
    const source = await loadSource(job.path, { cwd: job.cwd, env: {}, stdout: { write: () => true }, stderr: { write: () => true } });
    parentPort!.postMessage({ index: job.index, doc: parsePlan(source) });
  } catch (error) {
    const user = error instanceof PlanDiffError;
    parentPort!.postMessage({
      index: job.index,
      error: { user, code: user ? error.code : undefined, message: (error as Error).message ?? String(error), stack: (error as Error).stack },
    });
  }
});
