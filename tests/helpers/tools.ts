import { existsSync } from 'node:fs';
import { it } from 'vitest';

/** CI sets CI=true (see .ci/run): there a missing tool fails the run instead of skipping tests. */
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Whether an external program the tests drive is installed. Where it is missing, the reason is printed
 * once (a skipped test always says why) and, under CI, a failing test is registered: CI must run every
 * test, never report "skipped" because an install step failed.
 * @param path the program's path
 * @param what a short name and how to get it, for the message
 * @returns true when the program is there
 */
export function requireTool(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  const reason = `no ${what} at ${path}`;
  console.warn(`skipped: ${reason}`);
  if (IN_CI) {
    it(`${what} is installed (CI=${process.env.CI})`, () => {
      throw new Error(`${reason}: .ci/run installs it; under CI these tests may not be skipped`);
    });
  }
  return false;
}
