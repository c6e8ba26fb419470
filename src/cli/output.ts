import type { Command } from 'commander';
import { Option } from 'commander';
import type { AnyReport, Lang } from '../types.js';
import { LANGS, localeLang } from '../i18n/lang.js';
import { PlanDiffError } from '../errors.js';
import { formatFromExtension, formatReport, formatters, formatsFor, knownExtensions, resolveFormat, type FormatOptions } from '../report/index.js';
import type { CliContext } from './context.js';
import { writeOutput } from './io.js';

/** Output options shared by every command. */
export interface OutputOptions {
  /** --format NAME */
  format?: string;
  /** -o, --output FILE */
  output?: string;
  /** --color / --no-color (undefined: decide from NO_COLOR, FORCE_COLOR and isTTY). */
  color?: boolean;
  /** --bom */
  bom?: boolean;
  /** --lang zh|en (undefined: Chinese for HTML, Word and Markdown, else from the locale). */
  lang?: Lang;
}

/** Formats whose documents are Chinese unless --lang says otherwise (a 对照表 is written for Chinese readers). */
const CHINESE_DOCUMENTS: ReadonlySet<string> = new Set(['html', 'docx', 'md']);

/**
 * Add --format, -o, --color/--no-color and --bom to a command.
 * @param cmd the command
 * @param schema the report the command produces (its formats are listed in --help)
 * @param defaultFormat name shown as the default
 * @returns the command
 */
export function addOutputOptions(cmd: Command, schema: AnyReport['schema'], defaultFormat = 'text'): Command {
  return cmd
    .addOption(
      new Option('-f, --format <name>', `output format: ${formatsFor(schema).join(', ') || 'text, json'} (default: ${defaultFormat}, or from the -o extension)`),
    )
    .option('-o, --output <file>', `write to FILE instead of stdout; the extension selects the format (${knownExtensions(schema).map((e) => `.${e}`).join(' ')})`)
    .option('--color', 'force colours in terminal output')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option('--bom', 'start CSV/TSV with a UTF-8 byte order mark so Excel reads Chinese correctly')
    .addOption(
      new Option('--lang <lang>', 'language of labels and messages (default: zh for .html/.docx/.md, else from LC_ALL/LC_MESSAGES/LANG: zh_* → zh, other → en)').choices(LANGS),
    );
}

/** Where and how a report is written: the format, its language, the width of text. */
export interface OutputPlan {
  /** Canonical or alias format name as given or chosen by the -o extension. */
  format: string;
  /** Language of the output. */
  lang: Lang;
  /** True when writing to a file. */
  toFile: boolean;
}

/**
 * Decide the format (--format, else the -o extension, else text) and the language (--lang, else Chinese
 * for HTML, Word and Markdown, else the locale's) before the report is made, since check's messages are
 * written in that language.
 * @param options output options
 * @param ctx environment
 * @param schema the report the command makes
 * @returns the plan
 */
export function planOutput(options: OutputOptions, ctx: CliContext, schema: AnyReport['schema']): OutputPlan {
  const toFile = options.output !== undefined && options.output !== '-';
  // Note: --format wins over the -o extension when both are given.
  const format = options.format ?? (toFile ? extensionFormat(options.output!, schema) : 'text');
  const canonical = resolveFormat(format);
  if (!toFile && formatters[canonical].fileOnly) {
    throw new PlanDiffError('USAGE', { key: 'workbookToStdout', params: { format, extension: canonical } });
  }
  return { format, lang: options.lang ?? (CHINESE_DOCUMENTS.has(canonical) ? 'zh' : localeLang(ctx.env)), toFile };
}

/**
 * Columns of the terminal: the stream's width when it is one, else COLUMNS, else 80.
 * @param ctx streams and environment
 * @returns the width
 */
export function terminalWidth(ctx: CliContext): number {
  if (ctx.stdout.columns !== undefined && ctx.stdout.columns > 0) return ctx.stdout.columns;
  const env = Number(ctx.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}

/**
 * Decide whether to colour output: --color/--no-color, then NO_COLOR/FORCE_COLOR, then isTTY.
 * @param flag the command-line flag, if given
 * @param ctx environment and streams
 * @param toFile true when writing to a file
 * @returns whether to use ANSI colours
 */
export function decideColor(flag: boolean | undefined, ctx: CliContext, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  if (ctx.env.FORCE_COLOR !== undefined && ctx.env.FORCE_COLOR !== '0') return true;
  return Boolean(ctx.stdout.isTTY);
}

/**
 * Format a report as the options say and write it out.
 * @param report the report
 * @param options output options
 * @param ctx streams
 * @param extra formatter options (only, context …)
 */
export async function emitReport(
  report: AnyReport,
  options: OutputOptions,
  ctx: CliContext,
  extra: Pick<FormatOptions, 'only' | 'context' | 'words' | 'lang' | 'author' | 'date'> = {},
): Promise<void> {
  const plan = planOutput(options, ctx, report.schema);
  const content = await formatReport(report, plan.format, {
    color: decideColor(options.color, ctx, plan.toFile),
    bom: options.bom ?? false,
    width: terminalWidth(ctx),
    lang: plan.lang,
    ...extra,
  });
  await writeOutput(content, options.output, ctx);
}

/**
 * The format an output file's extension selects; an extension no formatter writes is a usage error,
 * never a terminal table under another name.
 * @param file the -o path
 * @param schema the report written (its formats' extensions are listed)
 * @returns the format name
 */
export function extensionFormat(file: string, schema: AnyReport['schema']): string {
  const name = formatFromExtension(file);
  if (name !== undefined) return name;
  throw new PlanDiffError('USAGE', { key: 'outputExtension', params: { file, known: knownExtensions(schema).map((e) => `.${e}`) } }, file);
}
