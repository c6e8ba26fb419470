import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { alignSections } from '../../src/compare/alignSections.js';
import { createFeatures } from '../../src/compare/canon.js';
import { countUnits, createNodeSums, draftUnits } from '../../src/compare/units.js';
import { docFromText } from './doc.js';

// Where the alignment chooses between candidates of (nearly) equal content, structure decides: the
// matched section, the position inside it, the title, the number (issue 23: the mutation run found these
// rank bonuses and tie-breaks unpinned). Each case is built so that another rule gives other pairs.

const A = '推动新一代信息技术应用，聚焦民生、政务等应用领域，开展数字科技项目合作。';
const B = '强化农业科技应用示范，推动先进品种在共建国家应用。';
const X = '加强医药健康产业创新合作，鼓励创新主体围绕生物医药、生命科学等领域与共建国家开展联合研发。';
const S = '完善数据安全管理制度。';
const S2 = '完善数据安全管理制度和标准。';

/** Every pair as status, old id, new id, similarity to two decimals, moved. */
const pairsOf = (old: string, nw: string) =>
  comparePlans(docFromText('a.txt', old), docFromText('b.txt', nw)).pairs.map((p) => [
    p.status,
    p.old?.id ?? null,
    p.new?.id ?? null,
    Number(p.similarity.toFixed(2)),
    p.moved,
  ]);

describe('alignment tie-breaks', () => {
  it('a repeated clause pairs with the one at the same position in its section, even across an insertion', () => {
    // Old p2 and p3 are equally like new p3 and p4; p3 keeps its position (third), p2 takes p4.
    expect(pairsOf(`一、总体要求\n${A}\n${S}\n${S}\n二、重点任务\n${B}`, `一、总体要求\n${A}\n${X}\n${S2}\n${S2}\n二、重点任务\n${B}`)).toEqual([
      ['unchanged', '一', '一', 1, false],
      ['unchanged', '一#p1', '一#p1', 1, false],
      ['added', null, '一#p2', 0, false],
      ['modified', '一#p3', '一#p3', 0.78, false],
      ['modified', '一#p2', '一#p4', 0.78, false],
      ['unchanged', '二', '二', 1, false],
      ['unchanged', '二#p1', '二#p1', 1, false],
    ]);
  });

  it('a clause stays in its matched section rather than pair with a slightly closer clause elsewhere', () => {
    const T = '完善数据安全管理制度和标准规范体系。';
    expect(pairsOf(`一、总体要求\n${A}\n${S2}\n二、重点任务\n${B}`, `一、总体要求\n${A}\n${T}\n二、重点任务\n${B}\n${S2.replace('和', '与')}`)).toEqual([
      ['unchanged', '一', '一', 1, false],
      ['unchanged', '一#p1', '一#p1', 1, false],
      ['modified', '一#p2', '一#p2', 0.74, false],
      ['unchanged', '二', '二', 1, false],
      ['unchanged', '二#p1', '二#p1', 1, false],
      ['added', null, '二#p2', 0, false],
    ]);
  });

  it('the preamble counts as a matched section: the lower bar of 0.2 applies there', () => {
    const Y = '推进智能制造装备升级改造，支持龙头企业建设数字化车间和智能工厂，提升工业互联网平台服务能力';
    const body = `一、总体要求\n${A}`;
    expect(pairsOf(`${X}\n${body}`, `${X.slice(0, 22)}${Y.slice(22)}。\n${body}`)).toEqual([
      ['modified', '#p1', '#p1', 0.34, false],
      ['unchanged', '一', '一', 1, false],
      ['unchanged', '一#p1', '一#p1', 1, false],
    ]);
  });

  it('two sections of the same content pair by number once a section is inserted before them', () => {
    expect(pairsOf(`一、重点任务\n${S}\n二、重点任务\n${S}`, `一、总体要求\n${X}\n二、重点任务\n${S2}\n三、重点任务\n${S2}`)).toEqual([
      ['added', null, '一', 0, false],
      ['added', null, '一#p1', 0, false],
      ['unchanged', '二', '二', 1, false],
      ['modified', '二#p1', '二#p1', 0.77, false],
      ['unchanged', '一', '三', 1, false],
      ['modified', '一#p1', '三#p1', 0.77, false],
    ]);
  });

  it('two sections of the same content pair by title when their order is swapped', () => {
    expect(pairsOf(`一、重点任务\n${S}\n二、保障措施\n${S}`, `一、保障措施\n${S2}\n二、重点任务\n${S2}`)).toEqual([
      ['unchanged', '二', '一', 1, false],
      ['modified', '二#p1', '一#p1', 0.76, false],
      ['unchanged', '一', '二', 1, false],
      ['modified', '一#p1', '二#p1', 0.76, false],
    ]);
  });
});

