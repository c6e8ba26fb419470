import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/parse/targets/index.js';
import { readSentence } from '../../src/parse/targets/sentence.js';
import { findHorizons } from '../../src/parse/targets/horizon.js';
import { yearlyPeriod } from '../../src/parse/targets/yearly.js';
import type { OutlineNode, Target } from '../../src/types.js';
import { docOf } from './targets-doc.js';

// Literal sentences from fixtures/corpus (government work reports, the 14th-FYP digital economy plan,
// laws and regulations), each with what a researcher reads in it.

const Y2024 = { period: { start: 2024, end: 2024 }, title: '2024年经济社会发展总体要求和政策取向' };
const run = (text: string, options: Parameters<typeof docOf>[1] = Y2024): Target[] => {
  const { doc, source } = docOf(text, options);
  return extractTargets(doc, source);
};

type Want = Partial<Pick<Target, 'metric' | 'metricKey' | 'scope' | 'value' | 'high' | 'unit' | 'comparator' | 'kind' | 'change' | 'year' | 'yearSource'>>;

/** Work report sentences read in a 2024 report (period 2024–2024). */
const WORK_REPORT: Array<[string, Want[]]> = [
  [
    '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。',
    [
      { metricKey: '国内生产总值', value: 5, unit: '%', comparator: 'approx', change: 'increase', kind: 'target', year: 2024, yearSource: 'text' },
      { metricKey: '城镇新增就业', value: 12000000, unit: '人', comparator: 'gte', kind: 'target', year: 2024 },
      { metricKey: '城镇调查失业率', value: 5.5, unit: '%', comparator: 'approx', kind: 'target', year: 2024 },
      { metricKey: '居民消费价格涨幅', value: 3, unit: '%', comparator: 'approx', kind: 'target', year: 2024 },
      { metricKey: '粮食产量', value: 1300000000000, unit: '斤', comparator: 'gte', kind: 'target', year: 2024 },
      { metricKey: '单位国内生产总值能耗', value: 2.5, unit: '%', comparator: 'approx', change: 'decrease', kind: 'target', year: 2024 },
    ],
  ],
  // The restated growth goal shares the GDP key and reads as growth.
  ['经济增长预期目标为5%左右，考虑了促进就业增收、防范化解风险等需要。', [{ metric: '经济增长', metricKey: '国内生产总值', change: 'increase', kind: 'target', year: 2024 }]],
  // Tails 拟按/安排 are not the metric; 比上年 is a comparison base, not a past marker.
  [
    '赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。',
    [
      { metric: '赤字率', value: 3, unit: '%', kind: 'target', year: 2024 },
      { metric: '赤字规模', value: 4060000000000, kind: 'target' },
      { metric: '赤字规模', value: 180000000000, change: 'increase', kind: 'target', year: 2024 },
    ],
  ],
  // 预计 governs its own clause only; the budget figure after it is a plan.
  [
    '预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。',
    [
      { metric: '一般公共预算支出规模', value: 28500000000000, kind: 'target', change: 'level' },
      { metric: '一般公共预算支出规模', value: 1100000000000, kind: 'target', change: 'increase' },
    ],
  ],
  ['预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措。', [{ metric: '高校毕业生', value: 11700000, comparator: 'gt', kind: 'forecast', year: 2024 }]],
  ['今年中央预算内投资拟安排7000亿元。', [{ metric: '中央预算内投资', value: 700000000000, kind: 'target', year: 2024, yearSource: 'text' }]],
  // "十四五"规划 names a plan: it sets no 2025 horizon for the next sentence.
  ['加快实施“十四五”规划重大工程项目。今年中央预算内投资拟安排7000亿元。', [{ metric: '中央预算内投资', year: 2024 }]],
  // A bare verb takes its object from earlier in the sentence.
  [
    '从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。',
    [{ metric: '超长期特别国债', value: 1000000000000, kind: 'target', year: 2024 }],
  ],
  // A purpose after the amount is its scope: not a second total of the same bond.
  ['安排超长期特别国债3000亿元支持消费品以旧换新', [{ metric: '超长期特别国债', scope: '支持消费品以旧换新', value: 300000000000 }]],
  ['今年赤字率拟按4%左右安排、比上年提高1个百分点', [{ metric: '赤字率', value: 4, comparator: 'approx' }, { metric: '赤字率', value: 1, unit: '个百分点', change: 'increase', kind: 'target' }]],
  // 分别 spreads the values over the metrics it lists, never two values of one metric.
  [
    '居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元',
    [
      { metric: '居民医保人均财政补助标准', value: 30, change: 'increase' },
      { metric: '基本公共卫生服务经费人均财政补助标准', value: 5, change: 'increase' },
    ],
  ],
  ['城乡居民人均可支配收入分别增长4.3%、6.1%', [{ metric: '城镇居民人均可支配收入', value: 4.3 }, { metric: '农村居民人均可支配收入', value: 6.1 }]],
  ['银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元', [{ metricKey: '银行机构本外币存款余额', comparator: 'gte' }, { metricKey: '银行机构本外币贷款余额', comparator: 'gte' }]],
  ['创建示范、评比表彰项目分别压减88.5%、37.5%', [{ metric: '创建示范项目', value: 88.5 }, { metric: '评比表彰项目', value: 37.5 }]],
  // Names and slogans with numerals: nothing at all.
  ['严格落实中央八项规定精神，持续纠治“四风”，有力推进金融单位、国有企业等巡视整改工作。', []],
  ['抓好支持高质量共建“一带一路”八项行动的落实落地。', []],
  ['坚持在和平共处五项原则基础上同各国发展友好合作', []],
  ['按照十三届全国人大五次会议批准的政府工作报告安排，统筹推进经济社会各领域工作', []],
  ['企业研发投入保持两位数增长，一大批创新企业脱颖而出', []],
  ['14亿多人口大国保持就业稳定，难能可贵，蕴含着巨大创造力', []],
  ['加强城镇老旧小区改造和保障性住房供给，惠及上千万家庭。', []],
  ['稳定粮食播种面积，抓好油料生产，实施新一轮千亿斤粮食产能提升行动', []],
  // Durations are not quantities.
  ['工程建设项目全流程审批时间压缩到不超过120个工作日', []],
];

