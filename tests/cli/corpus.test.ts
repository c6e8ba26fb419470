import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheOf, codeId, shardOf } from '../../src/cli/corpus.js';
import { parseMany } from '../../src/cli/parse-many.js';
import { cachedEntry } from '../../src/cli/read-document.js';
import { checkPlans } from '../../src/compare/check.js';
import type { KeyWeakness } from '../../src/compare/checks/keys.js';
import { parsePlan } from '../../src/parse/index.js';
import { targetsReport } from '../../src/parse/report.js';
import { formatReport } from '../../src/report/index.js';
import { contextTable, stringifyRecords, targetRecord, targetsJsonStream } from '../../src/report/json.js';
import { corpusPath } from '../helpers/corpus.js';
import { runCli as run } from '../helpers/cli.js';

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'plan-diff-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A small collection: seeds and work reports of several issuers and years.
const FILES = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`),
  ...(['national-gov-work-report-2024.txt', 'national-gov-work-report-2025.txt', 'zhejiang-gov-work-report-2025.txt', 'sichuan-gov-work-report-2026.txt', 'law-sci-popularization-2002.md'] as const).map((f) =>
    corpusPath(f).slice(ROOT.length + 1),
  ),
];

const whole = (kind: 'target' | 'all' = 'target') =>
  targetsReport(
    FILES.flatMap((f) => parsePlan({ path: f, value: readFileSync(f, 'utf8'), format: f.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' }).targets),
    kind,
  );

describe('targets over many files: written file by file, byte for byte the whole report', () => {
  it.each(['json', 'csv', 'tsv'] as const)('--format %s equals the formatter over all targets at once', async (format) => {
    const r = await run(['targets', ...FILES, '--format', format]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(String(await formatReport(whole(), format, { color: false })));
  });

  it('--bom starts CSV with one byte order mark only', async () => {
    const r = await run(['targets', ...FILES, '--format', 'csv', '--bom']);
    expect(r.out.charCodeAt(0)).toBe(0xfeff);
    expect(r.out.slice(1)).toBe(String(await formatReport(whole(), 'csv', { color: false })));
  });

  it('an empty result is the same in every streamed format', async () => {
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '一、总体要求\n坚持创新驱动。\n');
    for (const format of ['json', 'csv', 'tsv', 'jsonl'] as const) {
      const r = await run(['targets', empty, '--format', format]);
      const expected = format === 'jsonl' ? 1 : null;
      if (expected === null) expect(r.out).toBe(String(await formatReport(targetsReport([]), format, { color: false })));
      else expect(r.out.trim().split('\n')).toHaveLength(expected);
    }
  });

  it('JSON Lines: a document line (with its place among the inputs) before each file\'s targets, then one line per target', async () => {
    const r = await run(['targets', ...FILES, '--kind', 'all', '--format', 'jsonl']);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    const docs = lines.filter((l) => 'document' in l);
    expect(docs.map((d) => [d.document.source.path, d.index, d.kind])).toEqual(FILES.map((f, i) => [f, i, 'all']));
    // Each target line refers by number to the context line given before it in its file (a context is written once per file).
    const contexts = new Map<number, string>();
    const targets = [];
    let contextLines = 0;
    for (const l of lines) {
      if ('document' in l) contexts.clear();
      else if ('text' in l && Object.keys(l).length === 2) {
        expect(contexts.has(l.context)).toBe(false);
        contexts.set(l.context, l.text);
        contextLines++;
      } else {
        const { context, ...rest } = l;
        targets.push({ ...rest, sentence: contexts.get(context) });
      }
    }
    expect(targets).toEqual(whole('all').targets);
    expect(contextLines).toBeLessThan(targets.length);
  });

  it('the JSON stream pieces equal JSON.stringify of the whole report', () => {
    const report = whole();
    const s = targetsJsonStream();
    const table = contextTable();
    const records = report.targets.map((t) => targetRecord(t, table.index(t.sentence)));
    expect(s.head() + report.targets.map(s.item).join('') + s.tail()).toBe(stringifyRecords({ schema: report.schema, targets: records, contexts: table.texts }) + '\n');
    expect(table.texts.length).toBeLessThan(records.length);
    const e = targetsJsonStream();
    expect(e.head() + e.tail()).toBe(stringifyRecords({ ...targetsReport([]), contexts: [] }) + '\n');
  });

  it('-o FILE: writes through a temporary file that is renamed into place', async () => {
    const out = join(work, 'targets.jsonl');
    const r = await run(['targets', ...FILES, '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((l) => l.startsWith('{"document"'))).toHaveLength(FILES.length);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--shard K/N and check --from-targets', () => {
  it('slices are disjoint, cover every file, and do not depend on the other files', () => {
    const slices = Array.from({ length: 8 }, (_, k) => shardOf(FILES, `${k + 1}/8`));
    expect(slices.flat().toSorted()).toEqual([...FILES].toSorted());
    for (const [k, slice] of slices.entries()) expect(shardOf(slice.concat(['other.txt']), `${k + 1}/8`).filter((f) => f !== 'other.txt')).toEqual(slice);
  });

  it.each(['0/8', '9/8', '1/0', 'a/b', '2'])('--shard %s is a usage error', async (spec) => {
    const r = await run(['targets', ...FILES, '--shard', spec]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--shard expects K\/N/u);
  });

  it('eight shards joined with check --from-targets give byte-identical findings to one check over all files', async () => {
    const shards = [];
    for (let k = 1; k <= 8; k++) {
      const file = join(work, `shard-${k}.jsonl`);
      expect((await run(['targets', ...FILES, '--kind', 'all', '--shard', `${k}/8`, '-o', file])).code).toBe(0);
      shards.push(file);
    }
    for (const format of ['json', 'sarif', 'text']) {
      const once = await run(['check', ...FILES, '--format', format]);
      const joined = await run(['check', '--from-targets', ...shards.toReversed(), '--format', format]);
      expect(joined.out).toBe(once.out);
      expect(joined.code).toBe(once.code);
    }
  });

  it('reads lines listed with the kinds check compares, and refuses others or lines that are not target lines', async () => {
    const targetsOnly = join(work, 'targets-only.jsonl');
    await run(['targets', ...FILES, '-o', targetsOnly]);
    expect((await run(['check', '--from-targets', targetsOnly, '--format', 'json'])).out).toBe((await run(['check', ...FILES, '--format', 'json'])).out);
    const historical = join(work, 'historical.jsonl');
    await run(['targets', ...FILES, '--kind', 'historical', '-o', historical]);
    const wrongKind = await run(['check', '--from-targets', historical]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.err).toMatch(/listed with --kind historical, but check compares target; list them with --kind all/u);
    expect((await run(['check', '--from-targets', join(work, 'nope.jsonl')])).code).toBe(2);
    writeFileSync(join(work, 'bad.jsonl'), '{"x":1}\n');
    const bad = await run(['check', '--from-targets', join(work, 'bad.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.jsonl:1 is neither a document line nor a target/u);
    writeFileSync(join(work, 'text.jsonl'), 'not json\n');
    expect((await run(['check', '--from-targets', join(work, 'text.jsonl')])).err).toMatch(/text\.jsonl:1 is not JSON/u);
    // A target line whose context line is missing is refused; lines of plan-diff/targets@1 (a sentence on each target) are read as before.
    const lines = readFileSync(targetsOnly, 'utf8').split('\n');
    writeFileSync(join(work, 'no-context.jsonl'), lines.filter((l) => !l.startsWith('{"context":')).join('\n'));
    const noContext = await run(['check', '--from-targets', join(work, 'no-context.jsonl')]);
    expect(noContext.code).toBe(2);
    expect(noContext.err).toMatch(/no-context\.jsonl:2: the target refers to context 0, which no line before it gives/u);
    const contexts = new Map<number, string>();
    const v1 = lines.flatMap((l) => {
      if (!l.startsWith('{"context":')) return l.includes('"context":') ? [l.replace(/"context":(\d+)\}$/u, (_m, n: string) => `"sentence":${JSON.stringify(contexts.get(Number(n)))}}`)] : [l];
      const c = JSON.parse(l) as { context: number; text: string };
      contexts.set(c.context, c.text);
      return [];
    });
    writeFileSync(join(work, 'v1.jsonl'), v1.join('\n'));
    expect(v1.join('\n')).not.toContain('"context"');
    expect((await run(['check', '--from-targets', join(work, 'v1.jsonl'), '--format', 'json'])).out).toBe((await run(['check', ...FILES, '--format', 'json'])).out);
  });
});

describe('--cache DIR', () => {
  it('keys entries by the version and the identity of the running code', () => {
    expect(codeId()).toMatch(/^[0-9a-f]{16}$/u);
    expect(cacheOf('c', { cwd: '/tmp' } as never).cache).toEqual({ dir: '/tmp/c', version: `0.1.0+${codeId()}` });
    expect(cacheOf(undefined, { cwd: '/tmp' } as never)).toEqual({});
  });

  it('a re-run reads unchanged files from the cache and gives the same output; a damaged or foreign entry is recomputed', async () => {
    const cache = join(work, 'cache');
    const first = await run(['check', ...FILES, '--cache', cache, '--format', 'json']);
    const entries = readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(entries).toHaveLength(FILES.length);
    const again = await run(['check', ...FILES, '--cache', cache, '--format', 'json']);
    expect(again.out).toBe(first.out);
    // Damage every entry a different way: edited payload (an amount), truncated, another version
    // (entries are UTF-16LE; an entry without amounts is truncated instead of edited).
    let edits = 0;
    for (const [i, entry] of entries.entries()) {
      const file = join(cache, String(entry));
      const text = readFileSync(file, 'utf16le');
      expect(text).toMatch(/^\{"version":"[^"]+","key":"[0-9a-f]{64}","check":"[0-9a-f]{64}"\}\n\{"doc":/u);
      const edited = text.replace(/(?<="value":)\d/u, (d) => String((Number(d) + 1) % 10));
      if (i % 3 === 0 && edited !== text) {
        writeFileSync(file, edited, 'utf16le');
        edits += 1;
      } else if (i % 3 !== 2) writeFileSync(file, text.slice(0, text.length / 2), 'utf16le');
      else writeFileSync(file, text.replace(/"version":"[^"]*"/u, '"version":"0.0.0-other"'), 'utf16le');
    }
    expect(edits).toBeGreaterThan(0);
    const damaged = await run(['check', ...FILES, '--cache', cache, '--format', 'json']);
    expect(damaged.out).toBe(first.out);
    expect((await run(['targets', ...FILES, '--cache', cache, '--format', 'json'])).out).toBe(String(await formatReport(whole(), 'json', { color: false })));
  });

  it('files unchanged since the last run are neither read nor hashed again; a file rewritten in place, or a damaged index, is read again', async () => {
    const cache = join(work, 'cache-index');
    const folder = join(work, 'indexed');
    mkdirSync(folder);
    const copies = FILES.map((f, i) => join(folder, `${i}-${basename(f)}`));
    for (const [i, f] of FILES.entries()) copyFileSync(f, copies[i]!);
    // Note: files are indexed once their change time is two seconds old.
    await new Promise((done) => setTimeout(done, 2100));
    const list = (cached: boolean) => run(['targets', folder, '--kind', 'all', '--format', 'json', ...(cached ? ['--cache', cache] : [])]);
    const first = await list(true);
    const index = readdirSync(cache).filter((f) => f.endsWith('.idx'));
    expect(index).toHaveLength(1);
    expect(readFileSync(join(cache, index[0]!), 'utf8')).toContain(copies[0]);
    // The same size and modification time, another amount: the change time tells the index.
    const { targets } = JSON.parse(first.out) as { targets: Array<{ file: string; line: number; column: number; value: number }> };
    const target = targets.find((t) => t.file === copies[0] && Number.isInteger(t.value) && t.value > 1)!;
    const text = readFileSync(copies[0]!, 'utf8');
    const lines = text.split('\n');
    const at = lines[target.line - 1]!;
    const from = target.column - 1 + at.slice(target.column - 1).search(/\d/u);
    lines[target.line - 1] = at.slice(0, from) + String((Number(at[from]) + 1) % 10) + at.slice(from + 1);
    const edited = lines.join('\n');
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    const { mtime, atime } = statSync(copies[0]!);
    writeFileSync(copies[0]!, edited);
    utimesSync(copies[0]!, atime, mtime);
    const expected = await list(false);
    expect(expected.out).not.toBe(first.out);
    expect((await list(true)).out).toBe(expected.out);
    // An index edited to give every file the content key of one of them is not trusted.
    const file = join(cache, index[0]!);
    const indexed = readFileSync(file, 'utf8');
    const one = / [0-9a-f]{64}"/u.exec(indexed)![0];
    writeFileSync(file, indexed.replaceAll(/ [0-9a-f]{64}"/gu, one));
    expect((await list(true)).out).toBe(expected.out);
  });

  it('an entry keeps the tests of its metric keys, so a fully cached check never needs the tagger', async () => {
    const ctx = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
    const read = { slim: true, ...cacheOf(join(work, 'cache-keys'), ctx) };
    const tested = new Map<string, KeyWeakness>();
    const docs = await parseMany(FILES, ctx, { ...read, keyWeakness: tested });
    // Every key of every target is tested, weak ones among them (a verb, a generic word…).
    expect(tested.size).toBeGreaterThan(50);
    expect([...tested.values()].filter((w) => w !== null).length).toBeGreaterThan(0);
    const hits = FILES.map((f) => cachedEntry(f, ctx, read));
    expect(hits.map((h) => h?.doc)).toEqual(docs);
    // Only the kinds asked for are read back, in their order.
    const kinds = ['target', 'historical'] as const;
    const some = FILES.map((f) => cachedEntry(f, ctx, { ...read, kinds })?.doc);
    expect(some).toEqual(docs.map((d) => ({ ...d, targets: d.targets.filter((t) => (kinds as readonly string[]).includes(t.kind)) })));
    expect(some.flatMap((d) => d!.targets).length).toBeLessThan(docs.flatMap((d) => d.targets).length);
    expect(Object.assign({}, ...hits.map((h) => h?.keys))).toEqual(Object.fromEntries(tested));
    const tags = () => {
      throw new Error('a key was tagged again');
    };
    expect(checkPlans(docs, { keyWeakness: tested, tags })).toEqual(checkPlans(docs));
  });

  it('the same bytes under another name are read from the cache under that name', async () => {
    const cache = join(work, 'cache-rename');
    const copy = join(work, 'renamed-plan.txt');
    copyFileSync(FILES[0]!, copy);
    await run(['targets', FILES[0]!, '--cache', cache, '--format', 'json']);
    const r = await run(['targets', copy, '--cache', cache, '--format', 'json']);
    const targets = JSON.parse(r.out).targets as Array<{ file: string }>;
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets.map((t) => t.file))).toEqual(new Set([copy]));
    expect(existsSync(cache)).toBe(true);
  });
});