describe('section alignment', () => {
  /** Node matches as old id, new id, similarity to two decimals. */
  const sectionsOf = (old: string, nw: string) => {
    const features = createFeatures();
    const sums = createNodeSums();
    const [a, b] = [docFromText('a.txt', old), docFromText('b.txt', nw)].map((d) => countUnits(draftUnits(d), features, sums));
    return alignSections(a, b).map((m) => [a.nodes[m.old].node.id, b.nodes[m.new].node.id, Number(m.similarity.toFixed(2))]);
  };
  const keep = `二、保障措施\n${A}`;

  it('needs a similarity of 0.3 between sections of different titles', () => {
    expect(sectionsOf(`一、重点任务\n${X}\n${keep}`, `一、组织实施\n${X.slice(0, 21)}${B}\n${keep}`)).toEqual([['二', '二', 1]]);
    expect(sectionsOf(`一、重点任务\n${X}\n${keep}`, `一、组织实施\n${X.slice(0, 22)}${B}\n${keep}`)).toEqual([['一', '一', 0.31], ['二', '二', 1]]);
  });

  it('matches sections of the same title whatever their content, but not two untitled ones', () => {
    expect(sectionsOf(`一、重点任务\n${X}\n${keep}`, `一、重点任务\n${B}\n${keep}`)).toEqual([['一', '一', 0.18], ['二', '二', 1]]);
    expect(sectionsOf(`一、\n${X}\n${keep}`, `一、\n${B}\n${keep}`)).toEqual([['二', '二', 1]]);
  });

  it('prefers the section of the same title over a slightly closer one of another title', () => {
    // Content alone (0.68 against 0.62) would pick 一、组织实施; the title bonus (0.1) outweighs it.
    const Y = '推进智能制造装备升级改造，支持龙头企业建设数字化车间和智能工厂，提升工业互联网平台服务能力';
    expect(sectionsOf(`一、重点任务\n${X}`, `一、组织实施\n${X}\n二、重点任务\n${X.slice(0, 34)}${Y.slice(34)}。`)).toEqual([['一', '二', 0.62]]);
  });

  it('between two sections of the same title and content, prefers the one of the same level', () => {
    expect(sectionsOf(`一、重点任务\n${X}`, `一、总体要求\n（二）重点任务\n${X}\n二、重点任务\n${X}`)).toEqual([['一', '二', 1]]);
    expect(sectionsOf(`（二）重点任务\n${X}`, `一、总体要求\n（二）重点任务\n${X}\n二、重点任务\n${X}`)).toEqual([['（二）', '一/（二）', 1]]);
  });

  it('counts the level as the same only when both style and depth are', () => {
    // 二、 under a chapter shares the style but not the depth; （一） neither, but its number: it wins.
    expect(sectionsOf(`一、重点任务\n${X}`, `第一章 总则\n二、重点任务\n${X}\n第二章 其他\n（一）重点任务\n${X}`)).toEqual([['一', '第二章/（一）', 1]]);
  });

  it('is empty when one side has no sections', () => {
    expect(sectionsOf(`${A}\n${B}`, `一、重点任务\n${A}\n${B}`)).toEqual([]);
  });
});

