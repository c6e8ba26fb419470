import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/files.js';
import { runCli, spyContext } from '../helpers/cli.js';

describe('expandInputs: a folder README is not a plan', () => {
  it('skips seeds/README.md among the seeds, with a note on stderr', async () => {
    const s = spyContext();
    const files = await expandInputs(['seeds/'], s.ctx);
    expect(files).toHaveLength(5);
    expect(files.every((f) => f.endsWith('.txt'))).toBe(true);
    expect(s.err()).toBe('plan-diff: note: skipped seeds/README.md (a README, not a plan); name it alone to read it.\n');
  });

  it('reads a README named alone', async () => {
    const s = spyContext();
    expect(await expandInputs(['seeds/README.md'], s.ctx)).toEqual(['seeds/README.md']);
    expect(s.err()).toBe('');
  });

  it('`targets seeds/*` (as the shell expands it) lists no target from the README', async () => {
    const { code, out } = await runCli(['targets', ...['README.md', 'beijing-bri-sti-action-plan-2024-2027-draft.txt'].map((f) => `seeds/${f}`), '--format', 'csv']);
    expect(code).toBe(0);
    expect(out).not.toContain('README');
    expect(out).toContain('联合实验室');
  });
});
