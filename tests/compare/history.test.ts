import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { historyPlans } from '../../src/compare/history/index.js';
import { comparePlans } from '../../src/compare/index.js';
import { extractTargets, parsePlan } from '../../src/parse/index.js';
import type { HistoryReport, PlanDocument, SourceFile } from '../../src/types.js';
import { corpusPath } from '../helpers/corpus.js';
import { expectGolden } from '../helpers/golden.js';

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const DRAFTS = [SEED, 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt', 'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt'];

function source(path: string, value = readFileSync(path, 'utf8')): SourceFile {
  return { path, value, format: 'txt', lineUnit: 'line' };
}

/** History the way the command line makes it: documents without targets, targets read where they can change. */
function lazyHistory(paths: readonly string[]): HistoryReport {
  const sources = paths.map((p) => source(p));
  const docs = sources.map((s) => parsePlan(s, { targets: false }));
  return historyPlans(docs, { readTargets: (v, paragraphs) => extractTargets(docs[v]!, sources[v]!, { paragraphs }) });
}

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv') as typeof import('ajv');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('docs/history.schema.json', 'utf8')));

function expectValid(report: HistoryReport): void {
  const json = JSON.parse(JSON.stringify(report));
  const ok = validate(json);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

/** The ids of every clause of version `v`, as compare aligns them (title included). */
function clauseIds(docs: readonly PlanDocument[], v: number): string[] {
  const report = v === 0 ? comparePlans(docs[0]!, docs[1]!) : comparePlans(docs[v - 1]!, docs[v]!);
  return [...new Set(report.pairs.flatMap((p) => (v === 0 ? (p.old ? [p.old.id] : []) : p.new ? [p.new.id] : [])))];
}

describe('historyPlans on three drafts of the Belt-and-Road seed', () => {
  const report = lazyHistory(DRAFTS);

  it('follows 联合实验室 20家 → 达15家 → 18家, and 基地 30 → 30 → 40 changed only in the last draft', () => {
    const labs = report.targets.filter((t) => t.metricKey.includes('联合实验室'));
    expect(labs).toHaveLength(1);
    expect(labs[0]!.values.map((v) => v?.value)).toEqual([20, 15, 18]);
    expect(labs[0]!.values.map((v) => v?.comparator)).toEqual(['eq', 'gte', 'eq']);
    expect(labs[0]!.changedIn).toEqual([1, 2]);
    const bases = report.targets.filter((t) => t.metric.includes('国际科技合作基地'));
    expect(bases).toHaveLength(1);
    expect(bases[0]!.values.map((v) => v?.value)).toEqual([30, 30, 40]);
    expect(bases[0]!.values.map((v) => v?.unit)).toEqual(['个', '个', '个']);
    expect(bases[0]!.changedIn).toEqual([2]);
  });

  it('puts both targets in the row of the 发展目标 paragraph, which changed in both later drafts', () => {
    const labs = report.targets.find((t) => t.metricKey.includes('联合实验室'))!;
    const row = report.rows[labs.row]!;
    expect(row.status).toEqual([null, 'modified', 'modified']);
    expect(row.cells.map((c) => c?.id)).toEqual(['一/三#p2', '一/三#p2', '一/三#p2']);
    expect(labs.values.map((v) => v?.clause)).toEqual(['一/三#p2', '一/三#p2', '一/三#p2']);
  });

  it('finds task 6 again when the third draft restores it (removed in the second)', () => {
    const rows = report.rows.filter((r) => r.cells.some((c) => c?.text.startsWith('拓展民生服务领域科技合作')));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.status).toEqual([null, 'removed', 'added']);
    expect(row.cells[1]).toBeNull();
    expect(row.cells[2]).toMatchObject({ id: '二/二/7#p1', restoredFrom: 0, status: 'added' });
    expect(row.cells[2]!.diff).toContainEqual({ op: 'insert', text: '垃圾处理、' });
  });

  it('follows the moved task 9 → 3 and the renumbered tasks', () => {
    const moved = report.rows.find((r) => r.cells[0]?.id === '二/三/9#p1')!;
    expect(moved.status).toEqual([null, 'moved', 'unchanged']);
    expect(moved.cells.map((c) => c?.id)).toEqual(['二/三/9#p1', '二/一/3#p1', '二/一/3#p1']);
    const last = report.rows.find((r) => r.cells[0]?.id === '二/三/12#p1')!;
    expect(last.status).toEqual([null, 'renumbered', 'renumbered']);
    expect(last.cells.map((c) => c?.id)).toEqual(['二/三/12#p1', '二/三/11#p1', '二/三/12#p1']);
  });

  it('has each step summarised as compare summarises it, with the target lineages changed at that step', () => {
    const docs = DRAFTS.map((p) => parsePlan(source(p)));
    report.steps.forEach((step, k) => {
      const pair = comparePlans(docs[k]!, docs[k + 1]!);
      expect({ ...step.summary, targetChanges: 0 }).toEqual({ ...pair.summary, targetChanges: 0 });
      expect(step.summary.targetChanges).toBe(report.targets.filter((t) => t.changedIn.includes(k + 1)).length);
      expect(step.same).toBe(false);
    });
  });

  it('reads the same targets as from fully parsed documents', () => {
    const full = historyPlans(DRAFTS.map((p) => parsePlan(source(p))));
    expect(full).toEqual(report);
  });

  it('matches its JSON Schema', () => {
    expectValid(report);
  });
});

describe('historyPlans: edge cases', () => {
  const seed = readFileSync(SEED, 'utf8');

  it('reports every step the same for identical versions (and the schema holds)', () => {
    const report = historyPlans([0, 1, 2].map((k) => parsePlan(source(`v${k}.txt`, seed))));
    expect(report.steps.map((s) => s.same)).toEqual([true, true]);
    expect(report.rows.every((r) => !r.changed && r.cells.every((c) => c !== null))).toBe(true);
    expect(report.targets).toEqual([]);
    expectValid(report);
  });

  it('keeps the pins of each step, as compare does for that pair, and says which step a bad pin is in', () => {
    const docs = DRAFTS.map((p) => parsePlan(source(p)));
    // Undo the step V2 → V3's pairing of the 发展目标 paragraph: removed in V2's row, added as a row of its own.
    const pins = [{ old: '一/三#p2', new: null }, { old: null, new: '一/三#p2' }];
    const pinned = historyPlans(docs, { pins: [undefined, pins] });
    const plain = historyPlans(docs);
    expect(pinned.steps[0]).toEqual(plain.steps[0]);
    expect(pinned.steps[1]!.summary).toEqual({ ...comparePlans(docs[1]!, docs[2]!, { pins }).summary, targetChanges: pinned.steps[1]!.summary.targetChanges });
    expect(pinned.rows.length).toBe(plain.rows.length + 1);
    expect(pinned.rows.some((r) => r.status[1] === 'modified' && r.status[2] === 'removed')).toBe(true);
    expectValid(pinned);
    expect(() => historyPlans(docs, { pins: [undefined, [{ old: 'nope', new: null }]] })).toThrow(/^version 2 → 3: pinned ids not found: old nope\./);
    expect(() => historyPlans(docs, { pins: [undefined, undefined, pins] })).toThrow(/pins for 3 steps, but 3 versions make 2/);
  });

  it('refuses fewer than two versions', () => {
    expect(() => historyPlans([parsePlan(source('v.txt', seed))])).toThrow(/two or more versions/);
  });

  it('does not join an added clause to an earlier one whose text it does not share', () => {
    const v1 = '一、任务\n1.建设创新平台。支持企业建设实验室。\n2.加强人才培养。实施青年人才计划。\n';
    const v2 = '一、任务\n1.建设创新平台。支持企业建设实验室。\n';
    const v3 = '一、任务\n1.建设创新平台。支持企业建设实验室。\n2.完善金融服务。设立科技信贷风险补偿资金。\n';
    const report = historyPlans([v1, v2, v3].map((text, k) => parsePlan(source(`v${k}.txt`, text))));
    const people = report.rows.find((r) => r.cells[0]?.text.includes('人才'))!;
    expect(people.status).toEqual([null, 'removed', null]);
    const money = report.rows.find((r) => r.cells[2]?.text.includes('金融'))!;
    expect(money.status).toEqual([null, null, 'added']);
    expect(money.cells[2]!.restoredFrom).toBeUndefined();
  });

  it('keeps one target lineage when a clause rewords the metric around the same kind of amount', () => {
    const v1 = '第一章 总则\n第一条 违反本法规定，未办理备案的，由县级以上地方人民政府农业农村（畜牧兽医）主管部门处五千元以下罚款。\n';
    const v2 = '第一章 总则\n第一条 违反本法规定，未办理备案的，由县级以上地方人民政府农业农村主管部门责令改正，处五千元以下罚款。\n';
    const v3 = '第一章 总则\n第一条 违反本法规定，未办理备案的，由县级以上地方人民政府农业农村主管部门责令改正，处一万元以下罚款。\n';
    const report = historyPlans([v1, v2, v3].map((text, k) => parsePlan(source(`v${k}.txt`, text))));
    expect(report.targets).toHaveLength(1);
    expect(report.targets[0]!.values.map((v) => v?.value)).toEqual([5000, 5000, 10000]);
    expect(report.targets[0]!.changedIn).toEqual([2]);
  });

  it('splits a clause into two rows and merges two into one', () => {
    const v1 = '一、任务\n1.建设创新平台。支持龙头企业牵头建设重点实验室和工程研究中心，推动产学研深度融合。\n2.加强人才培养。实施青年科学家计划，支持青年人才挑大梁。\n';
    const v2 =
      '一、任务\n1.建设创新平台。支持龙头企业牵头建设重点实验室和工程研究中心。\n2.推动产学研深度融合，完善成果转化机制。\n3.加强人才培养。实施青年科学家计划，支持青年人才挑大梁。\n';
    const report = historyPlans([v1, v2].map((text, k) => parsePlan(source(`v${k}.txt`, text))));
    const ids = report.rows.flatMap((r) => (r.cells[1] ? [r.cells[1].id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expectValid(report);
  });
});

// Golden files: fixtures/history/<case>/expected.json holds the report without clause texts and word
// diffs (ids, lines, statuses, targets; the texts are the corpus files themselves), so a review reads
// every lineage. UPDATE=1 rewrites them; review the diff before committing.
const CORPUS_CASES = [
  ['pig-slaughter', ['reg-pig-slaughter-2008.txt', 'reg-pig-slaughter-2011.txt', 'reg-pig-slaughter-2016.txt', 'reg-pig-slaughter-2021.txt']],
  ['animal-epidemic-prevention', ['law-animal-epidemic-prevention-2020-draft1.txt', 'law-animal-epidemic-prevention-2020-draft2.txt', 'law-animal-epidemic-prevention-2021-final.txt']],
] as const;

describe.each(CORPUS_CASES)('history of the corpus versions: %s', (name, files) => {
  const paths = files.map((f) => corpusPath(f));
  const report = lazyHistory(paths);
  const docs = paths.map((p) => parsePlan(source(p), { targets: false }));

  it('puts every clause of every version, the last one included, in exactly one lineage row', () => {
    docs.forEach((_, v) => {
      const inRows = report.rows.flatMap((r) => (r.cells[v] ? [r.cells[v].id] : []));
      expect(inRows.toSorted()).toEqual(clauseIds(docs, v).toSorted());
      expect(new Set(inRows).size).toBe(inRows.length);
    });
  });

  it('has every article of the last version in a row', () => {
    const last = report.rows.flatMap((r) => (r.cells.at(-1) ? [r.cells.at(-1)!.id.split('#')[0]] : []));
    const articles: string[] = [];
    const walk = (nodes: PlanDocument['nodes']) => {
      for (const n of nodes) {
        if (n.style === 'article') articles.push(n.id);
        walk(n.children);
      }
    };
    walk(docs.at(-1)!.nodes);
    expect(articles.length).toBeGreaterThan(30);
    for (const id of articles) expect(last, id).toContain(id);
  });

  it('keeps statuses and cells consistent', () => {
    for (const row of report.rows) {
      expect(row.status).toHaveLength(files.length);
      expect(row.cells).toHaveLength(files.length);
      row.cells.forEach((cell, v) => {
        if (cell) expect(row.status[v]).toBe(cell.status);
        else expect([null, 'removed', 'merged']).toContain(row.status[v]);
      });
    }
    for (const t of report.targets) expect(t.values).toHaveLength(files.length);
  });

  it('matches its JSON Schema', () => {
    expectValid(report);
  });

  it('matches fixtures/history/%s/expected.json', () => {
    expectGolden(join('fixtures/history', name, 'expected.json'), JSON.stringify(skeleton(report), null, 1) + '\n');
  });
});

/** The report without texts and diffs, paths reduced to file names, one line per row and target. */
function skeleton(report: HistoryReport): unknown {
  return {
    schema: report.schema,
    versions: report.versions.map((v) => ({ ...v, path: basename(v.path) })),
    steps: report.steps,
    rows: report.rows.map((r) =>
      r.cells
        .map((c, v) => (c ? `${c.id}:${c.line} ${c.status ?? ''}${c.restoredFrom === undefined ? '' : `<${c.restoredFrom}`}` : (r.status[v] ?? '—')))
        .join(' | '),
    ),
    targets: report.targets.map(
      (t) => `${t.metric} [row ${t.row}] ${t.values.map((v) => (v ? `${v.comparator} ${v.value}${v.high === null ? '' : `-${v.high}`}${v.unit}${v.year === null ? '' : ` ${v.year}`} @${v.line}` : '—')).join(' | ')} changed ${t.changedIn.join(',')}`,
    ),
  };
}
