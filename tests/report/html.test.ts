import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatReport } from '../../src/report/index.js';
import { html } from '../../src/report/html.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { CheckReport, CompareReport, TargetsReport } from '../../src/types.js';
import { expectGolden } from '../helpers/golden.js';
import { hostileText } from '../helpers/hostile.js';

const sample = (name: string) => JSON.parse(readFileSync(`fixtures/report/${name}`, 'utf8')) as unknown;
const compareSample = sample('compare-sample.json') as CompareReport;
const checkSample = sample('check-sample.json') as CheckReport;
const render = async (report: CompareReport | CheckReport | TargetsReport, only?: 'changed' | 'all') =>
  (await formatReport(report, 'html', { color: false, only })) as string;
const real = () => {
  const read = (path: string) => parsePlan({ path, value: readFileSync(path, 'utf8'), format: 'txt', lineUnit: 'line' });
  return comparePlans(read('fixtures/report/old.txt'), read('fixtures/report/new.txt'));
};
const count = (text: string, needle: RegExp) => (text.match(needle) ?? []).length;

describe('html formatter: self-contained and safe', () => {
  it('supports compare, check, history and targets', () => {
    expect([...html.supports].toSorted()).toEqual(['plan-diff/check@1', 'plan-diff/compare@1', 'plan-diff/history@1', 'plan-diff/targets@2']);
  });

  it('renders document text as text: <script> and formulas are escaped, only our one script remains', async () => {
    const page = await render(compareSample);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(count(page, /<script/g)).toBe(1);
    expect(page).toContain("=cmd|&#39; /C calc&#39;!A0");
  });

  it('references nothing outside the file: no src, no external href, no url() or @import', async () => {
    for (const page of [await render(compareSample), await render(checkSample), await render(real())]) {
      expect(page).not.toMatch(/\ssrc=/);
      expect(page).not.toMatch(/href="(?!#)/);
      expect(page).not.toMatch(/url\(|@import|<link|<img|<iframe/);
    }
  });

  it('pins the inline style and script by hash in a Content-Security-Policy that forbids requests', async () => {
    const page = await render(compareSample);
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '').replaceAll('&#39;', "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('uses the system Chinese font stack and has a print stylesheet', async () => {
    const page = await render(compareSample);
    expect(page).toContain('"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif');
    expect(page).toContain('@media print');
    expect(page).toContain('size:A4 landscape');
  });

  it('escapes any text a plan may contain (property)', () => {
    fc.assert(
      // Note: plain random strings almost never hold markup; hostileText puts it there on purpose.
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileText()), (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(text);
      }),
    );
  });
});

