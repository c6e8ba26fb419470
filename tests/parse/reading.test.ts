import { describe, expect, it } from 'vitest';
import { findHorizons, findPeriod, type HorizonOptions } from '../../src/parse/targets/horizon.js';
import { extractTargets } from '../../src/parse/targets/index.js';
import { readUnit, unitRegistry } from '../../src/parse/targets/units.js';
import { changeType, classifyKind, statesGoal, type KindContext } from '../../src/parse/targets/kind.js';
import type { HorizonMatch } from '../../src/parse/targets/horizon.js';
import { readSentence } from '../../src/parse/targets/sentence.js';
import { docOf } from './targets-doc.js';

// Target reading, the readers one by one (issue 23: the mutation run found these behaviours unpinned).
// Sentences from the seeds, the corpus plans and work reports.

describe('horizons: the time expressions that set or date the numbers after them', () => {
  type Row = [string, HorizonOptions, Array<[string, number | null, string, [number, number] | null]>];
  it.each<Row>([
    ['到2027年，建成联合实验室20家', {}, [['到2027年', 2027, 'deadline', null]]],
    // A year opening the sentence: a past fact before the plan period, a goal inside it.
    ['2020年，全市研发投入强度达到6%', { periodStart: 2021 }, [['2020年', 2020, 'reference', null]]],
    ['2025年，全市研发投入强度达到6.5%', { periodStart: 2021 }, [['2025年', 2025, 'deadline', null]]],
    ['2025年，全市研发投入强度达到6.5%', { currentYear: 2026 }, [['2025年', 2025, 'reference', null]]],
    ['2026年，全市研发投入强度达到6.5%', { currentYear: 2026 }, [['2026年', 2026, 'deadline', null]]],
    ['２０２５年底前，完成改造', {}, [['２０２５年底前', 2025, 'deadline', null]]],
    ['二〇二五年前，全面完成', {}, [['二〇二五年前', 2025, 'deadline', null]]],
    ['截至2023年底，累计建成5G基站8.6万个', {}, [['截至2023年底', 2023, 'reference', null]]],
    ['2019年的基数为100', {}, [['2019年的', 2019, 'reference', null]]],
    ['2024年完成50%，2025年全面完成', {}, [['2024年', 2024, 'deadline', null], ['2025年', 2025, 'deadline', null]]],
    ['展望2035年，基本实现现代化', {}, [['展望2035年', 2035, 'deadline', null]]],
    // Five-year-plan periods: the n-th ends in 1955 + 5n; before the 14th they date past facts.
    ['"十四五"时期，新增就业50万人；"十三五"时期累计新增40万人', {}, [['"十四五"时期', 2025, 'deadline', null], ['"十三五"时期', 2020, 'reference', null]]],
    ['“十五五”末，数字经济核心产业增加值占比达到15%', {}, [['“十五五”末', 2030, 'deadline', null]]],
    ['"十四五"规划重大工程', {}, []],
    ['用3-5年时间，建成10个平台', {}, [['用3-5年时间', null, 'relative', [3, 5]]]],
    ['用两年左右的时间，完成改造', {}, [['用两年左右的时间', null, 'relative', [2, 2]]]],
    // 今年 is the report's own year when it is known; 当年 is the horizon in force.
    ['当年新增就业20万人，今年力争达到25万人', { currentYear: 2026 }, [['当年', null, 'current', null], ['今年', 2026, 'deadline', null]]],
    ['今年GDP增长5%左右', {}, [['今年', null, 'current', null]]],
    ['比上年增长6%，去年完成投资100亿元', { currentYear: 2026 }, [['上年', 2025, 'reference', null], ['去年', 2025, 'reference', null]]],
    ['去年完成投资100亿元', {}, [['去年', null, 'reference', null]]],
    ['全年新增城镇就业1200万人以上', {}, []],
    ['发表SCI论文500篇', {}, []],
    ['二零二五年前，全面完成', {}, [['二零二五年前', 2025, 'deadline', null]]],
    ['用3 - 5年时间，建成10个平台', {}, [['用3 - 5年时间', null, 'relative', [3, 5]]]],
    // Expressions that touch are both kept.
    ['到2025年"十四五"期末，数字经济核心产业增加值占比达到10%', {}, [['到2025年', 2025, 'deadline', null], ['"十四五"期末', 2025, 'deadline', null]]],
    ['当年至2027年，累计建成联合实验室20家', {}, [['当年', null, 'current', null], ['至2027年', 2027, 'deadline', null]]],
  ])('%s (%j)', (text, options, want) => {
    expect(findHorizons(text, options).map((h) => [h.text, h.year, h.role, h.relative])).toEqual(want);
  });

  it('gives the place of each expression in the text as written', () => {
    const text = '比上年增长6%，去年完成投资100亿元；到2027年，建成联合实验室20家';
    const found = findHorizons(text, { currentYear: 2026 });
    expect(found.map((h) => [h.start, h.end])).toEqual([[1, 3], [8, 10], [20, 26]]);
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
    const more = '今年起，用3-5年时间，建成10个平台；当年新增2个';
    expect(findHorizons(more, { currentYear: 2026 }).map((h) => [h.start, h.end, more.slice(h.start, h.end)])).toEqual([
      [0, 2, '今年'],
      [4, 11, '用3-5年时间'],
      [20, 22, '当年'],
    ]);
  });

  it('a year opening the sentence after spaces (PDF text) starts at the year', () => {
    expect(findHorizons('  2020年，全市研发投入强度达到6%', { periodStart: 2021 }).map((h) => [h.start, h.end, h.text])).toEqual([[2, 7, '2020年']]);
  });
});

