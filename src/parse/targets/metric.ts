/**
 * What a number measures: the metric phrase as written, the scope kept apart from it, and a
 * normalized key for matching the same metric across plans.
 *
 * Key rule (documented in docs/targets.md): drop quotes, brackets, punctuation and spaces; drop
 * level words (市级, 省级, 区级, 县级) and the whole-society prefixes 全社会/全市; read 年均增长 as
 * 年均增速; drop a trailing 数量/总数/个数/数/的; then map through ALIASES.
 */

/** A metric read from a clause. */
export interface MetricMatch {
  /** The metric phrase as written, leading verbs and scope removed. */
  metric: string;
  /** Scope words kept apart (`在海外`, `围绕"一带一路"`, `中关村示范区`), or null. */
  scope: string | null;
  /** 0-based start in the clause of the phrase (scope and verbs included) the target text starts at. */
  start: number;
  /** 0-based end in the clause of the phrase (after the noun when the number comes first). */
  end: number;
}

/**
 * Verbs and adverbs that lead a metric phrase and are not part of it, longest first.
 * Note: 新增/累计 are read for the change type and kind before they are stripped here.
 */
const LEAD_WORDS = [
  '培育和引进', '布局建设', '支持开展', '积极推动', '重点服务', '力争实现', '共同建设', '进一步',
  '共建', '建设', '建立', '建成', '打造', '培育', '引进', '新增', '累计', '开展', '支持', '推动', '布局', '设立',
  '组建', '实现', '形成', '力争', '争取', '确保', '进入', '吸引', '获得', '其中', '同时', '并且', '并', '且', '使',
  '全年', '当年', '新培育', '新建', '已经', '已', '预计', '完成',
  '拟安排', '拟发行', '安排', '拟', '先', '再', '新设', '设置', '严格落实', '深入贯彻', '惠及', '新（改）建', '新(改)建', '新改建', '改扩建',
].toSorted((a, b) => b.length - a.length);

/** A penalty verb leading a provision's amount (`并处`, `可以处`, `处以`), not 处理/处置. */
const LEAD_PENALTY = /^(?:可以|并|应当)?处(?:以)?(?![理置分])/u;

/** Time words leading a phrase (`到2025年`, `"十三五"时期`): the horizon, not the metric. */
const LEAD_TIME =
  /^(?:(?:到|至|截至|展望|力争到)?\s*(?:\d{4}|[一二〇零][〇零一二三四五六七八九]{3})\s*年(?:年底|底|末)?(?:前|以来)?的?|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末|期末)?|当年|全年|今年|去年底?|上年|同期|年末|年初|(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间|内)?(?![级度]))/u;

