import type { TargetKind } from '../../types.js';
import type { NumberMatch } from '../numbers.js';
import { readUnit } from './units.js';
import { readComparator } from './comparators.js';
import { readMetric, metricKey } from './metric.js';
import type { HorizonMatch } from './horizon.js';
import { changeType, classifyKind, isNameNumeral, statesGoal } from './kind.js';
import { actionOf, countedEvent, isBareWord, isVerbPhrase } from '../words/pos.js';
import { dropActionVerbs, grantKind, readFrequency, readGrant } from './metric-noun.js';
import type { Previous, SentenceContext, SentenceQuantity } from './sentence-types.js';

/** Verbs after which a number comes before its noun (`建设百个科技创新平台`, `新设152个综合保税区`). */
const VERB_BEFORE_NOUN =
  /(?:建设|布局|培育|开展|推动|服务|发布|实现|新增|建成|支持|引进|组建|设立|打造|形成|吸引|集聚|举办|获得|拥有|认定|创建|制定|出台|共建|建立|规划建设|培养|资助|带动|转化|设置|新设|设|新签|签署|升级|增发|发行|惠及)$/u;

/** Verbs that, alone before a number, take their object from earlier in the sentence (`发行超长期特别国债，…今年先发行1万亿元`). */
const OBJECT_VERBS = /^(?:发行|安排|投放|下达|拨付|发放|筹集)$/u;

/** A change to a value after a number (`提高到`, `降至`): the number is the base of a change, no noun follows it. */
const CHANGE_TO = /^\s*(?:提高|提升|增长|增加|上升|上调|下调|调整|下降|降低|减少|降)(?:至|到)/u;

/** Words that set a level right before a number (`降至`, `达到`, `控制在`, `不高于`): a ratio without a unit may follow. */
const LEVEL_BEFORE = /(?:(?:降|下降|降低|提高|提升|上升|增长|增加|减少|压减)(?:至|到)|达到|控制在|保持在|稳定在|不高于|不低于|不超过|低于|高于)\s*$/u;

/** A metric that is only a growth word (`五年年均增长5.2%`): it is the growth of the metric before it. */
const RATE_ONLY = /^(?:年均)?(?:增长|增速|增幅|增长率)$|^年均$/u;

/**
 * Read one number of a sentence as a quantity: unit, comparator, metric and scope, kind, change and horizon.
 * Note: a number that is part of a name, a date, a duration or an ordinal gives null.
 * @param sentence the sentence as written
 * @param text the sentence with half-width digits
 * @param n the number
 * @param clauses clause spans of the sentence
 * @param horizons time expressions of the sentence
 * @param context section titles, plan period, document year, legal flag
 * @param previous the quantity read just before in the sentence, or null
 * @returns the quantity, or null when the number is not one
 */
