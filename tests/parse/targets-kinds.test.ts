import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/parse/targets/index.js';
import { readSentence } from '../../src/parse/targets/sentence.js';
import { readUnit, unitRegistry } from '../../src/parse/targets/units.js';
import { docOf } from './targets-doc.js';

// The cases of issue 16: kinds from the sentence, the measured noun, units, horizons.

const run = (text: string, options: Parameters<typeof docOf>[1] = {}) => {
  const { doc, source } = docOf(text, options);
  return extractTargets(doc, source);
};

const law = (text: string) => readSentence(text, { titles: [], periodStart: null, legal: true }).quantities;

describe('kinds from the sentence and its clause', () => {
  it.each([
    ['摘要文字部分不得超过300个字', { kind: 'limit', comparator: 'lte', value: 300 }],
    ['记录、凭证保存期限不得少于2年', { kind: 'limit', comparator: 'gte', value: 2, unit: '年' }],
    ['监督检查人员不得少于2人', { kind: 'limit', comparator: 'gte', value: 2, unit: '人' }],
    ['违法所得不足三万元的，可以并处五万元以下的罚款', { kind: 'condition', comparator: 'lt', value: 30000 }],
    ['货值金额1万元以上的，并处货值金额10倍以上20倍以下的罚款', { kind: 'condition', comparator: 'gte', value: 10000 }],
    ['处五千元以下罚款', { kind: 'penalty', comparator: 'lte', value: 5000 }],
    ['依照前两款的规定处理', { kind: 'reference', value: 2, unit: '款' }],
    ['从该项科技成果转让净收入中提取不低于百分之五十的比例', { kind: 'limit', comparator: 'gte', value: 50 }],
  ])('law: %s', (text, want) => {
    expect(law(text)[0]).toMatchObject(want);
  });

  it.each([
    ['全方位赋能千行百业、走进千家万户。', []],
    ['推动百花齐放、百家争鸣。', []],
    ['让数字技术走进千家万户，惠及1万户家庭。', [[10000, '户']]],
  ])('a numeral inside an idiom is no quantity: %s', (text, want) => {
    expect(run(text, { period: { start: 2026, end: 2026 } }).map((t) => [t.value, t.unit])).toEqual(want);
  });

  it.each([
    ['统筹推进稳增长、防风险、保民生三项基本任务。', ['enumeration']],
    ['围绕“项目哪里来、投到哪里去、怎么发展好”三个现实需求，创新开展招商。', ['enumeration']],
    ['大力推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等1.22万个项目建设。', ['target']],
    ['新建5G基站、充电桩、数据中心20个。', ['target']],
    ['根据党的二十届四中全会和省委十二届十一次全会精神。', []],
    ['按照省委十一届十次、十一次全会部署要求。', []],
  ])('a count of the list just before it is the text\'s own enumeration; a session number is a name: %s', (text, kinds) => {
    expect(readSentence(text, { titles: [], periodStart: 2026, currentYear: 2026 }).quantities.map((q) => q.kind)).toEqual(kinds);
  });

  it('adverbs and level verbs before the number leave the metric (粮食产量继续保持500亿斤以上)', () => {
    const read = (text: string) => readSentence(text, { titles: [], periodStart: 2026, currentYear: 2026 }).quantities.map((q) => [q.metric, q.action]);
    expect(read('粮食产量继续保持500亿斤以上。')).toEqual([['粮食产量', '继续保持']]);
    expect(read('森林覆盖率稳步提高到45%。')).toEqual([['森林覆盖率', '提高到']]);
  });

  it('a glossary (名词解释 on a line of its own) explains the text\'s terms: its numbers are references, never goals', () => {
    const text = ['今年新建5G基站2万个。', '名词解释', '“六横”指六个横向输水大动脉，包括都江堰灌区等6个工程。'].join('\n');
    const got = run(text, { period: { start: 2026, end: 2026 } });
    expect(got.map((t) => [t.value, t.kind, t.year])).toEqual([
      [20000, 'target', 2026],
      [6, 'reference', null],
      [6, 'reference', null],
    ]);
  });

  it('之比 is a ratio, part of the metric (not a comparison base like 比上年)', () => {
    const read = (text: string) => readSentence(text, { titles: [], periodStart: 2026, currentYear: 2026 }).quantities.map((q) => q.metric);
    expect(read('规上工业企业研发费用与营收之比达到3.25%左右。')).toEqual(['规上工业企业研发费用与营收之比']);
    expect(read('粮食产量比上年增长2%。')).toEqual(['粮食产量']);
  });

  it('做好…三篇文章 counts the text\'s own lines of work: an enumeration', () => {
    const got = readSentence('统筹做好“强城”“兴村”“融合”三篇文章。', { titles: [], periodStart: 2026, currentYear: 2026 }).quantities;
    expect(got.map((q) => [q.value, q.unit, q.kind])).toEqual([[3, '篇', 'enumeration']]);
    expect(readSentence('发表科普文章100篇。', { titles: [], periodStart: 2026 }).quantities.map((q) => q.kind)).toEqual(['target']);
  });

  it('a 不得 limit in a plan is a limit too, and listed with --kind limit only', () => {
    expect(run('单个项目支持资金不得超过300万元。')).toMatchObject([{ kind: 'limit', comparator: 'lte', value: 3000000, year: null }]);
  });

  it.each([
    ['重点做好以下十个方面工作：', 10],
    ['报告突出了以下四个方面：', 4],
    ['政府工作中，我们要重点把握好5个方面：', 5],
    ['细化经济发展、创新驱动等五大类23个主要指标。', 23],
    ['重点抓好以下14个方面的工作：', 14],
  ])('enumeration of the text: %s', (text, value) => {
    const [t] = run(text);
    expect(t).toMatchObject({ kind: 'enumeration', value, year: null });
  });

  it('a review paragraph opening 过去五年 is history, both ends of 从…增加到…', () => {
    const got = run('过去五年，全省生产总值从4.1万亿元增加到5.3万亿元，累计下降13.5%。建成5G基站8.6万个。', { title: '政府工作', period: { start: 2026, end: 2026 } });
    expect(got.map((t) => [t.value, t.kind])).toEqual([
      [4100000000000, 'historical'],
      [5300000000000, 'historical'],
      [13.5, 'historical'],
      [86000, 'historical'],
    ]);
  });

  it('a goal cue wins over a history heading (十五五 goals summarised in a 成就 section)', () => {
    const got = run('“十五五”发展的主要目标是：到2030年，全社会研发投入强度达到3.5%以上，全员劳动生产率达到30万元/人左右。', {
      title: '2025年主要工作和“十四五”发展成就',
      period: { start: 2026, end: 2026 },
    });
    expect(got.map((t) => [t.kind, t.value, t.unit, t.year])).toEqual([
      ['target', 3.5, '%', 2030],
      ['target', 300000, '元/人', 2030],
    ]);
  });

  it('the default listing keeps goals; --kind all has every kind with its comparator', () => {
    const kinds = law('违法所得不足三万元的，处五万元以上十万元以下的罚款；依照前两款处理').map((q) => [q.kind, q.comparator]);
    expect(kinds).toEqual([
      ['condition', 'lt'],
      ['penalty', 'range'],
      ['reference', 'eq'],
    ]);
  });
});

