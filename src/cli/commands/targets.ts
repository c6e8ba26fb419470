import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT } from '../../errors.js';
import { TARGET_KINDS, type KindFilter } from '../../parse/report.js';
import type { CliContext } from '../context.js';
import { addCorpusOptions, type CorpusOptions } from '../corpus.js';
import { addOutputOptions, emitReport, planOutput, type OutputOptions } from '../output.js';
import { checkOutputs } from '../write.js';

const HELP_AFTER = `
The table shows each target's metric, its amount as the document writes it (超过1.2万亿元), its horizon
year, kind and FILE:LINE, fitted to the terminal (COLUMNS, else 80). JSON (the plan-diff/targets@2
schema, docs/targets.md) and CSV carry the value in base units (1200000000000, 元) and the comparator.

Examples:
  plan-diff targets seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt
  plan-diff targets seeds/ --kind all --format csv --bom -o targets.csv
  plan-diff targets seeds/most-beijing-sti-centre-work-plan-2023.txt --kind historical --lang zh
`;

interface TargetsFlags extends OutputOptions, CorpusOptions {
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
    .addHelpText('after', HELP_AFTER)
    .description('list the numeric targets of plans: metric, value in base units, comparator, horizon year, kind, file:line')
    .argument('<files...>', 'plans (.txt .md .docx .pdf), folders or globs; - for stdin')
    .addOption(
      new Option(
        '--kind <kind>',
        'which quantities: goals (target), past facts (historical), forecasts (预计), rules\' limits (不得超过), conditions, penalties, references (前两款), enumerations (以下14个方面), specifications (200吨级), or all',
      )
        .choices([...TARGET_KINDS, 'all'])
        .default('target'),
    );
  addCorpusOptions(cmd, { shard: true });
  addOutputOptions(cmd, 'plan-diff/targets@2').action(async (inputs: string[], flags: TargetsFlags) => {
    planOutput(flags, ctx, 'plan-diff/targets@2'); // a bad -o or --format fails before any file is read
    // Note: loaded here, not at start-up, so --version and --help never load the parser.
    const [{ expandInputs }, { eachDocument }, { targetsReport, documentSummary }, corpus, { streamFormat, openStream }] = await Promise.all([
      import('../files.js'),
      import('../parse-many.js'),
      import('../../parse/report.js'),
      import('../corpus.js'),
      import('../stream.js'),
    ]);
    const kind = flags.kind ?? 'target';
    const all = await expandInputs(inputs, ctx);
    await checkOutputs([flags.output], all, ctx);
    const files = corpus.shardOf(all, flags.shard);
    // Note: extra units from plan-diff.config.json (`units`); the config module loads only when the file exists.
    const units = existsSync(resolve(ctx.cwd, 'plan-diff.config.json')) ? (await (await import('../config.js')).loadConfig(undefined, ctx)).config.units : undefined;
    const read = { slim: true, ...corpus.cacheOf(flags.cache, ctx), ...(units ? { units } : {}) };
    const indexOf = new Map(all.map((f, i) => [f, i] as const));
    const recordOf = (doc: Parameters<typeof documentSummary>[0]) => ({ document: documentSummary(doc), index: indexOf.get(doc.source.path) ?? 0, kind });
    const name = streamFormat(flags);
    if (name !== undefined) {
      // Each file's targets are written as soon as it and the files before it are read.
      const out = await openStream(name, flags, ctx);
      try {
        await eachDocument(files, ctx, (doc) => out.write(targetsReport(doc.targets, kind, [recordOf(doc)])), read);
        await out.close();
      } catch (error) {
        await out.abort();
        throw error;
      }
    } else {
      const targets: Parameters<typeof targetsReport>[0][number][] = [];
      await eachDocument(files, ctx, (doc) => void targets.push(...doc.targets), read);
      await emitReport(targetsReport(targets, kind), flags, ctx);
    }
    setExit(EXIT.OK);
  });
}
