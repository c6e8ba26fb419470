import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

// `--help` is user documentation: pinned verbatim in fixtures/cli/help/*.txt (UPDATE=1 rewrites them;
// review the diff before committing).

describe('--help', () => {
  it.each([[['--help'], 'plan-diff'], ...['outline', 'targets', 'compare', 'history', 'check'].map((c) => [[c, '--help'], c] as [string[], string])])(
    '%j prints the help in fixtures/cli/help/%s.txt and exits 0',
    async (argv, name) => {
      const { code, out, err } = await run(argv);
      const file = `fixtures/cli/help/${name}.txt`;
      expect(code).toBe(0);
      expect(err).toBe('');
      expectGolden(file, out);
    },
  );

  it('teaches every command from the top-level help', async () => {
    const { out } = await run(['--help']);
    for (const command of ['outline', 'targets', 'compare', 'history', 'check']) expect(out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(out).toContain('Exit codes:');
  });

  it('prints help on stdout and exits 2 when no command is given', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(2);
    expect(out).toContain('Usage: plan-diff');
  });
});
