/**
 * Number parsing for Chinese plans: Arabic numerals (separators, decimals, full-width digits),
 * Chinese numerals (十六, 一百二十, 两千, 二〇二五, 百个), 万/亿 magnitudes, mixed forms
 * (5亿1万4千6百, 3万4000), percentages (%, ％, 百分之五, 千分之三, 三成), ranges (3-5, 100～200亿,
 * 5万—10万, 八到九百, 五六百, 二三十) and approximations (余, 多, 几, 来, 数百, 上百).
 *
 * Note: values are computed on scaled BigInts and converted once through a decimal string, so
 * `4.52万` is exactly 45200 and `1.2万亿` exactly 1200000000000 (no binary float drift).
 */

/** How a numeral is approximate, read from characters inside or before it. */
export type NumeralApprox =
  | 'more' // 3000余万, 十多万: more than the value
  | 'about' // 十来个: about the value
  | 'vague' // 数百, 几十, 十几: a vague span
  | 'atleast' // 上百, 上万: at least the value
  | null;

/** One number found in a text, with its value already scaled by 万/亿. */
export interface NumberMatch {
  /** 0-based start in the scanned text (UTF-16). */
  start: number;
  /** 0-based end (exclusive) in the scanned text, after a `%` sign when there is one. */
  end: number;
  /** The characters as written. */
  raw: string;
  /** Value (low end for ranges and spans). */
  value: number;
  /** High end for ranges and vague spans, else null. */
  high: number | null;
  /** `%` when written with %, ％, 百分之 or 千分之 (value already in percent), or 成 (×10); else null. */
  percent: '%' | null;
  /** Approximation read from the numeral itself. */
  approx: NumeralApprox;
  /** The approximation characters as written (`余`, `多`, `数`, `上`, `几`, `来`), or null. */
  approxText: string | null;
  /** True for a range written with a separator (`3-5`, `3至5`, `八到九百`) or adjacent digits (`五六百`). */
  range: boolean;
  /** True when the numeral uses Chinese numeral characters only (`十六`, `百`), false when it has Arabic digits. */
  chinese: boolean;
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL: Readonly<Record<string, bigint>> = { 十: 10n, 百: 100n, 千: 1000n };
const BIG: Readonly<Record<string, bigint>> = { 万: 10_000n, 亿: 100_000_000n };
const CN_CHARS = '〇零一二两三四五六七八九十百千万亿';
/** What toHalfWidthDigits replaces: a full-width digit or ％, or ，/． between two digits of either width. */
const FULL_WIDTH_NUMERIC = /[\uff05\uff10-\uff19]|[0-9][\uff0c\uff0e][0-9]/;
/** Characters a number can start with: digits, Chinese numerals, 百分之/千分之, 数百/几十/上万. */
const NUMBER_START = /[0-9〇零一二两三四五六七八九十百千万亿数几上]/g;
const RANGE_SEPARATORS = ['——', '--', '-', '–', '—', '~', '～', '至', '到', '－', '〜'];

/**
 * Map full-width digits, ％ and ．/，inside numbers to ASCII, keeping every position (1:1).
 * @param text any text
 * @returns the text with the same length, ready for scanning
 */
export function toHalfWidthDigits(text: string): string {
  // Note: most sentences have nothing to replace and come back as they are, after one native scan
  // (callers pass text through here more than once); others are copied in runs between replacements.
  if (!FULL_WIDTH_NUMERIC.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let rep: string | null = null;
    if (code >= 0xff10 && code <= 0xff19) rep = String.fromCharCode(code - 0xfee0);
    else if (code === 0xff05) rep = '%';
    else if ((code === 0xff0e || code === 0xff0c) && isDigit(toAscii(text[i - 1])) && isDigit(toAscii(text[i + 1]))) {
      // Note: a full-width comma is a thousands separator only before exactly three digits.
      rep = code === 0xff0e ? '.' : /^\d{3}(?!\d)/.test(asciiSlice(text, i + 1, 4)) ? ',' : null;
    }
    if (rep === null) continue;
    out += text.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Parse a numeral written alone (`1.2万亿`, `一百二十`, `150,000`, `五六百`, `十几`, `百分之五`).
 * @param raw the numeral, without unit
 * @returns value, high end and approximation, or null when it is not a numeral
 */
export function parseNumeral(raw: string): Pick<NumberMatch, 'value' | 'high' | 'approx' | 'approxText' | 'percent' | 'range'> | null {
  const text = toHalfWidthDigits(raw.trim());
  const found = scanNumbers(text);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== text.length) return null;
  const { value, high, approx, approxText, percent, range } = found[0]!;
  return { value, high, approx, approxText, percent, range };
}

/**
 * Find every number in a text, with ranges, percentages and approximations read whole.
 * @param input the text (full-width digits allowed)
 * @returns the numbers in text order
 */
export function scanNumbers(input: string): NumberMatch[] {
  const text = toHalfWidthDigits(input);
  const out: NumberMatch[] = [];
  let i = 0;
  while (i < text.length) {
    // Note: only these characters can start a number (readOne gives null anywhere else); jumping to
    // the next one skips the rest of the text without a readOne call per character.
    NUMBER_START.lastIndex = i;
    const next = NUMBER_START.exec(text);
    if (next === null) break;
    i = next.index;
    const first = readOne(text, i);
    if (!first) {
      i++;
      continue;
    }
    let match = first;
    const sep = readSeparator(text, first.end);
    if (sep !== null) {
      const second = readOne(text, sep);
      if (second && second.approx === null && first.approx === null && !first.range && !second.range) {
        match = joinRange(text, first, second);
      }
    }
    out.push(match);
    i = match.end;
  }
  return out;
}

/** A scaled decimal: n / 10^k. */
interface Dec {
  n: bigint;
  k: number;
}

function readOne(text: string, start: number): NumberMatch | null {
  let i = start;
  let percent: '%' | null = null;
  let scale = 1n;
  let divide = 0;
  let approx: NumeralApprox = null;
  let approxText: string | null = null;
  if (text.startsWith('百分之', i) || text.startsWith('千分之', i)) {
    percent = '%';
    divide = text[i] === '千' ? 1 : 0;
    i += 3;
  } else if ((text[i] === '数' || text[i] === '几' || text[i] === '上') && /[十百千万亿]/.test(text[i + 1] ?? '')) {
    approx = text[i] === '上' ? 'atleast' : 'vague';
    approxText = text[i]!;
    i += 1;
  }
  const body = readBody(text, i);
  if (!body) return null;
  if (percent === null && approx === null && !isNumeralStart(text, start)) return null;
  let value = body.value;
  let high = body.high;
  let end = body.end;
  if (body.approx) {
    approx = body.approx;
    approxText = body.approxText;
  }
  if (approx === 'vague' && body.high === null) {
    // 数百 / 几十 = a few hundred / tens: 2 to 9 of the unit.
    const unit = value;
    value = { n: unit.n * 2n, k: unit.k };
    high = { n: unit.n * 9n, k: unit.k };
  }
  if (percent === null) {
    const after = text[end];
    if (after === '%') {
      percent = '%';
      end += 1;
    } else if (after === '‰') {
      percent = '%';
      divide = 1;
      end += 1;
    } else if (after === '成' && body.chinese && body.value.k === 0 && body.value.n < 10n && !/[为立功员果本型]/.test(text[end + 1] ?? '')) {
      percent = '%';
      scale = 10n;
      end += 1;
    }
  }
  const fix = (d: Dec): number => toNumber({ n: d.n * scale, k: d.k + divide });
  return {
    start,
    end,
    raw: text.slice(start, end),
    value: fix(value),
    high: high ? fix(high) : null,
    percent,
    approx,
    approxText,
    range: body.range,
    chinese: body.chinese,
  };
}

function isNumeralStart(text: string, i: number): boolean {
  return isDigit(text[i]) || CN_CHARS.includes(text[i] ?? '');
}

interface Body {
  end: number;
  value: Dec;
  high: Dec | null;
  approx: NumeralApprox;
  approxText: string | null;
  range: boolean;
  chinese: boolean;
}

/** Read the numeral body at i: Arabic/Chinese digits, magnitudes and infix 余/多/几/来. */
function readBody(text: string, start: number): Body | null {
  const tokens: string[] = [];
  let i = start;
  let approx: NumeralApprox = null;
  let approxText: string | null = null;
  let chinese = true;
  while (i < text.length) {
    const c = text[i]!;
    if (isDigit(c)) {
      const m = /^\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(text.slice(i))!;
      tokens.push(m[0].replaceAll(',', ''));
      chinese = false;
      i += m[0].length;
      // Note: `2.5 万亿元` (PDF text) keeps a space before the magnitude.
      const space = /^[ \u3000]+(?=[万亿])/.exec(text.slice(i));
      if (space) i += space[0].length;
    } else if (CN_CHARS.includes(c)) {
      // Note: 千 before 瓦/克/米 is the unit's prefix (1088万千瓦, 500亿千瓦时, 30千克), not a magnitude.
      if (c === '千' && tokens.length > 0 && /[瓦克米]/u.test(text[i + 1] ?? '')) break;
      tokens.push(c);
      i += 1;
    } else if ((c === '余' || c === '多' || c === '来') && tokens.length > 0 && approx === null && endsWithUnitOrArabic(tokens)) {
      approx = c === '来' ? 'about' : 'more';
      approxText = c;
      i += 1;
    } else if (c === '几' && tokens.length > 0 && approx === null && SMALL[tokens.at(-1)!] !== undefined) {
      approx = 'vague';
      approxText = c;
      tokens.push('几');
      i += 1;
    } else break;
  }
  if (tokens.length === 0) return null;
  // A trailing 万/亿 right after 余/多 belongs to the numeral (3000余万), already consumed above.
  const values = evaluate(tokens);
  if (!values) return null;
  return { end: i, value: values.low, high: values.high, approx, approxText, range: values.range, chinese };
}

function endsWithUnitOrArabic(tokens: string[]): boolean {
  const last = tokens.at(-1)!;
  return isDigit(last[0]) || SMALL[last] !== undefined || BIG[last] !== undefined;
}

/** Evaluate numeral tokens; adjacent ascending Chinese digits (五六百) and 几 give a span. */
function evaluate(tokens: string[]): { low: Dec; high: Dec | null; range: boolean } | null {
  const vague = tokens.indexOf('几');
  if (vague >= 0) {
    const low = evalTokens(tokens.map((t, j) => (j === vague ? '1' : t)));
    const high = evalTokens(tokens.map((t, j) => (j === vague ? '9' : t)));
    return low && high ? { low, high, range: false } : null;
  }
  for (let j = 0; j + 1 < tokens.length; j++) {
    const a = DIGITS[tokens[j]!];
    const b = DIGITS[tokens[j + 1]!];
    const next = tokens[j + 2];
    if (a !== undefined && b !== undefined && a > 0 && b === a + 1 && (next === undefined || SMALL[next] !== undefined || BIG[next] !== undefined)) {
      const low = evalTokens(tokens.filter((_, k) => k !== j + 1));
      const high = evalTokens(tokens.filter((_, k) => k !== j));
      return low && high ? { low, high, range: true } : null;
    }
  }
  const low = evalTokens(tokens);
  return low ? { low, high: null, range: false } : null;
}

/** Evaluate digits and magnitudes: each unit multiplies everything pending below it. */
function evalTokens(tokens: string[]): Dec | null {
  const k = Math.max(0, ...tokens.map((t) => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0)));
  const one = 10n ** BigInt(k);
  const parts: Array<{ n: bigint; unit: bigint }> = [];
  let current: bigint | null = null;
  let digitRun = '';
  const flushDigits = (): void => {
    if (digitRun.length > 1) current = BigInt(digitRun) * one;
    digitRun = '';
  };
  for (const t of tokens) {
    if (isDigit(t[0])) {
      if (current !== null) return null;
      current = scaled(t, k);
    } else if (DIGITS[t] !== undefined) {
      digitRun += String(DIGITS[t]);
      if (current !== null && digitRun.length === 1) {
        // 一百零五: a zero between units is a filler.
        if (DIGITS[t] === 0) continue;
        return null;
      }
      current = BigInt(DIGITS[t]) * one;
    } else {
      flushDigits();
      const unit = SMALL[t] ?? BIG[t]!;
      let below = current ?? (parts.length === 0 || SMALL[t] !== undefined ? one : 0n);
      const kept: typeof parts = [];
      for (const p of parts) {
        if (p.unit < unit) below += p.n;
        else kept.push(p);
      }
      if (current === null && below === 0n) below = one;
      parts.length = 0;
      parts.push(...kept, { n: below * unit, unit });
      current = null;
    }
  }
  flushDigits();
  let total = current ?? 0n;
  for (const p of parts) total += p.n;
  return { n: total, k };
}

function joinRange(text: string, a: NumberMatch, b: NumberMatch): NumberMatch {
  let low = a.value;
  // 100～200亿 / 八到九百亿 / 五到十万: the left side takes the magnitude of the right side.
  if (!/[十百千万亿]/.test(a.raw) && !a.percent) {
    const right = b.raw.replace('%', '');
    const suffix = b.chinese ? right.replace(/^[〇零一二两三四五六七八九]?十?/, '') : (/[十百千万亿]+$/.exec(right)?.[0] ?? '');
    const scaledLeft = suffix ? readOne(a.raw + suffix, 0) : null;
    if (scaledLeft && scaledLeft.end === a.raw.length + suffix.length) low = scaledLeft.value;
  }
  return {
    start: a.start,
    end: b.end,
    raw: text.slice(a.start, b.end),
    value: low,
    high: b.value,
    percent: a.percent ?? b.percent,
    approx: null,
    approxText: null,
    range: true,
    chinese: a.chinese && b.chinese,
  };
}

function readSeparator(text: string, at: number): number | null {
  let i = at;
  while (text[i] === ' ') i++;
  for (const sep of RANGE_SEPARATORS) {
    if (text.startsWith(sep, i)) {
      let j = i + sep.length;
      while (text[j] === ' ') j++;
      if (isDigit(text[j]) || (CN_CHARS.includes(text[j] ?? '') && text[j] !== '一') || /^一[十百千万亿]/.test(text.slice(j, j + 2))) return j;
      return null;
    }
  }
  return null;
}

function scaled(t: string, k: number): bigint {
  const [int, frac = ''] = t.split('.');
  return BigInt((int ?? '0') + frac.padEnd(k, '0'));
}

function toNumber(d: Dec): number {
  if (d.k === 0) return Number(d.n);
  const neg = d.n < 0n;
  const s = (neg ? -d.n : d.n).toString().padStart(d.k + 1, '0');
  return Number(`${neg ? '-' : ''}${s.slice(0, -d.k)}.${s.slice(-d.k)}`);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function toAscii(c: string | undefined): string | undefined {
  if (c === undefined) return c;
  const code = c.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c;
}

function asciiSlice(text: string, from: number, length: number): string {
  return [...text.slice(from, from + length)].map((c) => toAscii(c)).join('');
}
