import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/compare/alignClauses.js';
import { alignSections } from '../../src/compare/alignSections.js';
import { groupClauses } from '../../src/compare/groupClauses.js';
import { buildVectors } from '../../src/compare/vectors.js';
import { createFeatures } from '../../src/compare/canon.js';
import { countUnits, createNodeSums, draftUnits } from '../../src/compare/units.js';
import type { Pin, PlanDocument } from '../../src/types.js';
import { docFromText } from './doc.js';

// What callers of the aligners rely on (issue 23: the mutation run found it unpinned): the order of the
// result, no clause in two places, pinned and re-cut clauses left alone, identical text settled first,
// and the candidates the index does not offer (the clauses of the matched section, the sections of the
// same title). Small documents built for each rule; the aligners are called directly.

/** Units of both documents, counted with shared features as comparePlans counts them. */
const unitsOf = (old: string | PlanDocument, nw: string | PlanDocument) => {
  const features = createFeatures();
  const sums = createNodeSums();
  return [typeof old === 'string' ? docFromText('a.txt', old) : old, typeof nw === 'string' ? docFromText('b.txt', nw) : nw].map((d) => countUnits(draftUnits(d), features, sums));
};
/** alignClauses over the section alignment, its matches and groups also as `old ids>new ids`. */
const clausesOf = (old: string, nw: string, pins: Pin[] = []) => {
  const [a, b] = unitsOf(old, nw);
  const r = alignClauses(a, b, alignSections(a, b), pins);
  return {
    a, b, r,
    matches: r.matches.map((m) => `${a.clauses[m.old].id}>${b.clauses[m.new].id}`),
    groups: r.groups.map((g) => `${g.old.map((i) => a.clauses[i].id).join('+')}>${g.new.map((j) => b.clauses[j].id).join('+')}`),
  };
};

// A plan of two sections, goals and tasks (the one tests/compare/pins.test.ts pins in).
const DOC = `一、总体要求\n（一）发展目标\n到2027年，建设国际科技合作基地30个。\n推动一批国际科技组织和机构在京落地。\n二、重点任务\n1.加快形成科技合作新布局。持续深化与共建国家合作。\n2.建立完善四库联动工作体系。梳理科技合作成果。`;

const X = '加强医药健康产业创新合作，鼓励创新主体围绕生物医药、生命科学等领域与共建国家开展联合研发';
const Y = '推进智能制造装备升级改造，支持龙头企业建设数字化车间和智能工厂，提升工业互联网平台服务能力';
const A = '推动新一代信息技术应用，聚焦民生、政务等应用领域，开展数字科技项目合作。';
const B = '强化农业科技应用示范，推动先进品种在共建国家应用。';
const FRAG = '鼓励创新主体围绕生物医药开展联合研发。';
const FRAG_Y = '支持龙头企业建设数字化车间。';
// X and Y reworded at their end: a fragment of either still lies wholly inside (an unchanged paragraph
// takes nothing in and gives nothing away).
const Xr = `${X}和成果转化`;
const Yr = Y.replace('服务能力', '服务和支撑能力');

/** Section matches as old id, new id, similarity to two decimals. */
const sectionsOf = (old: string | PlanDocument, nw: string | PlanDocument) => {
  const [a, b] = unitsOf(old, nw);
  return alignSections(a, b).map((m) => [a.nodes[m.old].node.id, b.nodes[m.new].node.id, Number(m.similarity.toFixed(2))]);
};


/** Clause indices that appear in more than one place across matches and groups, per side. */
const twice = (r: { matches: readonly { old: number; new: number }[]; groups: readonly { old: number[]; new: number[] }[] }) => {
  const count = (list: number[]) => [...new Set(list.filter((x, k) => list.indexOf(x) !== k))];
  return {
    old: count([...r.matches.map((m) => m.old), ...r.groups.flatMap((g) => g.old)]),
    new: count([...r.matches.map((m) => m.new), ...r.groups.flatMap((g) => g.new)]),
  };
};

describe('alignClauses: order of the result', () => {
  it('lists the matches by old clause, a pinned one among them (not after), even when it moved down', () => {
    // The pin moves the first clause of the goals to the last task: old order and new order cross.
    const x = clausesOf(DOC, DOC, [{ old: '一/（一）#p1', new: '二/2#p1' }]);
    expect(x.matches).toEqual(['一>一', '一/（一）>一/（一）', '一/（一）#p1>二/2#p1', '一/（一）#p2>一/（一）#p2', '二>二', '二/1#p1>二/1#p1']);
    expect(x.groups).toEqual([]);
  });

  it('lists the groups by first old clause, a pinned split before a merge found later in the document', () => {
    const doc = `${DOC}\n三、保障措施\n${X}。\n${FRAG}`;
    const merged = `${DOC}\n三、保障措施\n${Xr}。`;
    const x = clausesOf(doc, merged, [{ old: '一/（一）#p1', new: '一/（一）#p1' }, { old: '一/（一）#p1', new: '一/（一）#p2' }]);
    expect(x.groups).toEqual(['一/（一）#p1>一/（一）#p1+一/（一）#p2', '三#p1+三#p2>三#p1']);
  });
});

