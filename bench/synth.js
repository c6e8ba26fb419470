// Synthetic inputs for the benchmark, made from the seeds: plans scaled ×k, revisions with known
// edits, and a folder of related plans. Deterministic: the same call writes the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1..9999 as used in 一、 markers (十一, 二十, 一百零五). */
export function chineseNumeral(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    return head + (rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest));
  }
  const rest = n % 1000;
  if (rest === 0) return DIGITS[Math.floor(n / 1000)] + '千';
  const tail = rest >= 10 && rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest);
  return DIGITS[Math.floor(n / 1000)] + '千' + (rest < 100 ? '零' : '') + tail;
}

const TOP = /^(\s*)([一二三四五六七八九十百千零]+)、/;
const QUANTITY = /(\d+(?:\.\d+)?)(家|个|项|人|亿元|万元|%|件)/g;

/**
 * A plan `k` times the size of the seed: its body repeated with top-level sections renumbered
 * continuously and quantities shifted per copy, so no two copies are identical.
 */
export function scalePlan(seedText, k) {
  const lines = seedText.split('\n');
  const first = lines.findIndex((l) => TOP.test(l));
  const head = lines.slice(0, first);
  const body = lines.slice(first);
  let section = 0;
  const out = [...head];
  for (let copy = 0; copy < k; copy++) {
    for (const line of body) {
      let l = line.replace(TOP, (_m, sp) => `${sp}${chineseNumeral(++section)}、`);
      if (copy > 0) l = l.replace(QUANTITY, (_m, v, u) => `${Number(v) + copy}${u}`);
      out.push(l);
    }
  }
  return out.join('\n');
}

/**
 * A revision with known kinds of edits: every 9th quantity changed, every 40th non-empty line
 * deleted, a sentence inserted every 60 lines.
 */
export function revisePlan(text) {
  let q = 0;
  const lines = text.split('\n').map((l) => l.replace(QUANTITY, (m, v, u) => (++q % 9 === 0 ? `${Number(v) + 5}${u}` : m)));
  const out = [];
  let nonEmpty = 0;
  lines.forEach((line, i) => {
    if (line.trim() && ++nonEmpty % 40 === 0 && !TOP.test(line)) return;
    out.push(line);
    if (i % 60 === 59 && line.trim()) out.push('加强统筹协调，建立健全工作推进机制，定期开展评估。');
  });
  return out.join('\n');
}

/** Write the synthetic inputs into `dir` and return their paths. */
export function writeSynthetic(dir, seedsDir, seedFiles) {
  mkdirSync(dir, { recursive: true });
  const base = readFileSync(join(seedsDir, 'beijing-14th-fyp-international-sti-centre-plan-2021.txt'), 'utf8');
  const scaled = {};
  for (const k of [1, 10, 50]) {
    const a = join(dir, `plan-x${k}-old.txt`);
    const b = join(dir, `plan-x${k}-new.txt`);
    const text = scalePlan(base, k);
    writeFileSync(a, text);
    writeFileSync(b, revisePlan(text));
    scaled[k] = { old: a, new: b, bytes: Buffer.byteLength(text) };
  }
  const folder = join(dir, 'folder-100');
  mkdirSync(folder, { recursive: true });
  const seeds = seedFiles.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  for (let i = 0; i < 100; i++) {
    const text = seeds[i % seeds.length].replace(QUANTITY, (m, v, u) => (i % 3 === 0 ? m : `${Number(v) + (i % 7)}${u}`));
    writeFileSync(join(folder, `plan-${String(i).padStart(3, '0')}.txt`), text);
  }
  return { scaled, folder };
}
