import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shipped bin (dist/bundle/, written by `npm run build`) with a reader that stops early, as
// `plan-diff outline plan.txt --format json | head -c 100` does: no EPIPE stack trace, a normal exit.

const ROOT = process.cwd();
const BIN = join(ROOT, 'bin/plan-diff.js');
const PLAN = 'seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt';

/** Run the bin, read its first chunk of stdout, close the pipe, and collect the rest. */
function readThenClose(argv: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; first: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    let first = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, first, stderr }));
  });
}

describe('a reader that closes the pipe early', () => {
  it.each([
    [['outline', PLAN, '--format', 'json'], 0],
    [['compare', PLAN, 'seeds/most-beijing-sti-centre-work-plan-2023.txt', '--format', 'json', '--only', 'all'], 1],
  ])('plan-diff %j stops quietly with its usual exit code', async (argv, usual) => {
    expect(existsSync(join(ROOT, 'dist/bundle/main.js')), 'run `npm run build` first').toBe(true);
    const r = await readThenClose(argv);
    expect(r.first.startsWith('{')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    // Note: the pipe may close after the command decided its exit code, or while it was still writing.
    expect([0, usual]).toContain(r.code);
  });
});
