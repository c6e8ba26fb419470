import { describe, expect, it } from 'vitest';
import { formatters, formatFromExtension, formatsFor, resolveFormat } from '../../src/report/index.js';
import { html } from '../../src/report/html.js';
import { docx } from '../../src/report/docx.js';
import { markdown } from '../../src/report/markdown.js';
import { xlsx } from '../../src/report/xlsx.js';
import { redline } from '../../src/report/redline.js';

describe('formatter registry', () => {
  it.each([
    ['html', html],
    ['docx', docx],
    ['md', markdown],
    ['xlsx', xlsx],
    ['redline', redline],
  ] as const)('the lazily loaded %s formatter declares the same metadata as its module', (name, real) => {
    const entry = formatters[name];
    expect({ description: entry.description, extensions: entry.extensions, supports: entry.supports.toSorted(), fileOnly: entry.fileOnly }).toEqual({
      description: real.description,
      extensions: real.extensions,
      supports: real.supports.toSorted(),
      fileOnly: real.fileOnly,
    });
  });

  it('lists formats per report and by extension', () => {
    expect(formatsFor('plan-diff/outline@1')).toEqual(['text', 'json']);
    expect(formatsFor('plan-diff/compare@1')).toEqual(['text', 'json', 'csv', 'tsv', 'md', 'html', 'docx', 'redline', 'xlsx']);
    expect(formatFromExtension('对照表.DOCX')).toBe('docx');
    expect(formatFromExtension('report.htm')).toBe('html');
    expect(formatFromExtension('指标.xlsx')).toBe('xlsx');
    expect(formatFromExtension('findings.sarif')).toBe('sarif');
    expect(formatFromExtension('targets.jsonl')).toBe('jsonl');
    expect(formatsFor('plan-diff/targets@2')).toEqual(['text', 'json', 'jsonl', 'csv', 'tsv', 'html', 'xlsx']);
    expect(formatFromExtension('notes')).toBeUndefined();
    expect(resolveFormat('tree')).toBe('text');
    expect(() => resolveFormat('pdf')).toThrowErrorMatchingInlineSnapshot(
      `[PlanDiffError: unknown format "pdf". Expected one of: text, json, jsonl, csv, tsv, md, html, docx, redline, xlsx, sarif, github.]`,
    );
  });
});
