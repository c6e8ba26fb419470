import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/parse/**', 'src/compare/**'],
      thresholds: {
        'src/parse/**': { lines: 80, functions: 80, branches: 70, statements: 80 },
        'src/compare/**': { lines: 80, functions: 80, branches: 70, statements: 80 },
      },
    },
  },
});
