import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file at `path`. Only `UPDATE=1` writes goldens (review every
 * regenerated file before committing it); a missing golden fails and says how to create it, so a
 * deleted golden can never pass.
 * @param path the golden file, relative to the repository root
 * @param actual the output under test
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE === '1') writeFileSync(path, actual);
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: create it with UPDATE=1 npx vitest run <this test file>, then review it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
