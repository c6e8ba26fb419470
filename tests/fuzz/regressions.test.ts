import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readSource } from '../../src/parse/readers/index.js';

// Every failure `npm run fuzz` kept (fixtures/fuzz/<id>/), run again: the same checks as the script.
const DIR = 'fixtures/fuzz';
const cases = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'case.json')));

describe('fuzz regressions (fixtures/fuzz)', () => {
  it.each(cases)('%s', { timeout: 60_000 }, async (id) => {
    const kept = JSON.parse(readFileSync(join(DIR, id, 'case.json'), 'utf8')) as { command: string; format: string; inputs: string[] };
    const inputs = kept.inputs.map((f) => join(DIR, id, f));
    const out = join(mkdtempSync(join(tmpdir(), 'plan-diff-fuzz-')), `out.${kept.format === 'text' ? 'txt' : kept.format}`);
    const run = await runCli([kept.command, ...inputs, '--format', kept.format, '-o', out]);
    expect([0, 1, 2], run.err).toContain(run.code);
    for (const line of run.err.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^plan-diff: /);
    // Note: for a .docx, the size of its text when larger than the zipped file (as scripts/fuzz.mjs counts).
    let inputBytes = 0;
    for (const f of inputs) {
      const bytes = readFileSync(f);
      const text = f.endsWith('.docx') ? Buffer.byteLength((await readSource(bytes, f)).value) : 0;
      inputBytes += Math.max(bytes.length, text);
    }
    // Note: within 20 times the input and a fixed page, as scripts/fuzz.mjs checks (docs/benchmarks.md).
    if (existsSync(out)) expect(statSync(out).size).toBeLessThan(60_000 + 20 * inputBytes);
  });
});