describe('the measured noun', () => {
  it.each([
    ['实施3000个技改项目', '技改项目', '实施'],
    ['推进4个中小企业数字化转型城市试点', '中小企业数字化转型城市试点', '推进'],
    ['新建1000个粮油千亩高产片', '粮油千亩高产片', '新建'],
    ['做优做强5个国家先进制造业集群', '国家先进制造业集群', '做优做强'],
    ['完成150公里农村公路改造', '农村公路改造', '完成'],
    ['新增高新技术企业3500家以上', '高新技术企业', '新增'],
    ['地区生产总值增长5.5%以上', '地区生产总值', '增长'],
  ])('%s → %s (action %s)', (text, metric, action) => {
    const [t] = run(`${text}。`);
    expect([t?.metric, t?.action]).toEqual([metric, action]);
  });

  it('a count with no noun keeps its verb as action and no metric', () => {
    expect(run('惠及1100多万人。').map((t) => [t.metric, t.metricKey, t.action])).toEqual([['', '', '惠及']]);
  });
});

describe('the unit registry', () => {
  it.each([
    ['新增护理型床位超过1000张', 1000, '张'],
    ['保护修缮传统建筑1005栋', 1005, '栋'],
    ['新增光伏发电装机1088万千瓦', 10880000, '千瓦'],
    ['发电量达到500亿千瓦时', 50000000000, '千瓦时'],
    ['全员劳动生产率16.8万元/人左右', 168000, '元/人'],
    ['亿元国内生产总值生产安全事故死亡率0.6人/百亿元', 0.6, '人/百亿元'],
    ['PM2.5平均浓度降至20.6微克/立方米', 20.6, '微克/立方米'],
    ['单位地区生产总值能耗0.4吨标准煤/万元', 0.4, '吨标准煤/万元'],
    ['每万人口全科医生达到4人', 4, '人/万人'],
    ['城镇新增就业68万人左右', 680000, '人'],
    ['提高2个百分点', 2, '个百分点'],
    ['新增养老服务床位1.1万张', 11000, '张'],
  ])('%s', (text, value, unit) => {
    const got = run(`${text}。`);
    expect(got.map((t) => [t.value, t.unit])).toEqual([[value, unit]]);
  });

  it('takes extra units and scales from the config', () => {
    const registry = unitRegistry([{ spelling: '标箱' }, { spelling: '万标箱', base: '标箱', scale: 1e4 }]);
    expect(registry.read('港口吞吐量1200万标箱', 9)).toMatchObject({ unit: '标箱', scale: 1e4 });
    expect(readUnit('港口吞吐量1200万标箱', 9)).toBeNull();
    const { doc, source } = docOf('集装箱吞吐量达到300万标箱。');
    expect(extractTargets(doc, source, { units: [{ spelling: '标箱' }] }).map((t) => [t.value, t.unit])).toEqual([[3000000, '标箱']]);
  });
});

