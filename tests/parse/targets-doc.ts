import type { PlanDocument, SourceFile } from '../../src/types.js';

/**
 * Build a one-section plan by hand (no parser): each line is a paragraph, sentences end at 。.
 * @param value the text
 * @param options section title and plan period
 * @returns the document without targets and its source
 */
export function docOf(
  value: string,
  options: { title?: string; period?: { start: number; end: number } | null; docTitle?: string } = {},
): { doc: Omit<PlanDocument, 'targets'>; source: SourceFile } {
  const paragraphs: PlanDocument['nodes'][number]['paragraphs'] = [];
  let offset = 0;
  value.split('\n').forEach((line, i) => {
    const sentences = [];
    let start = 0;
    for (const m of line.matchAll(/[^。]+。?/gu)) {
      sentences.push({ id: `1#p${i + 1}#s${sentences.length + 1}`, line: i + 1, column: m.index + 1, offset: offset + m.index, text: m[0], norm: m[0] });
      start = m.index + m[0].length;
    }
    void start;
    paragraphs.push({ id: `1#p${i + 1}`, line: i + 1, endLine: i + 1, offset, title: null, text: line, norm: line, sentences });
    offset += line.length + 1;
  });
  const node = { id: '1', depth: 1, style: 'cn-paren' as const, marker: '（一）', ordinal: 1, title: options.title ?? '发展目标', line: 1, endLine: paragraphs.length, offset: 0, paragraphs, children: [] };
  return {
    doc: {
      source: { path: 't.txt', format: 'txt', lineUnit: 'line' },
      title: options.docTitle ?? null,
      period: options.period === undefined ? { start: 2021, end: 2025 } : options.period,
      preamble: [],
      nodes: [node],
      warnings: [],
    },
    source: { path: 't.txt', value },
  };
}
