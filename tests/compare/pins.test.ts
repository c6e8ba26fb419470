import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { PlanDiffError } from '../../src/errors.js';
import { docFromText } from './doc.js';

const A = `一、总体要求
（一）发展目标
到2027年，建设国际科技合作基地30个。
推动一批国际科技组织和机构在京落地。
二、重点任务
1.加快形成科技合作新布局。持续深化与共建国家合作。
2.建立完善四库联动工作体系。梳理科技合作成果。`;
// Note: the same text: pins must hold even between identical documents.
const B = A;
const ids = (r: ReturnType<typeof comparePlans>) => r.pairs.map((p) => `${p.old?.id ?? '-'}>${p.new?.id ?? '-'} ${p.status}${p.group ? ` ${p.group}` : ''}`);

describe('comparePlans with pins', () => {
  const a = docFromText('a.txt', A);
  const b = docFromText('b.txt', B);
  const base = comparePlans(a, b);
  const [p3, p4] = base.pairs.filter((p) => p.old?.id.startsWith('一/（一）#')).map((p) => p.old!.id);

  it('honours a pin exactly, even against the content, and aligns the rest around it', () => {
    const r = comparePlans(a, b, { pins: [{ old: p3, new: p4 }] });
    expect(ids(r)).toContain(`${p3}>${p4} modified`);
    // p4's old clause and p3's new clause were not pinned: aligned again, nothing else moves
    expect(ids(r).filter((l) => !l.includes(p3) && !l.includes(p4))).toEqual(ids(base).filter((l) => !l.includes(p3) && !l.includes(p4)));
  });

  it('makes pins sharing a clause one group (a split), and null forces removed or added', () => {
    const split = comparePlans(a, b, { pins: [{ old: p3, new: p3 }, { old: p3, new: p4 }] });
    expect(split.pairs.filter((p) => p.group === `${p3}>${p3}+${p4}`)).toHaveLength(2);
    const forced = comparePlans(a, b, { pins: [{ old: p3, new: null }] });
    expect(ids(forced)).toContain(`${p3}>- removed`);
    expect(ids(forced)).toContain(`->${p3} added`);
  });

  it('throws a PlanDiffError naming every unknown id', () => {
    expect(() => comparePlans(a, b, { pins: [{ old: '九/99#p1', new: null }, { old: null, new: 'x' }] })).toThrow(PlanDiffError);
    expect(() => comparePlans(a, b, { pins: [{ old: '九/99#p1', new: null }, { old: null, new: 'x' }] })).toThrow('pinned ids not found: old 九/99#p1, new x.');
  });
});
