import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { checkPlans } from '../../src/compare/check.js';
import { dropActionVerbs, readGrant } from '../../src/parse/targets/metric-noun.js';
import type { PlanDocument, Target } from '../../src/types.js';

// The noun a count names (docs/targets.md, "The measured noun"): the period it is stated per goes to
// the unit, the verbs of its action and its frequency leave the key, a class stays in it, and a grant
// is a provision. Sentences of the same patterns from several domains, and from the corpus.

const plan = (path: string, body: string): PlanDocument =>
  parsePlan({ path, value: `某市三年行动方案（2025—2027年）\n一、主要目标\n${body}\n`, format: 'txt', lineUnit: 'line' });
const all = (body: string): Target[] => plan('a.txt', body).targets;
const row = (t: Target | undefined) => t && { metricKey: t.metricKey, action: t.action, unit: t.unit, value: t.value, kind: t.kind };

describe('a frequency (每年, 每季度, 每月) goes to the unit, out of the key', () => {
  it.each([
    ['每季度召开1次调度会。', { metricKey: '调度会', action: '召开', unit: '次/季度', value: 1, kind: 'target' }],
    ['每年滚动实施重点项目100个以上。', { metricKey: '重点项目', action: '滚动实施', unit: '个/年', value: 100, kind: 'target' }],
    // education, health, agriculture, transport
    ['每学期开展1次应急疏散演练。', { metricKey: '应急疏散演练', action: '开展', unit: '次/学期', value: 1, kind: 'target' }],
    ['每年开展义诊活动200场。', { metricKey: '义诊活动', action: '开展', unit: '场/年', value: 200, kind: 'target' }],
    ['每年建设高标准农田50万亩。', { metricKey: '高标准农田', action: '建设', unit: '亩/年', value: 500000, kind: 'target' }],
    ['每月举办2场供需对接会。', { metricKey: '供需对接会', action: '举办', unit: '场/月', value: 2, kind: 'target' }],
    ['每两年举办1次交通安全宣传周。', { metricKey: '交通安全宣传周', action: '举办', unit: '次/2年', value: 1, kind: 'target' }],
    // hubei 2026: a number after the frequency
    ['城镇新增就业每年超过90万人。', { metricKey: '城镇新增就业', action: '新增就业', unit: '人/年', value: 900000, kind: 'target' }],
  ])('%s', (text, want) => {
    expect(row(all(text).at(-1))).toEqual(want);
  });

  it('the text keeps the frequency word as written', () => {
    expect(all('每年滚动实施重点项目100个以上。')[0]?.text).toBe('每年滚动实施重点项目100个以上');
  });

  it('a yearly growth in % stays a rate, its 每年 untouched', () => {
    const [t] = all('地区生产总值每年增长5%。');
    expect([t?.unit, t?.change]).toEqual(['%', 'rate']);
  });

  it('a frequency before a noun (每日工作动态) is no period of the count', () => {
    const t = all('健全完善周例会调度、每日工作动态、情况反馈、督查落实、考核评价五项机制。').at(-1);
    expect(t?.unit).toBe('项');
  });

  it('a continuation of a per-head, per-month amount keeps its unit (从每人每月2295元提高到2375元)', () => {
    const ts = all('集中供养孤儿基本生活保障省定最低标准从每人每月2295元提高到2375元。');
    expect(ts.map((t) => [t.metricKey, t.unit, t.value])).toEqual([
      ['集中供养孤儿基本生活保障省定最低标准', '元/人/月', 2295],
      ['集中供养孤儿基本生活保障省定最低标准', '元/人/月', 2375],
    ]);
  });

  it('a yearly goal and a total of one noun are two goals in check, two yearly goals conflict', () => {
    const yearly = plan('a.txt', '到2027年，每年实施重点项目100个。');
    const total = plan('b.txt', '到2027年，实施重点项目300个。');
    const yearly2 = plan('c.txt', '到2027年，每年实施重点项目120个。');
    expect(checkPlans([yearly, total]).findings.filter((f) => f.rule === 'target-conflict')).toEqual([]);
    expect(checkPlans([yearly, yearly2]).findings.map((f) => f.rule)).toContain('target-conflict');
  });
});

