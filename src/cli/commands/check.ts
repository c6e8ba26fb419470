import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT, PlanDiffError } from '../../errors.js';
import type { KeyWeakness } from '../../compare/checks/keys.js';
import type { CheckReport, Severity } from '../../types.js';
import type { CliContext } from '../context.js';
import { addCorpusOptions, type CorpusOptions } from '../corpus.js';
import { addOutputOptions, emitReport, planOutput, type OutputOptions } from '../output.js';
import type { FailOn } from '../config.js';
import { messages } from '../../i18n/messages.js';
import { checkOutputs } from '../write.js';

interface CheckFlags extends OutputOptions, CorpusOptions {
  fromTargets?: boolean;
  baseline?: string;
  writeBaseline?: string;
  config?: string;
  failOn?: FailOn;
}

const HELP_AFTER = `
Exits 1 when a finding is at or above --fail-on (default: error), else 0; 2 on a usage, config or
input error. Findings name the metric, each value with its FILE:LINE places and why they differ; the
rule id and fingerprint under each go into plan-diff.config.json's ignore list (docs/check.md).

Examples:
  plan-diff check seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt
  plan-diff check seeds/ --format sarif -o findings.sarif
  plan-diff check seeds/ --write-baseline known.json
  plan-diff check seeds/ --baseline known.json --fail-on warning
`;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Register `plan-diff check FILE...`: match targets across related plans and report conflicts and
 * differences to review, for people (tables) and CI (exit code, SARIF, GitHub annotations).
 * @param program the commander program
 * @param ctx streams and working directory
 * @param setExit sets the exit code: 1 when a finding is at or above --fail-on, else 0
 */
export function registerCheck(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('check')
    .addHelpText('after', HELP_AFTER)
    .description('check related plans for inconsistent targets: conflicts (20家 vs 15家), and different scopes, horizons or units to review')
    .argument('<files...>', 'plans (.txt .md .docx .pdf), folders (every plan inside) or globs; - for stdin')
    .option('--baseline <file>', 'a plan: only deviations from it are findings; or a .json written by --write-baseline: only new findings count')
    .option('--write-baseline <file>', "record today's findings in FILE (.json) and exit 0; later runs with --baseline FILE fail only on new ones")
    .option('-c, --config <file>', 'config file (default: plan-diff.config.json in the working directory, if present)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this severity (default: error)').choices(['error', 'warning', 'info', 'never']))
    .option('--from-targets', 'the files are JSON Lines written by `targets --kind all --format jsonl` (one per shard): check their targets without reading the plans');
  addCorpusOptions(cmd);
  addOutputOptions(cmd, 'plan-diff/check@1').action(async (inputs: string[], flags: CheckFlags) => {
    // Note: the language is decided first: the findings' messages are written in it.
    const { lang } = planOutput(flags, ctx, 'plan-diff/check@1');
    // Note: loaded here, not at start-up, so other commands never pay for fast-glob or workers (and
    // ajv loads only when a config or baseline file is read, config.ts).
    const [{ checkPlans, CHECKED_KINDS }, { checkOptionsFrom, loadConfig }, { isFindingsBaseline, readFindingsBaseline, writeFindingsBaseline }, { expandInputs }, { parseMany }, { cacheOf }, { readTargetLines }] =
      await Promise.all([
        import('../../compare/check.js'),
        import('../config.js'),
        import('../baseline.js'),
        import('../files.js'),
        import('../parse-many.js'),
        import('../corpus.js'),
        import('../target-lines.js'),
      ]);
    const { config } = await loadConfig(flags.config, ctx);
    const options = checkOptionsFrom(config);
    const fromLines = flags.fromTargets ? await readTargetLines(inputs, options.kinds ?? ['target'], ctx) : undefined;
    const files = fromLines ? fromLines.map((d) => d.source.path) : await expandInputs(inputs, ctx);
    await checkOutputs([flags.output, flags.writeBaseline], [...files, ...(fromLines ? inputs : []), ...(flags.baseline === undefined ? [] : [flags.baseline])], ctx);
    let baselineDoc: string | undefined;
    if (flags.baseline !== undefined && isFindingsBaseline(flags.baseline)) {
      options.known = await readFindingsBaseline(flags.baseline, ctx);
    } else if (flags.baseline !== undefined) {
      baselineDoc = flags.baseline;
    }
    // Note: the baseline plan is checked with the others; it is read first when not also given as a file.
    const paths = baselineDoc === undefined || files.includes(baselineDoc) ? files : [baselineDoc, ...files];
    if (fromLines && baselineDoc !== undefined && !files.includes(baselineDoc)) {
      throw new PlanDiffError('USAGE', { key: 'baselineFromTargets', params: { baseline: baselineDoc } });
    }
    // Note: check reads only targets and document fields, so it keeps slim documents (no outline).
    // Note: the metric keys are tested where each file is parsed (or come from the cache), so this
    // thread loads no tagger (jieba) for them.
    const keyWeakness = new Map<string, KeyWeakness>();
    const docs = fromLines ?? (await parseMany(paths, ctx, { slim: true, keyWeakness, kinds: options.kinds ?? CHECKED_KINDS, ...cacheOf(flags.cache ?? config.cache, ctx), ...(config.units ? { units: config.units } : {}) }));
    const report = checkPlans(docs, { ...options, lang, keyWeakness, ...(baselineDoc !== undefined ? { baseline: baselineDoc } : {}) });
    await emitReport(report, flags, ctx);
    for (const line of staleLines(report)) ctx.stderr.write(`plan-diff: warning: ${line}\n`);
    if (flags.writeBaseline !== undefined) {
      await writeFindingsBaseline(flags.writeBaseline, report, ctx);
      const count = report.findings.length + (report.suppressed ?? []).filter((s) => s.reason === 'baseline').length;
      ctx.stderr.write(`plan-diff: ${messages(lang).check.wroteBaseline(count, flags.writeBaseline)}\n`);
      setExit(EXIT.OK);
      return;
    }
    setExit(failing(report, flags.failOn ?? config.failOn ?? 'error') ? EXIT.FINDINGS : EXIT.OK);
  });
}

/**
 * Whether a report has a finding at or above a severity.
 * @param report the check report
 * @param failOn the level, or `never`
 * @returns true when the run should exit 1
 */
export function failing(report: CheckReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  // Note: a stale ignore or baseline entry is a warning: `--fail-on warning` asks for it to be cleaned up.
  return report.findings.some((f) => RANK[f.severity] <= RANK[failOn]) || ((report.stale ?? []).length > 0 && RANK.warning <= RANK[failOn]);
}

/**
 * One line per ignore or baseline entry that matched no finding, for stderr.
 * @param report the check report
 * @returns the lines, without the `plan-diff: warning: ` prefix
 */
export function staleLines(report: CheckReport): string[] {
  return (report.stale ?? []).map((s) =>
    s.from === 'ignore'
      ? `ignore entry ${s.fingerprint} ("${s.reason ?? ''}") matches no finding; remove it from the config.`
      : `baseline entry ${s.fingerprint} matches no finding; re-run --write-baseline to drop it.`,
  );
}
