import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgress, PROGRESS_DELAY_MS } from '../../src/cli/progress.js';
import { eachDocument, parseMany, WORKER_MIN_FILES } from '../../src/cli/parse-many.js';
import { parsePlan } from '../../src/parse/index.js';
import { loadSource } from '../../src/cli/io.js';
import { requireTool } from '../helpers/tools.js';

const ROOT = process.cwd();

function stream(isTTY: boolean) {
  let text = '';
  return { out: { write: (s: string | Uint8Array) => ((text += String(s)), true), isTTY, columns: 80 }, text: () => text };
}

function ctx(isTTY = false) {
  const err = stream(isTTY);
  return { ctx: { stdout: stream(false).out, stderr: err.out, cwd: ROOT, env: {} }, err: err.text };
}

describe('progress bar', () => {
  it('stays silent when stderr is not a terminal, however long the run', () => {
    const s = stream(false);
    let t = 0;
    const p = startProgress(s.out, 5, { now: () => t });
    for (let i = 0; i < 4; i++) {
      t += 10_000;
      p.tick(`f${i}.txt`);
    }
    p.stop();
    expect(s.text()).toBe('');
  });

  it('stays silent on a terminal when the run is short', () => {
    const s = stream(true);
    const p = startProgress(s.out, 5, { now: () => 0 });
    for (let i = 0; i < 5; i++) p.tick(`f${i}.txt`);
    p.stop();
    expect(s.text()).toBe('');
  });

  it('appears on a terminal once the run is long, and is cleared at the end', () => {
    const s = stream(true);
    let t = 0;
    const p = startProgress(s.out, 5, { now: () => t });
    p.tick('a.txt');
    expect(s.text()).toBe('');
    t = PROGRESS_DELAY_MS + 1;
    p.tick('b.txt');
    expect(s.text()).toContain('plan-diff: reading');
    expect(s.text()).toContain('2/5 b.txt');
    p.stop();
    // The cursor is shown again and the bar's line cleared.
    expect(s.text()).toContain('\u001b[?25h');
    expect(s.text()).toMatch(/\u001b\[2K$/);
  });

  // Each case: how the files done so far were read (cached or not, threads parsing) → what the bar says.
  it.each([
    ['en', [[true, 0], [true, 0]], '2/5 (all from cache) b.txt'],
    ['zh', [[true, 0], [true, 0]], '2/5（全部来自缓存） b.txt'],
    ['en', [[false, 3], [false, 3]], '2/5 on 3 threads b.txt'],
    ['zh', [[false, 3], [false, 3]], '2/5（3 个线程） b.txt'],
    ['en', [[true, 0], [false, 2]], '2/5 (1 from cache, the others on 2 threads) b.txt'],
    ['zh', [[true, 0], [false, 2]], '2/5（1 个来自缓存，其余在 2 个线程上解析） b.txt'],
    ['en', [[true, 0], [false, 1]], '2/5 (1 from cache) b.txt'],
    ['en', [[false, 1], [false, 1]], '2/5 b.txt'],
  ] as const)('says what ran (%s): %j → %s', (lang, ticks, shown) => {
    const s = stream(true);
    let t = 0;
    const p = startProgress(s.out, 5, { now: () => t, lang });
    p.tick('a.txt', { cached: ticks[0][0], threads: ticks[0][1] });
    t = PROGRESS_DELAY_MS + 1;
    p.tick('b.txt', { cached: ticks[1][0], threads: ticks[1][1] });
    p.stop();
    expect(s.text()).toContain(lang === 'zh' ? 'plan-diff：读取' : 'plan-diff: reading');
    expect(s.text()).toContain(shown);
  });
});

describe('parseMany in this thread', () => {
  it('parses in input order, like parsePlan', async () => {
    const files = ['seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt', 'fixtures/check/plans/a.txt'];
    const c = ctx();
    const docs = await parseMany(files, c.ctx);
    const expected = await Promise.all(files.map(async (f) => parsePlan(await loadSource(f, c.ctx))));
    expect(docs).toEqual(expected);
    expect(c.err()).toBe('');
  });
});

describe('parseMany on worker threads (from a build of src)', () => {
  let out = '';
  let built: { parseMany: typeof parseMany; eachDocument: typeof eachDocument; WORKER_MIN_FILES: number };
  const files = [
    'seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt',
    'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt',
    'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt',
    'seeds/most-beijing-sti-centre-work-plan-2023.txt',
    'seeds/national-bri-sti-cooperation-special-plan-2016.txt',
    'fixtures/corpus/national-gov-work-report-2023.txt',
    'fixtures/corpus/national-gov-work-report-2024.txt',
    'fixtures/corpus/national-gov-work-report-2025.txt',
    'fixtures/corpus/reg-nsfc-2024.md',
  ];

  beforeAll(async () => {
    // Note: built under node_modules/.cache so the build resolves the repo's packages (commander, …) and
    // the shipped bin can run it as it runs dist/.
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    out = mkdtempSync(join(ROOT, 'node_modules/.cache/plan-diff-build-'));
    mkdirSync(join(out, 'bin'));
    copyFileSync(join(ROOT, 'bin/plan-diff.js'), join(out, 'bin/plan-diff.js'));
    copyFileSync(join(ROOT, 'bin/package.json'), join(out, 'bin/package.json'));
    // Note: check tags metric keys with jieba, whose dictionaries ship in dict/ beside dist/.
    cpSync(join(ROOT, 'dict'), join(out, 'dict'), { recursive: true });
    // Note: tsc emits even when files owned by others have type errors; only the emitted JS is used here.
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT, '--outDir', join(out, 'dist')], { stdio: 'ignore' });
    } catch {
      // Type errors elsewhere exit non-zero; the import below fails if nothing was emitted.
    }
    // Note: the bin runs the bundle `npm run build` makes from dist/ (rolldown.config.mjs, paths relative to the cwd).
    execFileSync(process.execPath, [join(ROOT, 'node_modules/rolldown/bin/cli.mjs'), '-c', join(ROOT, 'rolldown.config.mjs')], { cwd: out, stdio: 'ignore' });
    built = await import(pathToFileURL(join(out, 'dist/cli/parse-many.js')).href);
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('hands documents on in input order, one at a time, however slowly they are taken; slim and cached ones equal the full parse less its outline', async () => {
    const many = [...files, ...files.map((f) => `./${f}`), ...files.map((f) => join(ROOT, f))];
    const c = ctx();
    const seen: number[] = [];
    let running = 0;
    await built.eachDocument(
      many,
      c.ctx,
      async (doc, index) => {
        running += 1;
        expect(running).toBe(1);
        expect(doc.source.path).toBe(many[index]);
        expect(doc.nodes).toEqual([]);
        seen.push(index);
        await new Promise((done) => setTimeout(done, index % 3 === 0 ? 20 : 0));
        running -= 1;
      },
      { slim: true, cache: { dir: join(out, 'cache'), version: 'test' } },
    );
    expect(seen).toEqual(many.map((_, i) => i));
    const full = await built.parseMany(files, c.ctx, { workers: false });
    const slim = await built.parseMany(files, c.ctx, { slim: true, cache: { dir: join(out, 'cache'), version: 'test' } });
    expect(slim).toEqual(full.map((d) => ({ ...d, nodes: [], preamble: [] })));
  });

  it('gives the same documents, in the same order, as parsing in this thread', async () => {
    expect(files.length).toBeGreaterThanOrEqual(WORKER_MIN_FILES);
    const c = ctx();
    const threaded = await built.parseMany(files, c.ctx);
    const single = await built.parseMany(files, c.ctx, { workers: false });
    expect(threaded.map((d) => d.source.path)).toEqual(files);
    expect(threaded).toEqual(single);
  });

  // `script` (util-linux) gives the bin a terminal; requireTool says why when it is missing, and fails under CI.
  const hasScript = requireTool('/usr/bin/script', 'script (util-linux)') && spawnSync('script', ['--version']).status === 0;
  const folder = () => {
    const dir = join(out, 'plans');
    mkdirSync(dir, { recursive: true });
    for (const [i, f] of files.entries()) copyFileSync(join(ROOT, f), join(dir, `plan-${String(i).padStart(2, '0')}.${f.endsWith('.md') ? 'md' : 'txt'}`));
    return dir;
  };

  it.skipIf(!hasScript)('the shipped bin, in a terminal: a progress bar on stderr naming the worker threads, cleared at the end', () => {
    const dir = folder();
    const log = join(out, 'tty.log');
    // Note: util-linux script(1) runs the command on a pseudo-terminal and logs what it writes there;
    // stdout goes to a file (-o), so the log holds stderr only. The delay is 0 so the bar shows at once.
    const cmd = `${JSON.stringify(process.execPath)} bin/plan-diff.js check plans --fail-on never -o out.json`;
    const r = spawnSync('script', ['-q', '-e', '-c', cmd, log], { cwd: out, env: { ...process.env, PLAN_DIFF_PROGRESS_DELAY_MS: '0', NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    const tty = readFileSync(log, 'utf8');
    const threads = Math.min(availableParallelism(), 4, Math.ceil(files.length / 4));
    expect(tty).toMatch(new RegExp(`plan-diff: reading \\S+ \\d+/${files.length}${threads > 1 ? ` on ${threads} threads` : ''} plans/plan-`));
    expect(tty).toContain('\u001b[?25h');
    expect(JSON.parse(readFileSync(join(out, 'out.json'), 'utf8')).files).toHaveLength(files.length);
    expect(readdirSync(dir)).toHaveLength(files.length);
  });

  it.skipIf(!hasScript)('the shipped bin, in a terminal, re-run over a full cache: the bar says all from cache and names no threads (zh and en)', () => {
    folder();
    const run = (lang: string, name: string) => {
      const log = join(out, name);
      const cmd = `${JSON.stringify(process.execPath)} bin/plan-diff.js check plans --cache cache-tty --lang ${lang} --fail-on never -o out.json`;
      const r = spawnSync('script', ['-q', '-e', '-c', cmd, log], { cwd: out, env: { ...process.env, PLAN_DIFF_PROGRESS_DELAY_MS: '0', NO_COLOR: '1' } });
      expect(r.status).toBe(0);
      return readFileSync(log, 'utf8');
    };
    rmSync(join(out, 'cache-tty'), { recursive: true, force: true });
    run('en', 'first.log');
    const en = run('en', 'cached-en.log');
    expect(en).toMatch(new RegExp(`plan-diff: reading \\S+ \\d+/${files.length} \\(all from cache\\) plans/plan-`));
    expect(en).not.toContain('thread');
    const zh = run('zh', 'cached-zh.log');
    expect(zh).toMatch(new RegExp(`plan-diff：读取 \\S+ \\d+/${files.length}（全部来自缓存） plans/plan-`));
    expect(zh).not.toContain('线程');
  });

  it('the shipped bin, in a pipe: nothing on stderr', () => {
    folder();
    const r = spawnSync(process.execPath, ['bin/plan-diff.js', 'check', 'plans', '--fail-on', 'never', '--format', 'json'], {
      cwd: out,
      env: { ...process.env, PLAN_DIFF_PROGRESS_DELAY_MS: '0' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files).toHaveLength(files.length);
  });

  it('reports a bad file from a worker as the same user error', async () => {
    const c = ctx();
    const bad = [...files.slice(0, 8), 'seeds/missing.txt'];
    await expect(built.parseMany(bad, c.ctx)).rejects.toMatchObject({ name: 'PlanDiffError', code: 'ENOENT', message: expect.stringContaining('seeds/missing.txt') });
  });
});
