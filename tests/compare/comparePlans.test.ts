import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlans, isSame } from '../../src/compare/index.js';
import { docFromText } from './doc.js';

const BASE = `前言：为推动国际科技合作，制定本计划。
一、总体要求
（一）发展目标
到2027年，共建市级“一带一路”联合实验室20家，建设国际科技合作基地30个。
二、重点任务
（一）构建科技创新工作体系
1.加快形成科技合作新布局。持续深化与共建国家合作，深化与周边国家在医药健康、商业航天等领域合作。
2.建立完善四库联动工作体系。梳理科技合作成果，建立项目成果库，为创新主体参与建设提供路径。
（二）促进多领域产业链协同发展
3.推动新一代信息技术应用。聚焦民生、政务等应用领域，开展数字科技项目合作，支撑建设数字丝绸之路。
4.加强医药健康产业创新合作。鼓励创新主体围绕生物医药、生命科学等领域与共建国家开展联合研发。
5.强化农业科技应用示范。推动科技企业加强农业科技合作，推动先进品种在共建国家应用。`;

const compare = (a: string, b: string) => comparePlans(docFromText('old.txt', a), docFromText('new.txt', b));
const statusOf = (report: ReturnType<typeof compare>, needle: string) =>
  report.pairs.filter((p) => (p.new?.text ?? p.old?.text ?? '').includes(needle));

