/**
 * Test helper: make a revision of a law or regulation (`第X条　…` articles, one paragraph per line)
 * with KNOWN edits, chosen by the structure of the text, not by its words: one article of two or more
 * sentences split in two after its first sentence, two neighbouring articles merged into one, three
 * fines reworded around their amount (the amount kept: `处` → `依法处`), two amounts lowered by one, and
 * every article renumbered in order afterwards. With `apart`, the split's second piece goes that many
 * articles further on (a split whose pieces are not neighbours); with `mergeApart`, the article merged
 * into another is that many articles further on (a merge of articles that are not neighbours).
 */

/** One article: its number's place in order, its paragraphs (the first without the `第X条` marker). */
interface Article {
  paragraphs: string[];
  /** The chapter heading before it, if it opens a chapter. */
  chapter: string | null;
}

/** A law revision and what was done to it. */
export interface LawRevision {
  /** The revised text. */
  text: string;
  /** Old article number (1-based) split, and the two new numbers it became. */
  split: { old: number; new: [number, number] };
  /** The two old article numbers merged, and the new number. */
  merged: { old: [number, number]; new: number };
  /** The amounts reworded around (kept), as written: `5万元`. */
  kept: string[];
  /** The amounts changed: as written before and after. */
  changed: Array<{ from: string; to: string }>;
}

const ARTICLE = /^第([一二三四五六七八九十百零]+)条[\s\u3000]*/;
const CHAPTER = /^第[一二三四五六七八九十]+章/;
// a fine's amount after 处 (`处5万元以上`, `并处10万元以上`)
const FINE = /处(\d+(?:\.\d+)?万?元)/g;

/**
 * Revise a law text with known edits.
 * @param text the law, one paragraph per line
 * @param options `apart`: how many articles stand between the split's two pieces; `mergeApart`: how many
 *   between the two articles merged (default 0: neighbours)
 * @returns the revision and its edits
 */
export function reviseLaw(text: string, options: { apart?: number; mergeApart?: number } = {}): LawRevision {
  const apart = options.apart ?? 0;
  const other = 1 + (options.mergeApart ?? 0);
  const articles = readArticles(text);
  const plain = (a: Article) => !/\d/.test(a.paragraphs.join('')) && a.paragraphs.length === 1;
  const splitAt = articles.findIndex((a, i) => i > 0 && plain(a) && a.paragraphs[0].split('。').filter(Boolean).length >= 2);
  const mergeAt = articles.findIndex((a, i) => i > splitAt + 3 + apart && a.chapter === null && articles.slice(i + 1, i + other + 1).every((b) => b.chapter === null) && plain(a) && plain(articles[i + other] ?? { paragraphs: [], chapter: null }));
  if (splitAt < 0 || mergeAt < 0) throw new Error('no article to split or merge');
  const fines = articles.flatMap((a, i) => (i === splitAt || i === mergeAt || i === mergeAt + other ? [] : a.paragraphs.flatMap((p, k) => [...p.matchAll(FINE)].slice(0, 1).map((m) => ({ i, k, at: m.index!, amount: m[1] })))));
  // one fine per article, five articles; an amount to change needs to be 2 or more (it is lowered by
  // one, so a range `5万元以上10万元以下` stays a range)
  const perArticle = fines.filter((f, n) => fines.findIndex((g) => g.i === f.i) === n);
  const chosen = [...perArticle.slice(0, 3), ...perArticle.slice(3).filter((f) => Number(/^\d+/.exec(f.amount)![0]) >= 2).slice(0, 2)];
  if (chosen.length < 5) throw new Error('fewer than five fines');
  const kept: string[] = [];
  const changed: LawRevision['changed'] = [];
  chosen.forEach((f, n) => {
    const p = articles[f.i].paragraphs[f.k];
    if (n < 3) {
      articles[f.i].paragraphs[f.k] = `${p.slice(0, f.at)}依法${p.slice(f.at)}`;
      kept.push(f.amount);
    } else {
      const to = f.amount.replace(/^\d+/, (d) => String(Number(d) - 1));
      articles[f.i].paragraphs[f.k] = `${p.slice(0, f.at)}处${to}${p.slice(f.at + 1 + f.amount.length)}`;
      changed.push({ from: f.amount, to });
    }
  });
  const [first, ...rest] = articles[splitAt].paragraphs[0].split(/(?<=。)/);
  const revised: Article[] = [];
  const second: Article = { chapter: null, paragraphs: [rest.join('')] };
  articles.forEach((a, i) => {
    if (i === splitAt) revised.push({ chapter: a.chapter, paragraphs: [first] }, ...(apart === 0 ? [second] : []));
    else if (apart > 0 && i === splitAt + apart) revised.push(a, second);
    else if (i === mergeAt) revised.push({ chapter: a.chapter, paragraphs: [a.paragraphs[0] + articles[i + other].paragraphs[0]] });
    else if (i !== mergeAt + other) revised.push(a);
  });
  const lines = revised.flatMap((a, i) => [...(a.chapter ? [a.chapter, ''] : []), `第${chinese(i + 1)}条\u3000${a.paragraphs[0]}`, '', ...a.paragraphs.slice(1).flatMap((p) => [p, ''])]);
  return {
    text: lines.join('\n'),
    split: { old: splitAt + 1, new: [splitAt + 1, splitAt + 2 + apart] },
    // the merged article comes after the split one, so its new number is one more
    merged: { old: [mergeAt + 1, mergeAt + 1 + other], new: mergeAt + 2 },
    kept,
    changed,
  };
}

function readArticles(text: string): Article[] {
  const articles: Article[] = [];
  let chapter: string | null = null;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    if (CHAPTER.test(line)) chapter = line;
    else if (ARTICLE.test(line)) {
      articles.push({ chapter, paragraphs: [line.replace(ARTICLE, '')] });
      chapter = null;
    } else if (articles.length > 0) articles.at(-1)!.paragraphs.push(line);
  }
  return articles;
}

/**
 * An article number in Chinese numerals (1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 110 → 一百一十).
 * @param n 1..999
 * @returns the numeral
 */
export function chinese(n: number): string {
  const d = '零一二三四五六七八九';
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const tens = t === 0 ? (u === 0 ? '' : `${h > 0 ? '零' : ''}${d[u]}`) : `${t === 1 && h === 0 ? '' : d[t]}十${u === 0 ? '' : d[u]}`;
  return `${h > 0 ? `${d[h]}百` : ''}${tens}`;
}
