import type { Lang } from '../types.js';

/** A stream the CLI writes to (process.stdout/stderr, or a spy in tests). */
export interface Out {
  /** Write text or bytes. */
  write(chunk: string | Uint8Array): unknown;
  /** True when the stream is a terminal. */
  isTTY?: boolean;
  /** Terminal width, when a terminal. */
  columns?: number;
}

/** Everything the CLI may touch of the process, passed in so tests run in-process. */
export interface CliContext {
  /** Standard output. */
  stdout: Out;
  /** Standard error. */
  stderr: Out;
  /** Standard input, for the `-` path. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Working directory that relative paths resolve against. */
  cwd: string;
  /** Environment (NO_COLOR, FORCE_COLOR, CI …). */
  env: Record<string, string | undefined>;
  /** `--limit NAME=VALUE` settings as given (sizes read at most from one input; docs/inputs.md). */
  limits?: string[];
  /** Language of plan-diff's own lines on stderr (`messageLang`: --lang, else the locale); the locale's when absent. */
  lang?: Lang;
}
