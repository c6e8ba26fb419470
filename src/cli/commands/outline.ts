import type { Command } from 'commander';
import { EXIT } from '../../errors.js';
import type { CliContext } from '../context.js';
import { loadSource } from '../io.js';
import { addOutputOptions, emitReport, planOutput, type OutputOptions } from '../output.js';
import { checkOutputs } from '../write.js';
import { stderrLang } from '../message-lang.js';

const HELP_AFTER = `
The tree shows each numbered heading indented by its depth, with its title, :LINE in the original
file and its paragraph count. JSON (--format json) is the plan-diff/outline@1 schema (docs/outline.md):
every heading, paragraph and sentence with its original line. Warnings (no headings, skipped numbers)
go to stderr as "plan-diff: warning: FILE:LINE: message", at most 3 of a kind (then a count of the
rest); the JSON lists every one.

Examples:
  plan-diff outline seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt
  plan-diff outline seeds/most-beijing-sti-centre-work-plan-2023.txt --format json -o outline.json
  plan-diff outline - --no-color < seeds/national-bri-sti-cooperation-special-plan-2016.txt
`;

/**
 * Register `plan-diff outline FILE`: print a plan's numbered outline as a tree or as JSON.
 * @param program the commander program
 * @param ctx streams and working directory
 * @param setExit sets the exit code (0 when the outline was printed)
 */
export function registerOutline(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('outline')
    .description('show the numbered outline of a plan (一、/（一）/1./第X章/第X条 …) with original line numbers')
    .argument('<file>', 'the plan (.txt .md .docx .pdf, or - for stdin)')
    .addHelpText('after', HELP_AFTER);
  addOutputOptions(cmd, 'plan-diff/outline@1').action(async (file: string, flags: OutputOptions) => {
    planOutput(flags, ctx, 'plan-diff/outline@1'); // a bad -o or --format fails before the file is read
    // Note: loaded here, not at start-up, so --version and --help never load the parser.
    const [{ parsePlan }, { outlineReport }, { warningLines }] = await Promise.all([import('../../parse/index.js'), import('../../parse/report.js'), import('../warning-lines.js')]);
    await checkOutputs([flags.output], [file], ctx);
    const source = await loadSource(file, ctx);
    const doc = parsePlan(source, { targets: false });
    for (const line of warningLines(file, doc.warnings, stderrLang(ctx))) ctx.stderr.write(`plan-diff: ${line}\n`);
    await emitReport(outlineReport(doc), flags, ctx);
    setExit(EXIT.OK);
  });
}
