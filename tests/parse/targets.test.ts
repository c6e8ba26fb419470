import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/parse/targets/index.js';
import { metricKey } from '../../src/parse/targets/metric.js';
import { docOf } from './targets-doc.js';

const run = (text: string, options: Parameters<typeof docOf>[1] = {}) => {
  const { doc, source } = docOf(text, options);
  return extractTargets(doc, source);
};

const pick = (text: string) =>
  run(text).map((t) => ({ value: t.value, high: t.high, unit: t.unit, comparator: t.comparator, kind: t.kind, change: t.change }));

type Row = [string, Array<Partial<{ value: number; high: number | null; unit: string; comparator: string; kind: string; change: string }>>];

// Literal cases from the seeds, the corpus work reports and /work/shared/numbers-cases.md.
const CASES: Row[] = [
  ['共建市级“一带一路”联合实验室20家', [{ value: 20, unit: '家', comparator: 'eq', kind: 'target' }]],
  ['共建市级“一带一路”联合实验室达15家', [{ value: 15, unit: '家', comparator: 'gte', kind: 'target' }]],
  ['建立政府间、园区间国际科技合作机制达30个', [{ value: 30, unit: '个', comparator: 'gte' }]],
  ['全社会研发经费支出占地区生产总值比重保持在6%左右', [{ value: 6, unit: '%', comparator: 'approx', change: 'level' }]],
  ['高技术产业增加值当年超过1.2万亿元', [{ value: 1200000000000, unit: '元', comparator: 'gt' }]],
  ['来华交流（培训）的科技人员达到150,000人次以上', [{ value: 150000, unit: '人次', comparator: 'gte' }]],
  ['来华工作杰出青年科学家人数达到5,000名以上', [{ value: 5000, unit: '名', comparator: 'gte' }]],
  ['PCT专利申请量达到1.2万件', [{ value: 12000, unit: '件', comparator: 'gte' }]],
  ['中关村示范区海外从业人员及留学归国人员数量达7.5万人', [{ value: 75000, unit: '人', comparator: 'gte' }]],
  ['建设百个科技创新平台', [{ value: 100, unit: '个', comparator: 'eq' }]],
  ['开展百个联合研发项目', [{ value: 100, unit: '个', comparator: 'eq' }]],
  ['实现十六个分园均有特色园区布局', [{ value: 100, unit: '%', comparator: 'eq', kind: 'target' }]],
  ['用3-5年时间，夯实基础', []],
  ['基础研究投入占比从2014年的12.6%提升至2019年的15.9%', [{ value: 12.6, unit: '%', kind: 'historical' }, { value: 15.9, unit: '%', kind: 'historical' }]],
  ['力争到2030年突破1000亿元', [{ value: 100000000000, unit: '元', comparator: 'gt', kind: 'target' }]],
  ['年均增长7%以上', [{ value: 7, unit: '%', comparator: 'gte', change: 'rate' }]],
  ['单位GDP能耗下降13.5%', [{ value: 13.5, unit: '%', comparator: 'eq', change: 'decrease' }]],
  ['提高2个百分点', [{ value: 2, unit: '个百分点', change: 'increase' }]],
  ['比2020年翻一番', [{ value: 2, unit: '倍', change: 'ratio' }]],
  ['增长1.5倍', [{ value: 2.5, unit: '倍', change: 'ratio' }]],
  ['增长到1.5倍', [{ value: 1.5, unit: '倍', change: 'ratio' }]],
  ['控制在5%以内', [{ value: 5, unit: '%', comparator: 'lte' }]],
  ['不低于3%', [{ value: 3, unit: '%', comparator: 'gte' }]],
  ['不超过5000万元', [{ value: 50000000, unit: '元', comparator: 'lte' }]],
  ['建成50个左右', [{ value: 50, unit: '个', comparator: 'approx' }]],
  ['约50个', [{ value: 50, unit: '个', comparator: 'approx' }]],
  ['3000余万元', [{ value: 30000000, unit: '元', comparator: 'gt' }]],
  ['3000多万元', [{ value: 30000000, unit: '元', comparator: 'gt' }]],
  ['十多万人', [{ value: 100000, unit: '人', comparator: 'gt' }]],
  ['十几个', [{ value: 11, high: 19, unit: '个', comparator: 'range' }]],
  ['数百家企业', [{ value: 200, high: 900, unit: '家', comparator: 'range' }]],
  ['上百家', [{ value: 100, unit: '家', comparator: 'gte' }]],
  ['100-200亿元', [{ value: 10000000000, high: 20000000000, unit: '元', comparator: 'range' }]],
  ['100～200亿元', [{ value: 10000000000, high: 20000000000, unit: '元', comparator: 'range' }]],
  ['八到九百亿元', [{ value: 80000000000, high: 90000000000, unit: '元', comparator: 'range' }]],
  ['五六百万元', [{ value: 5000000, high: 6000000, unit: '元', comparator: 'range' }]],
  ['63%～68%', [{ value: 63, high: 68, unit: '%', comparator: 'range' }]],
  ['63～68%', [{ value: 63, high: 68, unit: '%', comparator: 'range' }]],
  ['6%—6.5%', [{ value: 6, high: 6.5, unit: '%', comparator: 'range' }]],
  ['1.2万亿元', [{ value: 1200000000000, unit: '元' }]],
  ['12000亿元', [{ value: 1200000000000, unit: '元' }]],
  ['1,200,000,000,000元', [{ value: 1200000000000, unit: '元' }]],
  ['7.5万人', [{ value: 75000, unit: '人' }]],
  ['75,000人', [{ value: 75000, unit: '人' }]],
  ['七万五千人', [{ value: 75000, unit: '人' }]],
  ['7万5千人', [{ value: 75000, unit: '人' }]],
  ['4.52万人', [{ value: 45200, unit: '人' }]],
  ['一万五千亿元', [{ value: 1500000000000, unit: '元' }]],
  ['二十万亿元', [{ value: 20000000000000, unit: '元' }]],
  ['5亿1万4千6百元', [{ value: 500014600, unit: '元' }]],
  ['3万4000人', [{ value: 34000, unit: '人' }]],
  ['1,100万元', [{ value: 11000000, unit: '元' }]],
  ['１．２万件', [{ value: 12000, unit: '件' }]],
  ['两千人', [{ value: 2000, unit: '人' }]],
  ['百分之六', [{ value: 6, unit: '%' }]],
  ['千分之三', [{ value: 0.3, unit: '%' }]],
  ['三成', [{ value: 30, unit: '%' }]],
  ['覆盖率达到100%', [{ value: 100, unit: '%', comparator: 'gte' }]],
  ['培育千亿级产业集群3个', [{ value: 100000000000, unit: '', kind: 'spec' }, { value: 3, unit: '个', kind: 'target' }]],
  ['新增5G基站1.5万个', [{ value: 15000, unit: '个', change: 'increase' }]],
  // 累计 in a goal is a cumulative (stock) target, not history (numbers-cases #44).
  ['累计培育高新技术企业1万家', [{ value: 10000, unit: '家', kind: 'target', change: 'level' }]],
  ['新培育1万家', [{ value: 10000, unit: '家', kind: 'target', change: 'increase' }]],
  ['每万人口高价值发明专利拥有量达到12件', [{ value: 12, unit: '件/万人', comparator: 'gte' }]],
  ['研发投入强度达到3.2%', [{ value: 3.2, unit: '%', change: 'level' }]],
  ['研发投入年均增长10%', [{ value: 10, unit: '%', change: 'rate' }]],
  ['占比由12.6%提高到15%以上', [{ value: 12.6, kind: 'historical' }, { value: 15, comparator: 'gte', kind: 'target' }]],
  ['较“十三五”末增长20%', [{ value: 20, unit: '%', kind: 'target', change: 'increase' }]],
  ['1.2万件（含）以上', [{ value: 12000, unit: '件', comparator: 'gte' }]],
  ['5万—10万人次', [{ value: 50000, high: 100000, unit: '人次', comparator: 'range' }]],
  ['预计全年增长5%左右', [{ value: 5, unit: '%', comparator: 'approx', kind: 'forecast' }]],
  ['截至2023年底，已建成30家', [{ value: 30, unit: '家', kind: 'historical' }]],
  ['资金规模超100亿元', [{ value: 10000000000, unit: '元', comparator: 'gt' }]],
  ['二三十个', [{ value: 20, high: 30, unit: '个', comparator: 'range' }]],
  ['十来个', [{ value: 10, unit: '个', comparator: 'approx' }]],
  ['国内生产总值增长5%左右', [{ value: 5, unit: '%', comparator: 'approx', change: 'increase' }]],
  ['城镇新增就业1200万人以上', [{ value: 12000000, unit: '人', comparator: 'gte' }]],
  ['居民消费价格涨幅2%左右', [{ value: 2, unit: '%', comparator: 'approx' }]],
  ['居民消费价格涨幅3%左右', [{ value: 3, unit: '%', comparator: 'approx' }]],
  ['城镇调查失业率5.5%左右', [{ value: 5.5, unit: '%', comparator: 'approx' }]],
  ['单位国内生产总值能耗降低2.5%左右', [{ value: 2.5, unit: '%', comparator: 'approx', change: 'decrease' }]],
  ['数字经济增加值年均增速保持在7.5%左右', [{ value: 7.5, unit: '%', comparator: 'approx', change: 'rate' }]],
  ['每万名就业人员中研发人员数达到 260人左右', [{ value: 260, unit: '人/万名就业人员', comparator: 'approx' }]],
  ['进入科睿唯安Q1区期刊达120本', [{ value: 120, unit: '本', comparator: 'gte' }]],
  ['发展200吨级深度变推力液氧甲烷发动机技术', [{ value: 200, unit: '吨', kind: 'spec' }]],
  ['形成支持车辆千万级接入', [{ value: 10000000, unit: '', kind: 'spec' }]],
  ['开展百兆瓦级虚拟电厂技术研发', [{ value: 100, unit: '兆瓦', kind: 'spec' }]],
  ['发布三批 60 项重大应用场景', [{ value: 60, unit: '项' }]],
  ['规划建设 5个大科学装置和 13 个交叉研究平台', [{ value: 5, unit: '个' }, { value: 13, unit: '个' }]],
];

