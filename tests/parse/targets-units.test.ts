import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractTargets } from '../../src/parse/targets/index.js';
import { readUnit } from '../../src/parse/targets/units.js';
import { UNIT_SYMBOLS } from '../../src/parse/targets/unit-symbols.js';
import { UNIT_TABLE } from '../../src/parse/targets/unit-table.js';
import { docOf } from './targets-doc.js';

const run = (text: string) => {
  const { doc, source } = docOf(text);
  return extractTargets(doc, source).map((t) => ({ metric: t.metric, value: t.value, unit: t.unit, comparator: t.comparator }));
};

describe('Latin unit symbols after a number', () => {
  const cases: Array<[string, { metric: string; value: number; unit: string; comparator?: string }]> = [
    ['新建道路5km', { metric: '道路', value: 5, unit: '公里' }],
    ['新建道路５ｋｍ', { metric: '道路', value: 5, unit: '公里' }],
    ['新增装机容量300MW', { metric: '装机容量', value: 300, unit: '兆瓦' }],
    ['新型储能装机规模达到20GWh', { metric: '新型储能装机规模', value: 20, unit: '吉瓦时', comparator: 'gte' }],
    ['港口集装箱吞吐量达到500万TEU', { metric: '港口集装箱吞吐量', value: 5_000_000, unit: '标准箱', comparator: 'gte' }],
    ['千兆光网接入带宽100Mbps以上', { metric: '千兆光网接入带宽', value: 100, unit: 'Mbps', comparator: 'gte' }],
    // 改造 is the action of the count, not part of its noun (docs/targets.md, The measured noun).
    ['改造老旧厂房面积2万m²', { metric: '老旧厂房面积', value: 20_000, unit: '平方米' }],
    ['改造老旧厂房面积2万m2', { metric: '老旧厂房面积', value: 20_000, unit: '平方米' }],
    ['改造老旧厂房面积2万㎡', { metric: '老旧厂房面积', value: 20_000, unit: '平方米' }],
    ['PM2.5平均浓度降至30μg/m³以下', { metric: 'PM2.5平均浓度', value: 30, unit: '微克/立方米', comparator: 'lte' }],
    ['工商业平均电价下降到0.6元/kWh', { metric: '工商业平均电价', value: 0.6, unit: '元/千瓦时' }],
    ['全省智能算力规模达到2万P', { metric: '全省智能算力规模', value: 20_000, unit: 'PFLOPS', comparator: 'gte' }],
    ['全省算力总规模达到15EFlops', { metric: '全省算力总规模', value: 15, unit: 'EFLOPS', comparator: 'gte' }],
    // A full-width slash, as Chinese word processors write it, is the same composite unit.
    ['工商业平均电价下降到0.6元／kWh', { metric: '工商业平均电价', value: 0.6, unit: '元/千瓦时' }],
    ['PM2.5平均浓度降至30μg／m³以下', { metric: 'PM2.5平均浓度', value: 30, unit: '微克/立方米', comparator: 'lte' }],
    ['高速铁路设计时速350km/h', { metric: '高速铁路设计时速', value: 350, unit: '公里/小时' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(run(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads the second of two quantities with its own unit (建成充电桩5000个、储能20GWh)', () => {
    expect(run('建成充电桩5000个、新型储能20GWh').map((t) => [t.value, t.unit])).toEqual([[5000, '个'], [20, '吉瓦时']]);
  });

  it('keeps names: 5G, 6G, 8K, 4D, 3D, 2B, H5, PM2.5, COVID-19, Wi-Fi 6, IPv6, 1+1, 1080P are no quantities', () => {
    for (const text of ['推动5G、6G通信发展', '发展8K超高清视频', '建设4D影院', '发展3D打印', '拓展2B业务', '开发H5页面', '治理PM2.5污染', '做好COVID-19防控', '推广Wi-Fi 6网络', '部署IPv6网络', '推行"1+1"帮扶', '推广1080P高清视频']) {
      expect(run(text), text).toEqual([]);
    }
    // A name before its noun does not hide the count after it.
    expect(run('新增5G基站1.5万个')).toEqual([expect.objectContaining({ metric: '5G基站', value: 15_000, unit: '个' })]);
  });

  it('reads a symbol only at a word boundary (5kmx and 5mg2 are no units)', () => {
    expect(readUnit('5kmx', 1)).toBeNull();
    expect(readUnit('5km高速', 1)).toMatchObject({ unit: '公里', end: 3, latin: true });
    expect(readUnit('5 km', 1)).toMatchObject({ unit: '公里', end: 4 });
    expect(readUnit('5G基站', 1)).toBeNull();
    expect(readUnit('1080P', 4)).toBeNull();
    // h and s are units only under a slash (km/h): 5h alone is no Latin unit.
    expect(readUnit('5h', 1)).toBeNull();
    expect(readUnit('5s', 1)).toBeNull();
    // P is computing power only right after 万/亿, not after one earlier in the text.
    expect(readUnit('建成1万块屏幕，支持1080P', 14)).toBeNull();
    expect(readUnit('智能算力1.6万P', 8)).toMatchObject({ unit: 'PFLOPS' });
  });

  it('reports a symbol as the Chinese unit it names, so km and 公里 are one unit (and MW stays 兆瓦, as 兆瓦 does)', () => {
    const chinese = new Set(UNIT_TABLE.map((u) => u.base ?? u.spelling));
    expect(chinese.has('公里') && chinese.has('千瓦') && chinese.has('兆瓦') && chinese.has('吨标准煤')).toBe(true);
    expect(run('新建道路5公里')[0]!.unit).toBe(run('新建道路5km')[0]!.unit);
    expect(run('新增装机300MW')[0]!.unit).toBe(run('新增装机300兆瓦')[0]!.unit);
    expect(run('新增装机300MW')[0]!.unit).not.toBe(run('新增装机30万千瓦')[0]!.unit);
  });

  it('property: any known symbol after a number is read as that unit', () => {
    const spellings = UNIT_SYMBOLS.filter((s) => s.denominatorOnly !== true && s.afterMagnitude !== true).flatMap((s) => [s.symbol, ...(s.also ?? [])].map((spelling) => [spelling, s.base] as const));
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('', '以上', '，', '。'), ([spelling, base], n, after) => {
        const unit = readUnit(`${n}${spelling}${after}`, String(n).length);
        return unit !== null && unit.unit === base && unit.end === String(n).length + spelling.length;
      }),
      { numRuns: 300 },
    );
  });

  it('property: a known name after a number (5G, 8K, 3D…) is never a quantity', () => {
    fc.assert(
      fc.property(fc.constantFrom('G', 'K', 'D', 'B', 'g', 'T', 'W', 'L', 'V', 'A', 'C', 'X', 'N', 'Ｇ'), fc.integer({ min: 1, max: 9 }), fc.constantFrom('网络', '基站建设', '技术', ''), (letter, n, noun) => {
        return run(`推进${n}${letter}${noun}发展`).length === 0;
      }),
      { numRuns: 60 },
    );
  });
});

describe('a ratio without a unit (PUE降至1.3以下)', () => {
  it.each<[string, { metric: string; value: number; comparator: string }]>([
    ['数据中心PUE降至1.3以下', { metric: '数据中心PUE', value: 1.3, comparator: 'lte' }],
    ['基尼系数控制在0.4以内', { metric: '基尼系数', value: 0.4, comparator: 'lte' }],
    ['城乡居民收入比降至2.2', { metric: '城乡居民收入比', value: 2.2, comparator: 'eq' }],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual([expect.objectContaining({ ...expected, unit: '' })]);
  });

  it('reads both ends of 从…提升至…, and never a bare number elsewhere (a year, a count without a level word)', () => {
    expect(run('生态环境公众满意度从84.7提升至89.6').map((t) => t.value)).toEqual([84.7, 89.6]);
    expect(run('到2025年达到2025')).toEqual([]);
    expect(run('建设1.3期工程')).toEqual([]);
    expect(run('互联网3.0发展')).toEqual([]);
    expect(run('降至三以下')).toEqual([]);
  });

  it('keeps 系数 and 指数 whole in the key (基尼系数 is no count of 基尼系)', () => {
    const { doc, source } = docOf('基尼系数降至0.4');
    expect(extractTargets(doc, source)[0]!.metricKey).toBe('基尼系数');
  });
});

describe('a verb before a count of persons names what they did', () => {
  const cases: Array<[string, string]> = [
    ['新增就业10万人', '就业'],
    ['城镇新增就业10万人以上', '城镇新增就业'],
    ['新增参保50万人', '参保'],
    ['带动就业47.6万人', '带动就业'],
    ['易地扶贫搬迁26216户', '易地扶贫搬迁'],
    ['累计扩招413万人', '扩招'],
    // The persons are the object of a plan verb, or the count a change: no metric.
    ['惠及1100多万人', ''],
    ['吸纳超100万名', ''],
    ['用户数增至951万户', '用户数'],
    ['每年实施20项', ''],
    ['扎扎实实办好10件', ''],
  ];
  it.each(cases)('%s → %s', (text, metric) => {
    expect(run(text)[0]!.metric).toBe(metric);
  });

  it('only before a count of persons: 新建5个 and 开展100场 keep no verb as metric', () => {
    expect(run('新建5个')[0]!.metric).toBe('');
    expect(run('就业100场')[0]!.metric).toBe('');
  });
});
