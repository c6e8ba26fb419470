import { defineConfig } from 'vitest/config';

// The vitest set-up Stryker runs (`npm run mutation`, stryker.config.mjs): which test files each area
// runs is the area's `testFiles` there. No coverage (Stryker measures its own, per test).
// Note: `isolate: false` would keep modules loaded between mutants, but a reused worker keeps the values
// Stryker provides at its first run (mode, active mutant): every mutant then survives. Isolation stays.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: { enabled: false },
  },
});
