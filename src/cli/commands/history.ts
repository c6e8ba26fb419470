import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT, PlanDiffError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { loadSource } from '../io.js';
import { addOutputOptions, emitReport, type OutputOptions } from '../output.js';
import { loadConfigUnits, loadUserDicts } from './compare.js';
import { checkOutputs } from '../write.js';
import type { Pin } from '../../types.js';

interface HistoryFlags extends OutputOptions {
  only: 'changed' | 'all';
  dict?: string[];
  pin?: string[];
}

const HELP_AFTER = `
Each version is compared with the next (the same engine as compare), and the comparisons are chained:
one row per clause followed through every version (a clause removed and later re-added is found again
where its text shows it), and one row per target with its value in each version. JSON (--format json)
is the plan-diff/history@1 schema (docs/history.md). Exit 0 when all versions are the same in content,
1 when any step differs, 2 for bad input.

Examples:
  plan-diff history seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt
  plan-diff history seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt 'examples/*.txt' -o 多稿对照表.docx
  plan-diff history seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt 'examples/*.txt' --lang zh
`;

/**
 * Register `plan-diff history V1 V2 [V3 ...]`: follow every clause and target through the versions of a draft.
 * @param program the commander program
 * @param ctx streams and working directory
 * @param setExit sets the exit code: 0 all versions the same in content, 1 otherwise
 */
export function registerHistory(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('history')
    .description('follow every clause and target through the versions of a draft (征求意见稿 → 送审稿 → final), oldest first')
    .argument('<files...>', 'the versions, oldest first (.txt .md .docx .pdf; globs expand in place, sorted by name; - for stdin once)')
    .addOption(new Option('--only <which>', 'rows shown in tables: clauses that changed in some version, or all').choices(['changed', 'all']).default('changed'))
    .option('--dict <file...>', 'extra jieba user dictionary (one "word [freq] [tag]" per line); repeatable')
    .option('--pin <[K=]file>', 'alignments to keep in the step into version K (K-1 → K), a file as for compare --pin; repeatable; K may be left out with two versions', (value: string, all: string[] | undefined) => [...(all ?? []), value])
    .addHelpText('after', HELP_AFTER);
  addOutputOptions(cmd, 'plan-diff/history@1').action(async (inputs: string[], flags: HistoryFlags) => {
    // Note: loaded here, not at start-up, so other commands never pay for the history modules.
    const [{ historyPlans }, { getSegmenter, prefetchSegmenter }, { extractTargets, parsePlan }, { expandInputs }] = await Promise.all([
      import('../../compare/history/index.js'),
      import('../../parse/words/segmenter.js'),
      import('../../parse/index.js'),
      import('../files.js'),
    ]);
    const files = await expandVersions(inputs, ctx, expandInputs);
    await checkOutputs([flags.output], files, ctx);
    const pins = await readStepPins(flags.pin ?? [], files.length, ctx);
    const userDicts = await loadUserDicts(flags.dict, ctx);
    const units = await loadConfigUnits(ctx);
    // Note: every input is read before the dictionary loads, so a bad one fails at once, by name.
    const sources = await Promise.all(files.map((file) => loadSource(file, ctx)));
    const prefetch = prefetchSegmenter();
    const docs = sources.map((source) => parsePlan(source, { targets: false }));
    await prefetch;
    const report = historyPlans(docs, {
      segmenter: getSegmenter({ userDicts }),
      readTargets: (v, paragraphs) => extractTargets(docs[v]!, sources[v]!, { paragraphs, units }),
      pins,
    });
    await emitReport(report, flags, ctx, { only: flags.only });
    setExit(report.steps.every((s) => s.same) ? EXIT.OK : EXIT.FINDINGS);
  });
}

/**
 * The pins of each step from `--pin K=FILE` (K: the version the step arrives at, 2…N; a bare FILE with
 * two versions), by step index (0: version 1 → 2).
 * Note: a step is named by the version it arrives at, whose clause ids are the pin file's new_id.
 */
async function readStepPins(given: readonly string[], versions: number, ctx: CliContext): Promise<Array<Pin[] | undefined>> {
  const steps: Array<Pin[] | undefined> = Array.from({ length: versions - 1 }, () => undefined);
  if (given.length === 0) return steps;
  const { readPins } = await import('../pins.js');
  for (const arg of given) {
    const m = /^(\d+)=(.+)$/su.exec(arg);
    if (m === null && versions !== 2) {
      throw new PlanDiffError('USAGE', { key: 'pinWhichStep', params: { arg, versions } });
    }
    const k = m === null ? 2 : Number(m[1]);
    if (k < 2 || k > versions) throw new PlanDiffError('USAGE', { key: 'pinNoStep', params: { arg, step: k, versions } });
    if (steps[k - 2] !== undefined) throw new PlanDiffError('USAGE', { key: 'pinTwice', params: { arg, step: k } });
    steps[k - 2] = await readPins(m === null ? arg : m[2], ctx);
  }
  return steps;
}

// Note: globs and folders expand in place (each sorted by path), so `v1.txt 'drafts/*.txt'` keeps v1
// first; a file named twice is read once, which may leave fewer than two versions.
async function expandVersions(inputs: readonly string[], ctx: CliContext, expand: (inputs: readonly string[], ctx: CliContext) => Promise<string[]>): Promise<string[]> {
  if (inputs.filter((i) => i === '-').length > 1) throw new PlanDiffError('USAGE', { key: 'oneStdin', params: { history: true } });
  const files = await expand(inputs, ctx);
  if (files.length < 2) {
    throw new PlanDiffError('USAGE', { key: 'historyFew', params: { count: files.length, first: files[0] ?? '', twice: inputs.length > files.length } });
  }
  return files;
}
