import { describe, expect, it } from 'vitest';
import { targetReview } from '../../../src/compare/checks/target-review.js';
import { targetHorizonDiffers } from '../../../src/compare/checks/target-horizon-differs.js';
import { drafts, run, target } from './helpers.js';

// target-review (similar wording not trustworthy enough for a conflict) and the edges of
// target-horizon-differs (issue 23: the mutation run found these behaviours unpinned).

const a = (over = {}) => target({ file: 'a.txt', line: 3, ...over });
const b = (over = {}) => target({ file: 'b.txt', line: 8, ...over });
const c = (over = {}) => target({ file: 'c.txt', line: 1, ...over });

describe('target-review', () => {
  it.each([
    ['the same amount in two documents', [a(), b()]],
    ['different amounts of a specific metric in two documents (a conflict, not a review)', [a(), b({ value: 15 })]],
    ['different amounts in one section of one document', [a({ nodeId: '一' }), a({ line: 9, nodeId: '一', value: 15 })]],
  ])('valid: %s', (_name, targets) => {
    expect(run(targetReview, targets)).toEqual([]);
  });

  it('a vague metric key (a verb) between documents', () => {
    const [d] = drafts(targetReview, [a({ metric: '推动', metricKey: '推动' }), b({ metric: '推动', metricKey: '推动', value: 15 })]);
    expect(d.message).toBe('推动 (2027): 20家 (a.txt:3) vs 15家 (b.txt:8): similar wording, review (between documents; the metric "推动" ends with a verb)');
    expect(d.key).toEqual(['weak-key', 'level', 2027, '', 'count', 'point']);
    expect(d.parts.reason).toEqual({ code: 'review', where: 'between-documents', key: '推动', weakness: 'verb' });
  });

  it('two sections of one document differ', () => {
    const [d] = drafts(targetReview, [a(), a({ line: 9, nodeId: '三/2', value: 15 })]);
    expect(d.message).toBe('联合实验室 (2027): 20家 (a.txt:3) vs 15家 (a.txt:9): similar wording, review (within one document)');
    expect(d.key).toEqual(['same-document', 'level', 2027, '', 'count', 'point']);
    expect(d.parts.reason).toEqual({ code: 'review', where: 'same-document', key: null, weakness: null });
  });
});

describe('target-horizon-differs: edges', () => {
  it('a series of a vague metric key is no finding', () => {
    expect(run(targetHorizonDiffers, [a({ year: 2025, metric: '推动', metricKey: '推动' }), b({ year: 2027, value: 30, metric: '推动', metricKey: '推动' })])).toEqual([]);
  });

  it('with a baseline, only series that involve it and another document', () => {
    const series = [b({ year: 2025 }), c({ year: 2030, value: 40 })];
    expect(run(targetHorizonDiffers, series)).toEqual(['联合实验室: 20家 (2025, b.txt:8) → 40家 (2030, c.txt:1): horizons differ']);
    expect(run(targetHorizonDiffers, series, 0, 'a.txt')).toEqual([]);
    expect(run(targetHorizonDiffers, [a({ year: 2025 }), b({ year: 2027, value: 30 }), c({ year: 2030, value: 40 })], 0, 'a.txt')).toEqual([
      '联合实验室: 20家 (2025, a.txt:3) → 30家 (2027, b.txt:8) → 40家 (2030, c.txt:1): horizons differ',
    ]);
  });

  it('lists the years in order whatever the input order, each value with its places', () => {
    const [d] = drafts(targetHorizonDiffers, [c({ year: 2030, value: 40 }), a({ year: 2027, value: 30 }), b({ year: 2027, value: 30 }), a({ year: 2025, line: 2 })]);
    expect(d.message).toBe('联合实验室: 20家 (2025, a.txt:2) → 30家 (2027, a.txt:3, b.txt:8) → 40家 (2030, c.txt:1): horizons differ');
    expect(d.values).toEqual(['[2025,"[\\"count\\",\\"point\\",\\"\\"]",20,null]', '[2027,"[\\"count\\",\\"point\\",\\"\\"]",30,null]', '[2030,"[\\"count\\",\\"point\\",\\"\\"]",40,null]']);
  });
});
