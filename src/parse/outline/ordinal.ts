const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese or Arabic ordinal numeral (`十六` → 16, `一百二十三` → 123, `12` → 12).
 * @param numeral the numeral as written
 * @returns its value, or null when it is not a numeral
 */
export function parseOrdinal(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (numeral === '' || !/^[零〇一二两三四五六七八九十百千]+$/.test(numeral)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else {
      total += (digit ?? 1) * UNITS[ch];
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
