import { parseNumeral, toHalfWidthDigits } from '../numbers.js';

/** A time expression that sets the horizon of the numbers after it, or dates a past fact. */
export interface HorizonMatch {
  /** 0-based start in the text. */
  start: number;
  /** 0-based end (exclusive) in the text. */
  end: number;
  /** The expression as written (`到2027年`, `"十四五"时期`, `用3-5年时间`). */
  text: string;
  /** Year it points to, or null for a relative horizon or 当年. */
  year: number | null;
  /**
   * deadline: 到2027年, 2025年底前, 展望2035年, "十四五"时期; relative: 用3-5年时间;
   * current: 当年 (the horizon in force); reference: 2019年的, 截至2023年底, "十三五"时期 (a dated fact).
   */
  role: 'deadline' | 'relative' | 'current' | 'reference';
  /** For relative horizons: years from the plan's start, low and high (`用3-5年` → [3, 5]). */
  relative: [number, number] | null;
}

const YEAR = String.raw`((?:19|20|21)\d{2}|[一二〇零][〇零一二三四五六七八九]{3})\s*年`;

/** Patterns in priority order; each gives the year group and the role. */
const PATTERNS: ReadonlyArray<readonly [RegExp, HorizonMatch['role']]> = [
  [new RegExp(String.raw`(?:截至|截止到?|截止至)\s*${YEAR}(?:年底|底|末)?`, 'gu'), 'reference'],
  [new RegExp(String.raw`(?:到|至|展望|力争到|争取到)\s*${YEAR}(?:年底|底|末)?(?:前)?(?![的\d])`, 'gu'), 'deadline'],
  [new RegExp(String.raw`${YEAR}(?:年底|底|末)?(?:以前|之前|前)`, 'gu'), 'deadline'],
  [new RegExp(String.raw`${YEAR}的`, 'gu'), 'reference'],
  // Staged goals: 2024年完成50%，2025年全面完成.
  [new RegExp(String.raw`${YEAR}(?:年底|底|末)?(?=[，,]?\s*(?:完成|实现|达到|建成|基本|全面|力争))`, 'gu'), 'deadline'],
];

/** A year opening the sentence (`2020年，…`). */
const LEAD = new RegExp(String.raw`^\s*${YEAR}(?:年底|底|末)?(?=[，,])`, 'u');

/** Note: `"十四五"规划重大工程` names a plan, not a horizon: a period followed by 规划 is skipped. */
const FYP = /[“"]?十([一二三四五六七八九])五[”"]?(时期|期间|末|期末|时期末)?(?!规划|[”"]?规划)/gu;
const RELATIVE = /用\s*([0-9一二三四五六七八九十两]+(?:\s*[-～~至到]\s*[0-9一二三四五六七八九十两]+)?)\s*年(?:左右)?(?:的)?时间/gu;

/** What the horizon finder may know about the document. */
export interface HorizonOptions {
  /** The document's own year (a yearly report's year), for `今年` and `去年`/`上年`; null when unknown. */
  currentYear?: number | null;
  /** First year of the plan period: a sentence-leading `2020年，` before it dates a past fact. */
  periodStart?: number | null;
}

/**
 * Find the time expressions of a text that set or date the numbers after them.
 * Note: a bare year (`2025年世界大会`, `2022年北京冬奥会`) is not a horizon; only 到/前/底前/展望
 * forms, five-year-plan periods (`"十四五"时期`, not `"十四五"规划`), `用N年时间`, `当年`/`今年` and a
 * year opening the sentence (`2020年，…`) are; `YYYY年的`/`截至`/`去年`/`上年` date past facts.
 * Note: `今年` is the document's year when it is known (a yearly report), else it acts like `当年`.
 * @param input the text (full-width digits allowed)
 * @param options the document's year and plan period start, when known
 * @returns the expressions in text order
 */
export function findHorizons(input: string, options: HorizonOptions = {}): HorizonMatch[] {
  const text = toHalfWidthDigits(input);
  const out: HorizonMatch[] = [];
  const current = options.currentYear ?? null;
  const taken = (s: number, e: number): boolean => out.some((h) => s < h.end && e > h.start);
  // A year opening the sentence (`2020年，我国…`): a past fact before the plan period, a deadline otherwise.
  // Note: every form but the five-year-plan period has 年; most sentences have none and skip those scans.
  const hasYear = text.includes('年');
  const lead = hasYear ? LEAD.exec(text) : null;
  if (lead) {
    const year = yearOf(lead[1]!);
    const start = lead[0].length - lead[0].trimStart().length;
    const past = (options.periodStart ?? current ?? Infinity) > year;
    out.push({ start, end: lead[0].length, text: input.slice(start, lead[0].length), year, role: past ? 'reference' : 'deadline', relative: null });
  }
  for (const [re, role] of hasYear ? PATTERNS : []) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      out.push({ start, end, text: input.slice(start, end), year: yearOf(m[1]!), role, relative: null });
    }
  }
  for (const m of text.includes('五') ? text.matchAll(FYP) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const n = 10 + ' 一二三四五六七八九'.indexOf(m[1]!);
    // The n-th five-year plan ends in 1955 + 5n ("十四五" 2021-2025, "十三五" 2016-2020).
    const year = 1955 + 5 * n;
    out.push({ start, end, text: input.slice(start, end), year, role: n >= 14 ? 'deadline' : 'reference', relative: null });
  }
  for (const m of hasYear ? text.matchAll(RELATIVE) : []) {
    const parsed = parseNumeral(m[1]!.replace(/\s+/g, ''));
    if (!parsed) continue;
    const start = m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: input.slice(start, start + m[0].length),
      year: null,
      role: 'relative',
      relative: [parsed.value, parsed.high ?? parsed.value],
    });
  }
  for (const m of hasYear ? text.matchAll(/当年|今年/gu) : []) {
    if (taken(m.index, m.index + 2)) continue;
    const known = m[0] === '今年' && current !== null;
    out.push({ start: m.index, end: m.index + 2, text: m[0], year: known ? current : null, role: known ? 'deadline' : 'current', relative: null });
  }
  // Note: 比上年/较去年 is a comparison base, not the date of the number; it is still returned, and
  // readers skip a reference preceded by 比/较.
  for (const m of hasYear ? text.matchAll(/去年|上年/gu) : []) {
    if (!taken(m.index, m.index + 2)) out.push({ start: m.index, end: m.index + 2, text: m[0], year: current === null ? null : current - 1, role: 'reference', relative: null });
  }
  return out.toSorted((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The plan period written in a title or text (`（2024-2027年）`, `"十四五"时期`, `2021至 2025年`).
 * @param input the title or a line of text
 * @returns the first and last year, or null
 */
export function findPeriod(input: string): { start: number; end: number } | null {
  const text = toHalfWidthDigits(input);
  const range = /((?:19|20)\d{2})\s*年?\s*(?:-|–|—|～|~|至|到)\s*((?:19|20)\d{2})\s*年/u.exec(text);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const fyp = /[“"]?十([一二三四五六七八九])五[”"]?/u.exec(text);
  if (fyp) {
    const n = 10 + ' 一二三四五六七八九'.indexOf(fyp[1]!);
    return { start: 1951 + 5 * n, end: 1955 + 5 * n };
  }
  return null;
}

function yearOf(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  return Number([...raw].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join(''));
}
