// Structure-aware mutations of plan text, shared by tests/fuzz/pipeline.test.ts (in-process, fast-check)
// and scripts/fuzz.mjs (the command line, mutated .txt/.md/.docx files). Plain JavaScript so the script
// runs it without a build step; `rand(n)` returns an integer in [0, n).

/** Headings markers of every level a plan uses. */
export const MARKERS = ['一、', '二、', '十一、', '（一）', '（二）', '1.', '2．', '(3)', '①', '第一章 ', '第二节 ', '第三条 ', '第十五条 ', '附件1', '专栏2 ', '# ', '## ', '- '];
/** Numbers with units, comparators and horizons, the material of targets. */
export const QUANTITIES = ['30家', '1.2万亿元', '5%以上', '不低于80%', '翻一番', '3-5个', '2027年', '到2025年，', '增长6.5%左右', '一百二十个', '0.5‰', '1,200万人', '10倍', '第3名', '（2024—2027年）', '超过1000亿元'];
/** Phrases repeated to make long lines and many targets in one sentence. */
export const PHRASES = ['发展翻一番', '建设联合实验室20家，', '推动', '、', '。', '；', '“', '”', '（', '）', '\t', ' ', '\r', '\u001b[31m', '\u0000'];

/** Mutation kinds, by name. */
export const KINDS = ['insertLine', 'deleteLine', 'duplicateLine', 'swapLines', 'marker', 'quantity', 'longLine', 'repeat', 'unicode', 'truncate', 'joinLines'];

/**
 * Apply one mutation to a text.
 * @param {string} text the text
 * @param {string} kind one of KINDS
 * @param {(n: number) => number} rand random integer in [0, n)
 * @returns {string} the mutated text
 */
export function mutateText(text, kind, rand) {
  const lines = text.split('\n');
  const at = rand(lines.length + 1);
  const pick = (list) => list[rand(list.length)];
  const line = () => lines[rand(lines.length)] ?? '';
  switch (kind) {
    case 'insertLine':
      lines.splice(at, 0, pick(MARKERS) + line().slice(0, 40));
      break;
    case 'deleteLine':
      lines.splice(at, 1);
      break;
    case 'duplicateLine':
      lines.splice(at, 0, ...lines.slice(at, at + 1 + rand(5)));
      break;
    case 'swapLines': {
      const other = rand(lines.length);
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
      break;
    }
    case 'marker':
      lines[at] = pick(MARKERS) + (lines[at] ?? '');
      break;
    case 'quantity': {
      const l = lines[at] ?? '';
      const cut = rand(l.length + 1);
      lines[at] = l.slice(0, cut) + pick(QUANTITIES) + l.slice(cut);
      break;
    }
    case 'longLine':
      lines.splice(at, 0, line().repeat(2 + rand(30)));
      break;
    case 'repeat':
      lines.splice(at, 0, pick(PHRASES).repeat(1 + rand(200)));
      break;
    case 'unicode': {
      const l = lines[at] ?? '';
      const cut = rand(l.length + 1);
      const cps = Array.from({ length: 1 + rand(8) }, () => {
        const cp = pick([rand(0x80), 0x3000 + rand(0x100), 0x4e00 + rand(0x5200), 0xff00 + rand(0x100), 0x200b + rand(0x10), 0x1f600 + rand(0x50), 0xfffd, 0x2028, 0xd800 + rand(0x400)]);
        return String.fromCodePoint(cp);
      });
      lines[at] = l.slice(0, cut) + cps.join('') + l.slice(cut);
      break;
    }
    case 'truncate':
      return text.slice(0, rand(text.length + 1));
    case 'joinLines':
      lines.splice(at, 2, (lines[at] ?? '') + (lines[at + 1] ?? ''));
      break;
  }
  return lines.join('\n');
}