describe('comparePlans', () => {
  it('reports no change for a document compared with itself', () => {
    const r = compare(BASE, BASE);
    expect(r.summary).toMatchObject({ modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0, targetChanges: 0 });
    expect(r.summary.unchanged).toBe(r.pairs.length);
    expect(isSame(r.pairs, r.targetChanges)).toBe(true);
  });

  it('ignores layout: width of punctuation, spaces, converter residue', () => {
    const b = BASE.replace(/，/g, ',').replace(/。/g, '。 ').replace('共建国家合作', '共建国家[bookmark: _GoBack]合作').replace(/（一）/g, '(一)');
    const r = compare(BASE, b);
    expect(r.pairs.every((p) => p.status === 'unchanged' && !p.renumbered && !p.moved)).toBe(true);
  });

  it('never reports a change for layout only: punctuation width and spaces (property)', () => {
    const WIDTH: Array<[string, string]> = [['，', ','], ['；', ';'], ['：', ':'], ['（', '('], ['）', ')']];
    fc.assert(
      fc.property(fc.subarray(WIDTH), fc.array(fc.nat({ max: BASE.length - 1 }), { maxLength: 8 }), (swaps, spaces) => {
        let b = BASE;
        for (const [full, half] of swaps) b = b.replaceAll(full, half);
        // Note: not inside the marker at the start of a line (that is the parser's business).
        for (const at of spaces.toSorted((x, y) => y - x)) if (at - b.lastIndexOf('\n', at - 1) > 6 && b[at] !== '\n') b = b.slice(0, at) + ' ' + b.slice(at);
        const r = compare(BASE, b);
        expect(isSame(r.pairs, r.targetChanges)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('shows renumbered tasks as unchanged + renumbered and the inserted one as added', () => {
    const b = BASE.replace('1.加快形成', '1.新增一项任务。开展量子信息领域的国际联合攻关，建设开放实验平台。\n2.加快形成')
      .replace('2.建立完善', '3.建立完善').replace('3.推动', '4.推动').replace('4.加强', '5.加强').replace('5.强化', '6.强化');
    const r = compare(BASE, b);
    expect(r.summary).toMatchObject({ added: 1, removed: 0, modified: 0 });
    expect(statusOf(r, '梳理科技合作成果')[0]).toMatchObject({ status: 'unchanged', renumbered: true, moved: false });
    expect(statusOf(r, '量子信息')[0].status).toBe('added');
    expect(r.summary.renumbered).toBe(5);
  });

  it('marks a task moved to another section as moved, not deleted and inserted', () => {
    const task = '5.强化农业科技应用示范。推动科技企业加强农业科技合作，推动先进品种在共建国家应用。';
    const b = BASE.replace('\n' + task, '').replace('（二）促进', task.replace('5.', '3.') + '\n（二）促进').replace('3.推动', '4.推动').replace('4.加强', '5.加强');
    const r = compare(BASE, b);
    const moved = statusOf(r, '推动先进品种');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ status: 'unchanged', moved: true });
    expect(r.summary).toMatchObject({ added: 0, removed: 0, modified: 0 });
  });

  it('diffs a reworded clause word by word with numbers kept whole', () => {
    const b = BASE.replace('联合实验室20家', '联合实验室15家').replace('深化与周边国家', '加强与周边国家');
    const r = compare(BASE, b);
    const target = statusOf(r, '联合实验室15家')[0];
    expect(target.status).toBe('modified');
    expect(target.diff).toContainEqual({ op: 'delete', text: '20家' });
    expect(target.diff).toContainEqual({ op: 'insert', text: '15家' });
    const reworded = statusOf(r, '加强与周边国家')[0];
    expect(reworded.diff.filter((d) => d.op !== 'equal').map((d) => d.text)).toEqual(['深化', '加强']);
    expect(r.summary.modified).toBe(2);
  });

  it('cuts only the changed clauses into words, so alignment does not depend on the dictionary', () => {
    const b = BASE.replace('联合实验室20家', '联合实验室15家').replace('3.推动新一代', '3.推动下一代');
    const cut: string[] = [];
    const words = (text: string) => Array.from(text);
    const segmenter = { words: (text: string) => (cut.push(text), words(text)), prepare: (texts: readonly string[]) => void cut.push(...texts.map((t) => `prepare:${t}`)) };
    const r = comparePlans(docFromText('old.txt', BASE), docFromText('new.txt', b), { segmenter });
    // Note: every text cut was prepared first, and each is a changed clause's (old or new side).
    const changed = r.pairs.filter((p) => p.status === 'modified').flatMap((p) => [p.old!.text, p.new!.text]);
    expect(changed).toHaveLength(4);
    const cutTexts = cut.filter((t) => !t.startsWith('prepare:'));
    expect(cutTexts.toSorted()).toEqual(changed.toSorted());
    expect(cut.filter((t) => t.startsWith('prepare:')).map((t) => t.slice(8)).toSorted()).toEqual(changed.toSorted());
    // Note: a segmenter that cuts differently changes the word diff only, never which clauses pair up or their similarity.
    const whole = comparePlans(docFromText('old.txt', BASE), docFromText('new.txt', b), { segmenter: { words: (text) => [text] } });
    const shape = (report: typeof r) => report.pairs.map((p) => [p.status, p.old?.id, p.new?.id, p.similarity, p.moved, p.renumbered]);
    expect(shape(whole)).toEqual(shape(r));
    expect(whole.pairs.find((p) => p.status === 'modified')!.diff).not.toEqual(r.pairs.find((p) => p.status === 'modified')!.diff);
  });

  it('groups a paragraph split in two and two merged into one', () => {
    const split = BASE.replace('建设国际科技合作基地30个。', '\n建设国际科技合作基地30个。');
    const r = compare(BASE, split);
    const parts = r.pairs.filter((p) => p.group !== undefined);
    expect(parts).toHaveLength(2);
    expect(parts[0].group).toBe(parts[1].group);
    expect(parts.every((p) => p.status === 'unchanged')).toBe(true);
    // the same text cut differently is layout: no change, exit 0
    expect(isSame(r.pairs, r.targetChanges)).toBe(true);
    expect(isSame(r.pairs.map((p) => (p.group === undefined ? p : { ...p, renumbered: true })), r.targetChanges)).toBe(false);
    const merged = compare(split, BASE);
    const both = merged.pairs.filter((p) => p.group !== undefined);
    expect(both.map((p) => p.old?.line)).toEqual([4, 5]);
    expect(new Set(both.map((p) => p.new?.line))).toEqual(new Set([4]));
  });

  it('counts a split or merged group once in the summary', () => {
    const split = BASE.replace('建设国际科技合作基地30个。', '\n建设国际科技合作基地30个。');
    const r = compare(BASE, split);
    expect(r.pairs.filter((p) => p.group !== undefined)).toHaveLength(2);
    expect(r.summary.unchanged).toBe(r.pairs.length - 1);
    const reworded = compare(BASE, split.replace('建设国际科技合作基地30个。', '建设国际科技合作基地35个。'));
    const group = reworded.pairs.filter((p) => p.group !== undefined);
    expect(group.map((p) => p.status)).toEqual(['modified', 'modified']);
    expect(reworded.summary).toMatchObject({ modified: 1, unchanged: reworded.pairs.length - 2 });
  });

  it('compares the titles as the first pair, so a changed plan period is a change', () => {
    const titled = (title: string | null, text: string, path: string) => ({ ...docFromText(path, text), title });
    const same = comparePlans(titled('科技创新合作行动计划（2024-2027年）', BASE, 'old.txt'), titled('科技创新合作行动计划（2024-2027年）', BASE, 'new.txt'));
    expect(same.pairs[0]).toMatchObject({ status: 'unchanged', old: { id: 'title', outline: '标题', line: 1 }, new: { id: 'title' }, diff: [] });
    expect(isSame(same.pairs, same.targetChanges)).toBe(true);
    const r = comparePlans(titled('科技创新合作行动计划（2024-2027年）', BASE, 'old.txt'), titled('科技创新合作行动计划（2024-2028年）', BASE, 'new.txt'));
    expect(r.pairs[0]).toMatchObject({ status: 'modified', moved: false, renumbered: false, old: { id: 'title' }, new: { id: 'title', text: '科技创新合作行动计划（2024-2028年）' } });
    expect(r.pairs[0].diff).toEqual([
      { op: 'equal', text: '科技创新合作行动计划（' },
      { op: 'delete', text: '2024-2027年' },
      { op: 'insert', text: '2024-2028年' },
      { op: 'equal', text: '）' },
    ]);
    expect(Object.keys(r.pairs[0])).toEqual(Object.keys(r.pairs[1]));
    expect(r.summary.modified).toBe(1);
    expect(isSame(r.pairs, r.targetChanges)).toBe(false);
    const added = comparePlans(titled(null, BASE, 'old.txt'), { ...titled('行动计划', BASE, 'new.txt'), label: '附件1' });
    expect(added.pairs[0]).toMatchObject({ status: 'added', old: null, new: { id: 'title', line: 2 }, diff: [{ op: 'insert', text: '行动计划' }] });
    const untitled = compare(BASE, BASE);
    expect(untitled.pairs.some((p) => p.old?.id === 'title' || p.new?.id === 'title')).toBe(false);
  });

  it('deletes and adds whole tasks', () => {
    const b = BASE.replace(/\n4\.加强医药[^\n]*/, '');
    const r = compare(BASE, b);
    expect(r.summary).toMatchObject({ removed: 1, added: 0, modified: 0 });
    const removed = r.pairs.findIndex((p) => p.status === 'removed');
    // removed clauses sit at their old place, after the pair before them
    expect(r.pairs[removed - 1].old?.text).toContain('数字丝绸之路');
  });

  it('reports changed target values with old and new, and nothing for an unchanged value', () => {
    const b = BASE.replace('联合实验室20家', '联合实验室15家').replace('，建设国际', '，全力建设国际');
    const oldDoc = docFromText('old.txt', BASE, [
      { line: 4, metricKey: '联合实验室', value: 20, unit: '家' },
      { line: 4, metricKey: '国际科技合作基地', value: 30, unit: '个' },
    ]);
    const newDoc = docFromText('new.txt', b, [
      { line: 4, metricKey: '联合实验室', value: 15, unit: '家' },
      { line: 4, metricKey: '国际科技合作基地', value: 30, unit: '个' },
    ]);
    const r = comparePlans(oldDoc, newDoc);
    expect(r.targetChanges).toEqual([
      {
        kind: 'changed',
        metric: '联合实验室',
        metricKey: '联合实验室',
        fields: ['value'],
        old: expect.objectContaining({ value: 20, unit: '家', line: 4 }),
        new: expect.objectContaining({ value: 15, unit: '家', line: 4 }),
      },
    ]);
  });

  it('does not compare targets of clauses whose content is unchanged', () => {
    const oldDoc = docFromText('old.txt', BASE, [{ line: 4, metricKey: '联合实验室', value: 20, unit: '家' }]);
    const newDoc = docFromText('new.txt', BASE.replace(/，/g, ','), [{ line: 4, metricKey: '联合实验室', value: 20, unit: '家', column: 9 }]);
    expect(comparePlans(oldDoc, newDoc).targetChanges).toEqual([]);
  });

  it('reports targets of added and removed clauses', () => {
    const b = BASE.replace(/\n4\.加强医药[^\n]*/, '');
    const oldDoc = docFromText('old.txt', BASE, [{ line: 11, metricKey: '医药企业', value: 5, unit: '家' }]);
    const r = comparePlans(oldDoc, docFromText('new.txt', b));
    expect(r.targetChanges).toMatchObject([{ kind: 'removed', metricKey: '医药企业', old: { value: 5 }, new: null }]);
  });
});
