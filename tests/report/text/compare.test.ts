import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/report/text/compare.js';
import { getSegmenter } from '../../../src/parse/words/segmenter.js';
import type { CompareReport, Pair } from '../../../src/types.js';

const ref = (line: number, text: string) => ({ id: `一#p${line}`, outline: '一、总体要求', line, endLine: line, text });
const before = '到2027年，共建市级“一带一路”联合实验室';
const after = '，建设国际科技合作基地30个，服务50家创新主体。';
const modified: Pair = {
  status: 'modified',
  moved: false,
  renumbered: false,
  similarity: 0.9,
  old: ref(3, `${before}20家${after}`),
  new: ref(3, `${before}15家${after}`),
  diff: [
    { op: 'equal', text: before },
    { op: 'delete', text: '20家' },
    { op: 'insert', text: '15家' },
    { op: 'equal', text: after },
  ],
};
const report = (pairs: Pair[]): CompareReport => ({
  schema: 'plan-diff/compare@1',
  old: { path: 'old.txt', lineUnit: 'line' },
  new: { path: 'new.txt', lineUnit: 'line' },
  summary: { unchanged: 0, modified: 1, related: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, targetChanges: 0 },
  pairs,
  targetChanges: [],
});
const diffLine = (out: string) => out.split('\n').find((l) => l.includes('[-'))!;

describe('compare text: --context', () => {
  it('keeps N words (segmenter tokens) before and after each change', () => {
    const out = compareText(report([modified]), { color: false, context: 2, words: getSegmenter().words });
    // 联合实验室 and 一带一路 are one word each; 30个 stays whole
    expect(diffLine(out)).toBe('  …”联合实验室[-20家-]{+15家+}，建设…');
  });

  it('cuts words with ICU when no segmenter is given', () => {
    const out = compareText(report([modified]), { color: false, context: 1 });
    expect(diffLine(out)).toMatch(/^ {2}…\S{1,5}\[-20家-\]\{\+15家\+\}，…$/);
  });

  it('shows whole clauses for context "all" (Infinity) and when the kept words cover the text', () => {
    const whole = `  ${before}[-20家-]{+15家+}${after}`;
    expect(diffLine(compareText(report([modified]), { color: false, context: Infinity }))).toBe(whole);
    expect(diffLine(compareText(report([modified]), { color: false, context: 50, words: getSegmenter().words }))).toBe(whole);
  });
});

describe('compare text: summary line', () => {
  it('counts a split group once and says how many were split and merged', () => {
    const group = '一#p3>一#p3+一#p4';
    const part = (line: number, text: string): Pair => ({ ...modified, status: 'modified', similarity: 0.9, diff: [], group, old: ref(3, 'A。B。'), new: ref(line, text) });
    const r = { ...report([part(3, 'A。'), part(4, 'C。')]), summary: { unchanged: 0, modified: 1, related: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 1, merged: 0, targetChanges: 0 } };
    const out = compareText(r, { color: false });
    expect(out.split('\n')[1]).toBe('1 modified, 0 added, 0 removed, 0 unchanged; of the 1 clause in both, 0 moved, 0 renumbered, 1 split; 0 target changes.');
    expect(out).toContain('~ modified (split)');
    expect(out).toContain('(split into ¶3, ¶4)');
  });

  it('calls the same text cut into paragraphs differently no change, and does not list it', () => {
    const group = '一#p3>一#p3+一#p4';
    const part = (line: number, text: string): Pair => ({ ...modified, status: 'unchanged', similarity: 1, diff: [], group, old: ref(3, 'A。B。'), new: ref(line, text) });
    const r = { ...report([part(3, 'A。'), part(4, 'B。')]), summary: { unchanged: 1, modified: 0, related: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, targetChanges: 0 } };
    const out = compareText(r, { color: false });
    expect(out.split('\n')[1]).toBe('No changes in content: 1 clause unchanged.');
    expect(out).not.toContain('(split)');
    expect(compareText(r, { color: false, only: 'all' })).toContain('= unchanged (split)');
  });
});

describe('compare text: related pairs', () => {
  it('shows a probable successor as related, with its similarity, and counts it apart', () => {
    const related: Pair = { ...modified, status: 'related', similarity: 0.31 };
    const r = { ...report([related]), summary: { unchanged: 0, modified: 0, related: 1, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, targetChanges: 0 } };
    const out = compareText(r, { color: false });
    expect(out.split('\n')[1]).toBe('0 modified, 1 related (probable successors, to review), 0 added, 0 removed, 0 unchanged; of the 1 clause in both, 0 moved, 0 renumbered; 0 target changes.');
    expect(out).toMatch(/≈ related .* similarity 0\.31/);
  });
});