export function readQuantity(
  sentence: string,
  text: string,
  n: NumberMatch,
  clauses: Array<[number, number]>,
  horizons: HorizonMatch[],
  context: SentenceContext,
  previous: Previous | null,
): SentenceQuantity | null {
  if (horizons.some((h) => n.start < h.end && n.end > h.start)) return null;
  const unit = context.units ? context.units.read(text, n.end) : readUnit(text, n.end);
  if (isNameNumeral(text, n, unit)) return null;
  const afterNumber = text.slice(unit?.end ?? n.end);
  const specBare = !unit && !n.percent && /^\s*级/u.test(afterNumber) && /[十百千万亿]$/u.test(n.raw) && n.value >= 100;
  // Note: `活跃用户数达到4.6亿` counts without a measure word; only a 万/亿 magnitude after a comparator
  // word and before punctuation is read so, with unit ''.
  const bareMagnitude = !unit && !n.percent && /[万亿]$/u.test(n.raw) && /^\s*(?:[，,；;。、）)]|$)/u.test(afterNumber);
  // Note: `PUE降至1.3以下`, `基尼系数控制在0.4以内`: a ratio without a unit is read after a word that sets a
  // level (降至, 达到, 控制在) and before a bound or the clause's end; digits only, never a year.
  const ratio = !unit && !n.percent && !specBare && !bareMagnitude && !n.chinese && /^\d+(?:\.\d+)?$/u.test(n.raw) && !(Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100) &&
    ((LEVEL_BEFORE.test(text.slice(0, n.start)) && /^\s*(?:以下|以上|以内|左右|[，,；;。）)]|$)/u.test(afterNumber)) ||
      (/(?:从|由)\s*$/u.test(text.slice(0, n.start)) && /^\s*(?:提高|提升|增长|增加|上升|下降|降低|减少|降)(?:至|到)\s*\d/u.test(afterNumber)));
  if (!unit && !n.percent && !specBare && !bareMagnitude && !ratio) return null;
  const unitName = n.percent ?? unit?.unit ?? '';
  const unitEnd = n.percent ? n.end : (unit?.end ?? n.end);
  const cmp = readComparator(text, n, unitEnd);
  if (bareMagnitude && cmp.start === n.start) return null;
  const [cs, ce] = clauses.find(([s, e]) => n.start >= s && n.start < e) ?? [0, text.length];
  // Note: a quantity after another in the same clause (`134.9万亿元、增长5%`) starts its phrase after it.
  const chained = previous !== null && previous.end > cs && previous.end <= cmp.start;
  const segStart = chained ? previous.end + (/^[\s、，,和及与并且]*/u.exec(text.slice(previous.end, cmp.start))?.[0].length ?? 0) : cs;
  // 每年滚动实施重点项目100个: the period goes to the unit (个/年); the words are read without it.
  const frequency = readFrequency(text, segStart, cmp.start, unitName);
  const words = frequency?.masked ?? text;
  const clause = words.slice(cs, ce);
  const clauses0 = clauses.filter(([, e]) => e <= cs);
  const before = clauses0.at(-1);
  const pre = clause.slice(0, cmp.start - cs);
  const segment = words.slice(segStart, cmp.start);
  const rest = text.slice(cmp.end, ce);
  const spec = /^\s*级/u.test(rest);
  const listed = /(?:和|及|以及|、|与)\s*$/u.test(pre) && /\d|[一二两三四五六七八九十百千]\s*(?:个|家|项|名|所)/u.test(pre);
  // Note: `每年支持不少于100名青年科学家`: a bound word before the number still leaves its noun after it.
  const boundBefore = cmp.start < n.start && /^(?:不少于|不低于|不超过|至少|超过|近|约)\s*$/u.test(text.slice(cmp.start, n.start));
  // Note: the noun after is words, not the next bound (`一倍以上三倍以下的罚款`).
  const nounAfter =
    (cmp.start === n.start || spec || boundBefore) &&
    /^\s*级?\s*[\p{Script=Han}“"A-Za-z]/u.test(rest) &&
    !/^\s*[一二两三四五六七八九十百千万亿\d.]+\s*(?:倍|元|万元|亿元|%|个|人|家|名|项)/u.test(rest) &&
    // Note: 从209元、280元提高到217元: a change to the next value is no noun after the number.
    !CHANGE_TO.test(rest) &&
    // Note: 下降43.3%、36.1%和57.9%: a conjunction before the next number is no noun after this one.
    !/^\s*(?:和|及|以及|与|或)\s*[\d一二两三四五六七八九十]/u.test(rest) &&
    (spec || listed || isVerbLead(segment));
  // Note: in `5个大科学装置和13个交叉研究平台` the second count's phrase starts at its own number.
  const from = listed || spec ? cmp.start : segStart;
  const m = readMetric(words.slice(from, ce), cmp.start - from, (spec ? cmp.end + rest.indexOf('级') + 1 : cmp.end) - from, nounAfter, chained || !before ? null : text.slice(before[0], before[1]));
  let metric = nounAfter ? m.metric : dropActionVerbs(m.metric);
  let scope = m.scope;
  let value = n.value * (unit?.scale ?? 1);
  let unitOut = unitName;
  const phraseEnd = from + m.end;
  const coverage = nounAfter && /均有|均已|均实现|全覆盖|全部实现/u.test(metric);
  if (coverage) {
    // 实现十六个分园均有特色园区布局: the sixteen parks are the scope; the goal is full coverage.
    const [head, tail] = metric.split(/均有|均已|均实现|全覆盖|全部实现/u);
    scope = `${sentence.slice(n.start, unitEnd)}${head ?? ''}`;
    metric = tail || metric;
    value = 100;
    unitOut = '%';
  }
  // A continuation that names no metric of its own (`、增长5%`, `分别增长9.4%、9.1%`, `、比上年增加1.1万亿元`) takes the previous one's.
  const inherit = previous !== null && metric === '' && !nounAfter;
  if (inherit) {
    metric = previous.base;
    scope = previous.scope;
  } else if (previous !== null && RATE_ONLY.test(metric)) {
    metric = `${previous.base}${metric}`;
    scope ??= previous.scope;
  }
  if (!inherit && !nounAfter && OBJECT_VERBS.test(metric)) {
    // 发行超长期特别国债，…，今年先发行1万亿元: a bare verb takes its object from earlier in the sentence.
    const object = new RegExp(`${metric}([\\p{Script=Han}“”"]{2,12})(?=[，,；;。、])`, 'u').exec(text.slice(0, cs));
    if (object) metric = object[1]!;
  }
  // 与共建国家创新交流合作网络不断优化，建立…机制达30个: the partner of the clause before is the scope.
  const partner =
    scope === null && before && /^(?:建立|共建|建设|开展|签署|新签|实施|组建)/u.test(segment.trimStart())
      ? /^\s*(与[^，,、]{2,16}?)(?=(?:创新)?(?:交流|合作|联系))/u.exec(text.slice(before[0], before[1]))
      : null;
  if (partner) scope = partner[1]!;
  const purpose = !nounAfter && scope === null ? /^\s*((?:专项|专门)?(?:用于|支持)[\p{Script=Han}“”"]{2,16})(?=$|[，,；;。])/u.exec(rest) : null;
  // 安排超长期特别国债3000亿元支持消费品以旧换新: the purpose is the scope of the amount, not another total.
  if (purpose) scope = purpose[1]!;
  // Note: 惠及1100多万人 names no noun; its verb is the action, the metric stays unknown ('') rather
  // than a bare verb, preposition or pronoun that would meet every other such count in `check`.
  // Note: 新增就业10万人, 搬迁26216户: a content verb right before a count of persons names what they did.
  if (isBareWord(metric)) metric = countedEvent(metric, unitOut) ?? '';
  // 对符合条件的项目给予最高500万元奖励: what the plan grants (奖励) is the metric, the recipient its scope.
  const grant = readGrant(pre, rest, cmp.start < n.start || /^(?:lte|lt|gte|gt)$/u.test(cmp.comparator), before ? text.slice(before[0], before[1]) : '');
  if (grant) {
    metric = grant.metric;
    scope = grant.scope;
  }
  // Note: 截至2023年底 dates the whole sentence; 2019年的 only its own clause.
  // Note: 较"十三五"末 / 比2020年 / 比上年 is a comparison base, not the date of the number.
  const past =
    horizons
      .filter((h) => h.role === 'reference' && h.end <= n.start && !/[较比]\s*$/u.test(text.slice(0, h.start)))
      .filter((h) => h.start >= cs || /^(?:截至|截止)/u.test(h.text) || h.start === 0)
      .at(-1) ?? null;
  const pastYear = past !== null && (past.year === null || context.periodStart === null || past.year < context.periodStart);
  const goal = statesGoal(text.slice(0, n.start), horizons.filter((h) => h.end <= n.start), context.currentYear ?? context.periodStart ?? null);
  // 实施亿元以上技改项目1200项: a bare magnitude of money with 以上/以下 before a noun is a class threshold.
  const threshold = /^[十百千万亿]+$/u.test(n.raw) && unitName === '元' && /^\s*(?:以上|以下)\s*[\p{Script=Han}](?<![的罚])/u.test(afterNumber);
  let comparator = coverage ? 'eq' : (grant?.comparator ?? cmp.comparator);
  const kind: TargetKind = specBare || threshold
    ? 'spec'
    : grant
      ? grantKind(comparator)
      : classifyKind({
        titles: context.titles,
        clauseBefore: pre,
        previousClause: before ? text.slice(before[0], before[1]) : '',
        after: afterNumber,
        rest: text.slice(cmp.end, ce),
        before: text.slice(cmp.start, n.start).trim(),
        unit: unitName,
        value: n.value,
        chineseNumeral: n.chinese,
        pastYear,
        legal: context.legal ?? false,
        pastParagraph: context.pastParagraph ?? false,
        goal,
      });
  let change = inherit && segment.trim() === '' ? previous.change : changeType(segment, metric, unitOut);
  if (change === 'ratio' && /增长\s*$/u.test(segment)) value += 1; // 增长1.5倍 = 2.5 times the base
  if (unitOut === '倍' && change !== 'ratio' && change !== 'rate') change = 'ratio';
  // A per-head denominator makes a composite unit: 每万人口…12件 → 件/万人; 配置AED达每10万人45台 → 台/10万人.
  const perHead = PER_HEAD_LEAD.exec(metric) ?? PER_HEAD_TAIL.exec(metric);
  if (perHead && !['%', '个百分点', '倍'].includes(unitOut)) {
    const g = perHead.groups!;
    unitOut = `${unitOut}/${g.n ?? ''}${g.mag ?? ''}${g.noun === '人口' ? '人' : `${g.cl ?? ''}${g.noun}`}`;
    if (perHead.index > 0) {
      // Note: the base of a change (`标准分别从每人每月202元`) leaves its 从 with the denominator.
      metric = metric.slice(0, perHead.index).replace(/(?:分别)?(?:从|由)$/u, '');
      if (g.reach && comparator === 'eq') comparator = 'gte';
    }
  }
  if (frequency) unitOut = `${unitOut}/${frequency.period}`;
  // 从每人每月202元提高到209元: a continuation of the same metric is stated per the same head and period.
  if (inherit && previous.unit?.startsWith(`${unitOut}/`)) unitOut = previous.unit;
  const deadline = horizons.filter((h) => (h.role === 'deadline' || h.role === 'relative') && h.end <= n.start).at(-1) ?? null;
  const end = Math.max(phraseEnd, cmp.end + (grant?.after ?? 0));
  return {
    index: n.start,
    metric,
    metricKey: metricKey(metric),
    action: grant ? grant.action : actionOf(segment),
    scope,
    value,
    high: coverage ? null : n.high,
    unit: unitOut,
    comparator,
    comparatorText: cmp.text,
    kind,
    change,
    // Note: the text keeps the frequency word the metric was read without (每年滚动实施重点项目100个以上).
    text: sentence.slice(frequency && frequency.at >= from ? Math.min(frequency.at, from + m.start) : from + m.start, end).trim(),
    horizon: deadline,
    referenceYear: kind === 'historical' ? (past?.year ?? fypReference(pre)) : null,
    end,
  };
}

/** A per-head denominator opening a metric (`每万人口高价值发明专利拥有量`). */
const PER_HEAD_LEAD = /^每(?<n>\d+(?:\.\d+)?)?(?<mag>万|千|百|十)?(?<cl>名|个)?(?<noun>就业人员|人口|人|户|企业|平方公里)/u;
/** A per-head denominator closing a metric, right before the number (`配置AED达每10万人`). */
const PER_HEAD_TAIL = /(?<reach>达到|达)?每(?<n>\d+(?:\.\d+)?)?(?<mag>万|千|百|十)?(?<cl>名|个)?(?<noun>就业人员|人口|学生|人|生|户|企业|平方公里)$/u;

function isVerbLead(pre: string): boolean {
  // Note: 全国832个贫困县 / 设立首批5个国家公园: a leading scope and a batch word do not make a metric.
  const p = pre
    .replace(/\s+/gu, '')
    .replace(/^(?:全国|全市|全省|我国)/u, '')
    .replace(/(?:首|第[一二三四五六七八九十]+|[一二两三四五六七八九十])批$/u, '');
  return p === '' || VERB_BEFORE_NOUN.test(p) || isVerbPhrase(p);
}

function fypReference(pre: string): number | null {
  const m = /十([一二三])五/u.exec(pre);
  return m ? 1955 + 5 * (10 + ' 一二三'.indexOf(m[1]!)) : null;
}
