import type { Segmenter } from '../parse/words/segmenter.js';
import type { ClauseUnit, DocUnits, Match } from './model.js';
import { containment, cosine, type VectorSpace } from './vectors.js';
import { bigramDice } from './canon.js';
import { contentWords, parentOf, samePhrase, subject } from './related.js';

/** A further successor: a new clause that took the part of an old clause its partner did not. */
export interface Further {
  /** Old clause index. */
  old: number;
  /** New clause index. */
  new: number;
}

/**
 * What a further successor needs: a score over all evidence of at least `score` (0.45 shared rare
 * words of the part the partner left + 0.35 cosine + 0.2 containment either way, plus 0.1 for a subject
 * that is part of the old one or a penalty's conduct in common, 0.1 for sitting near the partner in its section, 0.05 for matched
 * sections, 0.05 for a phrase kept nearly word for word), at least `words` rare words of that part in
 * common, that part holding at least `rest` of the old clause's word weight, and those words at least
 * `margin` times as telling as those it shares with any other old clause.
 */
export const FURTHER = { score: 0.35, words: 4, rest: 0.3, margin: 2, near: 8 } as const;

/**
 * Find the further successors of clauses already paired: an old clause whose content went to several
 * new ones (科普法 2002 第三十条 → 2024 第五十四条 and 第五十九条) is paired with the one most like it,
 * and the others are left added. A new clause left over is a further successor of an old clause when
 * it shares the rare words of the part of that clause its partner did not take (jieba words weighted
 * by how few of the paragraphs of both documents hold them; function words of legal drafting left out), with the subject,
 * the place next to the partner and the sections as further evidence, and no other old clause comes
 * close. One old clause may take several; each new clause goes to one.
 * @param paired old paragraphs paired one to one with a changed partner, and that partner
 * @param added new paragraphs still without a partner
 * @param context both documents' units, the vectors and the section matches
 * @param segmenter the word segmenter
 * @returns the further links, by old then new index
 */
