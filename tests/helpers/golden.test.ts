import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';

describe('expectGolden', () => {
  let dir = '';
  const saved = process.env.UPDATE;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'golden-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.UPDATE;
    else process.env.UPDATE = saved;
  });

  it('fails on a missing golden and does not create it', () => {
    delete process.env.UPDATE;
    const file = join(dir, 'missing.txt');
    expect(() => expectGolden(file, 'x')).toThrow(/is missing: create it with UPDATE=1/);
    expect(() => readFileSync(file)).toThrow();
  });

  it.each(['0', 'true', ''])('does not write under UPDATE=%j', (value) => {
    process.env.UPDATE = value;
    const file = join(dir, 'g.txt');
    writeFileSync(file, 'old');
    expect(() => expectGolden(file, 'new')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('writes under UPDATE=1 and passes on an equal golden', () => {
    const file = join(dir, 'g.txt');
    process.env.UPDATE = '1';
    expectGolden(file, 'new');
    delete process.env.UPDATE;
    expect(() => expectGolden(file, 'new')).not.toThrow();
    expect(() => expectGolden(file, 'other')).toThrow();
  });
});
