// Mutation testing (`npm run mutation`): the modules where a wrong result is silent. Not part of
// `npm test` (it runs the suite once per mutant); scores are recorded in docs/testing.md.
// Run one area with `npm run mutation -- --mutate 'src/report/csv.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignoreStatic: true,
  // Note: TypeScript 7 has no JavaScript API for Stryker to rewrite tsconfig.json with; vitest does not
  // read it, so the rewrite is skipped by naming a file that does not exist.
  tsconfigFile: 'stryker-skips-tsconfig.json',
  // Note: only source files; the default also rewrites .html golden files (it adds // @ts-nocheck to
  // their inline script).
  disableTypeChecks: 'src/**/*.ts',
  mutate: [
    // Target reading: kinds, comparators, units, horizons (wherever src/parse keeps them).
    'src/parse/**/{kind,comparators,units,horizon,bounds,doubling,quantity}.ts',
    // Target matching and the check rules.
    'src/compare/matchTargets.ts',
    'src/compare/checks/*.ts',
    // Alignment thresholds.
    'src/compare/alignClauses.ts',
    // Escaping of every format that carries document text.
    'src/report/csv.ts',
    'src/report/html/escape.ts',
    'src/report/markdown.ts',
  ],
};
