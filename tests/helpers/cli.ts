import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

/** How the spied process looks to the CLI. */
export interface SpyOptions {
  /** Working directory (default: the repository root, where vitest runs). */
  cwd?: string;
  /** Environment (default: empty, so NO_COLOR/FORCE_COLOR of the developer's shell never leak in). */
  env?: Record<string, string | undefined>;
  /** Whether stdout and stderr claim to be terminals. */
  isTTY?: boolean;
  /** Terminal width reported by stdout. */
  columns?: number;
  /** Bytes on standard input, for the `-` path. */
  stdin?: Uint8Array | string;
}

/**
 * A CLI context whose streams record what the CLI writes, for in-process tests of `main()`.
 * @param options working directory, environment, TTY and stdin
 * @returns the context and readers of what was written to stdout and stderr
 */
export function spyContext(options: SpyOptions = {}): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const { isTTY = false, columns } = options;
  const ctx: CliContext = {
    stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true), isTTY, columns },
    stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true), isTTY },
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return { ctx, out: () => out, err: () => err };
}

/**
 * Run the CLI in-process.
 * @param argv arguments after the program name
 * @param options see SpyOptions
 * @returns the exit code and everything written to stdout and stderr
 */
export async function runCli(argv: string[], options: SpyOptions = {}): Promise<{ code: number; out: string; err: string }> {
  const s = spyContext(options);
  const code = await main(argv, s.ctx);
  return { code, out: s.out(), err: s.err() };
}
