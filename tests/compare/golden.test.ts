import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import { formatReport } from '../../src/report/index.js';
import { getSegmenter } from '../../src/parse/words/segmenter.js';
import { expectGolden } from '../helpers/golden.js';

// Golden files: fixtures/compare/<case>/{old.txt,new.txt,expected.json,expected.txt}; run with UPDATE=1
// to regenerate them, then review the diff before committing.
const ROOT = 'fixtures/compare';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).toSorted();

describe.each(cases)('golden compare: %s', (name) => {
  const dir = join(ROOT, name);
  const read = (file: string) => parsePlan({ path: file, value: readFileSync(join(dir, file), 'utf8'), format: 'txt', lineUnit: 'line' });
  const report = comparePlans(read('old.txt'), read('new.txt'));

  it.each([
    ['expected.json', 'json'],
    ['expected.txt', 'text'],
  ])('%s', async (file, format) => {
    const actual = String(await formatReport(report, format, { color: false, context: 8, only: 'changed', words: getSegmenter().words }));
    const path = join(dir, file);
    expectGolden(path, actual);
  });
});