describe('the verbs of the action before the noun leave the key', () => {
  it.each([
    ['改造农村危房1.1万户', '农村危房', '改造'],
    ['培养全科医生500人', '全科医生', '培养'],
    ['制定修订行政法规37部', '行政法规', '制定修订'],
    // hubei 2025: verbs listed with 、 are one run
    ['制定、修改、废止政府规章34部', '政府规章', '制定'],
    ['开工改造城镇老旧小区1.1万个', '城镇老旧小区', '开工改造'],
    ['创建5A级景区3家', '5A级景区', '创建'],
  ])('%s → %s (action %s)', (text, key, action) => {
    const [t] = all(`${text}。`);
    expect([t?.metricKey, t?.action]).toEqual([key, action]);
  });

  it.each(['快递业务量突破60亿件', '服务贸易总额突破2500亿美元', '就业驿站达到122个', '推出12批1181项'])(
    'a noun that opens with a verb, or a count after the verb, keeps its words: %s',
    (text) => {
      const t = all(`${text}。`).at(-1);
      expect(t?.metric.length).toBeGreaterThan(0);
      expect(text.startsWith(t!.metric)).toBe(true);
    },
  );

  it('keeps a short noun whole (落地项目, 完成投资)', () => {
    expect(['落地项目', '完成投资', '滚动实施重点项目'].map(dropActionVerbs)).toEqual(['落地项目', '完成投资', '重点项目']);
  });
});

describe('a class (千亿级, 万吨级, 5A级) belongs to the noun it qualifies', () => {
  it('打造千亿级产业集群3个、五百亿级产业集群5个: two metrics; the classes stay specs', () => {
    const ts = all('到2026年，打造千亿级产业集群3个、五百亿级产业集群5个。');
    expect(ts.map((t) => [t.kind, t.metricKey, t.value])).toEqual([
      ['spec', '产业集群', 1e11],
      ['target', '千亿级产业集群', 3],
      ['spec', '产业集群', 5e10],
      ['target', '五百亿级产业集群', 5],
    ]);
  });

  it.each([
    ['新建万吨级泊位5个', '万吨级泊位'],
    ['培育百亿元级企业20家', '百亿元级企业'],
    ['建设3个千亿级产业集群', '千亿级产业集群'],
  ])('%s → %s', (text, key) => {
    expect(all(`${text}。`).filter((t) => t.kind === 'target').map((t) => t.metricKey)).toEqual([key]);
  });

  it('check: 千亿级 3 vs 五百亿级 5 (or 百亿级 3) are no conflict; 千亿级 3 vs 4 is one', () => {
    const doc = (name: string, text: string) => plan(name, `到2026年，打造${text}。`);
    const conflicts = (x: PlanDocument, y: PlanDocument) => checkPlans([x, y]).findings.filter((f) => f.rule === 'target-conflict').length;
    expect(conflicts(doc('a.txt', '千亿级产业集群3个'), doc('b.txt', '五百亿级产业集群5个'))).toBe(0);
    expect(conflicts(doc('a.txt', '千亿级产业集群3个'), doc('b.txt', '百亿级产业集群3个'))).toBe(0);
    expect(conflicts(doc('a.txt', '千亿级产业集群3个'), doc('b.txt', '千亿级产业集群4个'))).toBe(1);
  });
});

