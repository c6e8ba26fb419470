import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import type { Out } from './context.js';
import type { Lang } from '../types.js';
import { messages } from '../i18n/messages.js';

// Note: cli-progress loads when a bar is first shown (a terminal, a long run), not with every check.
const require = createRequire(import.meta.url);

/** A progress display that appears only when it helps. */
export interface Progress {
  /**
   * One more file done.
   * @param file the file as typed
   * @param how `cached` when it was read from the cache; `threads` parsing so far (1 for this thread, more
   *   for worker threads started, 0 when nothing was parsed yet)
   */
  tick(file: string, how?: { cached: boolean; threads: number }): void;
  /** Remove the bar (if shown). */
  stop(): void;
}

/** Options of `startProgress`. */
export interface ProgressOptions {
  /** Clock in milliseconds (default Date.now), for tests. */
  now?: () => number;
  /** Language of the bar's words (default English). */
  lang?: Lang;
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
 * Note: the bar says what ran: how many files came from the cache and on how many threads the others
 * were parsed (threads started, not the threads a run could have used), so a cached re-run does not
 * name workers that never started.
 * @param options `lang` of the bar's words, `delayMs` before the bar appears (default
 *   PROGRESS_DELAY_MS), `now` a clock for tests
 * @returns the progress handle
 */
export function startProgress(stderr: Out, total: number, options: ProgressOptions = {}): Progress {
  const { now = Date.now, lang = 'en', delayMs = PROGRESS_DELAY_MS } = options;
  const m = messages(lang).progress;
  const started = now();
  let done = 0;
  let cached = 0;
  let threads = 0;
  const detail = () => m.detail(done, cached, threads);
  let bar: SingleBar | undefined;
  return {
    tick(file, how = { cached: false, threads: 1 }) {
      done += 1;
      if (how.cached) cached += 1;
      threads = Math.max(threads, how.threads);
      if (!bar && stderr.isTTY && done < total && now() - started >= delayMs) {
        const cliProgress = require('cli-progress') as typeof import('cli-progress');
        bar = new cliProgress.SingleBar(
          {
            stream: stderr as unknown as NodeJS.WritableStream,
            format: m.bar,
            clearOnComplete: true,
            hideCursor: true,
            gracefulExit: false,
            barsize: 24,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { file, detail: detail() });
      } else bar?.update(done, { file, detail: detail() });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
