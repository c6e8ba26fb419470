/**
 * Test helper: make a revision of a seed plan with KNOWN edits and the ground truth to score an
 * alignment against. Works on plans with one paragraph per line (Word exports). Edits: target numbers
 * changed, sentences reworded, one item deleted, one inserted, one moved to another section, every
 * numbered task renumbered; optionally the result re-wrapped like PDF text (~30 characters per line,
 * a blank line between lines).
 */

/** A number edited in place: the whole token before and after. */
export interface NumberEdit {
  /** Line of the paragraph in the old text. */
  oldLine: number;
  /** Token before (`20家`). */
  from: string;
  /** Token after (`27家`). */
  to: string;
}

/** A revision and its ground truth. */
export interface Revision {
  /** The revised text. */
  text: string;
  /** For each line of the revised text (index = line - 1): the old line it comes from, or null (inserted, blank). */
  origin: Array<number | null>;
  /** For each old line (index = line - 1): the new lines it became (empty when deleted). */
  image: number[][];
  /** For each old paragraph (by its first line): its last line in the old text. */
  extent: Map<number, number>;
  /** Old lines whose text was edited (numbers or words), beyond renumbering. */
  edited: Set<number>;
  /** Old line deleted. */
  deleted: number;
  /** Old line moved to another section. */
  moved: number;
  /** Text of the inserted paragraph. */
  inserted: string;
  /** Numbers changed. */
  numbers: NumberEdit[];
}

