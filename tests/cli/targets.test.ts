import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters, knownExtensions, type Formatter } from '../../src/report/index.js';
import { main } from '../../src/cli/main.js';
import { spyContext } from '../helpers/cli.js';

const BRI = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const FYP = 'seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt';
const KEYS = [
  'id', 'file', 'line', 'column', 'nodeId', 'metric', 'metricKey', 'action', 'scope', 'value', 'high', 'unit', 'comparator', 'comparatorText',
  'year', 'yearSource', 'kind', 'change', 'text', 'context',
];

describe('plan-diff targets', () => {
  it('writes the plan-diff/targets@2 JSON with a stable key order and a trailing newline', async () => {
    const s = spyContext();
    expect(await main(['targets', BRI, '--format', 'json'], s.ctx)).toBe(0);
    const report = JSON.parse(s.out()) as { schema: string; targets: Array<Record<string, unknown>>; contexts: string[] };
    expect(s.out().endsWith('}\n')).toBe(true);
    expect(Object.keys(report)).toEqual(['schema', 'targets', 'contexts']);
    // One record per line; each context once, the targets of one sentence pointing at the same one.
    expect(s.out().split('\n').filter((l) => l.startsWith('    {"id":'))).toHaveLength(11);
    expect(report.contexts.length).toBeLessThan(11);
    expect(new Set(report.contexts).size).toBe(report.contexts.length);
    expect(report.targets.every((t) => typeof report.contexts[t.context as number] === 'string')).toBe(true);
    expect(report.schema).toBe('plan-diff/targets@2');
    expect(report.targets).toHaveLength(11);
    expect(Object.keys(report.targets[0]!)).toEqual(KEYS);
    expect(new Set(report.targets.map((t) => t.year))).toEqual(new Set([2027]));
    expect(report.targets.find((t) => t.metricKey === '一带一路联合实验室')).toMatchObject({ line: 33, value: 20, unit: '家', file: BRI });
  });

  it('filters by --kind (default target) and reads several files in order', async () => {
    const goals = spyContext();
    await main(['targets', FYP, BRI, '--format', 'json'], goals.ctx);
    const all = spyContext();
    await main(['targets', FYP, BRI, '--format', 'json', '--kind', 'all'], all.ctx);
    const history = spyContext();
    await main(['targets', FYP, '--format', 'json', '--kind', 'historical'], history.ctx);
    const g = (JSON.parse(goals.out()) as { targets: Array<{ kind: string; file: string }> }).targets;
    expect(g.every((t) => t.kind === 'target')).toBe(true);
    expect(g.map((t) => t.file)).toEqual([...Array(10).fill(FYP), ...Array(11).fill(BRI)]);
    expect((JSON.parse(all.out()) as { targets: unknown[] }).targets).toHaveLength(10 + 12 + 5 + 11);
    expect((JSON.parse(history.out()) as { targets: Array<{ kind: string }> }).targets.map((t) => t.kind)).toEqual(Array(12).fill('historical'));
  });

  it('rejects an unknown --kind with exit 2', async () => {
    const s = spyContext();
    expect(await main(['targets', BRI, '--kind', 'goals'], s.ctx)).toBe(2);
    expect(s.err()).toMatch(/^plan-diff: .*--kind/);
  });

  it('prints a table with metric, the amount as written, horizon, kind and file:line, coloured only with --color', async () => {
    const plain = spyContext();
    expect(await main(['targets', BRI], plain.ctx)).toBe(0);
    expect(plain.out()).toContain(`[1] ${BRI}\n`);
    expect(plain.out()).toContain('市级“一带一路”联合实验室');
    expect(plain.out()).toMatch(/│ 市级“一带一路”联合实验室 +│ 20家 +│ 2027 │ target │ \[1\]:33 +│/);
    expect(plain.out()).toContain('11 targets.');
    expect(plain.out()).not.toContain('\u001b[');
    const coloured = spyContext();
    await main(['targets', BRI, '--color'], coloured.ctx);
    expect(coloured.out()).toContain('\u001b[');
  });

  it('writes CSV rows with values in base units', async () => {
    const s = spyContext();
    expect(await main(['targets', 'seeds/most-beijing-sti-centre-work-plan-2023.txt', '--format', 'csv'], s.ctx)).toBe(0);
    const lines = s.out().split('\r\n');
    expect(lines[0]).toBe('file,page,line,column,id,kind,metric,metricKey,action,scope,value,high,unit,comparator,comparatorText,year,yearSource,change,text');
    expect(lines.find((l) => l.includes('高技术产业增加值'))).toContain(',1200000000000,,元,gt,超过,2025,section,level,');
    expect(lines.filter((l) => l !== '')).toHaveLength(7);
  });

  it('gives each target read from a PDF its page in CSV (PDF lines count on the page)', async () => {
    const s = spyContext();
    expect(await main(['targets', 'fixtures/inputs/bri-2024.pdf', '--format', 'csv'], s.ctx)).toBe(0);
    const rows = s.out().split('\r\n').filter((l) => l !== '').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^fixtures\/inputs\/bri-2024\.pdf,[1-9]\d*,[1-9]\d*,/u);
    const json = spyContext();
    await main(['targets', 'fixtures/inputs/bri-2024.pdf', '--format', 'json'], json.ctx);
    const pages = (JSON.parse(json.out()).targets as Array<{ page?: number }>).map((t) => t.page);
    expect(rows.map((r) => Number(r.split(',')[1]))).toEqual(pages);
  });
});

describe('plan-diff targets -o', () => {
  it.each(['targets.pdf', 'targets.xls', 'targets'])('refuses -o %s, an extension no formatter writes, with exit 2 and the known ones', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-ext-'));
    const s = spyContext({ cwd: dir });
    expect(await main(['targets', join(process.cwd(), FYP), '-o', file], s.ctx)).toBe(2);
    const known = knownExtensions('plan-diff/targets@2');
    expect(s.err()).toBe(`plan-diff: cannot tell the output format of ${file} from its extension. Expected one of ${known.map((e) => `.${e}`).join(' ')}, or give --format.\n`);
    expect(existsSync(join(dir, file))).toBe(false);
  });

  it('writes -o targets.xlsx as a real workbook, the extension being known to the registry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-ext-'));
    const s = spyContext({ cwd: dir });
    expect(await main(['targets', join(process.cwd(), FYP), '-o', 'targets.xlsx'], s.ctx)).toBe(0);
    expect(readFileSync(join(dir, 'targets.xlsx')).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(knownExtensions('plan-diff/targets@2')).toContain('xlsx');
  });

  it('takes the extensions it knows from the formatter registry', () => {
    const listed = (Object.values(formatters) as Formatter[]).filter((f) => f.supports.includes('plan-diff/targets@2')).flatMap((f) => f.extensions);
    expect(knownExtensions('plan-diff/targets@2')).toEqual([...new Set(listed)]);
    expect(knownExtensions('plan-diff/targets@2')).toContain('csv');
  });
});
