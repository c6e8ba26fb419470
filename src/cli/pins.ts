import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Pin } from '../types.js';
import { PlanDiffError } from '../errors.js';
import type { CliContext } from './context.js';

/**
 * Read the alignments a user pins (`compare --pin FILE`): a CSV or TSV with columns `old_id` and
 * `new_id` (`-` or empty on one side: removed or added), such as `compare -f csv` writes and a user
 * edits, or a `plan-diff/compare` JSON report (its pairs' `old.id` and `new.id`).
 * @param file the path as given
 * @param ctx working directory
 * @returns the pins, in file order
 * @throws PlanDiffError when the file cannot be read or has no `old_id`/`new_id` columns
 */
export async function readPins(file: string, ctx: Pick<CliContext, 'cwd'>): Promise<Pin[]> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    throw new PlanDiffError('ENOENT', { key: 'pinUnreadable', params: { file, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', reason: (error as Error).message } }, file);
  }
  return parsePins(text.replace(/^\uFEFF/, ''), file);
}

/**
 * Pins from the text of a pin file (see readPins).
 * @param text the file's text
 * @param file its path, for messages
 * @returns the pins
 */
export async function parsePins(text: string, file: string): Promise<Pin[]> {
  if (/^\s*\{/.test(text)) return pinsOfReport(text, file);
  const { parse } = await import('csv-parse/sync');
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: text.split('\n', 1)[0].includes('\t') ? '\t' : ',', relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new PlanDiffError('USAGE', { key: 'pinCsv', params: { file, reason: (error as Error).message } }, file);
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const [o, n] = [header.indexOf('old_id'), header.indexOf('new_id')];
  if (o < 0 || n < 0) {
    throw new PlanDiffError('USAGE', { key: 'pinColumns', params: { file, columns: header } }, file);
  }
  return rows.slice(1).flatMap((row) => pin(cell(row[o]), cell(row[n])));
}

function pinsOfReport(text: string, file: string): Pin[] {
  let report: { schema?: unknown; pairs?: Array<{ old?: { id?: unknown } | null; new?: { id?: unknown } | null }> };
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new PlanDiffError('USAGE', { key: 'pinJson', params: { file, reason: (error as Error).message } }, file);
  }
  if (typeof report.schema !== 'string' || !report.schema.startsWith('plan-diff/compare@') || !Array.isArray(report.pairs)) {
    throw new PlanDiffError('USAGE', { key: 'pinNotReport', params: { file, schema: JSON.stringify(report.schema ?? null) } }, file);
  }
  const id = (side: { id?: unknown } | null | undefined) => (typeof side?.id === 'string' ? side.id : null);
  return report.pairs.flatMap((p) => pin(id(p.old), id(p.new)));
}

// Note: a cell a CSV writer neutralised for spreadsheets (`'-`, `'=…`) is read back without its `'`.
function cell(value: string | undefined): string | null {
  const v = (value ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
  return v === '' || v === '-' ? null : v;
}

function pin(old: string | null, nw: string | null): Pin[] {
  return old === null && nw === null ? [] : [{ old, new: nw }];
}