/** Scope patterns at the start of a phrase. */
const SCOPES: readonly RegExp[] = [
  /^(?:在|于)(?:海外|境外|国外|京|本市|全市|国内|共建国家|沿线国家|“一带一路”沿线|"一带一路"沿线)/u,
  /^围绕[“"][^”"]{1,12}[”"](?:沿线|共建国家)?/u,
  /^中关村(?:国家自主创新)?示范区/u,
  /^(?:海外|境外)(?=布局|建设|设立|开展|建立|引进|培育)/u,
  /^在京(?=\p{Script=Han})/u,
];

/** Words after which the previous clause's subject stops (for `…集聚发展，数量达100家`). */
const PREDICATE = /(?:建设|集聚|聚集|加速|进一步|持续|不断|显著|稳步|大幅|更加|发展|优化|提升|增强|完善|实现|取得|加快)/u;

/** Nouns that need an antecedent: `数量达100家` says nothing alone. */
const GENERIC = /^(?:数量|规模|总量|总数|个数|人数|数目|同比|比上年|较上年)?$/u;

/**
 * Aliases: different wordings of the same indicator, by normalized key.
 * Note: keep this table small and literal; each entry is a wording met in real plans.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  研发投入强度: '研发经费支出占地区生产总值比重',
  研发经费投入强度: '研发经费支出占地区生产总值比重',
  研究与试验发展经费投入强度: '研发经费支出占地区生产总值比重',
  研发经费支出占国内生产总值比重: '研发经费支出占地区生产总值比重',
  基础研究投入占比: '基础研究经费占研发经费比重',
  基础研究经费占比: '基础研究经费占研发经费比重',
  基础研究经费投入占比: '基础研究经费占研发经费比重',
  每万名就业人员中研发人员数量: '每万名就业人员中研发人员',
  技术合同成交总额: '技术合同成交额',
  高技术产业增加值规模: '高技术产业增加值',
  // Work reports restate the GDP growth goal as 经济增长预期目标为5%左右.
  经济增长: '国内生产总值',
  经济增速: '国内生产总值',
  国内生产总值增速: '国内生产总值',
  国内生产总值增长率: '国内生产总值',
};

/** Change verbs before `到`/`至` (`提升至2019年的15.9%`). */
const CHANGE_VERBS = '提升|提高|增长|增加|下降|降低|上升|扩大|减少|降';
/** A dated base inside a phrase: `2019年的`, `2020年底`. */
const YEAR_OF = String.raw`(?:(?:\d{4}|[一二〇零][〇零一二三四五六七八九]{3})\s*年(?:底|末)?的?)`;

/** Words that end a metric phrase before its number and are not part of it (`赤字率拟按3%`, `平均为5.2%`). */
const TAIL_WORDS = /(?:当年|全年|继续|持续|稳步|进一步|逐步|力争|努力|争取|保持|维持|累计|将|要|的|为|是|拟按|拟安排|安排|拟|按|达到|达|(?<!年)均|分别|再|都|平均|预期目标|目标|\s)+$/u;

/**
 * Read the metric of a number from its clause.
 * @param clause the clause holding the number (split at ，；：。)
 * @param before 0-based end in the clause of the metric candidate (start of the comparator words)
 * @param after 0-based end in the clause of the number, unit and comparator words
 * @param nounAfter true when the number comes before its noun (`在海外布局20个企业服务平台`)
 * @param previous the clause before, for `数量达100家` whose subject is there
 * @returns metric, scope and the span of the phrase in the clause
 */
export function readMetric(clause: string, before: number, after: number, nounAfter: boolean, previous: string | null): MetricMatch {
  // Note: a metric is read from at most MAX_METRIC characters before its number (the longest real one, a
  // list of 16 industries, has 90), so a clause of many numbers without punctuation does not give each
  // a metric as long as all the text before it (quadratic output).
  const cut = Math.max(0, before - MAX_METRIC);
  const lead = stripLead(clause.slice(cut, before));
  lead.start += cut;
  if (nounAfter) {
    const tail = clause.slice(after);
    // Note: the noun ends at a list boundary 、/和/及/与 (not the 与 of 参与) or at the next number.
    const cut = /、|和|及|(?<![参给赋授])与|\d/u.exec(tail);
    const noun = (cut ? tail.slice(0, cut.index) : tail).replace(/[。；;，,：:、\s]+$/u, '');
    const inner = stripLead(noun.replace(/^[\s的]+/u, ''));
    // 推动30项科技成果在共建国家转化落地: the scope inside the phrase is kept apart; the metric is the noun and its verb.
    const inside = INNER_SCOPE.exec(inner.rest);
    const metric = inside ? inner.rest.slice(0, inside.index) + inner.rest.slice(inside.index + inside[0].length) : inner.rest;
    return { metric: squash(metric), scope: squashOrNull(lead.scope ?? inner.scope ?? inside?.[0] ?? null), start: lead.start, end: after + noun.length };
  }
  const named = lead.rest === '' ? penaltyNoun(clause.slice(after)) : null;
  if (named !== null) return { metric: named, scope: squashOrNull(lead.scope), start: lead.start, end: after };
  let metric = trimTail(lead.rest);
  let scope = lead.scope;
  if (metric !== '' && GENERIC.test(metric) && previous !== null) {
    const head = (previous.split(PREDICATE)[0] ?? '').split(/超过|达到|保持在|突破|[达超约近]?\s*\d/u)[0] ?? '';
    const subject = stripLead(head);
    metric = (subject.rest + (/^(?:同比|比上年|较上年)$/u.test(metric) ? '' : metric)).trim();
    scope ??= subject.scope;
  }
  return { metric: squash(metric), scope: squashOrNull(scope), start: lead.start, end: after };
}

/** Most characters before a number read as its metric. */
const MAX_METRIC = 120;

/** Nouns of monetary penalties. */
const PENALTY_NOUNS = '罚款|罚金|违约金';
const PENALTY_AFTER = new RegExp(String.raw`^\s*(?:的\s*)?(${PENALTY_NOUNS})|^\s*的\s*([\p{Script=Han}]{1,8})`, 'u');
/** A metric that is only a penalty noun (`罚款`). */
export const PENALTY_METRIC = new RegExp(`^(?:${PENALTY_NOUNS})$`, 'u');

/**
 * The noun a provision names after its amount (`处五千元以下罚款`, `…以下的罚款`), or null.
 * @param after the text after the amount, its unit and comparator words
 * @returns `罚款`, `罚金`, or the noun after `的` (up to 8 characters), else null
 */
export function penaltyNoun(after: string): string | null {
  const m = PENALTY_AFTER.exec(after);
  return m ? (m[1] ?? m[2]!) : null;
}

/**
 * The normalized key of a metric phrase, for matching across plans.
 * @param metric the metric as written
 * @returns the key (may be `''` for an empty metric)
 */
export function metricKey(metric: string): string {
  let key = metric
    .replace(/[“”"'‘’「」『』《》〈〉（）()【】\[\]、，,·\s]/gu, '')
    // Note: a level and its 以上 go together (省级以上企业技术中心 is no 以上企业技术中心).
    .replace(/(?:(?<!城)市级|省级|(?<!园)区级|县级)(?:及?以上)?/gu, '')
    .replace(/国内生产总值GDP|GDP/gu, '国内生产总值')
    .replace(/^(?:全社会|全市|我国)/u, '')
    .replace(/占全社会/gu, '占')
    .replace(/年均增长率?/gu, '年均增速');
  key = key.replace(/的$/u, '');
  for (const tail of ['数量', '总数', '个数', '数']) {
    // Note: 系数, 指数, 参数 are the measure itself (基尼系数), not a count of it.
    if (key.endsWith(tail) && key.length > tail.length + 2 && !(tail === '数' && /[系指参函常倍分]数$/u.test(key))) {
      key = key.slice(0, -tail.length);
      break;
    }
  }
  return ALIASES[key] ?? key;
}

/** Scope words inside a number-first phrase (`科技成果在共建国家转化落地`). */
const INNER_SCOPE = /(?:在|于|赴|到)(?:海外|境外|国外|京|本市|全市|国内|共建国家|沿线国家|[“"]一带一路[”"](?:沿线|共建)?(?:国家|地区)?)/u;

function stripLead(input: string): { rest: string; scope: string | null; start: number } {
  let rest = input;
  let scope: string | null = null;
  const lead = /^[\s、，,；;：:]*/u.exec(input)![0].length;
  let start = lead;
  rest = rest.slice(lead);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of LEAD_WORDS) {
      // Note: 共建国家 (partner countries) is a noun, not the verb 共建 before 国家.
      if (rest.startsWith(word) && !(word === '共建' && rest.startsWith('共建国家'))) {
        rest = rest.slice(word.length).trimStart();
        changed = true;
        break;
      }
    }
    const penalty = LEAD_PENALTY.exec(rest);
    if (penalty && penalty[0].length > 0) {
      rest = rest.slice(penalty[0].length).trimStart();
      changed = true;
    }
    const punct = /^[、，,；;：:]+/u.exec(rest);
    if (punct) {
      rest = rest.slice(punct[0].length).trimStart();
      changed = true;
    }
    const time = LEAD_TIME.exec(rest);
    if (time && time[0].length > 0) {
      rest = rest.slice(time[0].length).replace(/^[\s，,]+/u, '');
      changed = true;
    }
    for (const re of SCOPES) {
      const m = re.exec(rest);
      if (m && scope === null) {
        scope = m[0];
        rest = rest.slice(m[0].length).trimStart();
        changed = true;
        break;
      }
    }
  }
  return { rest, scope, start };
}

/** `从2019年的…提升到`: a change from a base, at the end of a phrase. */
const FROM_CHANGE_TAIL = new RegExp(String.raw`(?:从|由)[^，,]*?(?:提升|提高|增长|增加|下降|降低|上升|扩大)(?:到|至)\s*${YEAR_OF}?$`, 'u');
/** `从2019年`: a base year at the end of a phrase. */
const FROM_YEAR_TAIL = new RegExp(String.raw`(?:从|由)\s*${YEAR_OF}?$`, 'u');
/** `提升到2019年的`: a change verb and its target year at the end of a phrase. */
const CHANGE_TO_TAIL = new RegExp(String.raw`(?:${CHANGE_VERBS})(?:到|至)\s*${YEAR_OF}?$`, 'u');

function trimTail(text: string): string {
  return text
    .replace(/\s+$/u, '')
    .replace(FROM_CHANGE_TAIL, '')
    .replace(FROM_YEAR_TAIL, '')
    .replace(CHANGE_TO_TAIL, '')
    .replace(/(?<!年均|年均[上下])(?:(?:增长|提高|提升|下降|降低|减少|增加|上涨|上升|压减|压缩|降|涨)(?:了|到|至)?|增(?:到|至))$/u, '')
    .replace(/(?:是|为|相当于)[^，,、]{0,8}(?:前|时|之初|同期)的?$/u, '')
    .replace(TAIL_WORDS, '')
    .replace(/(?<![占对相同评排类攀无之])(?:较|比)(?![重例率值较])[^，,、]{1,12}$/u, '')
    .replace(TAIL_WORDS, '');
}

function squashOrNull(text: string | null): string | null {
  return text === null ? null : squash(text);
}

function squash(text: string): string {
  return text.replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/gu, '').trim();
}
