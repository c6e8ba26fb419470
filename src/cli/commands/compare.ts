import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { EXIT, PlanDiffError } from '../../errors.js';
import type { CliContext } from '../context.js';
import type { TargetKind } from '../../types.js';
import type { UnitSpec } from '../../parse/targets/unit-table.js';
import { loadSource } from '../io.js';
import { readOptionDict } from '../config-dict.js';
import { addOutputOptions, emitReport, planOutput, type OutputOptions } from '../output.js';
import { checkOutputs } from '../write.js';

const HELP_AFTER = `
Exits 1 when the revisions differ in content (like diff), 0 when they do not, 2 on a usage or input
error. The terminal shows a summary, the changed targets and each changed clause with its old and new
lines and a word diff ([-deleted-]{+inserted+} without colour); .docx, .md and .html write the
新旧对照表 (in Chinese unless --lang en).

Examples:
  plan-diff compare seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt
  plan-diff compare seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt -o 对照表.docx
  plan-diff compare seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt \\
    examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt --only all --context all --lang zh
`;

interface CompareFlags extends OutputOptions {
  only: 'changed' | 'all';
  context: string;
  kind: string;
  pin?: string;
  dict?: string[];
  trackChanges?: boolean;
  author?: string;
}

// Note: the kinds the targets reader gives numbers, and those it is learning (issue 16); a kind it never
// gives simply matches nothing.
const KINDS = ['target', 'historical', 'forecast', 'spec', 'limit', 'condition', 'penalty', 'reference', 'enumeration'] as const;

/**
 * Register `plan-diff compare OLD NEW`: align two revisions and report every change.
 * @param program the commander program
 * @param ctx streams and working directory
 * @param setExit sets the exit code: 0 same content, 1 the documents differ
 */
export function registerCompare(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  const cmd = program
    .command('compare')
    .addHelpText('after', HELP_AFTER)
    .description('compare two revisions of a plan: moved, renumbered, split/merged, added, removed and reworded clauses, changed targets')
    .argument('<old>', 'old revision (.txt .md .docx .pdf, or - for stdin)')
    .argument('<new>', 'new revision')
    .addOption(new Option('--only <which>', 'show only changed clauses, or all').choices(['changed', 'all']).default('changed'))
    .option('--context <n>', 'unchanged words kept before and after each change in the terminal diff, or "all"', '20')
    .option('--kind <kinds>', `which numbers are compared as targets: comma-separated kinds (${KINDS.join(', ')}) or all`, 'target')
    .option('--pin <file>', 'alignments to keep: a CSV with columns old_id,new_id (- for none), e.g. an edited `compare -f csv`, or a compare JSON')
    .option('--dict <file...>', 'extra jieba user dictionary (one "word [freq] [tag]" per line); repeatable')
    .option('--track-changes', 'write the new draft as a Word document whose differences are tracked changes (修订), e.g. -o 修订稿.docx')
    .option('--author <name>', 'author of the tracked changes (default: plan-diff)');
  addOutputOptions(cmd, 'plan-diff/compare@1').action(async (oldPath: string, newPath: string, flags: CompareFlags) => {
    const context = parseContext(flags.context);
    const kinds = parseKinds(flags.kind);
    const pins = flags.pin === undefined ? undefined : await (await import('../pins.js')).readPins(flags.pin, ctx);
    const output = trackChanges(flags, ctx);
    planOutput(output.flags, ctx, 'plan-diff/compare@1'); // a bad -o or --format fails before any file is read
    if (oldPath === '-' && newPath === '-') throw new PlanDiffError('USAGE', { key: 'oneStdin', params: { history: false } });
    await checkOutputs([flags.output], [oldPath, newPath], ctx);
    // Note: loaded here, not at start-up, so other commands never pay for munkres, jsdiff or jieba.
    const [{ comparePlans, isSame }, { getSegmenter, prefetchSegmenter }, { extractTargets, parsePlan }] = await Promise.all([
      import('../../compare/index.js'),
      import('../../parse/words/segmenter.js'),
      import('../../parse/index.js'),
    ]);
    const userDicts = await loadUserDicts(flags.dict, ctx);
    const units = await loadConfigUnits(ctx);
    // Note: measured: parsing one input on a worker thread while jieba's dictionary loads gained
    // nothing on a 2-vCPU machine (the threads slow each other), so both are parsed here. The
    // sources and parsed documents are not held past comparePlans, so their memory is free for output;
    // the inputs are read before the dictionary loads, so a bad input fails at once.
    // Note: targets are read only for the paragraphs of changed clauses (compare never compares the
    // targets of unchanged clauses; the report is the same), which saves much of a revision's parse.
    const compare = async () => {
      const sources = await Promise.all([loadSource(oldPath, ctx), loadSource(newPath, ctx)]);
      // Note: jieba's dictionary index is read on another thread while both documents are parsed.
      const prefetch = prefetchSegmenter();
      const [oldDoc, newDoc] = sources.map((source) => parsePlan(source, { targets: false }));
      await prefetch;
      const readTargets = (side: 'old' | 'new', paragraphs: ReadonlySet<string>) =>
        side === 'old' ? extractTargets(oldDoc, sources[0], { paragraphs, units }) : extractTargets(newDoc, sources[1], { paragraphs, units });
      return comparePlans(oldDoc, newDoc, { segmenter: getSegmenter({ userDicts }), readTargets, kinds, pins });
    };
    const report = await compare();
    const segmenter = getSegmenter({ userDicts }); // the instance compare used (cached per dictionary set)
    // Note: --context counts the same words the diff is made of.
    await emitReport(report, output.flags, ctx, { only: flags.only, context, words: segmenter.words, ...output.extra });
    setExit(isSame(report.pairs, report.targetChanges) ? EXIT.OK : EXIT.FINDINGS);
  });
}

