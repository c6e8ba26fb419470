import { diffArrays } from 'diff/lib/diff/array.js';
import type { ClauseRef, CompareReport, DiffOp, Pair } from '../../types.js';
import { longestIncreasing } from '../../sequence.js';

/** How a paragraph of the revised draft is set: the title, a top-level heading, another heading, body text. */
export type ParagraphKind = 'title' | 'heading1' | 'heading' | 'body';

/** One paragraph of the new draft with its revisions. */
export interface RevisedParagraph {
  /** How it is set (taken from the new clause it ends, the old one for a deleted paragraph). */
  kind: ParagraphKind;
  /** Its text in runs: equal, deleted (only in the old draft) or inserted (only in the new). */
  runs: DiffOp[];
  /** The paragraph mark: `delete` joins it to the next one on Accept, `insert` on Reject. */
  mark: DiffOp['op'];
}

/**
 * The new draft as paragraphs whose differences from the old draft are revisions: a modified clause
 * with the word diff of the report (jieba words, numbers whole, as in the 新旧对照表), a removed
 * clause as a deleted paragraph at its old place, an added one as an inserted paragraph, a moved one
 * as a deletion at its old place and an insertion at its new place; item numbers kept in front of
 * the text (a renumbered item has its old number deleted and its new one inserted). Differences of
 * layout (spaces, character width, quote and dash style) are not revisions.
 * Accepting every revision gives the new draft's clauses in order, rejecting every one the old draft's.
 * @param report the compare report (all pairs, as `comparePlans` returns them)
 * @param words cuts text into words for the clauses the report has no diff for (renumbered headings,
 *   split and merged clauses): the segmenter the report's diff was made with
 * @returns the paragraphs in order
 */
export function revisedParagraphs(report: CompareReport, words: (text: string) => readonly string[]): RevisedParagraph[] {
  const units = unitsOf(report.pairs);
  const rank = oldRanks(units);
  const marker = { old: markerOf(units.flatMap((u) => u.olds)), new: markerOf(units.flatMap((u) => u.news)) };
  const firstRank = (u: Unit) => rank.get(u.olds[0]!.id)!;
  // Note: clauses kept in place are the longest run of paired clauses in the same order in both
  // drafts; a paired clause outside it has moved and is deleted at its old place, inserted at its new.
  const paired = units.filter((u) => u.olds.length > 0 && u.news.length > 0);
  const kept = new Set(longestIncreasing(paired.map(firstRank)).map((i) => paired[i]!));
  const anchors = paired.filter((u) => kept.has(u));
  const anchorRanks = anchors.map(firstRank);
  const deleted: Array<Unit[]> = anchors.map(() => []).concat([[]]);
  const inserted: Array<Unit[]> = anchors.map(() => []).concat([[]]);
  let gap = 0;
  for (const unit of units) {
    if (kept.has(unit)) {
      gap += 1;
      continue;
    }
    if (unit.news.length > 0) inserted[gap]!.push({ ...unit, olds: [], diff: null });
    if (unit.olds.length > 0) {
      const at = countBelow(anchorRanks, firstRank(unit));
      deleted[at]!.push({ ...unit, news: [], diff: null });
    }
  }
  const out: RevisedParagraph[] = [];
  deleted.forEach((olds, i) => {
    for (const unit of olds.toSorted((a, b) => firstRank(a) - firstRank(b))) out.push(...whole(unit.olds, 'delete', marker.old));
    for (const unit of inserted[i]!) out.push(...whole(unit.news, 'insert', marker.new));
    const anchor = anchors[i];
    if (anchor) out.push(...revised(anchor, words, marker));
  });
  return out;
}

