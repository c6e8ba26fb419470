import type { ClauseRef, Pair, PlanDocument } from '../types.js';
import type { Segmenter } from '../parse/words/segmenter.js';
import { canonText, type Features } from './canon.js';
import { buildVectors, cosine } from './vectors.js';
import { diffClauses } from './diffClauses.js';

/** Id and outline of the title's side of a pair; no clause id can take this form (ids are outline paths). */
export const TITLE_ID = 'title';

/**
 * The document titles as a pair (`old.id` and `new.id` are `title`, outline `标题`), so a changed
 * title or plan period (`（2024-2027年）` → `（2024-2028年）`) is a change like any clause's.
 * Note: the title is neither moved nor renumbered; its similarity is the TF-IDF cosine of the two
 * titles alone.
 * @param oldDoc the old revision
 * @param newDoc the new revision
 * @param segmenter the word segmenter, for the diff
 * @param features the feature extractor of this comparison
 * @param diffUnchanged give an unchanged title one `equal` operation
 * @returns the pair, or null when neither document has a title
 */
export function titlePair(oldDoc: PlanDocument, newDoc: PlanDocument, segmenter: Segmenter, features: Features, diffUnchanged: boolean): Pair | null {
  const a = oldDoc.title ? ref(oldDoc) : null;
  const b = newDoc.title ? ref(newDoc) : null;
  // Note: keys in the order of every other pair (see buildPairs), so the JSON stays stable.
  const pair = (status: Pair['status'], similarity: number, diff: Pair['diff']): Pair => ({ status, moved: false, renumbered: false, similarity, old: a, new: b, diff });
  if (a && b) {
    const aKey = canonText(a.text);
    const bKey = canonText(b.text);
    if (aKey === bKey) return pair('unchanged', 1, diffUnchanged ? [{ op: 'equal', text: b.text }] : []);
    const space = buildVectors([features(aKey)], [features(bKey)]);
    return pair('modified', Math.round(cosine(space.old[0], space.new[0]) * 1000) / 1000, diffClauses(a.text, b.text, segmenter));
  }
  if (b) return pair('added', 0, [{ op: 'insert', text: b.text }]);
  if (a) return pair('removed', 0, [{ op: 'delete', text: a.text }]);
  return null;
}

function ref(doc: PlanDocument): ClauseRef {
  const line = doc.titleLines?.line ?? (doc.label ? 2 : 1);
  const page = doc.titleLines?.page;
  return { id: TITLE_ID, outline: '标题', line, endLine: doc.titleLines?.endLine ?? line, ...(page === undefined ? {} : { page }), text: doc.title! };
}
