#!/usr/bin/env node
// Fuzz the command line: `npm run fuzz -- --minutes N [--seed S] [--limit SECONDS] [--ratio K]`.
// Each case mutates a seed or corpus document (.txt, .md, or a .docx whose paragraphs are mutated), runs
// `bin/plan-diff.js` on it (outline/targets/compare/check/history, in a random format) with a time limit, and
// fails when the run exits 3 (a bug), takes over the limit, prints output over K times its input (plus a
// fixed page), or writes a stderr line that is not a plan-diff message. Each failure is kept under
// fixtures/fuzz/<id>/ (the inputs, and case.json with the command and what went wrong);
// tests/fuzz/regressions.test.ts runs them all again. Needs `npm run build` first (it runs dist/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { KINDS, mutateText } from '../tests/fuzz/mutate-text.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const minutes = option('minutes', 1);
const limit = option('limit', 10);
const ratio = option('ratio', 20);
let state = option('seed', Date.now() % 2147483647) | 0;
const seed = state;
const rand = (n) => {
  state = (Math.imul(state, 1103515245) + 12345) | 0;
  return n <= 0 ? 0 : (((state >>> 8) % n) + n) % n;
};
const pick = (list) => list[rand(list.length)];

const texts = [
  ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f)),
  ...readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => join(ROOT, 'fixtures/corpus', f)),
];
const docx = join(ROOT, 'fixtures/inputs/bri-2024.docx');
const COMMANDS = {
  outline: ['text', 'json'],
  targets: ['text', 'json', 'jsonl', 'csv', 'html', 'xlsx'],
  compare: ['text', 'json', 'html', 'md', 'csv', 'docx', 'xlsx'],
  check: ['text', 'json', 'csv', 'sarif', 'github', 'html'],
  history: ['text', 'json', 'html', 'md', 'csv'],
};

function mutate(text) {
  let out = text;
  for (let i = 0, n = 1 + rand(6); i < n; i++) out = mutateText(out, pick(KINDS), rand);
  return out;
}

/** A mutated input file: text (.txt/.md) or a .docx whose document XML text runs are mutated. */
async function makeInput(dir, name) {
  if (rand(5) === 0) {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml').async('string');
    const mutated = xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (m, open, text, close) =>
      rand(8) === 0 ? open + mutate(text).replace(/[<&]/g, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '') + close : m,
    );
    zip.file('word/document.xml', mutated);
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return path;
  }
  const source = pick(texts);
  const lines = readFileSync(source, 'utf8').split('\n');
  const from = rand(lines.length);
  const window = lines.slice(from, from + 20 + rand(400)).join('\n');
  const path = join(dir, `${name}.${source.endsWith('.md') ? 'md' : 'txt'}`);
  writeFileSync(path, mutate(window));
  return path;
}

/**
 * Bytes of input: a file's size, or for a .docx the UTF-8 size of its text when larger (a zipped
 * document's text is often ten times its file).
 */
async function inputSize(files) {
  const { readSource } = await import('../dist/index.js');
  let total = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    const text = f.endsWith('.docx') ? await readSource(bytes, f).then((s) => Buffer.byteLength(s.value), () => 0) : 0;
    total += Math.max(bytes.length, text);
  }
  return total;
}

const work = mkdtempSync(join(tmpdir(), 'plan-diff-fuzz-'));
const deadline = Date.now() + minutes * 60_000;
const stats = { cases: 0, failures: 0, exits: {}, slowest: 0, largestRatio: 0, ratios: {} };
try {
  while (Date.now() < deadline) {
    const dir = join(work, String(stats.cases));
    mkdirSync(dir);
    const command = pick(Object.keys(COMMANDS));
    const format = pick(COMMANDS[command]);
    const inputs = [await makeInput(dir, 'a')];
    if (command === 'compare' || command === 'history' || (command === 'check' && rand(2))) inputs.push(await makeInput(dir, 'b'));
    if (command === 'history' && rand(2)) inputs.push(await makeInput(dir, 'c'));
    const out = join(dir, `out.${format === 'text' ? 'txt' : format}`);
    const argv = [join(ROOT, 'bin/plan-diff.js'), command, ...inputs, '--format', format, '-o', out];
    const started = Date.now();
    const run = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', timeout: limit * 1000, env: { ...process.env, NO_COLOR: '1' } });
    const seconds = (Date.now() - started) / 1000;
    const inputBytes = await inputSize(inputs);
    let outputBytes = 0;
    try {
      outputBytes = statSync(out).size;
    } catch {}
    const problems = [];
    if (run.error?.code === 'ETIMEDOUT' || seconds > limit) problems.push(`took over ${limit} s`);
    else if (run.status === 3 || run.status === null) problems.push(`exit ${run.status ?? run.signal}: ${run.stderr.split('\n').slice(0, 3).join(' | ')}`);
    if (outputBytes > 60_000 + ratio * inputBytes) problems.push(`output ${outputBytes} bytes for ${inputBytes} bytes of input (over ${ratio}×)`);
    const stray = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('plan-diff: '));
    if (run.status !== 3 && stray.length > 0) problems.push(`stderr line not a plan-diff message: ${JSON.stringify(stray[0].slice(0, 80))}`);
    stats.cases++;
    stats.exits[run.status ?? 'killed'] = (stats.exits[run.status ?? 'killed'] ?? 0) + 1;
    stats.slowest = Math.max(stats.slowest, seconds);
    stats.largestRatio = Math.max(stats.largestRatio, outputBytes / Math.max(inputBytes, 1));
    // Note: per command and format, the largest ratio of an output past the fixed page (smaller ones are mostly page).
    if (outputBytes > 60_000) stats.ratios[`${command}/${format}`] = Math.max(stats.ratios[`${command}/${format}`] ?? 0, outputBytes / Math.max(inputBytes, 1));
    if (problems.length > 0) {
      stats.failures++;
      const id = createHash('sha256').update(inputs.map((f) => readFileSync(f)).join('\0') + command + format).digest('hex').slice(0, 12);
      const keep = join(ROOT, 'fixtures/fuzz', id);
      mkdirSync(keep, { recursive: true });
      for (const f of inputs) copyFileSync(f, join(keep, basename(f)));
      writeFileSync(join(keep, 'case.json'), JSON.stringify({ command, format, inputs: inputs.map((f) => basename(f)), problems, seconds, seed }, null, 2) + '\n');
      console.log(`FAIL ${id}: ${command} --format ${format}: ${problems.join('; ')}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`fuzz: ${stats.cases} cases in ${minutes} min (seed ${seed}), ${stats.failures} failing; exits ${JSON.stringify(stats.exits)}; slowest ${stats.slowest.toFixed(1)} s; largest output/input ${stats.largestRatio.toFixed(1)}×`);
console.log(`largest output/input of outputs over 60 kB, by command/format: ${Object.entries(stats.ratios).toSorted(([a], [b]) => a.localeCompare(b)).map(([k, r]) => `${k} ${r.toFixed(1)}×`).join(', ') || 'none'}`);
process.exitCode = stats.failures > 0 ? 1 : 0;