describe('html formatter: compare side by side', () => {
  it('has one row per clause and marks deletions and insertions word by word', async () => {
    const page = await render(compareSample);
    const rows = count(page, /<tr class="row /g);
    expect(rows).toBe(compareSample.pairs.length);
    const dels = compareSample.pairs.flatMap((p) => p.diff.filter((d) => d.op === 'delete').map((d) => d.text));
    const inss = compareSample.pairs.flatMap((p) => p.diff.filter((d) => d.op === 'insert').map((d) => d.text));
    for (const text of dels) expect(page).toContain(`<del>${escapeHtml(text)}</del>`);
    for (const text of inss) expect(page).toContain(`<ins>${escapeHtml(text)}</ins>`);
    expect(page).toMatch(/<ins>35个<\/ins>/);
    expect(page).toMatch(/<del>30个<\/del>/);
  });

  it('links a moved clause to a marker at its old place, and every in-page link has a target', async () => {
    const page = await render(compareSample);
    const moved = compareSample.pairs.findIndex((p) => p.moved);
    expect(page).toContain(`<tr class="ghost" id="o${moved}">`);
    expect(page).toContain(`href="#o${moved}"`);
    expect(page).toContain(`href="#p${moved}"`);
    // The marker stands after the clause that preceded the moved one in the old document (old 5. → new 6.).
    const ghostAt = page.indexOf(`id="o${moved}"`);
    const before = compareSample.pairs.findIndex((p) => p.old?.id === '二/（三）/5#p1');
    expect(page.indexOf(`id="p${before}"`)).toBeLessThan(ghostAt);
    expect(page.indexOf(`id="p${before + 1}"`)).toBeGreaterThan(ghostAt);
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('shows summary counts, the outline navigator and the target-changes table', async () => {
    const page = await render(compareSample);
    const s = compareSample.summary;
    expect(page).toContain(`<li class="modified"><b>${s.modified}</b>修改</li>`);
    expect(page).toContain(`<li class="targets"><b>${s.targetChanges}</b>指标变化</li>`);
    expect(page).toContain('<nav class="outline"');
    expect(page).toContain('二、重点任务');
    expect(count(page, /<tr class="target /g)).toBe(compareSample.targetChanges.length);
    expect(page).toContain('市级“一带一路”联合实验室 20家→15家');
  });

  it('sets the moved and renumbered cards apart, as part of the clauses both versions have (both languages)', async () => {
    const s = compareSample.summary;
    const kept = s.modified + s.unchanged;
    const cards = (ul: string) => [...ul.matchAll(/<li class="([^"]+)"><b>(\d+)<\/b>/g)].map((m) => `${m[1]} ${m[2]}`);
    for (const [lang, label] of [['zh', `其中（两版都有的 ${kept} 条）：`], ['en', `of which, among the ${kept} clauses in both:`]] as const) {
      const page = (await formatReport(compareSample, 'html', { color: false, lang })) as string;
      const summary = /<div class="summary">(<ul class="cards">.*?<\/ul>)<div class="of" role="group" aria-labelledby="(of-\d+)"><span class="of-label" id="\2">([^<]*)<\/span>(<ul class="cards">.*?<\/ul>)<\/div>(<ul class="cards">.*?<\/ul>)<\/div>/.exec(page);
      expect(summary, lang).not.toBeNull();
      const [, addends, , of, part, targets] = summary!;
      expect(cards(addends)).toEqual([`modified ${s.modified}`, `added ${s.added}`, `removed ${s.removed}`, `unchanged ${s.unchanged}`]);
      expect(of).toBe(label);
      expect(cards(part)).toEqual([`moved ${s.moved}`, `renumbered ${s.renumbered}`]);
      expect(cards(targets)).toEqual([`targets ${s.targetChanges}`]);
    }
  });

  it('starts on the changed-only filter unless asked for all; without script every row shows', async () => {
    expect(await render(compareSample)).toContain('data-default-filter="changed"');
    expect(await render(compareSample, 'all')).toContain('data-default-filter="all"');
    const page = await render(compareSample);
    // Rows are hidden only under html[data-filter=changed], which only the script sets.
    expect(page).toContain('html[data-filter=changed] tr.unchanged');
    expect(page).not.toMatch(/<html[^>]*\sdata-filter=/);
    expect(page).toContain('<noscript>');
  });

  it('renders real comparePlans output: titles, renumbering, headings and target changes', async () => {
    const report = real();
    const page = await render(report);
    expect(page).toContain('<ins>和人工智能</ins>');
    expect(page).toContain('仅调整序号（2→3）');
    expect(page).toContain('<del>2.</del>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(count(page, /<tr class="target /g)).toBe(report.targetChanges.length);
    // Unchanged headings on their own line become section rows, not clause rows.
    expect(page).not.toMatch(/<tr class="row[^"]*" id="p\d+"><td class="old"><span class="meta">第6行<\/span><span class="text">一、总体要求/);
  });

  it('is byte-stable and matches the golden file (UPDATE=1 regenerates)', async () => {
    const page = await render(compareSample);
    expect(await render(compareSample)).toBe(page);
    const golden = 'fixtures/report/compare-sample.html';
    expectGolden(golden, page);
  });

  // A chapter deleted whole (第二章示范基地) in the middle, a renumbered chapter (第三章 → 第二章) that lost
  // one article, and an article added at the end of the chapter before the deleted one.
  const chapters = (...parts: string[]) => `# 示范条例\n\n${parts.join('\n\n')}\n`;
  const deletedChapter = () => {
    const read = (path: string, value: string) => parsePlan({ path, value, format: 'md', lineUnit: 'line' });
    const old = chapters(
      '## 第一章 总则', '第一条 为了规范示范工作，制定本条例。', '第二条 本条例适用于本省行政区域内的示范活动。',
      '## 第二章 示范基地', '第三条 县级以上人民政府应当建设示范基地，每个设区的市至少建设一个。', '第四条 示范基地由省科学技术主管部门认定并定期评估。',
      '## 第三章 法律责任', '第五条 违反本条例规定的，由有关主管部门责令改正。', '第六条 扰乱示范场所秩序的，依法责令其停止侵害、恢复原状或者赔偿损失。', '第七条 国家机关工作人员玩忽职守的，依法给予处分。',
      '## 第四章 附则', '第八条 本条例自2020年1月1日起施行。',
    );
    const neu = chapters(
      '## 第一章 总则', '第一条 为了规范示范工作，制定本条例。', '第二条 本条例适用于本省行政区域内的示范活动。', '第三条 各级人民政府应当将示范工作纳入国民经济和社会发展规划。',
      '## 第二章 法律责任', '第四条 违反本条例规定的，由有关主管部门责令改正。', '第五条 国家机关工作人员玩忽职守的，依法给予处分。',
      '## 第三章 附则', '第六条 本条例自2025年1月1日起施行。',
    );
    return comparePlans(read('old.md', old), read('new.md', neu));
  };

  it('lists a section the body shows in two places once, where it stands in the new version, with all its changes', async () => {
    // 第四条 was removed; it stood after 第三条, which moved into 第一章, so the body shows it there, at its old place.
    const read = (path: string, value: string) => parsePlan({ path, value, format: 'md', lineUnit: 'line' });
    const old = chapters(
      '## 第一章 总则', '第一条 为了规范示范工作，制定本条例。', '第二条 本条例适用于本省行政区域内的示范活动。',
      '## 第二章 示范基地', '第三条 县级以上人民政府应当建设示范基地，每个设区的市至少建设一个。', '第四条 示范基地由省科学技术主管部门认定并定期评估。', '第五条 示范基地应当向社会公众开放，接受社会监督。',
    );
    const neu = chapters(
      '## 第一章 总则', '第一条 为了规范示范工作，制定本条例。', '第二条 县级以上人民政府应当建设示范基地，每个设区的市至少建设一个。', '第三条 本条例适用于本省行政区域内的示范活动。',
      '## 第二章 示范基地', '第四条 示范基地应当向社会公众开放，接受社会监督。', '第五条 示范基地的建设资金由省财政予以保障。',
    );
    const page = await render(comparePlans(read('old.md', old), read('new.md', neu)), 'all');
    const sections = [...page.matchAll(/<tr class="section[^"]*" id="(s\d+)"><th[^>]*>(?:[^<]*)<b>([^<]*)<\/b>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sections).toEqual(['s1 第一章总则', 's2 第二章示范基地', 's3 第一章总则', 's4 第二章示范基地']);
    const group = (id: string) => page.slice(page.indexOf(`id="${id}"`)).split('<tr class="section')[0]!;
    const changed = (id: string) => count(group(id), /<tr class="(?:row kind-\w+ changed|ghost)"/g);
    const nav = /<nav class="outline".*?<\/nav>/s.exec(page)![0];
    const entries = [...nav.matchAll(/<li class="[^"]*"><a href="#(s\d+)">([^<]*)<\/a>(?:<span class="n"[^>]*>(\d+))?/g)].map((m) => `${m[1]} ${m[2]} ${m[3] ?? 0}`);
    expect(entries).toEqual([`s1 第一章总则 ${changed('s1') + changed('s3')}`, `s4 第二章示范基地 ${changed('s2') + changed('s4')}`]);
  });

  it('lists a chapter deleted whole where it stood, and a clause removed from a renumbered chapter under its new number', async () => {
    const page = await render(deletedChapter(), 'all');
    const nav = /<nav class="outline".*?<\/nav>/s.exec(page)![0];
    const entries = [...nav.matchAll(/<li class="[^"]*"><a href="#(s\d+)">([^<]*)<\/a>(?:<span class="n"[^>]*>(\d+))?/g)].map((m) => `${m[2]} ${m[3] ?? 0}`);
    expect(entries).toEqual(['第一章总则 1', '第二章示范基地 3', '第二章法律责任 4', '第三章附则 2']);
    // The body has the same sections, each once, in the same order.
    const sections = [...page.matchAll(/<tr class="section[^"]*" id="s\d+"><th[^>]*>(?:[^<]*)<b>([^<]*)<\/b>/g)].map((m) => m[1]);
    expect(sections).toEqual(['第一章总则', '第二章示范基地', '第二章法律责任', '第三章附则']);
    const removed = page.indexOf('扰乱示范场所秩序');
    expect(removed).toBeGreaterThan(page.indexOf('id="s3"'));
    expect(removed).toBeLessThan(page.indexOf('id="s4"'));
    expect(page.indexOf('纳入国民经济')).toBeLessThan(page.indexOf('id="s2"'));
  });
});

describe('html formatter: check and targets', () => {
  it('renders findings and matches tables for check', async () => {
    const page = await render(checkSample);
    expect(count(page, /<tr class="row changed finding /g)).toBe(checkSample.findings.length);
    expect(count(page, /<tr class="row match /g)).toBe(checkSample.matches.length);
    expect(page).toContain('<tr class="row match unchanged"');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<li class="error"><b>2</b>错误</li>');
  });

  it('renders targets as a table', async () => {
    const report: TargetsReport = {
      schema: 'plan-diff/targets@2',
      targets: [
        {
          id: '一/三#t1', file: 'a.txt', line: 12, column: 3, nodeId: '一/三', metric: '联合实验室', metricKey: '联合实验室', action: null, scope: null,
          value: 1.2e12, high: null, unit: '元', comparator: 'gte', comparatorText: '以上', year: 2027, yearSource: 'text', kind: 'target',
          change: 'level', text: '联合实验室1.2万亿元以上', sentence: '到2027年，<b>联合实验室</b>1.2万亿元以上。',
        },
      ],
    };
    const page = await render(report);
    expect(page).toContain('<b>≥1.2万亿元</b>');
    expect(page).toContain('&lt;b&gt;联合实验室&lt;/b&gt;');
  });

  it('writes the file and the context of the targets of one sentence once, in cells spanning their rows', async () => {
    const doc = parsePlan({ path: 'a.txt', value: `一、目标\n到2027年，${'建设实验室20家，'.repeat(30)}培育企业10家。\n二、任务\n产值增长5%。\n`, format: 'txt', lineUnit: 'line' });
    const page = await render({ schema: 'plan-diff/targets@2', targets: doc.targets });
    expect(doc.targets).toHaveLength(32);
    // 31 targets in a sentence of 272 characters: two pieces, each written once; the last sentence once.
    expect(new Set(doc.targets.map((t) => t.sentence)).size).toBe(3);
    expect(count(page, /<td rowspan="\d+">到2027年/gu)).toBe(1);
    expect(count(page, /<td>产值增长5%。<\/td>/gu)).toBe(1);
    expect(count(page, /<code>a\.txt<\/code><\/td>/gu)).toBe(1);
    expect(page).toContain('<td rowspan="32"><code>a.txt</code></td>');
    expect(count(page, /<tr class="row">/gu)).toBe(32);
    const spans = [...page.matchAll(/<td rowspan="(\d+)">(?!<code>)/gu)].map((m) => Number(m[1]));
    expect(spans.reduce((a, b) => a + b, 0) + 1).toBe(32);
  });
});
