import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { SourceFile } from '../../src/types.js';

// The parser records where the title sits (compare's title pair points there).
const BODY = '一、总体要求\n（一）发展目标\n到2027年，建设国际科技合作基地30个。\n';
const source = (value: string, extra: Partial<SourceFile> = {}): SourceFile => ({ path: 'plan.txt', value, format: 'txt', lineUnit: 'line', ...extra });
const lines = (value: string, extra: Partial<SourceFile> = {}) => parsePlan(source(value, extra)).titleLines;

describe('PlanDocument.titleLines', () => {
  it.each([
    ['a one-line title on line 1', `科技创新合作行动计划（2024-2027年）\n\n${BODY}`, { line: 1, endLine: 1 }],
    ['after blank lines a Word export left', `\n\n\n科技创新合作行动计划\n（2024-2027年）\n\n${BODY}`, { line: 4, endLine: 5 }],
    ['under a 附件 label', `附件1\n\n科技创新合作行动计划\n（2024-2027年）\n${BODY}`, { line: 3, endLine: 4 }],
    ['a Markdown heading', `# 科技创新合作行动计划\n\n## 一、总体要求\n\n建设国际科技合作基地30个。\n`, { line: 1, endLine: 1 }],
  ])('records %s', (_name, value, expected) => {
    expect(lines(value, value.startsWith('#') ? { format: 'md', path: 'plan.md' } : {})).toEqual(expected);
  });

  it('maps the lines back to the original file (lineMap of a .docx)', () => {
    const value = `科技创新合作行动计划\n${BODY}`;
    const lineMap = value.split('\n').map((_, i) => ({ line: 10 + i }));
    expect(lines(value, { format: 'docx', lineUnit: 'paragraph', lineMap })).toEqual({ line: 10, endLine: 10 });
  });

  it('records nothing without a title', () => {
    expect(lines(BODY)).toBeUndefined();
  });

  it('points at the seed title after the 18 blank lines of its Word export', async () => {
    const { readFileSync } = await import('node:fs');
    const path = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
    expect(lines(readFileSync(path, 'utf8'), { path })).toEqual({ line: 19, endLine: 21 });
  });
});
