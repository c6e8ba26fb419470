import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const committed = 'fixtures/inputs';
const fresh = mkdtempSync(join(tmpdir(), 'plan-diff-fixtures-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((name) => (statSync(join(dir, prefix, name)).isDirectory() ? files(dir, join(prefix, name)) : [join(prefix, name)]))
    .toSorted();
}

describe('scripts/make-fixtures.mjs', () => {
  it('regenerates the committed .docx, .pdf and encoding fixtures byte for byte', () => {
    execFileSync(process.execPath, ['scripts/make-fixtures.mjs', fresh], { stdio: 'pipe' });
    expect(files(fresh)).toEqual(files(committed));
    for (const name of files(committed)) {
      expect(Buffer.compare(readFileSync(join(fresh, name)), readFileSync(join(committed, name))), name).toBe(0);
    }
  });
});