describe('split and merged paragraphs: a neighbour wholly inside the partner joins it, a partly reworded one does not', () => {
  const frag = '鼓励创新主体围绕生物医药开展联合研发。';
  const part = '鼓励创新主体围绕生物医药、生命科学等领域加快技术攻关。';
  const X1 = '加强医药健康产业创新合作。';
  // X reworded at its end: most of it stays, the fragment still lies wholly inside it.
  const Xr = X.replace('联合研发。', '联合研发和成果转化。');
  const R = '鼓励企业建设数字化车间。';
  /** Every pair as status, old id, new id, group. */
  const groupsOf = (old: string, nw: string) =>
    comparePlans(docFromText('a.txt', old), docFromText('b.txt', nw)).pairs.map((p) => [p.status, p.old?.id ?? null, p.new?.id ?? null, p.group ?? '']);
  const doc = (...clauses: string[]) => `一、总体要求\n${clauses.join('\n')}\n二、重点任务\n${B}`;
  const tail = [
    ['unchanged', '二', '二', ''],
    ['unchanged', '二#p1', '二#p1', ''],
  ];

  it.each<[string, string[], string[], unknown[]]>([
    ['a repeated fragment after a reworded paragraph is merged into it', [X, frag], [Xr], [
      ['modified', '一#p1', '一#p1', '一#p1+一#p2>一#p1'],
      ['modified', '一#p2', '一#p1', '一#p1+一#p2>一#p1'],
    ]],
    ['a repeated fragment before a reworded paragraph is merged into it, the group in document order', [frag, X], [Xr], [
      ['modified', '一#p1', '一#p1', '一#p1+一#p2>一#p1'],
      ['modified', '一#p2', '一#p1', '一#p1+一#p2>一#p1'],
    ]],
    // An unchanged paragraph took nothing in: the fragment beside it that repeats it was deleted.
    ['a repeated fragment after an unchanged paragraph is removed', [X, frag], [X], [
      ['unchanged', '一#p1', '一#p1', ''],
      ['removed', '一#p2', null, ''],
    ]],
    ['a repeated fragment before an unchanged paragraph is removed', [frag, X], [X], [
      ['removed', '一#p1', null, ''],
      ['unchanged', '一#p2', '一#p1', ''],
    ]],
    ['a paragraph that only partly repeats its unchanged neighbour is removed', [X, part], [X], [
      ['unchanged', '一#p1', '一#p1', ''],
      ['removed', '一#p2', null, ''],
    ]],
    // Reworded a little (nearly all of it was in its old match already), the neighbour took in nothing.
    ['a paragraph that only partly repeats its slightly reworded neighbour is removed', [Xr, part], [X], [
      ['modified', '一#p1', '一#p1', ''],
      ['removed', '一#p2', null, ''],
    ]],
    ['a repeated fragment after a reworded paragraph is split from it', [X], [Xr, frag], [
      ['modified', '一#p1', '一#p1', '一#p1>一#p1+一#p2'],
      ['modified', '一#p1', '一#p2', '一#p1>一#p1+一#p2'],
    ]],
    ['a repeated fragment before a reworded paragraph is split from it, the group in document order', [X], [frag, Xr], [
      ['modified', '一#p1', '一#p1', '一#p1>一#p1+一#p2'],
      ['modified', '一#p1', '一#p2', '一#p1>一#p1+一#p2'],
    ]],
    // An unchanged paragraph gave nothing away: a new neighbour that repeats it (a heading repeating
    // the lead sentence under it) is added.
    ['a repeated fragment after an unchanged paragraph is added', [X], [X, frag], [
      ['unchanged', '一#p1', '一#p1', ''],
      ['added', null, '一#p2', ''],
    ]],
    ['a repeated fragment before an unchanged paragraph is added', [X], [frag, X], [
      ['added', null, '一#p1', ''],
      ['unchanged', '一#p1', '一#p2', ''],
    ]],
    ['a paragraph that only partly repeats its unchanged neighbour is added', [X], [X, part], [
      ['unchanged', '一#p1', '一#p1', ''],
      ['added', null, '一#p2', ''],
    ]],
    ['a paragraph that only partly repeats its slightly reworded neighbour is added', [X], [Xr, part], [
      ['modified', '一#p1', '一#p1', ''],
      ['added', null, '一#p2', ''],
    ]],
    // The paragraph grew, but not by its neighbour: the neighbour is removed (added), not merged (split).
    ['an unrelated neighbour of a paragraph that grew is removed', [X1, R], [X], [
      ['modified', '一#p1', '一#p1', ''],
      ['removed', '一#p2', null, ''],
    ]],
    ['an unrelated neighbour of a paragraph that shrank is added', [X], [X1, R], [
      ['modified', '一#p1', '一#p1', ''],
      ['added', null, '一#p2', ''],
    ]],
  ])('%s', (_, old, nw, want) => {
    expect(groupsOf(doc(...old), doc(...nw))).toEqual([['unchanged', '一', '一', ''], ...want, ...tail]);
  });
});