describe('groupClauses: order of the groups', () => {
  it('lists a split before a merge further down (merges are found first)', () => {
    const old = `一、总体要求\n${X}。\n二、重点任务\n${Y}。\n${FRAG_Y}`;
    const nw = `一、总体要求\n${Xr}。\n${FRAG}\n二、重点任务\n${Yr}。`;
    const [a, b] = unitsOf(old, nw);
    const space = buildVectors(a.clauses.map((c) => c.counts), b.clauses.map((c) => c.counts));
    // headings and paragraphs paired in order; the fragments are left over
    const pairs = [[0, 0], [1, 1], [2, 3], [3, 4]].map(([o, n]) => ({ old: o, new: n, similarity: 0.9 }));
    const { matches, groups } = groupClauses(a, b, pairs, space);
    expect(groups.map((g) => [g.old.map((i) => a.clauses[i].id), g.new.map((j) => b.clauses[j].id)])).toEqual([
      [['一#p1'], ['一#p1', '一#p2']],
      [['二#p1', '二#p2'], ['二#p1']],
    ]);
    expect(matches.map((m) => a.clauses[m.old].id)).toEqual(['一', '二']);
  });
});

// Filler words, three characters each, for clauses that must share nothing but what a test gives them.
const POOL = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川河海江湖林森松柏桃李杏梅兰竹菊莲荷春夏秋冬';
const word = (k: number) => POOL.slice(3 * k, 3 * k + 3);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

describe('alignClauses: the clauses of the matched section are candidates too', () => {
  // Nine unchanged clauses repeat the old clause and add a few words: the index offers them first (8 at
  // most), all of them already taken, and never the rewritten clause (0.28 only, above the 0.2 bar of a
  // matched section); the clauses of the matched section are read as well, wherever the clause sits in it.
  const crowd = Array.from({ length: 9 }, (_, k) => `${X}，${word(k)}${word(k + 9)}。`).join('\n');
  const rewritten = `${X.slice(0, 30)}${Y.slice(30)}。`;
  it.each<[string, string, string, string]>([
    ['in the middle of its section', `一、总体要求\n${A}\n${X}。\n${B}\n二、重点任务\n${crowd}`, `一、总体要求\n${A}\n${rewritten}\n${B}\n二、重点任务\n${crowd}`, '一#p2>一#p2'],
    ['first in the preamble', `${X}。\n${A}\n${B}\n一、重点任务\n${crowd}`, `${rewritten}\n${A}\n${B}\n一、重点任务\n${crowd}`, '#p1>#p1'],
  ])('finds a rewritten clause %s when nine closer clauses elsewhere fill the index candidates', (_, old, nw, pair) => {
    const x = clausesOf(old, nw);
    expect(x.matches).toContain(pair);
    expect(Number(x.r.matches[x.matches.indexOf(pair)].similarity.toFixed(2))).toBe(0.28);
    expect(x.matches).toHaveLength(x.a.clauses.length);
  });
});

