import type { Segmenter } from '../parse/words/segmenter.js';
import type { ClauseUnit, DocUnits, Match } from './model.js';
import { containment, cosine, type VectorSpace } from './vectors.js';
import { FUNCTION_WORDS, SUBJECT_ENDS } from './subjectWords.js';
import { bigramDice } from './canon.js';

/** A probable successor among clauses left removed and added. */
export interface Related {
  /** Old clause index. */
  old: number;
  /** New clause index. */
  new: number;
  /** Bigram cosine of the two clauses (what is reported). */
  similarity: number;
  /** The combined evidence the pair was chosen on. */
  score: number;
}

/**
 * Evidence a pair needs: some shared rare words, and a score over all evidence (0.35 cosine + 0.45
 * shared words + 0.2 containment, plus 0.1 for the same subject, 0.1 for sitting between the
 * neighbours' partners, 0.05 for matched sections, 0.05 for a phrase of 8 characters or more kept
 * nearly word for word).
 */
export const RELATED = { words: 0.12, score: 0.45 } as const;

/** Added clauses a word may be held by and still bring candidates. */
const CAP = 64;

/**
 * Find weak but probable successors among the paragraphs left removed and added, on evidence beyond
 * character-bigram cosine: the rare words they share (jieba words, weighted by how few of the
 * leftover clauses hold them; function words of legal drafting left out), the clause's subject (the
 * words before 应当/负责/可以), whether the new clause sits between the partners of the old clause's
 * neighbours, whether their sections are matched, and whether they share a phrase (between commas)
 * nearly word for word; containment either way counts with the
 * cosine, as a successor often keeps one part of a longer clause. Pairs are taken best first, one to one.
 * @param removed old paragraph clauses without a partner
 * @param added new paragraph clauses without a partner
 * @param context both documents' units, the vectors, the clause partners and the section matches
 * @param segmenter the word segmenter
 * @returns the pairs, by old index
 */
export function findRelated(
  removed: readonly ClauseUnit[],
  added: readonly ClauseUnit[],
  context: { oldUnits: DocUnits; newUnits: DocUnits; space: VectorSpace; partners: ReadonlyMap<number, number>; sections: readonly Match[] },
  segmenter: Segmenter,
): Related[] {
  if (removed.length === 0 || added.length === 0) return [];
  const words = new Map<ClauseUnit, Set<string>>();
  const df = new Map<string, number>();
  for (const c of [...removed, ...added]) {
    const set = contentWords(c.key, segmenter);
    words.set(c, set);
    for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const total = removed.length + added.length;
  const idf = (w: string) => Math.log(1 + total / (df.get(w) ?? 1));
  const mass = (set: Set<string>) => Math.sqrt([...set].reduce((s, w) => s + idf(w) ** 2, 0)) || 1;
  const section = new Map(context.sections.map((m) => [m.old, m.new]));
  const between = neighbours(context.oldUnits, context.partners);
  // Note: candidates come from the added clauses sharing a word with the removed one, through postings
  // of words held by at most CAP of them (a word more common tells nothing), so the work stays linear.
  const postings = new Map<string, ClauseUnit[]>();
  for (const n of added) for (const w of words.get(n)!) postings.set(w, [...(postings.get(w) ?? []), n].slice(0, CAP + 1));
  const candidates: Related[] = [];
  for (const o of removed) {
    const a = words.get(o)!;
    const near = new Set<ClauseUnit>();
    for (const w of a) {
      const list = postings.get(w);
      if (list && list.length <= CAP) for (const n of list) near.add(n);
    }
    for (const n of near) {
      const b = words.get(n)!;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared += idf(w) ** 2;
      const word = shared / (mass(a) * mass(b));
      if (word < RELATED.words) continue;
      const similarity = cosine(context.space.old[o.index], context.space.new[n.index]);
      const [lo, hi] = between(o.index);
      const evidence = {
        subject: sameSubject(o.key, n.key) ? 0.1 : 0,
        place: n.index > lo && n.index < hi ? 0.1 : 0,
        section: o.node >= 0 && n.node >= 0 && section.get(parentOf(context.oldUnits, o)) === parentOf(context.newUnits, n) ? 0.05 : 0,
        phrase: samePhrase(o.key, n.key) ? 0.05 : 0,
      };
      // Note: a successor often keeps one part of a longer clause, so containment either way counts too.
      const inside = Math.max(containment(context.space.old[o.index], context.space.new[n.index]), containment(context.space.new[n.index], context.space.old[o.index]));
      const score = 0.35 * similarity + 0.45 * word + 0.2 * inside + evidence.subject + evidence.place + evidence.section + evidence.phrase;
      if (score >= RELATED.score) candidates.push({ old: o.index, new: n.index, similarity, score });
    }
  }
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: Related[] = [];
  for (const c of candidates.toSorted((x, y) => y.score - x.score || x.old - y.old || x.new - y.new)) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    out.push(c);
  }
  return out.toSorted((x, y) => x.old - y.old);
}

/** For an old clause, the new indices of the partners of its nearest paired neighbours before and after. */
function neighbours(oldUnits: DocUnits, partners: ReadonlyMap<number, number>): (i: number) => [number, number] {
  const n = oldUnits.clauses.length;
  const before = new Int32Array(n).fill(-1);
  const after = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    before[i] = last;
    const p = partners.get(i);
    if (p !== undefined) last = p;
  }
  let next = 2 ** 31 - 1;
  for (let i = n - 1; i >= 0; i--) {
    after[i] = next;
    const p = partners.get(i);
    if (p !== undefined) next = p;
  }
  return (i) => [before[i], after[i]];
}

/**
 * The words of a clause that can tell it apart: two characters or more, no function word, no number.
 * @param key the clause's canonical text
 * @param segmenter the word segmenter
 * @returns its content words
 */
export function contentWords(key: string, segmenter: Segmenter): Set<string> {
  return new Set(segmenter.words(key).filter((w) => w.length >= 2 && !FUNCTION_WORDS.has(w) && !/^[\d.%]+$/.test(w)));
}

/** The section holding a clause's article (its node's parent), or -1. */
export function parentOf(units: DocUnits, c: ClauseUnit): number {
  return c.node < 0 ? -1 : units.nodes[c.node].parent;
}

/**
 * The words before the first 应当/负责/可以… of a clause's first sentence (the clause's subject).
 * @param key a clause's canonical text
 * @returns the subject, or '' when there is none
 */
export function subject(key: string): string {
  const sentence = key.split(/[。；]/, 1)[0];
  let end = -1;
  for (const word of SUBJECT_ENDS) {
    const at = sentence.indexOf(word);
    if (at > 0 && (end < 0 || at < end)) end = at;
  }
  return end < 0 ? '' : (sentence.slice(0, end).split(/[，,]/).filter((part) => part !== '').at(-1) ?? '');
}

/**
 * Whether two clauses share a phrase (between commas, 8 characters or more) nearly word for word.
 * @param a one clause's canonical text
 * @param b the other's
 * @returns true when a phrase of one is nearly one of the other
 */
export function samePhrase(a: string, b: string): boolean {
  const phrases = (s: string) => s.split(/[，,；;。：:]/).filter((p) => p.length >= 8);
  const theirs = phrases(b);
  return phrases(a).some((p) => theirs.some((q) => bigramDice(p, q) >= 0.75));
}

function sameSubject(a: string, b: string): boolean {
  const x = subject(a);
  const y = subject(b);
  return x.length >= 2 && y.length >= 2 && bigramDice(x, y) >= 0.5;
}
