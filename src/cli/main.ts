import { Command, CommanderError } from 'commander';
import { InternalError, PlanDiffError, EXIT } from '../errors.js';
import type { CliContext, Out } from './context.js';
import { inertLine } from '../report/inert.js';
import { commands } from './commands/index.js';
import { VERSION } from './version.js';
import { parseLimits } from '../parse/readers/limits.js';
import { messageLang, stderrLang } from './message-lang.js';
import { usageMessage } from './usage.js';

export type { CliContext, Out } from './context.js';

/**
 * Run the plan-diff command line.
 * @param argv arguments after the program name
 * @param ctx streams, working directory and environment
 * @returns the exit code: 0 ok, 1 findings/differences, 2 input or usage error, 3 internal error
 */
export async function main(argv: string[], given: CliContext): Promise<number> {
  const ctx = { ...given, stderr: oneLineMessages(given.stderr), lang: given.lang ?? messageLang(argv, given.env) };
  let exitCode: number = EXIT.OK;
  const program = createProgram(ctx, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.INPUT;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

/**
 * Build the commander program with every command registered.
 * @param ctx streams for help and errors
 * @param setExit callback commands use to set the exit code
 * @returns the program
 */
export function createProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command('plan-diff')
    .description(
      'Parse, compare and check Chinese policy plans (行动计划, 规划, 工作方案, 条例 and their 征求意见稿 drafts).',
    )
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // Note: help wraps at the given streams' width (80 when not a terminal), never process.stdout's.
      getOutHelpWidth: () => ctx.stdout.columns ?? 80,
      getErrHelpWidth: () => ctx.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      // Note: a usage error is written once, in the chosen language, from the error commander then
      // throws (see reportError), not here in commander's English.
      outputError: () => undefined,
    })
    .option('--limit <name=value...>', 'raise a limit on one input: text=10MB, docx-inflated=200MB, docx-entries=10000 (docs/inputs.md)')
    .addHelpText('after', HELP_AFTER);
  // Note: the limits are checked once, before any command reads a file, and reach every reader through ctx.
  program.hook('preAction', () => {
    const limits = program.opts<{ limit?: string[] }>().limit;
    if (limits !== undefined) {
      parseLimits(limits);
      ctx.limits = limits;
    }
  });
  for (const register of Object.values(commands)) register(program, ctx, setExit);
  return program;
}

export { VERSION } from './version.js';

const HELP_AFTER = `
Input files: .txt and .md (UTF-8, UTF-16 with BOM or GB18030/GBK, detected), .docx, .pdf, or - for stdin.
Line numbers point into the original file (for .docx: paragraph numbers; for .pdf: page and line).

Exit codes:
  0  ran; nothing at or above --fail-on (check), documents identical in content (compare, history)
  1  findings at or above --fail-on (check), documents differ (compare, history: any step)
  2  usage, config or input error (missing file, binary, empty, undecodable, corrupt .docx/.pdf)
  3  internal error (a bug: please report it)

Labels and messages are in Chinese or English: --lang zh|en, else Chinese for .html/.docx/.md and
the locale (LC_ALL, LC_MESSAGES, LANG starting with zh) for the rest.

Examples:
  plan-diff outline seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt
  plan-diff targets seeds/*.txt --format csv -o targets.csv --bom
  plan-diff compare seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt -o 对照表.docx
  plan-diff history seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt -o 多稿对照表.docx
  plan-diff check seeds/ --format sarif -o findings.sarif
`;

/**
 * Every message of plan-diff's own (`plan-diff: …`) on one line with its control characters made visible,
 * so a file name or document text cannot split it, start a GitHub workflow command (`::warning::` at the
 * start of a line) or drive the terminal; help text and the progress bar pass as written.
 */
function oneLineMessages(stderr: Out): Out {
  return {
    get isTTY() {
      return stderr.isTTY;
    },
    get columns() {
      return stderr.columns;
    },
    write: (chunk) => {
      if (typeof chunk !== 'string' || !chunk.startsWith('plan-diff: ')) return stderr.write(chunk);
      const end = chunk.endsWith('\n') ? 1 : 0;
      return stderr.write(inertLine(chunk.slice(0, chunk.length - end)) + (end ? '\n' : ''));
    },
  };
}

function reportError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    // Help and version are displayed by commander itself and exit 0; everything else is usage.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.OK;
    }
    ctx.stderr.write(`plan-diff: ${usageMessage(error, stderrLang(ctx))}\n`);
    return EXIT.INPUT;
  }
  if (error instanceof PlanDiffError) {
    ctx.stderr.write(`plan-diff: ${error.text(stderrLang(ctx))}\n`);
    return EXIT.INPUT;
  }
  const detail = error instanceof InternalError || error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.stderr.write(`plan-diff: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  ctx.stderr.write(
    `This is a bug in plan-diff. Please report it with the command you ran and this text:\n${detail}\n`,
  );
  return EXIT.INTERNAL;
}
