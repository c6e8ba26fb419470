import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import { CORPUS_FILES, corpusPath } from '../helpers/corpus.js';
import { expectGolden } from '../helpers/golden.js';

type Name = (typeof CORPUS_FILES)[number];
const load = (name: Name) => parsePlan({ path: name, value: readFileSync(corpusPath(name), 'utf8'), format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });

// Golden files of the pairs compare makes on real law revisions (one `old_id new_id status [group]` line per
// pair with both sides; added and removed clauses are left out). Each was read against both texts
// when it was written: a change to one is a change of alignment to review, line by line, before
// running with UPDATE=1.
const PAIRS: Array<[Name, Name]> = [
  ['law-animal-epidemic-prevention-2020-draft1.txt', 'law-animal-epidemic-prevention-2020-draft2.txt'],
  ['law-animal-epidemic-prevention-2020-draft2.txt', 'law-animal-epidemic-prevention-2021-final.txt'],
  ['reg-patent-law-implementing-rules-2010.md', 'reg-patent-law-implementing-rules-2023.md'],
  ['reg-pig-slaughter-2008.txt', 'reg-pig-slaughter-2011.txt'],
  ['reg-pig-slaughter-2011.txt', 'reg-pig-slaughter-2016.txt'],
  ['reg-pig-slaughter-2016.txt', 'reg-pig-slaughter-2021.txt'],
  ['law-sci-popularization-2002.md', 'law-sci-popularization-2024.md'],
  ['reg-nsfc-2007.md', 'reg-nsfc-2024.md'],
];

describe.each(PAIRS)('pairs of %s → %s', (a, b) => {
  it('are those of the golden file', () => {
    const report = comparePlans(load(a), load(b));
    const lines = report.pairs.flatMap((p) => (p.old && p.new ? [`${p.old.id}\t${p.new.id}\t${p.status}${p.group === undefined ? "" : `\t${p.group}`}`] : []));
    const path = join('fixtures/compare-pairs', `${a.replace(/\.\w+$/, '')}__${b.replace(/\.\w+$/, '')}.tsv`);
    expectGolden(path, lines.join('\n') + '\n');
  });
});
