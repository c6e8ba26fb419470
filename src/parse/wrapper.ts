import type { VLine } from './outline/blocks.js';
import { charLength, hasTerminator, isTerminated } from './chars.js';
import { matchMarker } from './outline/markers.js';
import { CHROME_CHOICES, CHROME_WORDS, FILE_EXTENSIONS, METADATA_KEYS, WRAPPER_HEADINGS } from './wrapper-words.js';

/** The content lines of a file split into the wrapper a web page or scraper put around the plan, and the plan. */
export interface Wrapped {
  /** Lines of the plan, in order. */
  body: VLine[];
  /** Chrome and metadata lines at the top (among the title lines too) and at the bottom, in order. */
  wrapper: VLine[];
}

/**
 * What a line is, as wrapper: a page control (`下载`, `【字号：`), a choice under one (`大`, `加大`), a
 * `key：value` metadata line, a key whose value is on the next line (`来源:` / `四川日报`), a time stamp
 * (`2026年02月10日 07时41分`), a page id (`abcd39f1…:`), a file link (`….pdf`), a scraper's heading
 * (`## 政策全文`); null for anything else.
 */
type WrapperKind = 'control' | 'choice' | 'key' | 'open' | 'value' | 'stamp' | 'id' | 'file' | 'heading';

const byLength = (words: readonly string[]) => words.toSorted((a, b) => b.length - a.length).map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
const CONTROL = new RegExp(`(?:${byLength(CHROME_WORDS).join('|')})`, 'u');
const ANY_CHROME = new RegExp(`(?:${byLength([...CHROME_WORDS, ...CHROME_CHOICES]).join('|')})`, 'gu');
const KEY_VALUE = new RegExp(`^(?:${byLength(METADATA_KEYS).join('|')})[\\s\\u3000]*[:：][\\s\\u3000]*(.*)$`, 'u');
const STAMP = /^(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}(?:\s*时\s*\d{1,2}\s*分|:\d{2}(?::\d{2})?)$/u;
const PAGE_ID = /^[0-9a-f]{16,}[:：]?$/iu;
const FILE = new RegExp(`\\.(?:${FILE_EXTENSIONS.join('|')})$`, 'iu');
/** Layout characters around chrome words: brackets, colons, `>>`, separators, spaces. */
const CHROME_PUNCT = /(?:>>|»|[\s\u3000:：|｜[\]【】])/gu;

/**
 * Split the wrapper off a plan: web chrome and scraper metadata at the top (before the first sentence or
 * numbered heading, where they mix with the title lines) and a run of them at the bottom; the plan's
 * own lines stay in order. Nothing is dropped: the wrapper lines are kept for the document's metadata.
 * Note: a choice word (`大`, `中`, `小`) is chrome only in a run with a control; a run at the bottom
 * starts at a control or metadata line and holds nothing but wrapper, short link titles, and a repeat
 * of the document's opening (a page's summary under the text).
 * @param lines the content lines
 * @returns plan lines and wrapper lines
 */
export function splitWrapper(lines: readonly VLine[]): Wrapped {
  const kinds: Array<WrapperKind | null> = lines.map(classify);
  absorbValues(lines, kinds);
  const wrapper = new Array<boolean>(lines.length).fill(false);
  let end = 0;
  while (end < lines.length && (kinds[end] !== null || !isProse(lines[end]))) end += 1;
  markRuns(kinds, 0, end, wrapper);
  const start = tailStart(lines, kinds, end);
  markRuns(kinds, start, lines.length, wrapper);
  for (let i = start; i < lines.length; i++) if (kinds[i] === null) wrapper[i] = true;
  return { body: lines.filter((_, i) => !wrapper[i]), wrapper: lines.filter((_, i) => wrapper[i]) };
}

function classify(line: VLine): WrapperKind | null {
  const t = line.text.text;
  if (line.mdDepth !== undefined) return WRAPPER_HEADINGS.includes(t.replace(/[\s\u3000]/gu, '')) ? 'heading' : null;
  const bare = charLength(t) <= 60 ? t.replace(CHROME_PUNCT, '') : t;
  if (bare === '' && /[【】[\]]/u.test(t)) return 'choice';
  if (bare !== '' && bare.replace(ANY_CHROME, '') === '') return CONTROL.test(bare) ? 'control' : 'choice';
  // Note: a value is short and no sentence, or one link (a search URL may run to thousands of characters).
  const kv = KEY_VALUE.exec(t);
  if (kv) return kv[1] === '' ? 'open' : /^https?:\/\/\S+$/u.test(kv[1]) || (charLength(kv[1]) <= 100 && !hasTerminator(kv[1])) ? 'key' : null;
  if (charLength(t) > 200) return null;
  if (STAMP.test(t)) return 'stamp';
  if (PAGE_ID.test(t)) return 'id';
  if (FILE.test(t) && !hasTerminator(t)) return 'file';
  return null;
}

/** The line after a key without value (`来源:`) is its value when short and plain (`四川日报`). */
function absorbValues(lines: readonly VLine[], kinds: Array<WrapperKind | null>): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    if (kinds[i] !== 'open' || kinds[i + 1] !== null || next.group !== lines[i].group || next.mdDepth !== undefined) continue;
    const t = next.text.text;
    if (charLength(t) <= 30 && !hasTerminator(t) && !isTerminated(t) && matchMarker(t) === null) kinds[i + 1] = 'value';
  }
}

/** Running text or a numbered heading: the top wrapper ends before it. */
function isProse(line: VLine): boolean {
  const t = line.text.text;
  const m = matchMarker(t);
  return isTerminated(t) || hasTerminator(t) || (m !== null && m.kind !== 'annex') || charLength(t) > 80;
}

/** Mark the wrapper lines in [from, to): every line with a kind, a choice only in a run holding a stronger kind. */
function markRuns(kinds: ReadonlyArray<WrapperKind | null>, from: number, to: number, wrapper: boolean[]): void {
  let i = from;
  while (i < to) {
    if (kinds[i] === null) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < to && kinds[j] !== null) j += 1;
    const strong = kinds.slice(i, j).some((k) => k !== 'choice');
    for (let k = i; k < j; k++) if (strong || kinds[k] !== 'choice') wrapper[k] = true;
    i = j;
  }
}

/**
 * Where the bottom wrapper starts (lines.length when there is none): the first control or metadata line
 * after which every line is wrapper or a short link title, closed at most by a repeat of the document's
 * opening (a page's summary of the text: its title and first lines again).
 */
function tailStart(lines: readonly VLine[], kinds: ReadonlyArray<WrapperKind | null>, headEnd: number): number {
  const opening = lines.slice(0, headEnd + 3).map((l) => l.text.text).join('').replace(/[\s\u3000]/gu, '');
  const repeats = (t: string) => {
    const s = t.replace(/[\s\u3000]/gu, '');
    return charLength(s) >= 4 && opening.includes(s);
  };
  let start = lines.length;
  let atEnd = true;
  for (let i = lines.length - 1; i > headEnd; i--) {
    const k = kinds[i];
    const t = lines[i].text.text;
    if (atEnd && k === null && repeats(t)) continue;
    atEnd = false;
    if (k !== null && k !== 'choice' && k !== 'value') start = i;
    else if (k === null && !(lines[i].mdDepth === undefined && charLength(t) <= 80 && !hasTerminator(t) && matchMarker(t) === null)) break;
  }
  // Note: a repeat of the opening alone, with no wrapper line above it, is the plan's own text.
  return start;
}
