import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT } from '../../errors.js';
import type { KindFilter } from '../../parse/report.js';
import type { CliContext } from '../context.js';
import { addOutputOptions, emitReport, type OutputOptions } from '../output.js';

interface TargetsFlags extends OutputOptions {
  kind?: KindFilter;
}

/**
 * Register `plan-diff targets FILE...`: list the quantified targets of one or more plans.
 * @param program the commander program
 * @param ctx streams and working directory
 * @param setExit sets the exit code (0 once the report is written)
 */
export function registerTargets(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('targets')
    .description('list the numeric targets of plans: metric, value in base units, comparator, horizon year, kind, file:line')
    .argument('<files...>', 'plans (.txt .md .docx .pdf), folders or globs; - for stdin')
    .addOption(
      new Option('--kind <kind>', 'which quantities: goals (target), past facts (historical), forecasts (预计), specifications (200吨级), or all')
        .choices(['target', 'historical', 'forecast', 'spec', 'all'])
        .default('target'),
    );
  addOutputOptions(cmd, 'plan-diff/targets@1').action(async (inputs: string[], flags: TargetsFlags) => {
    // Note: loaded here, not at start-up, so --version and --help never load the parser.
    const [{ expandInputs }, { parseMany }, { targetsReport }] = await Promise.all([import('../files.js'), import('../parse-many.js'), import('../../parse/report.js')]);
    const files = await expandInputs(inputs, ctx);
    const docs = await parseMany(files, ctx);
    const report = targetsReport(
      docs.flatMap((d) => d.targets),
      flags.kind ?? 'target',
    );
    await emitReport(report, flags, ctx);
    setExit(EXIT.OK);
  });
}