// Note: --track-changes is the `redline` format (a .docx), so `-o 修订稿.docx` does not pick the 新旧对照表.
function trackChanges(flags: CompareFlags, ctx: CliContext): { flags: OutputOptions; extra: { author?: string; date?: string } } {
  if (!flags.trackChanges && flags.format !== 'redline') {
    if (flags.author !== undefined) throw new PlanDiffError('USAGE', { key: 'authorWithout', params: {} });
    return { flags, extra: {} };
  }
  if (flags.format !== undefined && !['docx', 'redline'].includes(flags.format)) {
    throw new PlanDiffError('USAGE', { key: 'trackFormat', params: { format: flags.format } });
  }
  const extension = flags.output === undefined || flags.output === '-' ? '' : (/\.([^./\\]+)$/.exec(flags.output)?.[1] ?? '');
  if (extension !== '' && extension.toLowerCase() !== 'docx') {
    throw new PlanDiffError('USAGE', { key: 'trackOutput', params: { output: flags.output! } });
  }
  const author = flags.author?.trim();
  if (author === '') throw new PlanDiffError('USAGE', { key: 'authorEmpty', params: {} });
  // Note: SOURCE_DATE_EPOCH (seconds) fixes the date of the revisions for reproducible files.
  const epoch = ctx.env.SOURCE_DATE_EPOCH;
  const when = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return { flags: { ...flags, format: 'redline' }, extra: { author, date: when.toISOString().replace(/\.\d+Z$/, 'Z') } };
}

function parseContext(value: string): number {
  if (value === 'all') return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new PlanDiffError('USAGE', { key: 'context', params: { value } });
  }
  return n;
}

/**
 * The user dictionaries a command segments with: those listed in plan-diff.config.json (`dict`,
 * docs/check.md) first, then each --dict file.
 * Note: the config module (with the check rules its schema names) is loaded only when the file exists.
 * @param files the --dict files, as typed
 * @param ctx working directory and streams
 * @returns the dictionaries' texts
 */
export async function loadUserDicts(files: readonly string[] | undefined, ctx: CliContext): Promise<string[]> {
  const configDicts = existsSync(resolve(ctx.cwd, 'plan-diff.config.json')) ? (await (await import('../config.js')).loadConfig(undefined, ctx)).dicts : [];
  return [...configDicts, ...(await Promise.all((files ?? []).map((file) => readOptionDict(file, ctx))))];
}

function parseKinds(value: string): TargetKind[] | 'all' {
  if (value.trim() === 'all') return 'all';
  const kinds = value.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new PlanDiffError('USAGE', { key: 'kind', params: { value, kinds: [...KINDS] } });
  }
  return kinds as TargetKind[];
}

/**
 * The extra units plan-diff.config.json lists (`units`), for reading targets; none without a config file.
 * @param ctx working directory
 * @returns the unit entries
 */
export async function loadConfigUnits(ctx: CliContext): Promise<UnitSpec[]> {
  return existsSync(resolve(ctx.cwd, 'plan-diff.config.json')) ? ((await (await import('../config.js')).loadConfig(undefined, ctx)).config.units ?? []) : [];
}
