import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** The examples of a help text: the lines after "Examples:", continuation lines joined. */
function examples(help: string): string[] {
  const after = help.split('\nExamples:\n')[1] ?? '';
  return after
    .replace(/ \\\n\s+/g, ' ')
    .split('\n')
    .filter((l) => l.startsWith('  plan-diff '))
    .map((l) => l.trim());
}

// Every command's --help teaches by 2–4 examples, and each one runs as written on the repository's
// seeds (files it writes go to a temporary folder).
describe('--help examples', () => {
  it.each(['outline', 'targets', 'compare', 'history', 'check'])('%s --help has 2–4 examples that run (exit 0 or 1)', async (command) => {
    const { out } = await runCli([command, '--help']);
    const list = examples(out);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(4);
    const dir = mkdtempSync(join(tmpdir(), `plan-diff-help-${command}-`));
    for (const example of list) {
      const [, ...words] = example.split(/\s+/).map((w) => w.replace(/^'(.*)'$/, '$1'));
      const input = words.indexOf('<');
      const stdin = input >= 0 ? readFileSync(words[input + 1]!) : undefined;
      const argv = (input >= 0 ? words.slice(0, input) : words).map((w, i, all) => (['-o', '--write-baseline', '--baseline'].includes(all[i - 1] ?? '') && !w.startsWith('seeds/') ? join(dir, w) : w));
      const r = await runCli(argv, stdin === undefined ? {} : { stdin });
      expect([0, 1], `${example}\n${r.err}`).toContain(r.code);
      expect(r.err).not.toContain('internal error');
    }
  });

  it('the top-level help has runnable examples too', async () => {
    const { out } = await runCli(['--help']);
    expect(examples(out).length).toBeGreaterThanOrEqual(2);
  });
});
