import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import type { Out } from './context.js';

// Note: cli-progress loads when a bar is first shown (a terminal, a long run), not with every check.
const require = createRequire(import.meta.url);

/** A progress display that appears only when it helps. */
export interface Progress {
  /** One more file done. */
  tick(file: string): void;
  /** Remove the bar (if shown). */
  stop(): void;
}

/** Options of `startProgress`. */
export interface ProgressOptions {
  /** Clock in milliseconds (default Date.now), for tests. */
  now?: () => number;
  /** Worker threads reading the files; shown on the bar when more than one. */
  threads?: number;
  /** Milliseconds a run must last before the bar appears (default PROGRESS_DELAY_MS). */
  delayMs?: number;
}

/** Milliseconds a run must last before the bar appears. */
export const PROGRESS_DELAY_MS = 400;

/**
 * A progress bar on stderr for long runs: shown only when stderr is a terminal and the work is still
 * going after PROGRESS_DELAY_MS; silent otherwise (pipes, CI logs, tests), and cleared when done.
 * @param stderr the error stream
 * @param total number of files
 * @param options `threads` reading the files (shown when more than one, so a user sees them used),
 *   `delayMs` before the bar appears (default PROGRESS_DELAY_MS), `now` a clock for tests
 * @returns the progress handle
 */
export function startProgress(stderr: Out, total: number, options: ProgressOptions = {}): Progress {
  const { now = Date.now, threads = 1, delayMs = PROGRESS_DELAY_MS } = options;
  const started = now();
  let done = 0;
  let bar: SingleBar | undefined;
  return {
    tick(file) {
      done += 1;
      if (!bar && stderr.isTTY && done < total && now() - started >= delayMs) {
        const cliProgress = require('cli-progress') as typeof import('cli-progress');
        bar = new cliProgress.SingleBar(
          {
            stream: stderr as unknown as NodeJS.WritableStream,
            format: `plan-diff: reading {bar} {value}/{total}${threads > 1 ? ` on ${threads} threads` : ''} {file}`,
            clearOnComplete: true,
            hideCursor: true,
            gracefulExit: false,
            barsize: 24,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { file });
      } else bar?.update(done, { file });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
