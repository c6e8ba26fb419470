#!/usr/bin/env node
// Output size against input size for every command and format on dense target text (issue 22):
// `node bench/output-size.mjs` (after `npm run build`). Three sets of inputs, written to a temporary
// folder: (a) 发展翻一番 ×200 in one sentence, a target per 15 bytes, against 翻两番; (b) clauses of eight
// counts each (建设联合实验室10家，…), a target per 32 bytes, three versions; (c) one target per short
// sentence (增长12%。), a target per 12 bytes. Prints output bytes / input bytes (the inputs of the
// command added up); docs/benchmarks.md keeps the figures. Not a test: sizes are asserted by
// tests/hostile.test.ts and the fuzzers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'plan-diff-size-'));
const write = (name, text) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const metrics = ['联合实验室', '科技园区', '技术转移中心', '国际合作项目', '高层次人才', '研发投入', '专利授权', '孵化企业'];
const units = ['家', '个', '家', '项', '人', '亿元', '件', '家'];
const clauses = (shift) => {
  let s = '一、主要目标\n';
  for (let i = 0; i < 40; i++) s += `（${'一二三四五六七八九十'[i % 10]}）到2027年，${metrics.map((m, j) => `建设${m}${10 + i + j + shift}${units[j]}，`).join('')}。\n`;
  return s;
};
const sentences = (shift) => `一、目标\n${Array.from({ length: 300 }, (_, i) => `增长${((i + shift) % 50) + 1}%。`).join('')}\n`;
const sets = {
  a: [write('a1.txt', `一、总体目标\n${'发展翻一番'.repeat(200)}。\n`), write('a2.txt', `一、总体目标\n${'发展翻两番'.repeat(200)}。\n`)],
  b: [write('b1.txt', clauses(0)), write('b2.txt', clauses(3)), write('b3.txt', clauses(5))],
  c: [write('c1.txt', sentences(0)), write('c2.txt', sentences(7))],
};
const FORMATS = ['text', 'json', 'jsonl', 'csv', 'tsv', 'sarif', 'github', 'html', 'md', 'docx', 'xlsx'];
const COMMANDS = { outline: (s) => [s[0]], targets: (s) => [s[0]], compare: (s) => [s[0], s[1]], check: (s) => [s[0], s[1]], history: (s) => s };

console.log('command\tformat\ta\tb\tc');
try {
  for (const [command, pick] of Object.entries(COMMANDS)) {
    for (const format of FORMATS) {
      const cells = [];
      for (const set of Object.values(sets)) {
        const inputs = pick(set);
        const input = inputs.reduce((n, f) => n + statSync(f).size, 0);
        const out = join(dir, `out.${format === 'text' ? 'txt' : format}`);
        rmSync(out, { force: true });
        const run = spawnSync(process.execPath, [join(ROOT, 'bin/plan-diff.js'), command, ...inputs, '--format', format, '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        if (run.status === 2 && /not available/u.test(run.stderr)) break;
        cells.push(run.status > 1 || !existsSync(out) ? `exit ${run.status}` : `${(statSync(out).size / input).toFixed(1)}×`);
      }
      if (cells.length > 0) console.log([command, format, ...cells].join('\t'));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
