import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_SUFFIX, requireBundle, type CompiledChunk } from '../../src/cli/code-cache.js';

// A small CommonJS "bundle" in a fresh folder per test (require.cache is per process, keyed by path):
// main.js requires a.js and b.js; b.js is loaded by Node itself when it has no cache, and both it and
// main.js share a.js (one module instance, counted by a.js itself).
const scratch = mkdtempSync(join(tmpdir(), 'plan-diff-code-cache-'));
let n = 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function makeBundle(): string {
  const dir = join(scratch, `b${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(join(dir, 'a.js'), 'globalThis.__loadsOfA = (globalThis.__loadsOfA ?? 0) + 1;\nexports.twice = (x) => x * 2;\nexports.where = __filename;\n');
  writeFileSync(join(dir, 'b.js'), 'const a = require("./a.js");\nconst path = require("node:path");\nexports.sum = (x) => a.twice(x) + path.basename(__dirname).length;\nexports.a = a;\n');
  writeFileSync(join(dir, 'main.js'), 'const a = require("./a.js");\nconst b = require("./b.js");\nexports.run = (x) => b.sum(x) + a.twice(1);\nexports.sameA = b.a === a;\n');
  return dir;
}

type Main = { run(x: number): number; sameA: boolean };

describe('requireBundle (V8 code caches for the CommonJS bundle)', () => {
  it('records the chunks it is told to, and a second load compiles them from their caches', () => {
    const dir = makeBundle();
    const record = { chunks: new Set(['main.js', 'a.js', 'b.js']), compiled: [] as CompiledChunk[] };
    const first = requireBundle(join(dir, 'main.js'), { record }) as Main;
    expect(first.run(5)).toBe(10 + basename(dir).length + 2);
    expect(record.compiled.map((c) => c.file.slice(dir.length + 1)).toSorted()).toEqual(['a.js', 'b.js', 'main.js']);
    expect(record.compiled.every((c) => !c.cached)).toBe(true);
    for (const { file, script } of record.compiled) writeFileSync(file + CACHE_SUFFIX, script.createCachedData());

    // Note: loaded again in a fresh process (this one's V8 could answer from its own in-memory cache),
    // through the built loader (dist/cli/code-cache.js, what the bin uses).
    const loader = pathToFileURL(join(process.cwd(), 'dist/cli/code-cache.js')).href;
    const script = [
      `import { requireBundle } from ${JSON.stringify(loader)};`,
      'const seen = [];',
      `const main = requireBundle(${JSON.stringify(join(dir, 'main.js'))}, { onCompile: (c) => seen.push([c.file.split(/[\\\\/]/).pop(), c.cached]) });`,
      'console.log(JSON.stringify({ result: main.run(5), seen }));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      result: 10 + basename(dir).length + 2,
      seen: [
        ['main.js', true],
        ['a.js', true],
        ['b.js', true],
      ],
    });
  });

  it('compiles from source when a cache does not match (V8 rejects it), with the same result', () => {
    const dir = makeBundle();
    writeFileSync(join(dir, 'main.js' + CACHE_SUFFIX), Buffer.from('not a code cache'));
    const seen: CompiledChunk[] = [];
    const main = requireBundle(join(dir, 'main.js'), { onCompile: (c) => seen.push(c) }) as Main;
    expect(main.run(1)).toBe(2 + basename(dir).length + 2);
    expect(seen.map((c) => [c.file.slice(dir.length + 1), c.cached])).toEqual([['main.js', false]]);
  });

  it('leaves chunks without a cache to Node, and every chunk is loaded once (shared through require.cache)', () => {
    const dir = makeBundle();
    const before = (globalThis as { __loadsOfA?: number }).__loadsOfA ?? 0;
    // main.js from V8 (a cache file, rejected), b.js by Node (no cache): both get the one a.js.
    writeFileSync(join(dir, 'main.js' + CACHE_SUFFIX), Buffer.alloc(0));
    const seen: string[] = [];
    const main = requireBundle(join(dir, 'main.js'), { onCompile: (c) => seen.push(c.file.slice(dir.length + 1)) }) as Main;
    expect(main.sameA).toBe(true);
    expect((globalThis as { __loadsOfA?: number }).__loadsOfA).toBe(before + 1);
    expect(seen).toEqual(['main.js']);
  });

  it('a chunk that throws while loading is not left half-registered', () => {
    const dir = makeBundle();
    writeFileSync(join(dir, 'main.js'), 'throw new Error("broken chunk");\n');
    writeFileSync(join(dir, 'main.js' + CACHE_SUFFIX), Buffer.alloc(0));
    expect(() => requireBundle(join(dir, 'main.js'))).toThrow('broken chunk');
    writeFileSync(join(dir, 'main.js'), 'exports.ok = true;\n');
    // Note: the registry entry was removed, so the fixed file is loaded again (here by Node: no valid cache).
    rmSync(join(dir, 'main.js' + CACHE_SUFFIX));
    expect(requireBundle(join(dir, 'main.js'))).toEqual({ ok: true });
  });
});

describe('the built bundle (dist/bundle/, `npm run build`)', () => {
  const bundle = join(process.cwd(), 'dist/bundle');

  it('has a code cache for every chunk but those that import() an ES module, and this Node accepts them', () => {
    expect(existsSync(join(bundle, 'main.js')), 'run `npm run build` first').toBe(true);
    const { withImport } = JSON.parse(readFileSync(join(bundle, 'chunks.json'), 'utf8')) as { withImport: string[] };
    expect(withImport.some((f) => f.startsWith('pdf-'))).toBe(true);
    for (const f of withImport) expect(existsSync(join(bundle, f + CACHE_SUFFIX)), f).toBe(false);
    expect(existsSync(join(bundle, 'main.js' + CACHE_SUFFIX))).toBe(true);
    // Note: a fresh process loads the bundle as the bin does (CommonJS, the loader bundled as
    // dist/bundle/code-cache.js) and runs a compare, reporting each chunk compiled through V8 and
    // whether its cache was used.
    const script = [
      `const { requireBundle } = require(${JSON.stringify(join(bundle, 'code-cache.js'))});`,
      'const seen = [];',
      `const { main } = requireBundle(${JSON.stringify(join(bundle, 'main.js'))}, { onCompile: (c) => seen.push([c.file.split(/[\\\\/]/).pop(), c.cached]) });`,
      "const sink = { write: () => true, isTTY: false };",
      "main(['compare', 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt', 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt', '--format', 'json'], { stdout: sink, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: {} })",
      '  .then((code) => console.log(JSON.stringify({ code, seen })));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { code, seen } = JSON.parse(r.stdout) as { code: number; seen: Array<[string, boolean]> };
    expect(code).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.filter(([, cached]) => !cached)).toEqual([]);
  });
});
