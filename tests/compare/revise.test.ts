import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans, isSame } from '../../src/compare/index.js';
import type { CompareReport } from '../../src/types.js';
import { reviseSeed, rewrap, type Revision } from '../helpers/revise.js';

const SEEDS = [
  'beijing-14th-fyp-international-sti-centre-plan-2021.txt',
  'beijing-bri-sti-action-plan-2024-2027-draft.txt',
  'beijing-sti-internationalisation-action-plan-2024-2027-draft.txt',
  'most-beijing-sti-centre-work-plan-2023.txt',
  'national-bri-sti-cooperation-special-plan-2016.txt',
];
const FYP = 'beijing-14th-fyp-international-sti-centre-plan-2021.txt';
const read = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
const parse = (path: string, value: string) => parsePlan({ path, value, format: 'txt', lineUnit: 'line' });

/** Score a report against the ground truth of a revision, clause by clause. */
function score(report: CompareReport, rev: Revision) {
  // Note: a pair is right when the old clause overlaps the old paragraph its new clause came from
  // (the parser may cut a paragraph where the generator did not, or the other way round).
  const right = (p: CompareReport['pairs'][number]) => {
    const origin = rev.origin[p.new!.line - 1] ?? null;
    if (origin === null) return false;
    const end = rev.extent.get(origin) ?? origin;
    return origin <= p.old!.endLine && end >= p.old!.line;
  };
  const survives = (oldLine: number) => rev.image[oldLine - 1].length > 0 || [...rev.extent].some(([a, b]) => a <= oldLine && b >= oldLine && rev.image[a - 1].length > 0);
  let predicted = 0;
  let correct = 0;
  const matchedOld = new Set<number>();
  for (const p of report.pairs) {
    if (!p.old || !p.new) continue;
    predicted += 1;
    if (right(p)) {
      correct += 1;
      matchedOld.add(p.old.line);
    }
  }
  const olds = report.pairs.flatMap((p) => (p.old ? [p.old.line] : []));
  const expected = olds.filter(survives);
  const recall = expected.filter((l) => matchedOld.has(l)).length / expected.length;
  return { precision: correct / predicted, recall, predicted, expected: expected.length };
}

/** Whether an old clause overlaps the old paragraph starting at `line`. */
const covers = (rev: Revision, ref: { line: number; endLine: number } | null | undefined, line: number) =>
  ref !== null && ref !== undefined && ref.line <= (rev.extent.get(line) ?? line) && ref.endLine >= line;

describe.each([
  ['one paragraph per line', undefined],
  ['re-wrapped like PDF text at 30 characters', 30],
] as const)('revisions of the seeds with known edits (%s)', (_label, wrap) => {
  it.each(SEEDS)('%s: aligns with precision and recall ≥ 0.95 and reports every edit', (name) => {
    const text = read(name);
    const rev = reviseSeed(text, { wrap });
    const report = comparePlans(parse(name, text), parse('revised.txt', rev.text));
    const s = score(report, rev);
    console.log(`${name} ${wrap ?? 'lines'}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.predicted} pairs, ${s.expected} expected)`, JSON.stringify(report.summary));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    // every changed number shows as a whole-token replacement in the diff of its clause
    for (const edit of rev.numbers) {
      const pair = report.pairs.find((p) => covers(rev, p.old, edit.oldLine) && p.status === 'modified');
      expect(pair, `number edit at old line ${edit.oldLine}`).toBeDefined();
      expect(pair!.diff.filter((d) => d.op === 'delete').map((d) => d.text).join('|')).toContain(edit.from);
      expect(pair!.diff.filter((d) => d.op === 'insert').map((d) => d.text).join('|')).toContain(edit.to);
    }
    // ...and, where the targets extractor found a goal (kind target, the kind compared by default) in
    // that number, as a target change old → new
    const oldDoc = parse(name, text);
    let verified = 0;
    for (const edit of rev.numbers) {
      const target = oldDoc.targets.find((t) => t.kind === 'target' && t.line >= edit.oldLine && t.line <= (rev.extent.get(edit.oldLine) ?? edit.oldLine) && t.text.replace(/\s/g, '').includes(edit.from));
      if (!target) continue;
      const change = report.targetChanges.find((t) => t.old?.line === target.line && t.metricKey === target.metricKey);
      expect(change, `target change for ${edit.from} → ${edit.to}`).toMatchObject({ kind: 'changed', fields: expect.arrayContaining(['value']) });
      expect(change!.new!.value - change!.old!.value).toBeCloseTo(7 * (target.value / Number(/[\d.,]+/.exec(edit.from)![0].replace(/,/g, ''))));
      verified += 1;
    }
    console.log(`${name}: ${rev.numbers.length} numbers edited, ${verified} reported as target changes`);
    // nothing whose content is unchanged is reported as modified
    // Note: re-wrapped, a long title breaks over lines and the parser may read part of it as preamble;
    // the document head (before the first heading) is the parser's call, not compare's.
    const firstHeading = Math.min(...parse(name, text).nodes.map((n) => n.line));
    for (const p of report.pairs) {
      if (p.status !== 'modified' || !p.old || (wrap !== undefined && p.old.line < firstHeading)) continue;
      const edited = [...rev.edited].some((line) => covers(rev, p.old, line));
      expect(edited || p.group !== undefined, `modified without an edit: old line ${p.old.line}`).toBe(true);
    }
    // the deleted item is removed, the inserted one added, the moved one unchanged and moved
    expect(report.pairs.find((p) => covers(rev, p.old, rev.deleted))?.status).toBe('removed');
    expect(report.pairs.some((p) => p.status === 'added' && rev.inserted.includes(p.new!.text.slice(0, 10)))).toBe(true);
    const moved = report.pairs.find((p) => covers(rev, p.old, rev.moved));
    expect(moved).toMatchObject({ moved: true });
    // no invented target change: every reported change concerns an edited, deleted, inserted or moved clause
    for (const t of report.targetChanges) {
      const line = t.old?.line;
      if (line === undefined) continue;
      const at = { line, endLine: line };
      const explained = [...rev.edited, rev.deleted, rev.moved].some((start) => covers(rev, at, start));
      expect(explained, `target change at old line ${line}: ${JSON.stringify(t)}`).toBe(true);
    }
  });
});

describe('no change', () => {
  it.each(SEEDS)('%s compared with itself', (name) => {
    const doc = parse(name, read(name));
    const report = comparePlans(doc, doc);
    expect(report.summary).toMatchObject({ modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0, targetChanges: 0 });
    expect(isSame(report.pairs, report.targetChanges)).toBe(true);
  });

  it('the 14th-FYP plan re-wrapped at 30 characters', () => {
    const text = read(FYP);
    const report = comparePlans(parse(FYP, text), parse('rewrapped.txt', rewrap(text, 30)));
    const changed = report.pairs.filter((p) => p.status !== 'unchanged');
    console.log(`${FYP} re-wrapped: ${report.pairs.length} pairs, ${changed.length} not unchanged`, JSON.stringify(report.summary));
    // Note: content only. Where a paragraph ends exactly at the new line width right before a heading,
    // the parser may read the heading as part of it and the sections after it show as moved.
    expect(changed.map((p) => `${p.status} ${p.old?.line}→${p.new?.line}`)).toEqual([]);
    expect(report.targetChanges).toEqual([]);
  });
});
