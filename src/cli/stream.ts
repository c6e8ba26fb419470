import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import { systemReason } from '../i18n/input.js';
import { targetsJsonStream } from '../report/json.js';
import { formatFromExtension, formatReport, resolveFormat, type FormatName } from '../report/index.js';
import type { TargetsReport } from '../types.js';
import type { CliContext } from './context.js';
import { decideColor, type OutputOptions } from './output.js';

/** Formats of the targets report that are written file by file as the files are read. */
const STREAMED: ReadonlySet<FormatName> = new Set(['jsonl', 'json', 'csv', 'tsv']);

/**
 * The format of a targets run if it can be streamed (JSON Lines, JSON, CSV, TSV), else undefined (the
 * terminal table, HTML, … need every target first).
 * @param flags --format and -o
 * @returns the format name, or undefined
 */
export function streamFormat(flags: OutputOptions): FormatName | undefined {
  const toFile = flags.output !== undefined && flags.output !== '-';
  const typed = flags.format ?? (toFile ? formatFromExtension(flags.output!) : undefined);
  if (typed === undefined) return undefined;
  const name = resolveFormat(typed);
  return STREAMED.has(name) ? name : undefined;
}

/** A targets output written one file's report at a time. */
export interface TargetsStream {
  /** Append one file's targets (a report holding that file's targets and document record). */
  write(report: TargetsReport): Promise<void>;
  /** Finish the output (and, for a file, move it into place). */
  close(): Promise<void>;
  /** Drop a file output begun (the old file, if any, stays). */
  abort(): Promise<void>;
}

/**
 * Open a streamed targets output: stdout, or a temporary file beside -o renamed into place on close,
 * so an interrupted run leaves the previous file or nothing. The bytes equal the whole report's.
 * @param name a format from streamFormat
 * @param flags -o and --bom
 * @param ctx streams and working directory
 * @returns the stream
 */
export async function openStream(name: FormatName, flags: OutputOptions, ctx: CliContext): Promise<TargetsStream> {
  const toFile = flags.output !== undefined && flags.output !== '-';
  const target = toFile ? resolve(ctx.cwd, flags.output!) : '';
  const temp = toFile ? join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) : '';
  const handle = toFile
    ? await open(temp, 'w').catch((error: Error) => {
        throw new PlanDiffError('ENOENT', { key: 'writeFailed', params: { path: flags.output!, baseline: false, reason: systemReason(error) } }, flags.output);
      })
    : undefined;
  const put = async (text: string) => {
    if (text === '') return;
    if (handle) await handle.write(text);
    else ctx.stdout.write(text);
  };
  const json = targetsJsonStream();
  let first = true;
  const options = { color: decideColor(flags.color, ctx, toFile), bom: false };
  return {
    async write(report) {
      if (name === 'json') {
        if (first) await put(json.head());
        await put(report.targets.map(json.item).join(''));
      } else {
        let text = String(await formatReport(report, name, { ...options, bom: first && (flags.bom ?? false) }));
        // Note: CSV and TSV repeat their header in each file's piece; only the first keeps it.
        if (!first && (name === 'csv' || name === 'tsv')) text = text.slice(text.indexOf('\r\n') + 2);
        await put(text);
      }
      first = false;
    },
    async close() {
      if (name === 'json') await put((first ? json.head() : '') + json.tail());
      else if (first && (name === 'csv' || name === 'tsv')) await put(String(await formatReport({ schema: 'plan-diff/targets@2', targets: [] }, name, { ...options, bom: flags.bom ?? false })));
      if (handle) {
        await handle.close();
        await rename(temp, target);
      }
    },
    async abort() {
      if (handle) {
        await handle.close().catch(() => undefined);
        await rm(temp, { force: true });
      }
    },
  };
}
