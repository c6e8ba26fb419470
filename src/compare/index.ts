import type { ClauseRef, CompareReport, DiffOp, Pair, PlanDocument, Target } from '../types.js';
import { getSegmenter, type Segmenter } from '../parse/segmenter.js';
import type { DocUnits } from './model.js';
import { attachTargets, countUnits, createNodeSums, draftUnits, paragraphsFor } from './units.js';
import { createFeatures } from './canon.js';
import { alignSections } from './alignSections.js';
import { alignClauses } from './alignClauses.js';
import { buildPairs, targetPairings, type DraftPair } from './buildPairs.js';
import { voteSections } from './voteSections.js';
import { diffClauses, diffText } from './diffClauses.js';
import { matchTargets } from './matchTargets.js';
import { summarize } from './summarize.js';
import { titlePair } from './titlePair.js';

export { isSame } from './summarize.js';

/** Options for comparing two revisions. */
export interface CompareOptions {
  /** Segmenter to use (default: the shared jieba segmenter with the shipped dictionary). */
  segmenter?: Segmenter;
  /** Extra user dictionaries (jieba format text), when no segmenter is given. */
  userDicts?: readonly string[];
  /** Also fill `diff` of unchanged pairs (one equal operation). Default false. */
  diffUnchanged?: boolean;
  /**
   * Read targets only where they are compared: for documents parsed without targets
   * (`parsePlan(source, { targets: false })`), a function giving the targets of some paragraphs of
   * one side (`extractTargets(doc, source, { paragraphs })`). Compare then asks for the paragraphs of
   * the changed, added and removed clauses, and the report is the same as with fully parsed
   * documents; the documents' own `targets` are not read. Default: use `targets` of the documents.
   */
  readTargets?: (side: 'old' | 'new', paragraphs: ReadonlySet<string>) => Target[];
}

/**
 * Compare two revisions of a plan: compare the titles, align sections and clauses (renumbering, moves,
 * splits and merges included; layout ignored), diff changed clauses word by word and compare their targets.
 * @param oldDoc the old revision, parsed
 * @param newDoc the new revision, parsed
 * @param options segmenter and output options
 * @returns the `plan-diff/compare@1` report
 */
export function comparePlans(oldDoc: PlanDocument, newDoc: PlanDocument, options: CompareOptions = {}): CompareReport {
  const segmenter = options.segmenter ?? getSegmenter({ userDicts: options.userDicts });
  const features = createFeatures();
  const sums = createNodeSums();
  const oldUnits = countUnits(draftUnits(oldDoc), features, sums);
  const newUnits = countUnits(draftUnits(newDoc), features, sums);
  const nodeMatches = alignSections(oldUnits, newUnits);
  const alignment = alignClauses(oldUnits, newUnits, nodeMatches);
  const drafts = buildPairs(oldUnits, newUnits, voteSections(oldUnits, newUnits, nodeMatches, alignment), alignment);
  if (options.readTargets) readChangedTargets(drafts, [oldDoc, newDoc], [oldUnits, newUnits], options.readTargets);
  const targets = targetPairings(drafts);
  // Note: only the texts the word diff cuts are segmented (changed clauses and the titles), and the
  // segmenter gets ready for all of them at once (one dictionary load).
  const diffTexts = drafts.flatMap((d) => textsToDiff(d) ?? []);
  if (oldDoc.title && newDoc.title) diffTexts.push(oldDoc.title, newDoc.title);
  segmenter.prepare?.(diffTexts.map(diffText));
  const groupDiffs = new Map<string, DiffOp[]>();
  const canon = new Map<string, string>();
  const diff = (a: string, b: string) => diffClauses(a, b, segmenter, canon);
  const title = titlePair(oldDoc, newDoc, segmenter, features, options.diffUnchanged ?? false);
  // Note: the titles come first, as a pair with ids `title`, and the clauses follow in new-document
  // order; only preamble clauses printed above the title (the notice issuing the plan) precede it.
  const clausePairs = drafts.map((d) => ({ ...d.pair, diff: diffOf(d, diff, groupDiffs, options.diffUnchanged ?? false) }));
  const at = title ? titleIndex((title.new ? newDoc : oldDoc).titleLines, clausePairs) : 0;
  const pairs = title ? [...clausePairs.slice(0, at), title, ...clausePairs.slice(at)] : clausePairs;
  const targetChanges = matchTargets(targets);
  return {
    schema: 'plan-diff/compare@1',
    old: { path: oldDoc.source.path, lineUnit: oldDoc.source.lineUnit },
    new: { path: newDoc.source.path, lineUnit: newDoc.source.lineUnit },
    summary: summarize(pairs, targetChanges),
    pairs,
    targetChanges,
  };
}

/** Where the title pair goes: after the preamble clauses that stand above the title in the file, if any (hand-made documents without title lines: first). */
function titleIndex(lines: PlanDocument['titleLines'], pairs: readonly Pair[]): number {
  if (lines === undefined) return 0;
  const page = lines.page ?? 1;
  const above = (r: ClauseRef) => r.id.startsWith('#') && ((r.page ?? 1) < page || ((r.page ?? 1) === page && r.line < lines.line));
  const k = pairs.findIndex((p) => !above(p.new ?? p.old!));
  return k < 0 ? pairs.length : k;
}

// Note: a split or merged group carries the diff of the whole group (old clauses joined vs new
// clauses joined) on each of its pairs, so each pair reads correctly on its own.
function diffOf(d: DraftPair, diffTexts: (a: string, b: string) => DiffOp[], groupDiffs: Map<string, DiffOp[]>, diffUnchanged: boolean): DiffOp[] {
  const { pair } = d;
  if (pair.status === 'added') return [{ op: 'insert', text: pair.new!.text }];
  if (pair.status === 'removed') return [{ op: 'delete', text: pair.old!.text }];
  if (pair.status === 'unchanged') return diffUnchanged ? [{ op: 'equal', text: pair.new!.text }] : [];
  const cached = pair.group === undefined ? undefined : groupDiffs.get(pair.group);
  if (cached) return cached;
  const [a, b] = textsToDiff(d)!;
  const diff = diffTexts(a, b);
  if (pair.group !== undefined) groupDiffs.set(pair.group, diff);
  return diff;
}

/** The old and new text a modified pair's diff is made of (a group's: its clauses joined), or null. */
function textsToDiff(d: DraftPair): [string, string] | null {
  const { pair } = d;
  if (pair.status !== 'modified') return null;
  if (pair.group === undefined) return [pair.old!.text, pair.new!.text];
  return [d.old.map((c) => c.text).join(''), d.new.map((c) => c.text).join('')];
}

// Note: targets of unchanged clauses are never compared (matchTargets), so only the changed clauses'
// are read, and what a clause takes is what it takes from a fully parsed document (units.ts).
function readChangedTargets(
  drafts: readonly DraftPair[],
  docs: readonly [PlanDocument, PlanDocument],
  units: readonly [DocUnits, DocUnits],
  read: NonNullable<CompareOptions['readTargets']>,
): void {
  const changed = [new Set<number>(), new Set<number>()] as const;
  for (const d of drafts) {
    if (d.pair.status === 'unchanged') continue;
    for (const c of d.old) changed[0].add(c.index);
    for (const c of d.new) changed[1].add(c.index);
  }
  for (const s of [0, 1] as const) {
    if (changed[s].size === 0) continue;
    const paragraphs = paragraphsFor(units[s], docs[s], changed[s]);
    attachTargets(units[s], docs[s], changed[s], paragraphs.size === 0 ? [] : read(s === 0 ? 'old' : 'new', paragraphs));
  }
}
