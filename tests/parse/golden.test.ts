import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { outlineReport } from '../../src/parse/report.js';
import { json } from '../../src/report/json.js';
import { load, ROOT, SEEDS, seedFiles } from './helpers.js';
import { expectGolden } from '../helpers/golden.js';

const FIXTURES = join(ROOT, 'fixtures/outline');

// Golden outlines of the five seeds; `UPDATE=1 npx vitest run tests/parse/golden.test.ts` regenerates
// them, and every regenerated file is reviewed by eye against its seed before it is committed.
describe('golden outlines', () => {
  it.each(seedFiles)('%s matches fixtures/outline/<seed>.expected.json', (name) => {
    const report = outlineReport(parsePlan(load(SEEDS, name), { targets: false }));
    // Paths are scrubbed to the file name so the fixture does not depend on where the repo lives.
    const text = json.format({ ...report, source: { ...report.source, path: `seeds/${name}` } }, { color: false }) as string;
    const file = join(FIXTURES, name.replace(/\.(txt|md)$/, '.expected.json'));
    expectGolden(file, text);
  });
});
