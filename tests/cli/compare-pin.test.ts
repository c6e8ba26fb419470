import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CompareReport } from '../../src/types.js';
import { reviseSeed } from '../helpers/revise.js';

function spy() {
  let out = '';
  let err = '';
  const ctx = {
    stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) },
    stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) },
    cwd: process.cwd(),
    env: {},
  };
  return { ctx, out: () => out, err: () => err };
}

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const dir = mkdtempSync(join(tmpdir(), 'plan-diff-pin-'));
const revised = join(dir, 'revised.txt');
writeFileSync(revised, reviseSeed(readFileSync(SEED, 'utf8')).text);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const s = spy();
  const code = await main(['compare', SEED, revised, ...argv], s.ctx);
  return { code, out: s.out(), err: s.err() };
}
const json = async (...argv: string[]) => JSON.parse((await run('--format', 'json', ...argv)).out) as CompareReport;
const links = (r: CompareReport) => r.pairs.map((p) => `${p.old?.id ?? '-'} > ${p.new?.id ?? '-'} ${p.status}`);

describe('plan-diff compare --pin', () => {
  it('round trip: compare -f csv, join the removed and the added row into one, --pin: they come back as one pair, the rest as before', async () => {
    const before = await json();
    const csv = (await run('--format', 'csv')).out;
    const rows = parse(csv) as string[][];
    const [header, ...body] = rows;
    const [o, n, status] = [header.indexOf('old_id'), header.indexOf('new_id'), header.indexOf('status')];
    expect([o, n].every((k) => k >= 0)).toBe(true);
    const removed = body.find((r) => r[status] === 'removed')!;
    const added = body.find((r) => r[status] === 'added')!;
    // the edit a researcher makes: the removed clause's successor is the added one
    const edited = body.filter((r) => r !== added).map((r) => (r === removed ? { ...r, [n]: added[n] } : r));
    const file = join(dir, 'a.csv');
    writeFileSync(file, [header, ...edited].map((r) => Object.values(r).map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    const after = await json('--pin', file);
    const joined = after.pairs.filter((p) => p.old?.id === removed[o] && p.new?.id === added[n]);
    expect(joined).toHaveLength(1);
    expect(joined[0].status).toBe('modified');
    expect(after.summary.removed).toBe(before.summary.removed - 1);
    expect(after.summary.added).toBe(before.summary.added - 1);
    // every other pair is as it was
    const others = (r: CompareReport) => links(r).filter((l) => !l.includes(removed[o]) && !l.includes(added[n]));
    expect(others(after)).toEqual(others(before));
  });

  it('a pin with - on one side forces the clause removed (or added); the rest is aligned around it', async () => {
    const before = await json();
    const pair = before.pairs.find((p) => p.status === 'unchanged' && p.old?.id.includes('#p'))!;
    const file = join(dir, 'force.csv');
    writeFileSync(file, `old_id,new_id\n${pair.old!.id},-\n`);
    const after = await json('--pin', file);
    expect(after.pairs.find((p) => p.old?.id === pair.old!.id)).toMatchObject({ status: 'removed', new: null });
    expect(after.pairs.find((p) => p.new?.id === pair.new!.id)).toMatchObject({ status: 'added', old: null });
    expect(after.summary.unchanged).toBe(before.summary.unchanged - 1);
  });

  it('reads a compare JSON report as pins: the same alignment comes back', async () => {
    const file = join(dir, 'report.json');
    const { out } = await run('--format', 'json');
    writeFileSync(file, out);
    expect(links(await json('--pin', file))).toEqual(links(JSON.parse(out)));
  });

  it('exits 2 listing the pinned ids that do not exist, and on a file without the columns', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'old_id,new_id\n九/（九）/99#p1,-\n-,no-such-id\n');
    const bad = await run('--pin', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/pinned ids not found: old 九\/（九）\/99#p1, new no-such-id\./);
    expect(bad.err).not.toContain('    at ');
    const columns = join(dir, 'columns.csv');
    writeFileSync(columns, 'from,to\na,b\n');
    const wrong = await run('--pin', columns);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('has no old_id and new_id columns');
  });
});