const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．]|第[一二三四五六七八九十百]+[章条])/;
const TASK = /^(\d+)([.．])/;
const SECTION = /^([（(])([一二三四五六七八九十]+)([）)])/;
const TOP = /^[一二三四五六七八九十]+、/;
// Note: converters prefix `- ` bullets (also on headings); markers are recognised after them.
const BULLET = /^\s*(?:[-•]\s*)?/;
const bare = (text: string) => text.replace(BULLET, '');
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const REWORD: Array<[string, string]> = [['推动', '促进'], ['加强', '着力强化'], ['支持', '积极鼓励'], ['深化', '持续拓展']];
const NUMBER = /(?<![\d.．,，\-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万亿元|亿元|万元|家|个|项|名|所)(?!百分点)/;

/**
 * Make a revision of a one-paragraph-per-line plan with known edits.
 * @param text the seed text
 * @param options `wrap`: re-wrap every line at this many characters with blank lines between
 * @returns the revised text and the ground truth
 */
export function reviseSeed(text: string, options: { wrap?: number } = {}): Revision {
  const lines = text.split('\n');
  type Row = { text: string; origin: number | null };
  // Note: a hard-wrapped seed is first re-joined into paragraphs, each known by its first line.
  const paragraphs = paragraphsOf(lines);
  const extent = new Map(paragraphs.map((p) => [p.line, p.end]));
  let rows: Row[] = paragraphs.map((p) => ({ text: p.text, origin: p.line }));
  const content = (r: Row) => bare(r.text) !== '' && !HEADING.test(bare(r.text));
  const hasTasks = rows.some((r) => TASK.test(bare(r.text)));
  // Note: an item must be a whole paragraph on its line (some seeds break a paragraph mid-sentence).
  const whole = (r: Row, i: number) => /[。；！？]$/.test(r.text.trim()) && /[。；！？]$|^$/.test(rows.slice(0, i).findLast((x) => x.text.trim() !== '')?.text.trim() ?? '');
  const items = rows.filter((r, i) => (hasTasks ? TASK.test(bare(r.text)) : content(r)) && r.text.trim().length > 40 && whole(r, i));
  const pick = (f: number) => items[Math.min(items.length - 1, Math.floor(items.length * f))];
  const edited = new Set<number>();
  const numbers: NumberEdit[] = [];
  // 1. numbers: the first three paragraphs holding a counted number get it raised by 7
  for (const r of rows.filter((r) => content(r) && NUMBER.test(r.text)).slice(0, 3)) {
    const m = NUMBER.exec(r.text)!;
    const to = `${Number((Number(m[1].replace(/,/g, '')) + 7).toFixed(4))}${m[2]}`;
    // Note: only edit a token the segmenter keeps whole (not part of a longer number).
    numbers.push({ oldLine: r.origin!, from: m[0], to });
    r.text = r.text.replace(m[0], to);
    edited.add(r.origin!);
  }
  // 2. rewording: three other paragraphs get one verb replaced
  let reworded = 0;
  for (const r of rows) {
    if (reworded >= 3 || !content(r) || edited.has(r.origin!) || r.text.length < 60) continue;
    const pair = REWORD.find(([a]) => r.text.includes(a));
    if (!pair) continue;
    r.text = r.text.replace(pair[0], pair[1]);
    edited.add(r.origin!);
    reworded += 1;
  }
  // 3. delete one item, 4. move another to the end of a different top-level section, 5. insert one
  const deleted = pick(0.3).origin!;
  const movedRow = pick(0.7);
  const moved = movedRow.origin!;
  const heads = (r: Row) => SECTION.test(bare(r.text)) || TOP.test(bare(r.text));
  const containerOf = (row: Row) => rows.slice(0, rows.indexOf(row)).findLast(heads);
  const home = containerOf(movedRow);
  const sameKind = (r: Row) => heads(r) && home !== undefined && SECTION.test(bare(r.text)) === SECTION.test(bare(home.text));
  const anchor = pick(0.5);
  rows = rows.filter((r) => r.origin !== deleted && r.origin !== moved);
  const inserted = `${hasTasks ? '1.' : ''}开展量子信息与深海探测领域联合攻关。支持高校院所与海外伙伴共建开放实验平台，探索数据跨境流动试点，形成可复制推广的合作机制。`;
  const insertAt = rows.indexOf(anchor) + 1;
  rows = [...rows.slice(0, insertAt), { text: inserted, origin: null }, ...rows.slice(insertAt)];
  // Note: the moved item goes to the end of the section of the same level before its own (or after it
  // when it sat in the first one), so the outline keeps its shape.
  const homeAt = home === undefined ? -1 : rows.indexOf(home);
  const before = rows.slice(0, Math.max(0, homeAt)).findLast(sameKind);
  const after = rows.slice(homeAt + 1).find(sameKind);
  const destHead = before ?? after ?? rows.find(heads)!;
  const nextHead = rows.slice(rows.indexOf(destHead) + 1).findIndex(heads);
  const dest = nextHead < 0 ? rows.length : rows.indexOf(destHead) + 1 + nextHead;
  rows = [...rows.slice(0, dest), movedRow, ...rows.slice(dest)];
  // 6. renumber every task (continuous) and every （N） section (per top-level section)
  let task = 0;
  let section = 0;
  rows = rows.map((r) => {
    const prefix = BULLET.exec(r.text)![0];
    const t = bare(r.text);
    if (TOP.test(t)) section = 0;
    if (TASK.test(t)) return { ...r, text: prefix + t.replace(TASK, (_m, _n, dot: string) => `${++task}${dot}`) };
    if (SECTION.test(t)) return { ...r, text: prefix + t.replace(SECTION, (_m, a: string, _n, b: string) => `${a}${CN[++section]}${b}`) };
    return r;
  });
  return layout(rows, lines.length, { edited, deleted, moved, inserted, numbers, extent }, options.wrap);
}

function layout(
  rows: Array<{ text: string; origin: number | null }>,
  oldCount: number,
  truth: Pick<Revision, 'edited' | 'deleted' | 'moved' | 'inserted' | 'numbers' | 'extent'>,
  wrap: number | undefined,
): Revision {
  const out: string[] = [];
  const origin: Array<number | null> = [];
  const image: number[][] = Array.from({ length: oldCount }, () => []);
  let previous = '';
  for (const r of rows) {
    // Note: PDF text has no converter bullets, and a body paragraph starts indented by two ideographic
    // spaces (what tells a paragraph ending exactly at the line width from one that goes on).
    const body = bare(r.text);
    const continues = previous !== '' && !/[。；！？：:]$/.test(previous) && !HEADING.test(bare(previous));
    const indent = HEADING.test(body) || continues ? '' : '\u3000\u3000';
    const chunks = wrap === undefined || r.text.trim() === '' ? [r.text] : chunk(indent + body, wrap);
    if (r.text.trim() !== '') previous = r.text.trim();
    chunks.forEach((c, k) => {
      if (k > 0 || (wrap !== undefined && out.length > 0)) {
        out.push('');
        origin.push(null);
      }
      out.push(c);
      origin.push(r.origin);
      if (r.origin !== null) image[r.origin - 1].push(out.length);
    });
  }
  return { text: out.join('\n'), origin, image, ...truth };
}

function chunk(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/**
 * Re-wrap a text like PDF extraction: paragraphs re-joined (in hard-wrapped text a full-length line
 * continues on the next), then cut at `width` characters, a blank line between lines.
 * @param text the text
 * @param width characters per line
 * @returns the re-wrapped text
 */
export function rewrap(text: string, width: number): string {
  return paragraphsOf(text.split('\n'))
    .filter((p) => p.text.trim() !== '')
    .flatMap((p) => chunk(p.text.trim(), width))
    .join('\n\n');
}

/**
 * Paragraphs of a text with their first line: a line each in a Word export; in hard-wrapped text
 * (most lines about as long as the median), a full-length line goes on in the next non-blank line.
 * Blank lines are kept as empty paragraphs where they do not sit inside a wrapped paragraph.
 */
function paragraphsOf(lines: readonly string[]): Array<{ text: string; line: number; end: number }> {
  const lengths = lines.filter((l) => l.trim() !== '').map((l) => [...l.trim()].length).toSorted((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const wrapped = typical < 60;
  const out: Array<{ text: string; line: number; end: number }> = [];
  let open = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      if (!open || !wrapped) out.push({ text: raw, line: i + 1, end: i + 1 });
      return;
    }
    if (open && !HEADING.test(line)) out[out.length - 1] = { ...out[out.length - 1], text: out[out.length - 1].text + line, end: i + 1 };
    else out.push({ text: wrapped ? line : raw, line: i + 1, end: i + 1 });
    // Note: in hard-wrapped text most lines are full (the median length); a shorter one ends a paragraph.
    open = wrapped && [...line].length >= typical - 2;
  });
  return out;
}