// Numerals in names, ordinals, markers, years, dates and document numbers: no output at all.
const NAMES = [
  '全面贯彻党的二十大和二十届三中全会精神', '推动5G、6G通信发展', '出台“科创30条”', '“十四五”时期', '提升“三城一区”创新能级', '建立“四库”联动工作体系',
  '全力实施六大国际化提升行动', '国科发规〔2023〕41号', '办好2025年世界大会', '助力2022年北京冬奥会', '在指数中位列第四', '加快实施双“1+1”工程',
  '构建“1+N”政策体系', '实现两个一百年奋斗目标', '第十六条', '（十六）', '三、保障措施', '规划(2021-2035年)', '二〇二五年', '发布“10+3”政策',
  '胸怀两个大局', '统筹两个市场、两种资源', '积极推广三代、四代核电技术', '建设三级架构的云控平台', '连续三年蝉联首位', '互联网3.0', '落实国家基础研究十年行动方案',
  '支持科技创新2030—重大项目', '中关村国际人才20条出入境政策', '推动“世界第三极”综合观测', '一是发展阶段类似', '培育一批企业', '攻关零部件',
];

describe('extractTargets on literal cases', () => {
  it.each(CASES)('%s', (text, expected) => {
    const got = pick(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it.each(NAMES)('reports nothing for the numeral in %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('horizon', () => {
  it('binds targets to the nearest preceding horizon in the sentence, then paragraph, then section, then period', () => {
    const text = ['到2027年，建成机制达30个。到2035年，建成实验室20家。', '培育机构20家。', '开展项目100项。'].join('\n');
    expect(run(text).map((t) => [t.value, t.year, t.yearSource])).toEqual([
      [30, 2027, 'text'],
      [20, 2035, 'text'],
      [20, 2035, 'section'],
      [100, 2035, 'section'],
    ]);
    expect(run('开展项目100项。', { period: { start: 2024, end: 2027 } })[0]).toMatchObject({ year: 2027, yearSource: 'period' });
  });

  it.each([
    ['到 2025年，数量达30个', 2025],
    ['2025年底前，数量达30个', 2025],
    ['2025年年底前数量达30个', 2025],
    ['“十四五”时期，数量达30个', 2025],
    ['展望2035年，数量达30个', 2035],
    ['到二〇三五年，数量达30个', 2035],
    ['2024年完成50%', 2024],
  ] as const)('%s → %d', (text, year) => {
    expect(run(text, { period: null })[0]?.year).toBe(year);
  });

  it('keeps the section horizon for 当年 and finds the period in a "十四五" title', () => {
    const t = run('到2025年，基本形成。\n高技术产业增加值当年超过1.2万亿元。', { period: null });
    expect(t[0]).toMatchObject({ year: 2025, yearSource: 'section', comparatorText: '超过' });
    expect(run('数量达30个', { period: null, docTitle: '北京市“十四五”时期国际科技创新中心建设规划' })[0]).toMatchObject({ year: 2025, yearSource: 'period' });
  });

  it('dates history by its reference year, and treats a 发展基础 section as history', () => {
    const [a, b] = run('基础研究投入占比从2014年的12.6%提升至2019年的15.9%');
    expect([a?.year, b?.year]).toEqual([2014, 2019]);
    expect(run('研发经费支出占比保持在6%左右', { title: '发展基础' })[0]?.kind).toBe('historical');
  });
});

describe('metric, scope and key', () => {
  it('gives the two 联合实验室 statements the same key', () => {
    const [a] = run('共建市级“一带一路”联合实验室20家');
    const [b] = run('与“一带一路”沿线地区创新交流合作走深走实，共建市级“一带一路”联合实验室达15家');
    expect(a?.metricKey).toBe('一带一路联合实验室');
    expect(b?.metricKey).toBe(a?.metricKey);
    expect(a?.metric).toBe('市级“一带一路”联合实验室');
  });

  it.each([
    ['支持开展国际联合研发项目达100个', '开展国际联合研发项目100项'],
    ['全社会研发经费支出占地区生产总值比重保持在 6%左右', '全社会研发经费支出占地区生产总值比重保持在6%左右'],
    ['基础研究经费占全社会研发经费比重达到 17%左右', '基础研究经费占研发经费比重达17%左右'],
    ['每万名就业人员中研发人员数达到 260人左右', '每万名就业人员中研发人员数量达到260人左右'],
    ['数字经济增加值年均增长7.5%', '数字经济增加值年均增速保持在7.5%左右'],
    ['围绕“一带一路”布局建设北京国际科技合作基地数量达30个', '北京国际科技合作基地建设进一步优化，数量达100个'],
    ['研发投入强度达到6%', '全社会研发经费支出占地区生产总值比重保持在6%左右'],
  ])('%s ≡ %s', (a, b) => {
    const ka = run(a).at(-1)?.metricKey;
    expect(ka).toBeTruthy();
    expect(run(b).at(-1)?.metricKey).toBe(ka);
  });

  it.each([
    ['在海外布局20个企业服务平台', '企业服务平台', '在海外'],
    ['围绕“一带一路”布局建设北京国际科技合作基地数量达30个', '北京国际科技合作基地数量', '围绕“一带一路”'],
    ['中关村示范区海外从业人员及留学归国人员数量达7.5万人', '海外从业人员及留学归国人员数量', '中关村示范区'],
    ['国际科技组织、机构集聚发展，数量达100家', '国际科技组织、机构数量', null],
  ])('%s → metric %s, scope %s', (text, metric, scope) => {
    expect(run(text).at(-1)).toMatchObject({ metric, scope });
  });

  it('starts the metric of 翻一番 after the quantity before it in its clause (issue 22: it reached back over every one before)', () => {
    const targets = run('发展翻一番'.repeat(5));
    expect(targets.map((t) => [t.metric, t.text])).toEqual(Array.from({ length: 5 }, () => ['发展', '发展翻一番']));
    expect(run('研发投入增长10%产值翻一番').map((t) => t.metric)).toEqual(['研发投入', '产值']);
  });

  it('normalizes keys by the documented rule', () => {
    expect(metricKey('市级“一带一路”联合实验室')).toBe('一带一路联合实验室');
    expect(metricKey('城市级试验平台')).toBe('城市级试验平台');
    // A level with its 以上 is one level word: no key begins with 以上.
    expect(metricKey('省级以上企业技术中心')).toBe('企业技术中心');
    expect(metricKey('市级及以上专精特新企业')).toBe('专精特新企业');
    expect(metricKey('国家级以上重点实验室')).toBe('国家级以上重点实验室');
  });
});

describe('positions', () => {
  it('points at the number in the original file, across re-joined wrapped lines', () => {
    const value = '一、目标\n\n全社会研发经费支出占地区生产总值比重保持在\n\n6%左右。';
    const sentence = '全社会研发经费支出占地区生产总值比重保持在6%左右。';
    const { doc } = docOf(sentence);
    const para = doc.nodes[0]!.paragraphs[0]!;
    const moved = { ...doc, nodes: [{ ...doc.nodes[0]!, paragraphs: [{ ...para, sentences: [{ ...para.sentences[0]!, offset: 6, line: 3, column: 1 }] }] }] };
    expect(extractTargets(moved, { path: 't.txt', value })[0]).toMatchObject({ line: 5, column: 1, value: 6 });
  });

  it('maps lines through lineMap for extracted text', () => {
    const { doc } = docOf('数量达30个。');
    const t = extractTargets(doc, { path: 'a.pdf', value: '数量达30个。', lineMap: [{ line: 7, page: 2 }] })[0];
    expect(t).toMatchObject({ line: 7, column: 4, page: 2, id: '1#t1' });
  });
});
