// Build step (`npm run build`, after rolldown): V8 code caches for the command-line bundle, so a run
// compiles its chunks from bytecode instead of parsing their source (src/cli/code-cache.ts loads them).
// The bundle is warmed up in this process on the seed plans, with each command and output format a
// user reaches for first, and every chunk it compiled gets `<chunk>.js.cache` with the bytecode of
// every function that ran. Chunks listed in dist/bundle/chunks.json as importing an ES module
// (the PDF reader) load through Node's own loader and get no cache.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { CACHE_SUFFIX, requireBundle } from '../dist/cli/code-cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'bundle');
const { withImport } = JSON.parse(readFileSync(join(bundle, 'chunks.json'), 'utf8'));
const chunks = new Set(readdirSync(bundle).filter((f) => f.endsWith('.js') && !withImport.includes(f)));
const record = { chunks, compiled: [] };
const { main } = requireBundle(join(bundle, 'main.js'), { record });

const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).toSorted().map((f) => `seeds/${f}`);
const draft = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const intl = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';
const revised = 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt';
const third = 'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt';
// Note: compare, the main job, comes last, so none of its functions can have aged out of the cache.
const runs = [
  // Note: a Markdown file too, for the chunk of the Markdown parser.
  ['outline', 'seeds/README.md'],
  ['outline', draft],
  ['outline', draft, '--format', 'json'],
  ['targets', draft],
  ['targets', draft, '--format', 'json'],
  ['check', ...seeds, '--fail-on', 'never'],
  ['check', ...seeds, '--format', 'json', '--fail-on', 'never'],
  ['history', draft, revised, third],
  ['history', draft, revised, third, '--format', 'json'],
  ['compare', draft, revised],
  ['compare', draft, intl, '--format', 'json'],
  ['compare', draft, revised, '--format', 'json'],
];
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
for (const argv of runs) {
  const code = await main(argv, { stdout: sink(), stderr: sink(), stdin: process.stdin, cwd: root, env: { NO_COLOR: '1' } });
  if (code > 1) throw new Error(`code cache warm-up: plan-diff ${argv.join(' ')} exited ${code}`);
}
let bytes = 0;
for (const { file, script } of record.compiled) {
  const data = script.createCachedData();
  writeFileSync(file + CACHE_SUFFIX, data);
  bytes += data.length;
}
console.log(`code cache: ${record.compiled.length} chunks, ${Math.round(bytes / 1024)} KB → dist/bundle/*.js${CACHE_SUFFIX}`);
