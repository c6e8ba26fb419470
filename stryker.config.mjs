// Mutation testing (`npm run mutation [area…]`, scripts/mutation.mjs): the modules where a wrong result
// is silent, one area at a time. Not part of `npm test`; scores are recorded in docs/testing.md.
// The area comes from MUTATION_AREA (scripts/mutation.mjs sets it); each area names the modules it
// mutates and the fast unit tests that pin their meaning (no browser, no CLI subprocess, no corpus sweep).

/** Areas: modules mutated and the test files run against them. */
export const AREAS = {
  // Target reading: kinds, comparators, units, horizons.
  reading: {
    mutate: ['src/parse/**/{kind,comparators,units,horizon}.ts'],
    testFiles: [
      'tests/parse/targets.test.ts',
      'tests/parse/targets-kinds.test.ts',
      'tests/parse/reading.test.ts',
      'tests/parse/targets-units.test.ts',
      'tests/parse/targets-metric-nouns.test.ts',
      'tests/meaning/*.test.ts',
    ],
  },
  // Target matching and the check rules.
  matching: {
    mutate: [
      'src/compare/matchTargets.ts',
      'src/compare/checks/{conflicts,group,keys,match,matches,relate,scope,units,target-*}.ts',
    ],
    testFiles: [
      'tests/compare/checks/*.test.ts',
      'tests/compare/match-targets.test.ts',
      'tests/compare/check.test.ts',
      'tests/compare/comparePlans.test.ts',
      'tests/compare/history.test.ts',
      'tests/compare/target-positions.test.ts',
      'tests/parse/targets-metric-nouns.test.ts',
      'tests/meaning/*.test.ts',
    ],
  },
  // Alignment thresholds: clauses, sections, split and merged paragraphs.
  alignment: {
    mutate: ['src/compare/alignClauses.ts', 'src/compare/alignSections.ts', 'src/compare/groupClauses.ts'],
    testFiles: [
      'tests/compare/comparePlans.test.ts',
      'tests/compare/pins.test.ts',
      'tests/compare/align-thresholds.test.ts',
      'tests/compare/align-ties.test.ts',
      'tests/compare/align-contract.test.ts',
      'tests/compare/revise.test.ts',
      'tests/compare/law-revision.test.ts',
      'tests/meaning/*.test.ts',
    ],
  },
  // Escaping of every format that carries document text: CSV/TSV, HTML, Markdown.
  escaping: {
    mutate: ['src/report/csv.ts', 'src/report/html/escape.ts', 'src/report/markdown/mdast.ts'],
    testFiles: [
      'tests/report/csv.test.ts',
      'tests/report/escaping.test.ts',
      'tests/report/html.test.ts',
      'tests/report/markdown.test.ts',
      'tests/report/hostile.property.test.ts',
      'tests/meaning/*.test.ts',
    ],
  },
};

const name = process.env.MUTATION_AREA ?? 'escaping';
const area = AREAS[name];
if (!area) throw new Error(`MUTATION_AREA: no area "${name}" (areas: ${Object.keys(AREAS).join(', ')})`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Note: not vitest's related mode: it follows static imports only, and the formatters are imported
  // when they format; Stryker's own coverage per test picks the tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Note: each mutant runs only the tests that reached it.
  coverageAnalysis: 'perTest',
  // Note: two cores; `--concurrency 1` when the machine is busy.
  concurrency: 2,
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // Note: with `--incremental` a rerun tests only mutants whose code or tests changed.
  incrementalFile: `reports/mutation/${name}-incremental.json`,
  thresholds: { high: 90, low: 80, break: null },
  // Note: static mutants (module-level tables, regular expressions and formatter objects, evaluated when the
  // module loads) are left out and counted as ignored: under vitest 4.1 the runner does not activate them
  // before the module loads (`format: () => undefined` on the CSV formatter "survived" a test writing
  // CSV), so their results would be false survivors. Tests pin the tables' words instead.
  ignoreStatic: true,
  // Note: TypeScript 7 has no JavaScript API for Stryker to rewrite tsconfig.json with; vitest does not
  // read it, so the rewrite is skipped by naming a file that does not exist.
  tsconfigFile: 'stryker-skips-tsconfig.json',
  // Note: only source files; the default also rewrites .html golden files (it adds // @ts-nocheck to
  // their inline script).
  disableTypeChecks: 'src/**/*.ts',
  mutate: area.mutate,
  testFiles: area.testFiles,
};
