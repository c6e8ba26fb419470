import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_MIN_FILES } from '../../src/cli/parse-many.js';

// The shipped bin runs dist/bundle/ (rolldown.config.mjs, written by `npm run build`); these tests spawn it
// and the plain tsc output it was bundled from, dist/cli/main.js, and expect the same bytes and exit codes.
// Note: both sides come from the same build, so a build older than src/ cannot make them disagree.

const ROOT = process.cwd();
const BUNDLE = join(ROOT, 'dist/bundle');
const BRI = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const INTL = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `seeds/${f}`)
  .toSorted();
const MANY = [...SEEDS, 'fixtures/check/plans/a.txt', 'fixtures/check/plans/b.txt', 'fixtures/inputs/bri-2024.gb18030.txt', 'fixtures/inputs/bri-2024.utf16le-bom.txt'];

type Run = { status: number | null; stdout: Buffer; stderr: Buffer; files: Record<string, Buffer> };

let scratch = '';
let unbundled = '';

beforeAll(() => {
  if (!existsSync(join(BUNDLE, 'main.js'))) {
    throw new Error('dist/bundle/main.js is missing: run `npm run build` (tsc, then the rolldown bundle bin/plan-diff.js loads)');
  }
  scratch = mkdtempSync(join(tmpdir(), 'plan-diff-bundle-'));
  // Note: the same wrapper as bin/plan-diff.js, around the unbundled dist/cli/main.js.
  unbundled = join(scratch, 'unbundled.mjs');
  const entry = pathToFileURL(join(ROOT, 'dist/cli/main.js')).href;
  writeFileSync(
    unbundled,
    `import { main } from ${JSON.stringify(entry)};\n` +
      'process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });\n',
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Run a script with the CLI's arguments from the repository root; `-o` files go to a fresh folder, read back. */
function run(script: string, argv: string[], stdin?: Buffer): Run {
  const out = mkdtempSync(join(scratch, 'out-'));
  const args = argv.map((a) => a.replace('{out}', out));
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, input: stdin ?? Buffer.alloc(0), env: { PATH: process.env.PATH ?? '' } });
  const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/** Run argv with the shipped bin (the bundle) and with dist/cli/main.js, expect identical results, return the bin's. */
function same(argv: string[], stdin?: Buffer): Run {
  const bin = run(join(ROOT, 'bin/plan-diff.js'), argv, stdin);
  const plain = run(unbundled, argv, stdin);
  expect(bin.status).toBe(plain.status);
  expect(bin.stderr.toString('utf8')).toBe(plain.stderr.toString('utf8'));
  expect(bin.stdout.equals(plain.stdout)).toBe(true);
  expect(Object.keys(bin.files)).toEqual(Object.keys(plain.files));
  for (const [name, bytes] of Object.entries(bin.files)) expect(bytes.equals(plain.files[name]!), name).toBe(true);
  return bin;
}

describe('the bundled CLI (bin/plan-diff.js → dist/bundle/main.js)', () => {
  it('keeps every chunk flat in dist/bundle/, next to the worker entry, so paths relative to import.meta.url resolve', () => {
    const entries = readdirSync(BUNDLE, { withFileTypes: true });
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['main.js', 'parse-worker.js']));
    expect(readFileSync(join(ROOT, 'bin/plan-diff.js'), 'utf8')).toContain("requireBundle(join(__dirname, '..', 'dist', 'bundle', 'main.js'))");
  });

  it('is CommonJS in an ES module package: dist/bundle/package.json says so, and no chunk is an ES module', () => {
    expect(JSON.parse(readFileSync(join(BUNDLE, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    // Note: so is the bin that loads it, so a run never starts Node's ES module loader.
    expect(JSON.parse(readFileSync(join(ROOT, 'bin/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(join(ROOT, 'bin/plan-diff.js'), 'utf8')).not.toMatch(/^(?:import|export)\s/m);
    for (const file of readdirSync(BUNDLE).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(BUNDLE, file), 'utf8'), file).not.toMatch(/^(?:import|export)\s/m);
    }
  });

  it('compare of two seeds as JSON: the same bytes as dist/cli/main.js, exit 1', () => {
    const r = same(['compare', BRI, INTL, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toBe('');
    expect(JSON.parse(r.stdout.toString('utf8')).schema).toBe('plan-diff/compare@1');
  });

  it('compare in the terminal format and to an .html file, the old plan from stdin', () => {
    expect(same(['compare', BRI, INTL]).stdout.toString()).toContain('\n');
    const html = same(['compare', '-', INTL, '-o', '{out}/report.html'], readFileSync(join(ROOT, BRI)));
    expect(html.status).toBe(1);
    expect(html.files['report.html']!.toString('utf8')).toMatch(/^<!doctype html>/i);
  });

  it(`check over ${MANY.length} files (worker threads from ${WORKER_MIN_FILES} files on, where there are 2+ cores)`, () => {
    expect(MANY.length).toBeGreaterThanOrEqual(WORKER_MIN_FILES);
    const r = same(['check', ...MANY, '--format', 'json', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('');
    expect(JSON.parse(r.stdout.toString('utf8')).files).toHaveLength(MANY.length);
  });

  it('reads .md inputs through the Markdown parser chunk, and the parser module itself is not in the chunks every run loads', () => {
    const md = same(['outline', 'fixtures/corpus/reg-nsfc-2024.md', '--format', 'json']);
    expect(md.status).toBe(0);
    expect(JSON.parse(md.stdout.toString('utf8')).nodes.length).toBeGreaterThan(5);
    // Note: micromark's tokenizer sits in a chunk of its own, which the parse chunk does not require.
    const read = (f: string) => readFileSync(join(BUNDLE, f), 'utf8');
    const chunks = readdirSync(BUNDLE).filter((f) => f.endsWith('.js'));
    const parser = chunks.filter((f) => read(f).includes('function createTokenizer'));
    expect(parser).toHaveLength(1);
    expect(parser[0]).toMatch(/^markdown-parser-/);
    const parseChunk = chunks.find((f) => f.startsWith('parse-') && !f.startsWith('parse-many'))!;
    expect(read(parseChunk)).not.toContain(parser[0]);
  });

  it('reads .pdf and .docx inputs (lazily loaded chunks, pdfjs-dist external)', () => {
    const pdf = same(['outline', 'fixtures/inputs/bri-2024-head.pdf', '--format', 'json']);
    expect(pdf.status).toBe(0);
    expect(JSON.parse(pdf.stdout.toString('utf8')).schema).toBe('plan-diff/outline@1');
    const docx = same(['targets', 'fixtures/inputs/intl-2024.docx', '--format', 'csv']);
    expect(docx.status).toBe(0);
    expect(docx.stdout.length).toBeGreaterThan(0);
  });

  it('prints the same help', () => {
    const r = same(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toMatch(/^Usage: plan-diff /);
  });

  it('a missing file: exit 2, one line on stderr, no stack trace', () => {
    const r = same(['compare', 'seeds/no-such-plan.txt', INTL]);
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    const err = r.stderr.toString('utf8');
    expect(err).toMatch(/^plan-diff: .*no-such-plan\.txt.*\n$/);
    expect(err.split('\n')).toHaveLength(2);
  });
});