export function findFurther(
  paired: ReadonlyArray<{ old: ClauseUnit; partner: ClauseUnit }>,
  added: readonly ClauseUnit[],
  context: { oldUnits: DocUnits; newUnits: DocUnits; space: VectorSpace; sections: readonly Match[] },
  segmenter: Segmenter,
): Further[] {
  if (paired.length === 0 || added.length === 0) return [];
  const words = new Map<ClauseUnit, Set<string>>();
  const df = new Map<string, number>();
  // Note: each distinct text is cut once (most clauses of a revision are the same on both sides).
  const cut = new Map<string, Set<string>>();
  const read = (c: ClauseUnit) => {
    if (words.has(c)) return;
    let set = cut.get(c.key);
    if (set === undefined) cut.set(c.key, (set = contentWords(c.key, segmenter)));
    words.set(c, set);
    for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  };
  // Note: how rare a word is is counted over every paragraph of both documents: among the changed
  // ones alone, the words of a topic the revision rewrote throughout look rare.
  context.oldUnits.clauses.forEach((c) => c.kind === 'paragraph' && read(c));
  context.newUnits.clauses.forEach((c) => c.kind === 'paragraph' && read(c));
  const total = words.size;
  const weight = new Map([...df].map(([w, n]) => [w, Math.log(1 + total / n) ** 2]));
  const mass = (ws: Iterable<string>) => {
    let sum = 0;
    for (const w of ws) sum += weight.get(w)!;
    return Math.sqrt(sum) || 1;
  };
  const section = new Map(context.sections.map((m) => [m.old, m.new]));
  // Note: what an old clause has that its partner lacks is where a further successor must come from.
  const rests = paired.flatMap(({ old, partner }) => {
    const own = words.get(old)!;
    const rest = new Set([...own].filter((w) => !words.get(partner)!.has(w)));
    return mass(rest) ** 2 >= FURTHER.rest * mass(own) ** 2 ? [{ old, partner, rest, mass: mass(rest) }] : [];
  });
  const postings = new Map<string, number[]>();
  rests.forEach((r, k) =>
    r.rest.forEach((w) => {
      const list = postings.get(w);
      if (list) list.push(k);
      else postings.set(w, [k]);
    }),
  );
  const out: Further[] = [];
  for (const n of added) {
    const own = words.get(n)!;
    const ownMass = mass(own);
    const near = new Set([...own].flatMap((w) => postings.get(w) ?? []));
    // Note: the words and vectors first (cheap); the other evidence, worth 0.3 at most, only where it
    // could change which clause scores best.
    const scored = [...near].map((k) => {
      const { old: o, rest } = rests[k];
      let shared = 0;
      let sum = 0;
      for (const w of rest) if (own.has(w)) (shared += 1), (sum += weight.get(w)!);
      const word = sum / (rests[k].mass * ownMass);
      const [a, b] = [context.space.old[o.index], context.space.new[n.index]];
      return { k, old: o.index, shared, word, base: 0.45 * word + 0.35 * cosine(a, b) + 0.2 * Math.max(containment(a, b), containment(b, a)) };
    });
    const byWord = scored.toSorted((x, y) => y.word - x.word || x.old - y.old);
    const [top, next] = byWord;
    // Note: the margin is on the words alone: the other evidence (place, sections) favours any clause
    // near the partner, and a clause sharing no rare words with n is no rival.
    if (top === undefined || top.shared < FURTHER.words || (next !== undefined && top.word < FURTHER.margin * next.word)) continue;
    const score = (x: (typeof scored)[number]) => {
      const { old: o, partner: p } = rests[x.k];
      return (
        x.base +
        (sameTopic(n.key, o.key) ? 0.1 : 0) +
        (parentOf(context.newUnits, n) === parentOf(context.newUnits, p) && Math.abs(n.index - p.index) <= FURTHER.near ? 0.1 : 0) +
        (o.node >= 0 && n.node >= 0 && section.get(parentOf(context.oldUnits, o)) === parentOf(context.newUnits, n) ? 0.05 : 0) +
        (samePhrase(o.key, n.key) ? 0.05 : 0)
      );
    };
    const best = score(top);
    // the clause with the telling words must also score best of all, and well enough
    if (best < FURTHER.score || byWord.slice(1).some((x) => x.base + 0.3 > best && (score(x) > best || (score(x) === best && x.old < top.old)))) continue;
    out.push({ old: top.old, new: n.index });
  }
  return out.toSorted((x, y) => x.old - y.old || x.new - y.new);
}

/** Where the conduct of a penalty clause ends (`以科普为名…骗取财物的，由有关主管部门…`). */
const CONDUCT_END = /的[，,](?:由|依法|处|责令|没收|给予|对)/;

// Note: what a clause is about is its subject (the words before 应当/负责/可以…), or, for a penalty
// clause, the conduct it punishes (the words before `的，由…`).
function topic(key: string): { text: string; kind: 'subject' | 'conduct' } | null {
  const who = subject(key);
  if (who.length >= 2) return { text: who, kind: 'subject' };
  const end = CONDUCT_END.exec(key);
  return end === null ? null : { text: key.slice(0, end.index), kind: 'conduct' };
}

// Note: a successor often takes some of the old clause's subjects (科学研究和技术开发机构、高等院校、
// 自然科学和社会科学类社会团体 → 科学研究和技术开发机构、高等学校), so most of its subject's character
// pairs are in the old subject; a penalty's conduct is often reworded around its core (以科普为名…
// 社会公共利益), so a quarter of the shorter one's pairs is enough there.
function sameTopic(newKey: string, oldKey: string): boolean {
  const [x, y] = [topic(newKey), topic(oldKey)];
  if (x === null || y === null || x.kind !== y.kind) return false;
  const pairs = (s: string) => new Set(Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));
  const [mine, theirs] = [pairs(x.text), pairs(y.text)];
  const shared = [...mine].filter((p) => theirs.has(p)).length;
  if (x.kind === 'conduct') return shared >= 0.25 * Math.min(mine.size, theirs.size);
  return shared >= 0.6 * mine.size || bigramDice(x.text, y.text) >= 0.5;
}
