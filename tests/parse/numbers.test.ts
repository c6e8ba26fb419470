import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumeral, scanNumbers, toHalfWidthDigits } from '../../src/parse/numbers.js';

describe('parseNumeral', () => {
  // [input, value, high, approx, percent]
  it.each([
    ['150,000', 150000, null, null, null],
    ['5,000', 5000, null, null, null],
    ['1.2万亿', 1200000000000, null, null, null],
    ['12000亿', 1200000000000, null, null, null],
    ['1,200,000,000,000', 1200000000000, null, null, null],
    ['8000亿', 800000000000, null, null, null],
    ['7.5万', 75000, null, null, null],
    ['七万五千', 75000, null, null, null],
    ['7万5千', 75000, null, null, null],
    ['4.52万', 45200, null, null, null],
    ['2.5 万亿', 2500000000000, null, null, null],
    ['一万五千亿', 1500000000000, null, null, null],
    ['二十万亿', 20000000000000, null, null, null],
    ['5亿1万4千6百', 500014600, null, null, null],
    ['3万4000', 34000, null, null, null],
    ['1,100万', 11000000, null, null, null],
    ['１．２万', 12000, null, null, null],
    ['１５０，０００', 150000, null, null, null],
    ['两千', 2000, null, null, null],
    ['二〇二五', 2025, null, null, null],
    ['十六', 16, null, null, null],
    ['二十', 20, null, null, null],
    ['一百二十', 120, null, null, null],
    ['一百零五', 105, null, null, null],
    ['百', 100, null, null, null],
    ['千万', 10000000, null, null, null],
    ['百分之六', 6, null, null, '%'],
    ['百分之五', 5, null, null, '%'],
    ['千分之三', 0.3, null, null, '%'],
    ['三成', 30, null, null, '%'],
    ['6%', 6, null, null, '%'],
    ['6％', 6, null, null, '%'],
    ['12.6%', 12.6, null, null, '%'],
    ['3-5', 3, 5, null, null],
    ['3至5', 3, 5, null, null],
    ['4.5%-5%', 4.5, 5, null, '%'],
    ['63%～68%', 63, 68, null, '%'],
    ['63～68%', 63, 68, null, '%'],
    ['6%—6.5%', 6, 6.5, null, '%'],
    ['100-200亿', 10000000000, 20000000000, null, null],
    ['100～200亿', 10000000000, 20000000000, null, null],
    ['5万—10万', 50000, 100000, null, null],
    ['八到九百亿', 80000000000, 90000000000, null, null],
    ['五到十万', 50000, 100000, null, null],
    ['五六百万', 5000000, 6000000, null, null],
    ['二三十', 20, 30, null, null],
    ['3000余万', 30000000, null, 'more', null],
    ['3000多万', 30000000, null, 'more', null],
    ['十多万', 100000, null, 'more', null],
    ['十几', 11, 19, 'vague', null],
    ['二十几', 21, 29, 'vague', null],
    ['数百', 200, 900, 'vague', null],
    ['几十', 20, 90, 'vague', null],
    ['上百', 100, null, 'atleast', null],
    ['十来', 10, null, 'about', null],
  ] as const)('%s → %s', (input, value, high, approx, percent) => {
    expect(parseNumeral(input)).toMatchObject({ value, high, approx, percent });
  });

  it.each(['', '年', 'abc', '5G发展'])('rejects %j', (input) => {
    expect(parseNumeral(input)).toBeNull();
  });
});

describe('scanNumbers', () => {
  it('finds each number with its position, keeping a range whole', () => {
    const text = '建立机制达30个，在海外布局20个平台，用3-5年时间';
    const found = scanNumbers(text);
    expect(found.map((n) => [n.raw, n.start, n.value, n.high])).toEqual([
      ['30', text.indexOf('30'), 30, null],
      ['20', text.indexOf('20'), 20, null],
      ['3-5', text.indexOf('3-5'), 3, 5],
    ]);
  });

  it('does not read a dash before a word as a range (科技创新2030—重大项目)', () => {
    expect(scanNumbers('科技创新2030—重大项目').map((n) => [n.raw, n.range])).toEqual([['2030', false]]);
  });

  it('keeps positions when full-width digits are mapped', () => {
    expect(toHalfWidthDigits('达１．２万件，增长５％')).toBe('达1.2万件，增长5%');
    expect(toHalfWidthDigits('共1，500家，增长2．5%，其中，')).toBe('共1,500家，增长2.5%，其中，');
    expect(toHalfWidthDigits('12，34个，３，４５６')).toBe('12，34个，3,456');
  });

  it('maps full-width digits like a character-by-character reading (property)', () => {
    // Note: the reference reads every character; toHalfWidthDigits skips texts with nothing to map.
    const ascii = (c: string | undefined) => (c !== undefined && c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);
    const digit = (c: string | undefined) => c !== undefined && /^[0-9]$/.test(ascii(c)!);
    const reference = (text: string) =>
      [...text]
        .map((c, i, all) => {
          if (c >= '０' && c <= '９') return ascii(c)!;
          if (c === '％') return '%';
          if ((c === '．' || c === '，') && digit(all[i - 1]) && digit(all[i + 1])) {
            if (c === '．') return '.';
            return /^[0-9]{3}(?![0-9])/.test(all.slice(i + 1, i + 5).map(ascii).join('')) ? ',' : c;
          }
          return c;
        })
        .join('');
    const chars = fc.constantFrom(...'0123456789０１２５９，．％,.%万家增长'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 16 }).map((a) => a.join('')), (text) => toHalfWidthDigits(text) === reference(text)), { numRuns: 2000 });
  });
});

/** Chinese numeral for 0 < n < 1e8, written the standard way (十六, 一百零五, 三万零五百). */
function chinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const group = (g: number): string => {
    let out = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(g / 10 ** i) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += digits[d] + units[i];
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? `${group(high)}万` : '';
  if (low > 0) out += (high > 0 && low < 1000 ? '零' : '') + group(low);
  return out.replace(/^一十/, '十');
}

describe('numbers properties', () => {
  it('reads back an integer written with thousands separators', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseNumeral(n.toLocaleString('en-US'))?.value === n));
  });

  it('reads back an integer written in full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        const wide = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        return parseNumeral(wide)?.value === n;
      }),
    );
  });

  it('reads back an integer written in Chinese numerals', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => parseNumeral(chinese(n))?.value === n));
  });

  it('reads back a decimal scaled by 万 or 亿 exactly (no float drift)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(['万', 4], ['亿', 8]), (int, places, [mag, zeros]) => {
        const text = places === 0 ? String(int) : `${Math.floor(int / 10 ** places)}.${String(int % 10 ** places).padStart(places, '0')}`;
        const expected = Number(BigInt(int) * 10n ** BigInt(zeros - places));
        return parseNumeral(`${text}${mag}`)?.value === expected;
      }),
    );
  });

  it('reads a range low-high for any two integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom('-', '～', '至', '—'), (a, b, sep) => {
        const r = parseNumeral(`${a}${sep}${b}`);
        return r?.value === a && r.high === b && r.range;
      }),
    );
  });
});
