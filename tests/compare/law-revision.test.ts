import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import { formatReport } from '../../src/report/index.js';
import { corpusPath } from '../helpers/corpus.js';
import { chinese, reviseLaw } from '../helpers/revise-law.js';

const parse = (path: string, value: string) => parsePlan({ path, value, format: 'txt', lineUnit: 'line' });

// Note: two revisions of the regulation, whose wording differs (2016: 畜牧兽医行政主管部门; 2021: 45
// articles, other fines), so the edits land on different articles of each.
// Note: `apart` articles stand between the split's two pieces, `mergeApart` between the two articles
// merged (0: neighbours; more: a split or merge whose articles lie apart, which is one group all the same).
describe.each([
  ['reg-pig-slaughter-2021.txt', 0, 0],
  ['reg-pig-slaughter-2016.txt', 0, 0],
  ['reg-pig-slaughter-2021.txt', 2, 0],
  ['reg-pig-slaughter-2016.txt', 3, 2],
] as const)('a generated revision of %s (split pieces %i, merged articles %i apart): one article split, two merged, three fines reworded, two amounts changed', (name, apart, mergeApart) => {
  const text = readFileSync(corpusPath(name), 'utf8');
  const rev = reviseLaw(text, { apart, mergeApart });
  const report = comparePlans(parse('old.txt', text), parse('new.txt', rev.text), { kinds: 'all' });
  const article = (n: number) => `第${chinese(n)}条`;

  it('labels the split and the merge as groups', () => {
    const groups = [...new Set(report.pairs.flatMap((p) => (p.group === undefined ? [] : [p.group])))];
    console.log(`${name} revised:`, JSON.stringify(report.summary), groups);
    const side = (g: string, k: 0 | 1) => g.split('>')[k].split('+').map((id) => id.split('#')[0].split('/').at(-1));
    const olds = (g: string) => side(g, 0);
    const news = (g: string) => side(g, 1);
    const split = groups.filter((g) => olds(g).every((a) => a === article(rev.split.old)));
    expect(split.map((g) => [...new Set(news(g))])).toEqual([rev.split.new.map(article)]);
    const merged = groups.filter((g) => news(g).every((a) => a === article(rev.merged.new)) && new Set(olds(g)).size === 2);
    expect(merged.map((g) => [...new Set(olds(g))])).toEqual([rev.merged.old.map(article)]);
    expect(report.summary).toMatchObject({ split: 1, merged: 1 });
    expect(rev.split.new[1] - rev.split.new[0]).toBe(apart + 1);
    expect(rev.merged.old[1] - rev.merged.old[0]).toBe(mergeApart + 1);
  });

  it('reports exactly the two changed amounts as target changes', () => {
    const yuan = (amount: string) => Number(/\d+/.exec(amount)![0]) * (amount.includes('万') ? 1e4 : 1);
    expect(report.targetChanges.map((t) => [t.kind, t.old?.value, t.new?.value])).toEqual(rev.changed.map((c) => ['changed', yuan(c.from), yuan(c.to)]));
    expect(rev.kept).toHaveLength(3);
  });

  it('never calls an article whose text is the same modified', () => {
    for (const p of report.pairs) {
      if (!p.old || !p.new || p.group !== undefined) continue;
      const body = (s: string) => s.replace(/^第[一二三四五六七八九十百零]+条[\s\u3000]*/, '');
      if (body(p.old.text) === body(p.new.text)) expect(p.status, p.new.id).toBe('unchanged');
    }
  });

  it('names the split and the merge in the 对照表 and the terminal', async () => {
    const md = String(await formatReport(report, 'markdown', { color: false, only: 'changed' }));
    // a split whose pieces lie apart is named at each of its places
    expect(md.split(`本条拆分为${rev.split.new.map(article).join('、')}`).length - 1).toBe(apart === 0 ? 1 : 2);
    expect(md).toContain(`${rev.merged.old.map(article).join('、')}合并为本条`);
    const text = String(await formatReport(report, 'text', { color: false }));
    expect(text).toContain(`split into ${rev.split.new.map(article).join(', ')}`);
    expect(text).toContain(`merged from ${rev.merged.old.map(article).join(', ')}`);
  });
});