/** How many of the ascending numbers are below a value (binary search). */
function countBelow(ascending: readonly number[], value: number): number {
  let [lo, hi] = [0, ascending.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ascending[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clauses that go together: one pair, or the pairs of a split or merged group. */
interface Unit {
  /** Old clauses, in order. */
  olds: ClauseRef[];
  /** New clauses, in order. */
  news: ClauseRef[];
  /** The report's word diff of a modified single pair, or null. */
  diff: DiffOp[] | null;
}

function unitsOf(pairs: readonly Pair[]): Unit[] {
  const units: Unit[] = [];
  const groups = new Map<string, Unit>();
  const links = new Map<Unit, Array<[string, string]>>();
  for (const pair of pairs) {
    if (pair.group === undefined) {
      units.push({ olds: pair.old ? [pair.old] : [], news: pair.new ? [pair.new] : [], diff: (pair.status === 'modified' || pair.status === 'related') && pair.diff.length > 0 ? pair.diff : null });
      continue;
    }
    let unit = groups.get(pair.group);
    if (!unit) groups.set(pair.group, (unit = { olds: [], news: [], diff: null }));
    if (!units.includes(unit)) units.push(unit);
    if (pair.old && !unit.olds.some((c) => c.id === pair.old!.id)) unit.olds.push(pair.old);
    if (pair.new && !unit.news.some((c) => c.id === pair.new!.id)) unit.news.push(pair.new);
    if (pair.old && pair.new) links.set(unit, [...(links.get(unit) ?? []), [pair.old.id, pair.new.id]]);
  }
  const byLine = (x: ClauseRef, y: ClauseRef) => x.line - y.line || x.endLine - y.endLine;
  const sorted = units.map((u) => ({ ...u, olds: u.olds.toSorted(byLine), news: u.news.toSorted(byLine), links: links.get(u) }));
  const oldRank = oldRanks(sorted);
  const newRank = new Map<string, number>();
  for (const pair of pairs) if (pair.new && !newRank.has(pair.new.id)) newRank.set(pair.new.id, newRank.size);
  const all = sorted.flatMap(({ links: l, ...u }) => (l === undefined ? [u] : parts(u, l, oldRank, newRank)));
  // Note: units in new-document order (the parts of a group at their own places); a unit with no new
  // clause keeps its place after the one before it.
  let last = -1;
  const keyed = all.map((u) => ({ u, key: (last = u.news.length > 0 ? newRank.get(u.news[0]!.id)! : last) }));
  return keyed.toSorted((x, y) => x.key - y.key).map((k) => k.u);
}

// Note: a split or merge whose clauses lie apart on a side (科普法 2002 第十四条 → 2024 第二十条 and
// 第二十八条) is written as parts that each follow one another on both sides: a run of new clauses
// with the old clauses first linked to them, as long as those follow one another too; an old clause
// out of that run is deleted where it stood. So Accept All still gives the new draft in order, and
// Reject All the old one. A group whose clauses follow one another is one part, as before.
function parts(unit: Unit, links: ReadonlyArray<[string, string]>, oldRank: ReadonlyMap<string, number>, newRank: ReadonlyMap<string, number>): Unit[] {
  const news = unit.news.toSorted((a, b) => newRank.get(a.id)! - newRank.get(b.id)!);
  const next = (rank: ReadonlyMap<string, number>, a: ClauseRef | undefined, b: ClauseRef) => a === undefined || rank.get(b.id) === rank.get(a.id)! + 1;
  const placed = new Set<string>();
  const out: Unit[] = [];
  let part: Unit | null = null;
  for (const n of news) {
    const fresh = unit.olds.filter((o) => !placed.has(o.id) && links.some(([a, b]) => a === o.id && b === n.id)).toSorted((a, b) => oldRank.get(a.id)! - oldRank.get(b.id)!);
    if (part === null || !next(newRank, part.news.at(-1), n) || (fresh.length > 0 && !next(oldRank, part.olds.at(-1), fresh[0]!))) out.push((part = { olds: [], news: [], diff: null }));
    part.news.push(n);
    for (const o of fresh) {
      placed.add(o.id);
      if (next(oldRank, part.olds.at(-1), o)) part.olds.push(o);
      else out.push({ olds: [o], news: [], diff: null });
    }
  }
  for (const o of unit.olds) if (!placed.has(o.id)) out.push({ olds: [o], news: [], diff: null });
  return out;
}

// Note: the old draft's order: by line, clauses on one line in the order the report lists them.
function oldRanks(units: readonly Unit[]): Map<string, number> {
  const olds = units.flatMap((u) => u.olds).map((ref, i) => ({ ref, i }));
  const sorted = olds.toSorted((x, y) => x.ref.line - y.ref.line || x.ref.endLine - y.ref.endLine || x.i - y.i);
  return new Map(sorted.map(({ ref }, rank) => [ref.id, rank]));
}

/** The number a clause is written with in its draft, `''` when its text holds it or it has none. */
type Marker = (ref: ClauseRef) => string;

// Note: a heading on a line of its own is a clause whose text starts with its number (`（一）指导思想`);
// a numbered item whose title runs on in its first paragraph (`8.加强…。支持…`, `（一）强化组织保障。坚持…`)
// has no heading clause, and its number is only in the outline: it goes in front of that paragraph.
function markerOf(refs: readonly ClauseRef[]): Marker {
  const headings = new Set(refs.filter((ref) => !ref.id.includes('#')).map((ref) => ref.id));
  return (ref) => {
    const [node, paragraph] = ref.id.split('#');
    if (paragraph !== 'p1' || headings.has(node!)) return '';
    const marker = NUMBER.exec(ref.outline.split(' / ').at(-1) ?? '')?.[0] ?? '';
    return ref.outline.includes(' / ') || node !== '' ? (ref.text.startsWith(marker) ? '' : marker) : '';
  };
}

// Note: the numbering of an outline heading as written: 第一章/第八条, 一、, （一）, 1. / 1、, （1）, ①.
const NUMBER = /^(?:第[一二三四五六七八九十百千零〇两\d]+[编章节条款]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[.．、](?!\d)|[①-⑳])/;

/** The text of a clause as it stands in its draft: its number (`8.`, `（一）`) and its text. */
function full(ref: ClauseRef, marker: Marker): string {
  return marker(ref) + ref.text;
}

function kindOf(ref: ClauseRef): ParagraphKind {
  if (ref.id === 'title') return 'title';
  if (ref.id.includes('#')) return 'body';
  return ref.id.includes('/') ? 'heading' : 'heading1';
}

function whole(refs: readonly ClauseRef[], op: 'delete' | 'insert', marker: Marker): RevisedParagraph[] {
  return refs.map((ref) => ({ kind: kindOf(ref), runs: [{ op, text: full(ref, marker) }], mark: op }));
}

// Note: a modified clause takes the report's diff, with its item number in front; a clause whose
// number or layout alone changed, and a split or merged group (whose paragraph marks change), are
// diffed here on the same words, with a paragraph mark as a token between clauses.
function revised(unit: Unit, words: (text: string) => readonly string[], marker: { old: Marker; new: Marker }): RevisedParagraph[] {
  const [old, neu] = [unit.olds[0]!, unit.news[0]!];
  if (unit.diff !== null && unit.olds.length === 1 && unit.news.length === 1) {
    const [a, b] = [marker.old(old), marker.new(neu)];
    const number: DiffOp[] = a === b ? [{ op: 'equal', text: b }] : [{ op: 'delete', text: a }, { op: 'insert', text: b }];
    return [{ kind: kindOf(neu), runs: merged([...number, ...unit.diff]), mark: 'equal' }];
  }
  const oldTexts = unit.olds.map((ref) => full(ref, marker.old));
  const newTexts = unit.news.map((ref) => full(ref, marker.new));
  if (unit.olds.length === 1 && unit.news.length === 1 && layoutKey(oldTexts[0]!) === layoutKey(newTexts[0]!)) {
    return [{ kind: kindOf(neu), runs: [{ op: 'equal', text: newTexts[0]! }], mark: 'equal' }];
  }
  return paragraphs(diffTokens(tokens(oldTexts, words), tokens(newTexts, words)), unit.news.map(kindOf));
}

const MARK = '\n';

function tokens(texts: readonly string[], words: (text: string) => readonly string[]): string[] {
  return texts.flatMap((text, i) => [...(i > 0 ? [MARK] : []), ...words(text)]);
}

function diffTokens(a: readonly string[], b: readonly string[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let [x, y] = [0, 0];
  for (const change of diffArrays(a.map(layoutKey), b.map(layoutKey))) {
    const op: DiffOp['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const n = change.value.length;
    const slice = op === 'delete' ? a.slice(x, x + n) : b.slice(y, y + n);
    if (op !== 'insert') x += n;
    if (op !== 'delete') y += n;
    // Note: a paragraph mark is an operation of its own, so the text runs never hold one.
    for (const token of slice) ops.push({ op, text: token });
  }
  return ops;
}

// Note: cut the operations at paragraph marks; the last paragraph's mark is the unit's own (kept).
function paragraphs(ops: readonly DiffOp[], kinds: readonly ParagraphKind[]): RevisedParagraph[] {
  const out: RevisedParagraph[] = [];
  let runs: DiffOp[] = [];
  let k = 0;
  for (const op of ops) {
    if (op.text !== MARK) {
      runs.push(op);
      continue;
    }
    out.push({ kind: kinds[Math.min(k, kinds.length - 1)]!, runs: merged(runs), mark: op.op });
    if (op.op !== 'delete') k += 1;
    runs = [];
  }
  out.push({ kind: kinds[Math.min(k, kinds.length - 1)]!, runs: merged(runs), mark: 'equal' });
  return out;
}

function merged(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = out.at(-1);
    if (last && last.op === op.op) out[out.length - 1] = { op: op.op, text: last.text + op.text };
    else out.push({ ...op });
  }
  return out;
}

/**
 * What a text is up to layout: width unified (NFKC), whitespace dropped, quotes and dashes in one style.
 * @param text a word or a clause
 * @returns its key; equal keys differ in layout only
 */
export function layoutKey(text: string): string {
  if (text === MARK) return MARK;
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”„‟〝〞"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[—–－―]+/g, '-');
}