describe('horizons', () => {
  it('a document whose year is only in its title (关于做好2023年…工作的意见)', () => {
    const got = run('新增高标准农田80万亩。', { title: '重点任务', period: null, docTitle: '关于做好2023年全面推进乡村振兴重点工作的意见' });
    expect(got.map((t) => [t.value, t.year, t.yearSource])).toEqual([[800000, 2023, 'period']]);
  });

  it('翻一番 比2020年 is a ratio to 2020, due at the deadline before it, not in 2020', () => {
    const got = run('到2035年，城乡居民人均收入比2020年翻一番。', { period: null });
    expect(got.map((t) => [t.value, t.unit, t.year])).toEqual([[2, '倍', 2035]]);
    expect(run('城乡居民人均收入比2020年翻一番。', { period: null }).map((t) => t.year)).toEqual([null]);
  });

  // The 2021 national work report, section 二 (lines 80–111): the 十三五 review, then the 十四五 纲要 goals.
  const MIXED = '“十三五”时期发展成就和“十四五”时期主要目标任务';
  const YEARLY = { start: 2021, end: 2021 };

  it('a paragraph that opens on a coming period in a sentence of no number of its own turns the section to it', () => {
    const text = ['“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。', '——着力提升发展质量效益。城镇调查失业率控制在5.5%以内，常住人口城镇化率提高到65%。'].join('\n');
    const got = run(text, { title: MIXED, period: YEARLY });
    expect(got.map((t) => [t.value, t.year, t.kind])).toEqual([
      [5.5, 2025, 'target'],
      [65, 2025, 'target'],
    ]);
    // Before the turn, the same section is the review of the past period.
    expect(run('常住人口城镇化率提高到65%。', { title: MIXED, period: YEARLY }).map((t) => [t.kind])).toEqual([['historical']]);
  });

  it('a period the sentence does not open on, or in a sentence with its own numbers, does not turn the section', () => {
    const opensOnToday = run('今年是“十五五”开局之年。\n地区生产总值增长5%以上。', { title: '2026年重点工作', period: { start: 2026, end: 2026 } });
    expect(opensOnToday.map((t) => t.year)).toEqual([2026]);
    const withNumber = run('“十五五”时期地区生产总值年均增长5%左右。\n城镇新增就业70万人以上。', { period: { start: 2026, end: 2026 } });
    expect(withNumber.map((t) => t.year)).toEqual([2030, 2026]);
  });

  it('a growth or cut carries the year it is measured from: a five-year period, or the document period', () => {
    const fyp = run('“十四五”时期是新征程的第一个五年。\n单位国内生产总值能耗降低13.5%。', { title: MIXED, period: YEARLY });
    expect(fyp.map((t) => [t.value, t.year, t.since])).toEqual([[13.5, 2025, 2020]]);
    const yearly = run('单位国内生产总值能耗降低3%左右。', { title: '2025年政府工作总体要求', period: { start: 2025, end: 2025 } });
    expect(yearly.map((t) => [t.value, t.year, t.since])).toEqual([[3, 2025, 2024]]);
    // A level, and a deadline that is not the end of the document's period, have none.
    expect(run('到2023年，森林覆盖率达到24.1%。', { period: { start: 2021, end: 2025 } }).map((t) => t.since)).toEqual([undefined]);
    expect(run('到2023年，能耗降低3%。', { period: { start: 2021, end: 2025 } }).map((t) => t.since)).toEqual([undefined]);
  });

  it('a 十五五 goal does not leak its 2030 into the next sentence', () => {
    const got = run('“十五五”时期地区生产总值年均增长5%左右。今年新增就业70万人以上。', { period: { start: 2026, end: 2026 } });
    expect(got.map((t) => [t.value, t.year])).toEqual([
      [5, 2030],
      [700000, 2026],
    ]);
    const next = run('“十五五”时期地区生产总值年均增长5%左右。城镇新增就业70万人以上。', { period: { start: 2026, end: 2026 } });
    expect(next.map((t) => [t.value, t.year])).toEqual([
      [5, 2030],
      [700000, 2026],
    ]);
  });
});
