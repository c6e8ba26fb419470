import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { spyContext } from '../helpers/cli.js';

describe('main', () => {
  it('prints help and exits 0 with --help', async () => {
    const s = spyContext();
    expect(await main(['--help'], s.ctx)).toBe(0);
    expect(s.out()).toContain('Usage: plan-diff');
    expect(s.out()).toContain('Exit codes:');
  });

  it('exits 2 on an unknown command, without a stack trace', async () => {
    const s = spyContext();
    expect(await main(['frobnicate'], s.ctx)).toBe(2);
    expect(s.err()).toMatch(/^plan-diff: /);
    expect(s.err()).not.toContain('    at ');
  });
});
