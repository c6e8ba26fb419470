import { describe, expect, it } from 'vitest';
import { titleLinesOf } from '../../src/compare/titleLines.js';
import { parsePlan } from '../../src/parse/index.js';
import type { PlanDocument, SourceFile } from '../../src/types.js';

const BODY = '一、总体要求\n（一）发展目标\n到2027年，建设国际科技合作基地30个。\n';
const source = (value: string, extra: Partial<SourceFile> = {}): SourceFile => ({ path: 'plan.txt', value, format: 'txt', lineUnit: 'line', ...extra });
const lines = (value: string, extra: Partial<SourceFile> = {}) => {
  const s = source(value, extra);
  return titleLinesOf(s, parsePlan(s));
};

describe('titleLinesOf', () => {
  it.each([
    ['a one-line title on line 1', `科技创新合作行动计划（2024-2027年）\n\n${BODY}`, { line: 1, endLine: 1 }],
    ['after blank lines a Word export left', `\n\n\n科技创新合作行动计划\n（2024-2027年）\n\n${BODY}`, { line: 4, endLine: 5 }],
    ['under a 附件 label', `附件1\n\n科技创新合作行动计划\n（2024-2027年）\n${BODY}`, { line: 3, endLine: 4 }],
    ['a Markdown heading', `# 科技创新合作行动计划\n\n## 一、总体要求\n\n建设国际科技合作基地30个。\n`, { line: 1, endLine: 1 }],
  ])('finds %s', (_name, value, expected) => {
    expect(lines(value, value.startsWith('#') ? { format: 'md', path: 'plan.md' } : {})).toEqual(expected);
  });

  it('maps the lines back to the original file (lineMap of a .docx)', () => {
    const value = `科技创新合作行动计划\n${BODY}`;
    const lineMap = value.split('\n').map((_, i) => ({ line: 10 + i }));
    expect(lines(value, { format: 'docx', lineUnit: 'paragraph', lineMap })).toEqual({ line: 10, endLine: 10 });
  });

  it('keeps what the parser recorded, and finds nothing without a title or when the text differs', () => {
    const s = source(`科技创新合作行动计划\n${BODY}`);
    const doc = parsePlan(s);
    expect(titleLinesOf(s, { ...doc, titleLines: { line: 7, endLine: 8 } })).toEqual({ line: 7, endLine: 8 });
    expect(titleLinesOf(s, { ...doc, title: null })).toBeUndefined();
    expect(titleLinesOf(s, { ...doc, title: '另一个标题' } as PlanDocument)).toBeUndefined();
  });
});