describe('a grant, subsidy or reward is a provision, not a goal', () => {
  it.each([
    ['对符合条件的项目给予最高500万元奖励', { kind: 'limit', comparator: 'lte', metricKey: '奖励', scope: '对符合条件的项目', action: '给予', value: 5e6 }],
    ['对新建的村卫生室每个最高补助10万元', { kind: 'limit', comparator: 'lte', metricKey: '补助', scope: '对新建的村卫生室', action: null, value: 1e5 }],
    ['对家庭农场给予贷款贴息最高不超过100万元', { kind: 'limit', comparator: 'lte', metricKey: '贷款贴息', scope: '对家庭农场', action: '给予', value: 1e6 }],
    ['对新获评的义务教育优质均衡县给予一次性50万元奖补', { kind: 'spec', comparator: 'eq', metricKey: '奖补', scope: '对新获评的义务教育优质均衡县', action: '给予', value: 5e5 }],
  ])('%s', (text, want) => {
    const [t] = all(`${text}。`);
    expect(t && { kind: t.kind, comparator: t.comparator, metricKey: t.metricKey, scope: t.scope, action: t.action, value: t.value }).toEqual(want);
    // Note: a limit takes no horizon (docs/targets.md, Horizon); a spec keeps the plan's.
    if (want.kind === 'limit') expect(t?.year).toBeNull();
  });

  it('a ceiling in the clause after the grant (按…给予补贴，最高不超过300万元)', () => {
    const ts = all('按新能源公交车购置额的10%给予补贴，最高不超过300万元。');
    expect(ts.map((t) => [t.kind, t.metricKey, t.unit, t.comparator])).toEqual([
      ['spec', '补贴', '%', 'eq'],
      ['limit', '补贴', '元', 'lte'],
    ]);
  });

  it.each(['全年发放以旧换新补贴66.7亿元', '面向特殊困难群众发放一次性补贴1.87亿元', '安排奖补资金5亿元'])('an amount paid out is no grant: %s', (text) => {
    expect(all(`${text}。`).map((t) => t.kind)).toEqual(['target']);
  });

  it('readGrant needs a giving verb and a noun or a bound', () => {
    expect(readGrant('对企业给予', '奖励', false, '')?.metric).toBe('奖励');
    expect(readGrant('对企业给予', '', false, '')).toBeNull();
    expect(readGrant('发放', '补贴', false, '')).toBeNull();
  });
});

describe('分别从A、B提高到C、D: each item keeps its base, its goal, and the unit stated per head and period', () => {
  const rows = (body: string) => plan('a.txt', `今年，${body}`).targets.map((t) => [t.metricKey, t.value, t.unit, t.kind]);

  it.each<[string, unknown[]]>([
    // guangdong 2026 line 162
    ['困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。', [
      ['困难残疾人生活补贴标准', 209, '元/人/月', 'historical'],
      ['重度残疾人护理补贴标准', 280, '元/人/月', 'historical'],
      ['困难残疾人生活补贴标准', 217, '元/人/月', 'target'],
      ['重度残疾人护理补贴标准', 290, '元/人/月', 'target'],
    ]],
    ['城乡低保标准分别从每人每月800元、600元提高到850元、650元。', [
      ['城镇低保标准', 800, '元/人/月', 'historical'],
      ['农村低保标准', 600, '元/人/月', 'historical'],
      ['城镇低保标准', 850, '元/人/月', 'target'],
      ['农村低保标准', 650, '元/人/月', 'target'],
    ]],
    // education: per student and year
    ['全市中小学生均公用经费分别由每生每年700元、900元提高到750元、950元。', [
      ['中学生均公用经费', 700, '元/生/年', 'historical'],
      ['小学生均公用经费', 900, '元/生/年', 'historical'],
      ['中学生均公用经费', 750, '元/生/年', 'target'],
      ['小学生均公用经费', 950, '元/生/年', 'target'],
    ]],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('a review section of a plan, and a 分别 list joined by 和 (the national emergency plan 2021, not tuned on)', () => {
  const doc = (title: string) =>
    parsePlan({
      path: 'p.txt',
      value: `“十四五”国家应急体系规划\n一、规划背景\n${title}\n按可比口径计算，2020年全国各类事故、较大事故和重特大事故起数比2015年分别下降43.3%、36.1%和57.9%，死亡人数分别下降38.8%、37.3%和65.9%。\n`,
      format: 'txt',
      lineUnit: 'line',
    }).targets.map((t) => [t.metricKey, t.value, t.kind]);

  it.each(['（一）“十三五”时期取得的工作进展。', '（一）主要进展', '（一）取得的显著成效'])('%s: the figures are past facts, each with its own metric', (title) => {
    expect(doc(title)).toEqual([
      ['全国各类事故', 43.3, 'historical'],
      ['较大事故', 36.1, 'historical'],
      ['重特大事故起', 57.9, 'historical'],
      ['死亡人', 38.8, 'historical'],
      ['死亡人', 37.3, 'historical'],
      ['死亡人', 65.9, 'historical'],
    ]);
  });
});