/** Past-year review sentences, read under `一、2023年工作回顾` of the 2024 report. */
const REVIEW: Array<[string, Want[]]> = [
  [
    '——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。',
    [
      { metric: '国内生产总值', value: 126000000000000, comparator: 'gt', kind: 'historical', year: 2023, yearSource: 'section' },
      { metric: '国内生产总值', value: 5.2, change: 'increase', kind: 'historical', year: 2023 },
      { metric: '城镇新增就业', value: 12440000, kind: 'historical', year: 2023 },
      { metric: '城镇调查失业率', value: 5.2, kind: 'historical', year: 2023 },
      { metric: '居民消费价格', value: 0.2, change: 'increase', kind: 'historical', year: 2023 },
    ],
  ],
  ['货币政策精准有力，两次降低存款准备金率、两次下调政策利率', [{ metric: '降低存款准备金率', value: 2, unit: '次' }, { metric: '下调政策利率', value: 2, unit: '次' }]],
];

describe('work reports: yearly targets, 今年, tails and names', () => {
  it.each(WORK_REPORT)('%s', (text, want) => {
    const got = run(text);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it.each(REVIEW)('%s', (text, want) => {
    const got = run(text, { period: { start: 2024, end: 2024 }, title: '2023年工作回顾' });
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it('reads a multi-year growth as the growth of the metric before it, and 去年 as the year before', () => {
    const five = run('国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。', { period: { start: 2023, end: 2023 }, title: '过去一年和五年工作回顾' });
    expect(five.map((t) => [t.metricKey, t.change])).toEqual([
      ['国内生产总值', 'level'],
      ['国内生产总值年均增速', 'rate'],
      ['国内生产总值', 'increase'],
      ['国内生产总值年均增速', 'rate'],
    ]);
    const last = run('去年底企业数量超过5200万户、个体工商户超过1.1亿户。', { period: { start: 2023, end: 2023 }, title: '过去一年和五年工作回顾' });
    expect(last.map((t) => [t.metric, t.kind, t.year])).toEqual([['企业数量', 'historical', 2022], ['个体工商户', 'historical', 2022]]);
  });
});

describe('cumulative goals, number-first phrases, baselines', () => {
  it.each([
    ['到2025年累计培育高新技术企业1万家', { kind: 'target', year: 2025, change: 'level', metric: '高新技术企业' }],
    ['力争累计建成联合实验室50家', { kind: 'target', year: 2025, metric: '联合实验室' }],
    ['截至2023年底，已累计建成联合实验室30家', { kind: 'historical', year: 2023 }],
    ['推动30项科技成果在共建国家转化落地', { metric: '科技成果转化落地', scope: '在共建国家', value: 30, unit: '项' }],
    ['重点服务50家创新主体参与“一带一路”建设', { metric: '创新主体参与“一带一路”建设', value: 50, unit: '家' }],
    ['全国832个贫困县全部摘帽', { metric: '贫困县全部摘帽', value: 832 }],
    ['设立首批5个国家公园', { metric: '国家公园', value: 5 }],
    // A bound word before the number (不少于) still leaves the noun after it as the metric; 每年 is its period (名/年).
    ['每年支持不少于100名青年科学家来京开展科研工作', { metric: '青年科学家来京开展科研工作', value: 100, unit: '名/年', comparator: 'gte', comparatorText: '不少于' }],
    ['共建国家青年科学家来京交流达到200人次', { metric: '共建国家青年科学家来京交流', value: 200, unit: '人次' }],
    // The partner named in the clause before is the scope (seeds: 30 with 共建国家 vs 50 with 世界主要创新国家).
    ['与共建国家创新交流合作网络不断优化，建立政府间、园区间国际科技合作机制达30个', { metricKey: '政府间园区间国际科技合作机制', scope: '与共建国家', value: 30 }],
    ['与世界主要创新国家（地区）联系更加紧密，建立政府间、园区间国际科技合作机制达50个', { metricKey: '政府间园区间国际科技合作机制', scope: '与世界主要创新国家（地区）', value: 50 }],
  ] as const)('%s', (text, want) => {
    expect(run(text, { period: { start: 2021, end: 2025 } }).at(-1)).toMatchObject(want);
  });

  it('dates a plan baseline by the year opening its sentence and gives baseline and goal one key', () => {
    const base = run('2020年，我国数字经济核心产业增加值占国内生产总值（GDP）比重达到7.8%，数字经济为经济社会持续健康发展提供了强大动力。', { period: { start: 2021, end: 2025 }, title: '发展现状' });
    const goal = run('到2025年，数字经济迈向全面扩展期，数字经济核心产业增加值占GDP比重达到10%，数字化创新引领发展能力大幅提升。', { period: { start: 2021, end: 2025 } });
    expect(base).toMatchObject([{ kind: 'historical', year: 2020, value: 7.8 }]);
    expect(goal).toMatchObject([{ kind: 'target', year: 2025, value: 10 }]);
    expect(goal[0]!.metricKey).toBe(base[0]!.metricKey);
  });

  it('reads a count without a measure word after a comparator (4.6亿)', () => {
    const t = run('宽带用户普及率明显提高，光纤用户占比超过94%，移动宽带用户普及率达到108%，互联网协议第六版（IPv6）活跃用户数达到4.6亿', { period: { start: 2021, end: 2025 }, title: '发展现状' });
    expect(t.map((x) => [x.value, x.unit, x.kind])).toEqual([[94, '%', 'historical'], [108, '%', 'historical'], [460000000, '', 'historical']]);
  });
});

/** Law and regulation sentences: provisions, not goals. */
const LAW: Array<[string, Want[]]> = [
  ['逾期不改正的，处一千元以上五千元以下罚款', [{ metric: '罚款', value: 1000, high: 5000, unit: '元', comparator: 'range', kind: 'penalty' }]],
  [
    '没收违法所得，并处以违法所得一倍以上三倍以下的罚款；没有违法所得的，处以五万元以上十万元以下的罚款',
    [{ metric: '违法所得', value: 1, high: 3, unit: '倍', comparator: 'range', kind: 'penalty' }, { metric: '罚款', value: 50000, high: 100000, comparator: 'range', kind: 'penalty' }],
  ],
  ['第一百一十二条 申请人应当自申请日起2个月内或者在收到受理通知书之日起15日内缴纳申请费、公布印刷费和必要的申请附加费', []],
  ['自公告之日起满1个月，该文件视为已经送达', []],
  ['第一条 为了促进科技成果转化为现实生产力，规范科技成果转化活动，加速科学技术进步，推动经济建设和社会发展，制定本法。', []],
];

describe('laws and regulations', () => {
  it.each(LAW)('%s', (text, want) => {
    const got = readSentence(text, { titles: [], periodStart: null, legal: true }).quantities;
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe('the document year', () => {
  const node = (title: string): OutlineNode => ({ id: title, depth: 1, style: 'cn-dun', marker: '一、', ordinal: 1, title, line: 1, endLine: 1, offset: 0, paragraphs: [], children: [] });
  it.each([
    ['政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理李强', [], 2024],
    ['政府工作报告——2023年3月5日在第十四届全国人民代表大会第一次会议上国务院总理李克强', ['过去一年和五年工作回顾'], 2023],
    [null, ['2024年工作回顾', '2025年经济社会发展总体要求和政策取向', '2025年政府工作任务'], 2025],
    [null, ['2023年工作回顾'], 2024],
    [null, ['2023年工作回顾', '2023年政府工作任务'], null],
    ['北京市“十四五”时期国际科技创新中心建设规划', ['发展基础'], null],
  ] as const)('%s / %j → %s', (title, headings, year) => {
    expect(yearlyPeriod({ title, nodes: headings.map(node) })).toEqual(year === null ? null : { start: year, end: year });
  });

  it.each([
    ['今年', 2024, 'deadline'],
    ['去年', 2023, 'reference'],
    ['比上年', 2023, 'reference'],
  ] as const)('%s in a 2024 report → %d (%s)', (text, year, role) => {
    expect(findHorizons(text, { currentYear: 2024 })).toMatchObject([{ year, role }]);
  });

  it('keeps 今年 unknown outside a yearly report, and reads no horizon in "十四五"规划', () => {
    expect(findHorizons('今年')).toMatchObject([{ year: null, role: 'current' }]);
    expect(findHorizons('加快实施“十四五”规划重大工程项目')).toEqual([]);
    expect(findHorizons('“十四五”时期')).toMatchObject([{ year: 2025, role: 'deadline' }]);
  });
});
