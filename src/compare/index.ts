import type { ClauseRef, CompareReport, DiffOp, Pair, Pin, PlanDocument, Target, TargetKind } from '../types.js';
import { getSegmenter, type Segmenter } from '../parse/words/segmenter.js';
import type { DocUnits } from './model.js';
import { attachTargets, countUnits, createNodeSums, draftUnits, paragraphsFor } from './units.js';
import { createFeatures } from './canon.js';
import { alignSections } from './alignSections.js';
import { alignClauses } from './alignClauses.js';
import { buildPairs, targetPairings, type DraftPair } from './buildPairs.js';
import { voteSections } from './voteSections.js';
import { diffOps, diffText, diffTokens, type TokenDiff } from './diffClauses.js';
import { placeTargets } from './placeTargets.js';
import { alignSuccessors } from './successors.js';
import { matchTargets } from './matchTargets.js';
import { summarize } from './summarize.js';
import { groupParts } from '../groupShape.js';
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
  /**
   * Which kinds of numbers are compared as targets: a list of kinds, or `'all'`. Default `['target']`
   * (goals; past figures, forecasts, specifications, penalties, conditions and references are not).
   */
  kinds?: readonly TargetKind[] | 'all';
  /**
   * Alignments the user fixes (`{old: id, new: id}`, `null` on one side for a clause removed or added),
   * honoured exactly; the rest is aligned around them. An id that is no clause of its side is a
   * PlanDiffError.
   */
  pins?: readonly Pin[];
}

/** The kinds of numbers compared as targets unless `kinds` says otherwise. */
export const DEFAULT_KINDS: readonly TargetKind[] = ['target'];

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
  const alignment = alignClauses(oldUnits, newUnits, nodeMatches, options.pins);
  const sections = voteSections(oldUnits, newUnits, nodeMatches, alignment);
  const drafts = buildPairs(oldUnits, newUnits, sections, alignSuccessors(oldUnits, newUnits, alignment, sections, segmenter));
  if (options.readTargets) readChangedTargets(drafts, [oldDoc, newDoc], [oldUnits, newUnits], options.readTargets);
  // Note: only the texts the word diff cuts are segmented (changed clauses and the titles), and the
  // segmenter gets ready for all of them at once (one dictionary load).
  const parts = scatteredParts(drafts);
  const diffTexts = [...drafts.flatMap((d) => textsToDiff(d) ?? []), ...[...parts.values()].flat()];
  if (oldDoc.title && newDoc.title) diffTexts.push(oldDoc.title, newDoc.title);
  segmenter.prepare?.(diffTexts.map(diffText));
  const canon = new Map<string, string>();
  const tokenDiffs = new Map<DraftPair | string, TokenDiff>();
  const tokenDiff = (d: DraftPair): TokenDiff => {
    const key = d.pair.group ?? d;
    let diff = tokenDiffs.get(key);
    if (diff === undefined) {
      const [a, b] = textsToDiff(d)!;
      tokenDiffs.set(key, (diff = diffTokens(a, b, segmenter, canon)));
    }
    return diff;
  };
  const title = titlePair(oldDoc, newDoc, segmenter, features, options.diffUnchanged ?? false);
  // Note: the titles come first, as a pair with ids `title`, and the clauses follow in new-document
  // order; only preamble clauses printed above the title (the notice issuing the plan) precede it.
  const groupDiffs = new Map<string, DiffOp[]>();
  const clausePairs = drafts.map((d, i) => {
    // Note: a group whose clauses lie apart shows, at each of its places, the diff of the clauses there
    // (the new ones and the old ones linked to them); one that lies together, the diff of the whole group.
    const part = parts.get(i);
    if (part === undefined || d.pair.status === 'unchanged') return { ...d.pair, diff: diffOf(d, tokenDiff, groupDiffs, options.diffUnchanged ?? false) };
    const key = `${part[0]}\u0000${part[1]}`;
    if (!groupDiffs.has(key)) groupDiffs.set(key, diffOps(diffTokens(part[0], part[1], segmenter, canon)));
    return { ...d.pair, diff: groupDiffs.get(key)! };
  });
  const at = title ? titleIndex((title.new ? newDoc : oldDoc).titleLines, clausePairs) : 0;
  const pairs = title ? [...clausePairs.slice(0, at), title, ...clausePairs.slice(at)] : clausePairs;
  const kinds = options.kinds ?? DEFAULT_KINDS;
  const wanted = kinds === 'all' ? () => true : (t: Target) => kinds.includes(t.kind);
  const targets = targetPairings(drafts, wanted).map((p) => {
    const d = drafts[p.order];
    if (d.pair.status !== 'modified' && d.pair.status !== 'related') return p;
    return { ...p, places: placeTargets(tokenDiff(d), p.old, p.new) };
  });
  const edition = (doc: PlanDocument) => (doc.period && doc.period.start === doc.period.end ? doc.period.end : null);
  const targetChanges = matchTargets(targets, { old: edition(oldDoc), new: edition(newDoc) });
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
function diffOf(d: DraftPair, tokenDiff: (d: DraftPair) => TokenDiff, groupDiffs: Map<string, DiffOp[]>, diffUnchanged: boolean): DiffOp[] {
  const { pair } = d;
  if (pair.status === 'added') return [{ op: 'insert', text: pair.new!.text }];
  if (pair.status === 'removed') return [{ op: 'delete', text: pair.old!.text }];
  if (pair.status === 'unchanged') return diffUnchanged ? [{ op: 'equal', text: pair.new!.text }] : [];
  const cached = pair.group === undefined ? undefined : groupDiffs.get(pair.group);
  if (cached) return cached;
  const diff = diffOps(tokenDiff(d));
  if (pair.group !== undefined) groupDiffs.set(pair.group, diff);
  return diff;
}

/**
 * The old and new texts at each place of a group whose clauses lie apart (see groupParts): the new
 * clauses of the part and the old clauses linked to them, each joined in document order; by draft index.
 */
function scatteredParts(drafts: readonly DraftPair[]): Map<number, [string, string]> {
  const out = new Map<number, [string, string]>();
  const all = [...groupParts(drafts.map((d) => d.pair))];
  const count = new Map<string, number>();
  for (const [first] of all) count.set(drafts[first]!.pair.group!, (count.get(drafts[first]!.pair.group!) ?? 0) + 1);
  for (const [first, members] of all) {
    const d = drafts[first]!;
    if (count.get(d.pair.group!)! < 2) continue;
    const news = new Set(members.map((i) => drafts[i]!.pair.new!.id));
    const olds = new Set(drafts.filter((x) => x.pair.group === d.pair.group && news.has(x.pair.new!.id)).map((x) => x.pair.old!.id));
    const texts: [string, string] = [d.old.filter((c) => olds.has(c.id)).map((c) => c.text).join(''), d.new.filter((c) => news.has(c.id)).map((c) => c.text).join('')];
    for (const i of members) out.set(i, texts);
  }
  return out;
}

/** The old and new text a modified pair's diff is made of (a group's: its clauses joined), or null. */
function textsToDiff(d: DraftPair): [string, string] | null {
  const { pair } = d;
  if (pair.status !== 'modified' && pair.status !== 'related') return null;
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
