import type { ClauseAlignment, ClauseUnit, Match } from './model.js';
import { longestIncreasing } from '../sequence.js';

/**
 * Find clauses whose text is the same but cut into paragraphs differently (PDF re-wrapping, a
 * converter joining or splitting paragraphs): between consecutive anchors (clauses identical and
 * unique on both sides, in order), a run of old clauses whose joined text equals the joined text of
 * the new run is regrouped by where their characters overlap. Linear apart from the anchor LIS.
 * @param oldClauses old clauses in document order
 * @param newClauses new clauses in document order
 * @returns matches (identical clauses, anchors included) and groups (re-cut clauses, with links)
 */
export function regroupClauses(oldClauses: readonly ClauseUnit[], newClauses: readonly ClauseUnit[]): ClauseAlignment {
  const anchors = increasing(uniqueEqual(oldClauses, newClauses));
  const matches: Match[] = [...anchors];
  const groups: ClauseAlignment['groups'] = [];
  const bounds = [{ old: -1, new: -1, similarity: 1 }, ...anchors, { old: oldClauses.length, new: newClauses.length, similarity: 1 }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const olds = oldClauses.slice(bounds[k].old + 1, bounds[k + 1].old);
    const news = newClauses.slice(bounds[k].new + 1, bounds[k + 1].new);
    if (olds.length === 0 || news.length === 0) continue;
    if (olds.map((c) => c.key).join('') !== news.map((c) => c.key).join('')) continue;
    for (const component of overlaps(olds, news)) {
      if (component.old.length === 1 && component.new.length === 1) matches.push({ old: component.old[0], new: component.new[0], similarity: 1 });
      else groups.push({ ...component, similarity: 1 });
    }
  }
  return { matches: matches.toSorted((a, b) => a.old - b.old), groups };
}

function uniqueEqual(oldClauses: readonly ClauseUnit[], newClauses: readonly ClauseUnit[]): Match[] {
  const count = (list: readonly ClauseUnit[]) => {
    const map = new Map<string, number[]>();
    for (const c of list) if (c.key !== '') map.set(c.key, [...(map.get(c.key) ?? []), c.index].slice(0, 2));
    return map;
  };
  const olds = count(oldClauses);
  const news = count(newClauses);
  const out: Match[] = [];
  for (const [key, list] of olds) {
    const other = news.get(key);
    if (list.length === 1 && other?.length === 1) out.push({ old: list[0], new: other[0], similarity: 1 });
  }
  return out.toSorted((a, b) => a.old - b.old);
}

/** Longest run of matches increasing on both sides (matches come in old order). */
function increasing(matches: Match[]): Match[] {
  return longestIncreasing(matches.map((m) => m.new)).map((i) => matches[i]);
}

/** Connected components of clauses whose character ranges overlap in the joined text. */
function overlaps(olds: readonly ClauseUnit[], news: readonly ClauseUnit[]): Array<{ old: number[]; new: number[]; links: Array<[number, number]> }> {
  const out: Array<{ old: number[]; new: number[]; links: Array<[number, number]> }> = [];
  let i = 0;
  let j = 0;
  let oEnd = olds[0].key.length;
  let nEnd = news[0].key.length;
  let current = { old: [olds[0].index], new: [news[0].index], links: [[olds[0].index, news[0].index]] as Array<[number, number]> };
  while (i < olds.length && j < news.length) {
    if (oEnd === nEnd) {
      out.push(current);
      i += 1;
      j += 1;
      if (i >= olds.length || j >= news.length) break;
      oEnd += olds[i].key.length;
      nEnd += news[j].key.length;
      current = { old: [olds[i].index], new: [news[j].index], links: [[olds[i].index, news[j].index]] };
    } else if (oEnd < nEnd) {
      i += 1;
      oEnd += olds[i].key.length;
      current.old.push(olds[i].index);
      current.links.push([olds[i].index, news[j].index]);
    } else {
      j += 1;
      nEnd += news[j].key.length;
      current.new.push(news[j].index);
      current.links.push([olds[i].index, news[j].index]);
    }
  }
  return out;
}