describe('plan periods in titles', () => {
  it.each<[string, { start: number; end: number } | null]>([
    ['北京市行动计划（2024-2027年）', { start: 2024, end: 2027 }],
    ['（２０２１—２０２５年）', { start: 2021, end: 2025 }],
    ['2021至 2025年', { start: 2021, end: 2025 }],
    ['“十四五”数字经济发展规划', { start: 2021, end: 2025 }],
    ['十四五数字经济发展规划', { start: 2021, end: 2025 }],
    ['（2021 - 2025年）', { start: 2021, end: 2025 }],
    ['（2021-2025 年）', { start: 2021, end: 2025 }],
    ['关于加快推进未来产业发展的实施意见', null],
  ])('%s', (title, want) => {
    expect(findPeriod(title)).toEqual(want);
  });
});

describe('comparators: the words before the number and after its unit', () => {
  const read = (text: string) => {
    const { doc, source } = docOf(text, {});
    return extractTargets(doc, source).map((t) => [t.value, t.high, t.unit, t.comparator, t.comparatorText, t.text]);
  };
  it.each<[string, Array<[number, number | null, string, string, string | null, string]>]>([
    ['建成联合实验室15家', [[15, null, '家', 'eq', null, '建成联合实验室15家']]],
    ['国际科技合作基地达到30家以上', [[30, null, '家', 'gte', '达到…以上', '国际科技合作基地达到30家以上']]],
    // 超过…以上 is more than, not at least.
    ['超过十五家以上', [[15, null, '家', 'gt', '超过…以上', '超过十五家以上']]],
    ['城镇调查失业率控制在5.5%以内', [[5.5, null, '%', 'lte', '控制在…以内', '城镇调查失业率控制在5.5%以内']]],
    ['不超过300万元', [[3000000, null, '元', 'lte', '不超过', '不超过300万元']]],
    ['违法所得不足3万元', [[30000, null, '元', 'lt', '不足', '违法所得不足3万元']]],
    // 左右 wins over the words before the number.
    ['居民消费价格涨幅3%左右', [[3, null, '%', 'approx', '左右', '居民消费价格涨幅3%左右']]],
    ['研发投入强度达到3.5%左右', [[3.5, null, '%', 'approx', '达到…左右', '研发投入强度达到3.5%左右']]],
    ['引进高层次人才约200人', [[200, null, '人', 'approx', '约', '引进高层次人才约200人']]],
    ['培育近百家企业', [[100, null, '家', 'approx', '近', '培育近百家企业']]],
    // 余/多 in the numeral are more than; 上百 is at least; 数十 is a range.
    ['新增城镇就业3000余人', [[3000, null, '人', 'gt', '余', '新增城镇就业3000余人']]],
    ['建成200多个平台', [[200, null, '个', 'gt', '多', '建成200多个平台']]],
    ['培育上百家专精特新企业', [[100, null, '家', 'gte', '上', '培育上百家专精特新企业']]],
    ['培育数十家领军企业', [[20, 90, '家', 'range', null, '培育数十家领军企业']]],
    ['建设5万—10万人规模的人才队伍', [[50000, 100000, '人', 'range', null, '建设5万—10万人规模的人才队伍']]],
    // Spaces between the words and the number (PDF text) are skipped.
    ['建成联合实验室 达到 15家', [[15, null, '家', 'gte', '达到', '建成联合实验室 达到 15家']]],
    ['建成联合实验室15家 以上', [[15, null, '家', 'gte', '以上', '建成联合实验室15家 以上']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('units: read right after the number, the longest spelling first, composites whole', () => {
  it.each<[string, number, Partial<ReturnType<typeof readUnit>> | null]>([
    ['30万元/人', 3, { unit: '元/人', end: 6, quantity: true, scale: 1 }],
    ['0.6人/百亿元', 3, { unit: '人/百亿元', end: 8 }],
    ['35微克/立方米', 2, { unit: '微克/立方米', end: 8 }],
    ['10吨标准煤/万元', 2, { unit: '吨标准煤/万元', end: 9 }],
    ['5元／人', 1, { unit: '元/人', end: 4 }],
    ['5元/10人', 1, { unit: '元/10人', end: 6 }],
    ['5元/平', 1, { unit: '元', end: 2 }],
    ['2个百分点', 1, { unit: '个百分点', end: 5 }],
    ['3人次', 1, { unit: '人次', end: 3 }],
    ['5个人', 1, { unit: '个', end: 2 }],
    ['5万千瓦', 1, { unit: '千瓦', end: 4, scale: 10000 }],
    ['60 项', 2, { unit: '项', end: 4 }],
    ['60\u3000项', 2, { unit: '项', end: 4 }],
    ['2025年', 4, { unit: '年', end: 5, quantity: false, duration: true }],
    ['3个月', 1, { unit: '个月', end: 3, quantity: false, duration: true }],
    ['20家', 2, { unit: '家', end: 3, quantity: true, duration: false }],
    // 家庭, 家属: not the measure word 家.
    ['20家庭', 2, null],
    ['20', 2, null],
    ['5G', 1, null],
  ])('%j at %i', (text, at, want) => {
    const got = readUnit(text, at);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
  });

  it('a registry built afresh reads the shipped units alike (longest spelling first, composites, 家庭 no 家)', () => {
    // Note: an extra entry builds a new registry inside this test, so the build itself is under test.
    const registry = unitRegistry([{ spelling: '吨(标煤)' }]);
    const read = (text: string, at: number) => registry.read(text, at)?.unit ?? null;
    expect(read('2个百分点', 1)).toBe('个百分点');
    expect(read('3人次', 1)).toBe('人次');
    expect(read('5个人', 1)).toBe('个');
    expect(read('0.6人/百亿元', 3)).toBe('人/百亿元');
    expect(read('5元/人口', 1)).toBe('元/人口');
    expect(read('0.5元/千瓦时', 3)).toBe('元/千瓦时');
    expect(read('20家庭', 2)).toBeNull();
    expect(read('20家', 2)).toBe('家');
    expect(read('20吨(标煤)', 2)).toBe('吨(标煤)');
    expect(read('5元/吨(标煤)', 1)).toBe('元/吨(标煤)');
    expect(registry.read('3个月', 1)).toMatchObject({ quantity: false, duration: true });
    expect(registry.read('5万千瓦', 1)).toMatchObject({ unit: '千瓦', scale: 10000 });
  });

  it('takes extra spellings from the configuration, which replace a shipped one', () => {
    const registry = unitRegistry([{ spelling: '标准箱', base: '箱' }, { spelling: '家', base: '户' }]);
    expect(registry.read('20标准箱', 2)).toEqual({ unit: '箱', end: 5, quantity: true, duration: false, scale: 1, latin: false });
    expect(registry.read('20家', 2)).toEqual({ unit: '户', end: 3, quantity: true, duration: false, scale: 1, latin: false });
    expect(readUnit('20家', 2)).toEqual({ unit: '家', end: 3, quantity: true, duration: false, scale: 1, latin: false });
  });
});

describe('change types: a level, an increase, a decrease, a rate or a ratio', () => {
  it.each<[string, string, string, string]>([
    ['年均', '增加值', '%', 'rate'],
    ['每年', '投资', '亿元', 'rate'],
    ['GDP年增长', 'GDP', '%', 'rate'],
    // 全年增长 is the year's growth, not a yearly rate.
    ['全年增长', 'GDP', '%', 'increase'],
    ['年 均 ', '增加值', '%', 'rate'],
    ['', '研发投入年均增长', '%', 'rate'],
    ['', '经济增速', '%', 'rate'],
    ['', '研发经费增长率', '%', 'rate'],
    ['单位GDP能耗下降', '单位GDP能耗', '%', 'decrease'],
    ['排放降低了', '排放', '%', 'decrease'],
    ['翻', '收入', '倍', 'ratio'],
    ['增长', '收入', '%', 'increase'],
    ['增 长', '收入', '%', 'increase'],
    ['新增就业', '就业', '万人', 'increase'],
    ['新培育企业', '企业', '家', 'increase'],
    // 经济增长预期目标为5%左右: the metric itself is a growth.
    ['', '经济增长', '%', 'increase'],
    ['', '年均经济增长', '%', 'rate'],
    ['', '经济增长', '亿元', 'level'],
    ['提高', '比重', '个百分点', 'increase'],
    ['', '比重', '个百分点', 'increase'],
    ['', '联合实验室', '家', 'level'],
  ])('%j before %s (%s): %s', (before, metric, unit, want) => {
    expect(changeType(before, metric, unit)).toBe(want);
  });
});

describe('kinds from the clause, the sentence and the section', () => {
  const base: KindContext = { titles: [], clauseBefore: '建成联合实验室', previousClause: '', after: '家', rest: '', before: '', unit: '家', pastYear: false, legal: false, pastParagraph: false, goal: false };
  it.each<[string, Partial<KindContext>, string]>([
    ['a plain count in a plan', {}, 'target'],
    ['一级 (a grade)', { after: ' 级' }, 'spec'],
    ['依照前两款 (the text\'s own parts)', { unit: '款', clauseBefore: '依照前' }, 'reference'],
    ['以下十个方面 (the text\'s structure)', { clauseBefore: '重点做好以下' }, 'enumeration'],
    ['…罚款 (a penalty)', { rest: '罚款' }, 'penalty'],
    ['…的， (a condition)', { rest: '的，' }, 'condition'],
    ['不得超过 (a limit)', { before: '不得超过' }, 'limit'],
    ['不少于 in a law', { legal: true, before: '不少于' }, 'limit'],
    ['…以上 in a law', { legal: true, rest: '以上' }, 'limit'],
    ['a bare amount in a law', { legal: true }, 'spec'],
    ['预计 in the clause', { clauseBefore: '预计全年' }, 'forecast'],
    ['a clause that is only 预计到2025年，', { previousClause: '预计到2025年，' }, 'forecast'],
    ['预计 far back in a long clause', { previousClause: '预计今年财政收入继续恢复增长，' }, 'target'],
    ['a past year dates it', { pastYear: true }, 'historical'],
    ['过去五年', { clauseBefore: '过去五年建成' }, 'historical'],
    ['从12.6%提升至… (the baseline)', { clauseBefore: '从', after: '%提升至' }, 'historical'],
    ['a goal', { goal: true }, 'target'],
    ['a goal under a history heading', { goal: true, titles: ['“十四五”发展成就'] }, 'target'],
    ['a paragraph that looks back', { pastParagraph: true }, 'historical'],
    ['a history heading', { titles: ['一、过去五年工作回顾'] }, 'historical'],
    ['a goal in a paragraph that looks back', { goal: true, pastParagraph: true }, 'target'],
  ])('%s', (_name, context, want) => {
    expect(classifyKind({ ...base, ...context })).toBe(want);
  });
});

describe('statesGoal: a goal word, or a deadline ahead of the document', () => {
  const horizon = (year: number, role: HorizonMatch['role'] = 'deadline'): HorizonMatch => ({ start: 0, end: 6, text: `到${year}年`, year, role, relative: null });
  it.each<[string, string, HorizonMatch[], number | null, boolean]>([
    ['力争', '力争', [], null, true],
    ['到2030年 in a 2026 report', '', [horizon(2030)], 2026, true],
    ['到2026年 in a 2026 report', '', [horizon(2026)], 2026, true],
    ['到2025年 in a 2026 report', '', [horizon(2025)], 2026, false],
    ['到2025年 in an undated document', '', [horizon(2025)], null, true],
    ['2025年的 (a dated fact)', '', [horizon(2025, 'reference')], null, false],
    ['nothing', '建成', [], 2026, false],
  ])('%s', (_name, before, horizons, from, want) => {
    expect(statesGoal(before, horizons, from)).toBe(want);
  });
});

describe('numbers that are names, ordinals, dates or slogans give no target', () => {
  const read = (text: string) => {
    const { doc, source } = docOf(text, {});
    return extractTargets(doc, source).map((t) => [t.value, t.unit]);
  };
  it.each<[string, Array<[number, string]>]>([
    ['落实“科创30条”，建成联合实验室20家', [[20, '家']]],
    ['支持Q1季度建成平台5个', [[5, '个']]],
    ['建成5G基站8.6万个', [[86000, '个']]],
    ['第四批建成平台5个', [[5, '个']]],
    ['2025-01-10建成平台5个', [[5, '个']]],
    ['每万人口发明专利拥有量达到20件', [[20, '件/万人']]],
    ['零部件企业50家', [[50, '家']]],
    ['2025年建成平台5个', [[5, '个']]],
    ['学习贯彻二十大精神，建成平台5个', [[5, '个']]],
    ['实施六大行动，建成平台5个', [[5, '个']]],
    ['一是建成平台5个', [[5, '个']]],
    ['统筹两个大局，建成平台5个', [[5, '个']]],
    ['三、建成平台5个', [[5, '个']]],
    ['（十六）建成平台5个', [[5, '个']]],
    ['落实中央八项规定，建成平台5个', [[5, '个']]],
    ['十四五期间建成平台5个', [[5, '个']]],
    ['《规划（2021—2025年）》建成平台5个', [[5, '个']]],
    ['〔2023〕12号建成平台5个', [[5, '个']]],
    ['实施新一轮千亿斤粮食产能提升行动', []],
    // A unit label in brackets (an indicator table's header or first cell) is no quantity; an amount in brackets is.
    ['5G基站数（万个）达到15万个', [[150000, '个']]],
    ['总产值（千万元）达到5千万元', [[50000000, '元']]],
    ['新建基站（1万个）', [[10000, '个']]],
    ['万元地区生产总值能耗下降3%', [[3, '%']]],
    ['亿万人民', []],
    ['保持两位数增长', []],
    ['建成一批平台', []],
    ['落实20条出入境政策', []],
    ['建设3个月', []],
    ['召开五次会议', []],
    ['十三届全国人大五次会议', []],
    ['实施千万工程', []],
    ['"1+N"政策体系', []],
    ['双"1+1"工程', []],
    ['建成平台0个', []],
    ['两种资源', []],
    ['四个面向', []],
    ['建设100个平台', [[100, '个']]],
    ['建成平台5个，其中国家级2个', [[5, '个'], [2, '个']]],
    // Inside quotes, book titles and brackets of every kind; a closing mark alone opens nothing.
    ['落实「科创30条」，建成联合实验室20家', [[20, '家']]],
    ['落实『科创30条』，建成联合实验室20家', [[20, '家']]],
    ['落实"科创30条"，建成联合实验室20家', [[20, '家']]],
    ['落实“科创30条”和“科创10条”，建成联合实验室20家', [[20, '家']]],
    ['依据《关于建设30个平台的意见》，建成联合实验室20家', [[20, '家']]],
    ['依据［2023］5号文件，建成联合实验室20家', [[20, '家']]],
    ['依据[2023]5号文件，建成联合实验室20家', [[20, '家']]],
    ['《“十四五”规划》建成平台5个', [[5, '个']]],
    ['”建成联合实验室20家', [[20, '家']]],
    ['》建成联合实验室20家', [[20, '家']]],
    ['〕建成联合实验室20家', [[20, '家']]],
    ['」建成联合实验室20家', [[20, '家']]],
    ['』建成联合实验室20家', [[20, '家']]],
    ['］建成联合实验室20家', [[20, '家']]],
    [']建成联合实验室20家', [[20, '家']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('numbers that are no quantity: names, ordinals, dates (issue 23: rules the mutation run found unpinned)', () => {
  const quantities = (text: string) =>
    readSentence(text, { titles: [], periodStart: 2026, currentYear: 2026 }).quantities.map((q) => `${q.value}${q.unit}`);
  it.each<[string, string[]]>([
    // A number after another and a separator is a date, a fraction or a list marker, spaces or not.
    ['新建3/4个项目', []],
    ['新建3 / 4个项目', []],
    ['新建2025-12-31个项目', []],
    ['新建3./4个项目', ['4个']],
    // 零 only at the start makes a name (零部件); inside a numeral it is a digit.
    ['新建一百零五个项目', ['105个']],
    ['新建零个项目', []],
    // A numeral in brackets is a list marker, even a bare magnitude that would count before a bracket.
    ['新建（十六）个项目', []],
    ['营业收入达到（十万）', []],
    ['营业收入达到十万）', ['100000']],
    // 十个坚持: a slogan with a numeral up to ten; 十一个 counts.
    ['坚持十个坚持', []],
    ['坚持十一个坚持', ['11个']],
    // Q1: a number right after a Latin letter is part of a name; after a space it counts.
    ['建成Q1个', []],
    ['建成Q 1个', ['1个']],
    // 20条…政策 names a policy package; 20条道路 counts.
    ['落实20条出入境政策', []],
    ['落实20条道路', ['20条']],
    // 八项规定, 五次会议: small Chinese numerals (up to ten) name rules and sessions; larger ones count.
    ['实施八项规定', []],
    ['实施十项规定', []],
    ['实施十一项规定', ['11项']],
    ['召开十次会议', []],
    ['召开十一次会议', ['11次']],
    // A programme named by its quantity ends at 行动/工程; 行动计划 goes on, and the quantity counts.
    ['实施千亿斤粮食产能提升行动', []],
    ['实施千亿斤粮食产能提升工程的', []],
    ['实施千亿斤粮食产能提升行动计划', ['100000000000斤']],
  ])('%s: %j', (text, want) => {
    expect(quantities(text)).toEqual(want);
  });
});