describe('alignClauses: no clause in two places', () => {
  it('leaves a pinned clause to its pin: its identical twin on the other side is not paired or grouped with it', () => {
    // The two documents are the same; the pin pairs goal 1 with goal 2. Old goal 2 is identical to new
    // goal 2, which is pinned: it must not be paired with it again, nor merged into it (it is removed, and
    // new goal 1 added: the two have nothing in common).
    const x = clausesOf(DOC, DOC, [{ old: '一/（一）#p1', new: '一/（一）#p2' }]);
    expect(twice(x.r)).toEqual({ old: [], new: [] });
    expect(x.matches).toEqual(['一>一', '一/（一）>一/（一）', '一/（一）#p1>一/（一）#p2', '二>二', '二/1#p1>二/1#p1', '二/2#p1>二/2#p1']);
    expect(x.groups).toEqual([]);
  });

  it('leaves a paragraph merely cut in two to its group, though a near copy of it was added elsewhere', () => {
    const copy = `${A}${B.replace('先进', '优良')}`;
    const old = `一、总体要求\n${A}${B}\n二、重点任务\n${X}。`;
    const nw = `一、总体要求\n${A}\n${B}\n二、重点任务\n${X}。\n${copy}`;
    const split = clausesOf(old, nw);
    expect(split.groups).toEqual(['一#p1>一#p1+一#p2']);
    expect(split.r.groups[0].similarity).toBe(1);
    expect(split.matches).toEqual(['一>一', '二>二', '二#p1>二#p1']);
    // and the other way round: two paragraphs joined into one, a near copy of it removed elsewhere
    const merged = clausesOf(nw, old);
    expect(merged.groups).toEqual(['一#p1+一#p2>一#p1']);
    expect(merged.matches).toEqual(['一>一', '二>二', '二#p1>二#p1']);
    expect(twice(split.r)).toEqual({ old: [], new: [] });
    expect(twice(merged.r)).toEqual({ old: [], new: [] });
  });

  it('leaves a clause moved unchanged next to a paragraph that contains it paired with where it came from', () => {
    // The fragment went from the end to beside the paragraph that repeats it; the paragraph was
    // reworded. The fragment is paired (identical text): it is not also split off the paragraph.
    const x = clausesOf(`${X}。\n${B}\n${FRAG}`, `${Xr}。\n${FRAG}\n${B}`);
    expect(x.matches).toEqual(['#p1>#p1', '#p2>#p3', '#p3>#p2']);
    expect(x.groups).toEqual([]);
  });

  it('pairs a clause moved unchanged with where it went, not with a near copy left in its old place', () => {
    // The copy differs by a comma only, so its words are the same (cosine 1). Identical text is settled
    // before scoring: the bonus of the matched section would otherwise prefer the copy (1 + 0.16 against 1).
    const long = `${X}，${Y}`;
    const x = clausesOf(`一、总体要求\n${A}\n${long}。\n${B}\n二、重点任务\n${X}。`, `一、总体要求\n${A}\n${long.replace('，', '；')}。\n${B}\n二、重点任务\n${X}。\n${long}。`);
    expect(x.matches).toEqual(['一>一', '一#p1>一#p1', '一#p2>二#p2', '一#p3>一#p3', '二>二', '二#p1>二#p1']);
  });
});

describe('alignSections: a section that kept its title', () => {
  // Nine unchanged sections hold the content of both: the index offers them first (8 at most), all taken.
  const crowd = Array.from({ length: 9 }, (_, k) => `${CN[k + 2]}、\n${X}${Y}，${word(k)}${word(k + 9)}。`).join('\n');

  it('is matched though rewritten (below the 0.3 bar) and crowded out of the index candidates, each to its namesake by number', () => {
    const got = sectionsOf(`一、数据安全\n${X}。\n二、数据安全\n${Y}。\n${crowd}`, `一、数据安全\n${A}\n二、数据安全\n${B}\n${crowd}`);
    expect(got.slice(0, 2)).toEqual([['一', '一', 0.25], ['二', '二', 0.28]]);
    expect(got.slice(2)).toEqual(CN.slice(2, 11).map((n) => [n, n, 1]));
  });

  it('is found where it moved unchanged, not replaced by a near copy in its old place (identical sections first)', () => {
    // The copy differs by a comma only (cosine 1) and has the same number and level: 1 + 0.17 against
    // 1 + 0.1 for the title alone, but identical sections are settled before scoring.
    const long = `${X}，${Y}`;
    expect(sectionsOf(`一、重点任务\n${long}。\n二、保障措施\n${A}`, `一、重点任务\n${long.replace('，', '；')}。\n二、保障措施\n${A}\n（三）重点任务\n${long}。`)).toEqual([
      ['一', '二/（三）', 1],
      ['二', '二', 1],
    ]);
  });
});

describe('alignSections: sections without a title or a number', () => {
  it('pairs two untitled sections by content alone: below the 0.3 bar they are not matched', () => {
    const keep = `二、保障措施\n${A}`;
    expect(sectionsOf(`一、\n${X}\n${keep}`, `一、\n${X.slice(0, 12)}${B}\n${keep}`)).toEqual([['二', '二', 1]]);
    expect(sectionsOf(`一、\n${X}\n${keep}`, `一、\n${X.slice(0, 20)}${B}\n${keep}`)).toEqual([['一', '一', 0.37], ['二', '二', 1]]);
  });

  it('gives two unnumbered sections no bonus for the same number: of two equal candidates the first is taken', () => {
    const old = docFromText('a.txt', `一、重点任务\n${X}`);
    const nw = docFromText('b.txt', `一、重点任务\n${X}\n二、重点任务\n${X}`);
    // Unnumbered headings (a Markdown heading, a bold line) have no ordinal.
    old.nodes[0].ordinal = null;
    nw.nodes[1].ordinal = null;
    expect(sectionsOf(old, nw)).toEqual([['一', '一', 1]]);
    // numbered alike, the number decides
    nw.nodes[1].ordinal = 1;
    nw.nodes[0].ordinal = 3;
    old.nodes[0].ordinal = 1;
    expect(sectionsOf(old, nw)).toEqual([['一', '二', 1]]);
  });
});
