import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { MATCH_THRESHOLD } from '../../src/compare/alignClauses.js';
import { docFromText } from './doc.js';

// The similarity a pair of clauses needs to be aligned (issue 23: the mutation run found the thresholds
// unpinned). A clause of a plan is rewritten a little more each row: its first `cut` characters kept, the
// rest taken from another clause; the pair is aligned from the threshold on, else removed and added.

const X = '加强医药健康产业创新合作，鼓励创新主体围绕生物医药、生命科学等领域与共建国家开展联合研发';
const Y = '推进智能制造装备升级改造，支持龙头企业建设数字化车间和智能工厂，提升工业互联网平台服务能力';
const A = '推动新一代信息技术应用，聚焦民生、政务等应用领域，开展数字科技项目合作。';
const B = '强化农业科技应用示范，推动先进品种在共建国家应用。';
const rewrite = (cut: number) => X.slice(0, cut) + Y.slice(cut);

/** The pairs that hold the rewritten clause: status, moved, similarity to two decimals. */
const pairsOf = (old: string, nw: string) =>
  comparePlans(docFromText('a.txt', old), docFromText('b.txt', nw))
    .pairs.filter((p) => [p.old?.text ?? '', p.new?.text ?? ''].some((t) => t.includes('加强医药')))
    .map((p) => [p.status, p.moved, Number(p.similarity.toFixed(2))]);

describe('alignment thresholds', () => {
  it('are 0.2 inside matched sections, 0.4 anywhere, 0.6 between a heading and a paragraph', () => {
    expect(MATCH_THRESHOLD).toEqual({ anywhere: 0.4, sameNode: 0.2, kindChange: 0.6 });
  });

  it.each<[number, unknown[]]>([
    [12, [['removed', false, 0], ['added', false, 0]]],
    [14, [['modified', false, 0.21]]],
    [22, [['modified', false, 0.38]]],
  ])('inside its section, a clause with %i characters kept: %j', (cut, want) => {
    expect(pairsOf(`一、总体要求\n${A}\n${X}。\n二、重点任务\n${B}`, `一、总体要求\n${A}\n${rewrite(cut)}。\n二、重点任务\n${B}`)).toEqual(want);
  });

  it.each<[number, unknown[]]>([
    [14, [['removed', false, 0], ['added', false, 0]]],
    [22, [['removed', false, 0], ['added', false, 0]]],
    [24, [['modified', true, 0.42]]],
  ])('moved to another section, a clause with %i characters kept: %j', (cut, want) => {
    expect(pairsOf(`一、总体要求\n${A}\n${X}。\n二、重点任务\n${B}`, `一、总体要求\n${A}\n二、重点任务\n${B}\n${rewrite(cut)}。`)).toEqual(want);
  });

  it.each<[number, unknown[]]>([
    [30, [['removed', false, 0], ['added', false, 0]]],
    [34, [['modified', true, 0.65]]],
  ])('a heading become a paragraph, with %i characters kept: %j', (cut, want) => {
    expect(pairsOf(`一、总体要求\n${A}\n（一）${X}\n${B}`, `一、总体要求\n${A}\n${rewrite(cut)}。\n${B}`)).toEqual(want);
  });

  it('a paragraph split in two with one part reworded is one group, and merged back likewise', () => {
    const one = `一、总体要求\n${A}${B}\n二、重点任务\n${X}。`;
    const two = `一、总体要求\n${A}\n${B.replace('先进品种', '优良品种')}\n二、重点任务\n${X}。`;
    const groups = (old: string, nw: string) =>
      comparePlans(docFromText('a.txt', old), docFromText('b.txt', nw))
        .pairs.filter((p) => p.group !== undefined)
        .map((p) => [p.group, p.status, (p.old?.text ?? '').slice(0, 4), (p.new?.text ?? '').slice(0, 4), Number(p.similarity.toFixed(2))]);
    expect(groups(one, two)).toEqual([
      ['一#p1>一#p1+一#p2', 'modified', '推动新一', '推动新一', 0.87],
      ['一#p1>一#p1+一#p2', 'modified', '推动新一', '强化农业', 0.87],
    ]);
    expect(groups(two, one)).toEqual([
      ['一#p1+一#p2>一#p1', 'modified', '推动新一', '推动新一', 0.87],
      ['一#p1+一#p2>一#p1', 'modified', '强化农业', '推动新一', 0.87],
    ]);
  });

  it('a section renamed and rewritten is not matched by its title', () => {
    const pairs = comparePlans(docFromText('a.txt', `一、总体要求\n${A}\n二、重点任务\n${X}。`), docFromText('b.txt', `一、总体要求\n${A}\n二、保障措施\n${rewrite(14)}。`)).pairs;
    expect(pairs.map((p) => p.status)).toEqual(['unchanged', 'unchanged', 'removed', 'removed', 'added', 'added']);
  });
});
