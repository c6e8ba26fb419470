import { describe, expect, it } from 'vitest';
import { matchMarker } from '../../src/parse/outline/markers.js';
import { parseOrdinal } from '../../src/parse/outline/ordinal.js';

describe('matchMarker', () => {
  it.each([
    ['一、总体要求', 'cn-dun', '一、', 1, '一'],
    ['十一、保障措施', 'cn-dun', '十一、', 11, '十一'],
    ['（十六）加强合作', 'cn-paren', '（十六）', 16, '十六'],
    ['(一)形势需求', 'cn-paren', '(一)', 1, '一'],
    ['1.加快形成新布局。', 'arabic-dot', '1.', 1, '1'],
    ['12．打造平台', 'arabic-dot', '12．', 12, '12'],
    ['3、完善机制', 'arabic-dot', '3、', 3, '3'],
    ['（2）开展试点', 'arabic-paren', '（2）', 2, '2'],
    ['③推进合作', 'circled', '③', 3, '③'],
    ['第二章 组织管理', 'chapter', '第二章', 2, '第二章'],
    ['第一章　总　　则', 'chapter', '第一章', 1, '第一章'],
    ['第一编 总则', 'part', '第一编', 1, '第一编'],
    ['第三节 评审', 'section', '第三节', 3, '第三节'],
    ['第一百二十三条 本细则自…', 'article', '第一百二十三条', 123, '第一百二十三条'],
    ['专栏3 重点工程', 'box', '专栏3', 3, '专栏3'],
    ['附件1', 'annex', '附件1', 1, '附件1'],
  ])('%s → %s %s', (text, kind, marker, ordinal, idPart) => {
    expect(matchMarker(text)).toMatchObject({ kind, marker, ordinal, idPart });
  });

  it.each(['1.2万亿元', '2025年，全市…', '3、5年内', '一、二、三类动物疫病', '二、三类疫病', '第二条款', '前款一、二', '一是加大宏观调控力度', '（RCEP）生效', '附件材料齐全'])('%s is not a marker', (text) => {
    expect(matchMarker(text)).toBeNull();
  });

  it('starts the title after the marker and its spaces', () => {
    const m = matchMarker('1. 形成国家实验室体系')!;
    expect('1. 形成国家实验室体系'.slice(m.rest)).toBe('形成国家实验室体系');
  });
});

describe('parseOrdinal', () => {
  it.each([['一', 1], ['十', 10], ['十六', 16], ['二十', 20], ['一百二十三', 123], ['一百零五', 105], ['两', 2], ['42', 42]])('%s → %i', (s, n) => {
    expect(parseOrdinal(s)).toBe(n);
  });
  it('rejects non-numerals', () => expect(parseOrdinal('甲')).toBeNull());
});
