import type { AnyReport } from '../types.js';
import { PlanDiffError } from '../errors.js';
import type { FormatOptions, Formatter } from './types.js';
import { text } from './text.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { csv, tsv } from './csv.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export type { FormatOptions, Formatter, ReportSchema } from './types.js';

/**
 * A formatter whose module is imported only when it formats, so commands that never write HTML,
 * Word or Markdown do not pay for loading docx/unified at start-up.
 * Note: the metadata is repeated here; a test checks it equals the module's own.
 * @param meta description, extensions and supported reports
 * @param load imports the real formatter
 * @returns a formatter with the same metadata
 */
function lazy(meta: Omit<Formatter, 'format'>, load: () => Promise<Formatter>): Formatter {
  return { ...meta, format: async (report, options) => (await load()).format(report, options) };
}

const html = lazy(
  {
    description: 'Self-contained HTML report (side by side for compare)',
    extensions: ['html', 'htm'],
    supports: ['plan-diff/targets@2', 'plan-diff/compare@1', 'plan-diff/check@1', 'plan-diff/history@1'],
  },
  async () => (await import('./html.js')).html,
);
const docx = lazy(
  { description: 'Word 新旧对照表 (compare) and 多稿对照表 (history)', extensions: ['docx'], supports: ['plan-diff/compare@1', 'plan-diff/history@1'] },
  async () => (await import('./docx.js')).docx,
);
const redline = lazy(
  { description: 'Word document of the new draft with tracked changes (修订; --track-changes)', extensions: [], supports: ['plan-diff/compare@1'] },
  async () => (await import('./redline.js')).redline,
);
const xlsx = lazy(
  {
    description: 'Excel workbook (.xlsx): frozen bold header, filters, numbers as numbers',
    extensions: ['xlsx'],
    supports: ['plan-diff/targets@2', 'plan-diff/compare@1', 'plan-diff/check@1', 'plan-diff/history@1'],
    fileOnly: true,
  },
  async () => (await import('./xlsx.js')).xlsx,
);
const markdown = lazy(
  { description: 'GitHub-flavoured Markdown (新旧对照表 for compare, 多稿对照表 for history)', extensions: ['md', 'markdown'], supports: ['plan-diff/compare@1', 'plan-diff/history@1'] },
  async () => (await import('./markdown.js')).markdown,
);

/** Every output format, by the name given to `--format`. */
export const formatters = {
  text,
  json,
  jsonl,
  csv,
  tsv,
  md: markdown,
  html,
  docx,
  redline,
  xlsx,
  sarif,
  github,
} as const satisfies Record<string, Formatter>;

/** Name of an output format. */
export type FormatName = keyof typeof formatters;

/** Other names accepted by `--format` (the issue texts call the terminal output tree/table). */
export const formatAliases: Readonly<Record<string, FormatName>> = { tree: 'text', table: 'text', terminal: 'text', markdown: 'md' };

/**
 * Render a report in a named format.
 * @param report the report to render
 * @param name format name or alias
 * @param options formatter options
 * @returns text, or bytes for binary formats
 */
export async function formatReport(report: AnyReport, name: string, options: FormatOptions): Promise<string | Uint8Array> {
  const key = resolveFormat(name);
  const formatter: Formatter = formatters[key];
  if (!formatter.supports.includes(report.schema)) {
    throw new PlanDiffError('USAGE', { key: 'formatNotHere', params: { name, formats: [...formatsFor(report.schema)] } });
  }
  return formatter.format(report, options);
}

/**
 * Resolve a format name or alias.
 * @param name what the user typed
 * @returns the canonical format name
 */
export function resolveFormat(name: string): FormatName {
  const key = (formatAliases[name] ?? name) as FormatName;
  if (!Object.hasOwn(formatters, key)) {
    throw new PlanDiffError('USAGE', { key: 'unknownFormat', params: { name, formats: Object.keys(formatters) } });
  }
  return key;
}

/**
 * Formats available for a report.
 * @param schema the report's schema id
 * @returns canonical format names, in registry order
 */
export function formatsFor(schema: AnyReport['schema']): FormatName[] {
  return (Object.keys(formatters) as FormatName[]).filter((k) => (formatters[k] as Formatter).supports.includes(schema));
}

/**
 * The extensions `-o FILE` recognises, from the registry (each formatter lists its own).
 * @param schema only the formats of this report (default: every format)
 * @returns extensions without the dot, in registry order
 */
export function knownExtensions(schema?: AnyReport['schema']): string[] {
  const names = schema === undefined ? (Object.keys(formatters) as FormatName[]) : formatsFor(schema);
  return [...new Set(names.flatMap((k) => (formatters[k] as Formatter).extensions))];
}

/**
 * The format selected by an output file's extension, if any.
 * @param file output path
 * @returns the format name, or undefined
 */
export function formatFromExtension(file: string): FormatName | undefined {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const ext = base.includes('.') ? base.toLowerCase().split('.').pop()! : '';
  return (Object.keys(formatters) as FormatName[]).find((k) => (formatters[k] as Formatter).extensions.includes(ext));
}
