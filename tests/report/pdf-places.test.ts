import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { readSource } from '../../src/parse/readers/index.js';
import { formatReport } from '../../src/report/index.js';

// PDF lines restart on every page: a place in a PDF is its page and line, wherever it is printed.
describe('places in a PDF carry their page', async () => {
  const read = async (path: string) => parsePlan(await readSource(readFileSync(path), path));
  const report = comparePlans(await read('fixtures/inputs/bri-2024-head.pdf'), await read('fixtures/inputs/bri-2024.pdf'));
  const added = report.pairs.filter((p) => p.status === 'added');

  it('JSON: every clause of a PDF has its page', () => {
    expect(report.pairs.every((p) => [p.old, p.new].every((ref) => ref === null || (typeof ref.page === 'number' && ref.page >= 1)))).toBe(true);
    expect(added.some((p) => p.new!.page! > 1)).toBe(true);
  });

  it('text, CSV, TSV and HTML print page and line (p2:12, 第2页第12行)', async () => {
    const later = added.find((p) => p.new!.page! > 1)!.new!;
    const text = (await formatReport(report, 'text', { color: false, only: 'all' })) as string;
    expect(text).toContain(`new line p${later.page}:${later.line}`);
    for (const format of ['csv', 'tsv']) expect((await formatReport(report, format, { color: false })) as string).toContain(`p${later.page}:${later.line}`);
    expect((await formatReport(report, 'html', { color: false, only: 'all' })) as string).toContain(`第${later.page}页第${later.line}`);
  });

  it('the outline tree prints :pP:L', async () => {
    const doc = await read('fixtures/inputs/bri-2024.pdf');
    const tree = (await formatReport((await import('../../src/parse/report.js')).outlineReport(doc), 'text', { color: false })) as string;
    expect(tree).toMatch(/:p2:\d+/u);
  });
});
