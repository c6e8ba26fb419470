import type { Lang, Target, TargetChangeType } from '../../types.js';
import type { KeyWeakness } from './keys.js';
import { formatAmount, formatPlace } from './format.js';

export type { Lang };

type Place = Pick<Target, 'file' | 'line' | 'page'>;
type Amount = Pick<Target, 'value' | 'high' | 'unit' | 'comparator' | 'comparatorText'>;

/** One value of a finding: the amount as written and every place stating it. */
export interface ValuePart {
  /** The amount (number, unit, comparator words). */
  amount: Amount;
  /** Places stating it, the first three named, the rest counted. */
  places: Place[];
  /** For a series: the year of this step (null: unknown). */
  year?: number | null;
  /** For a series: the base year of a growth or cut over several years (`since` of the target), else absent. */
  since?: number;
  /** For a scope difference: the scope (null: none). */
  scope?: string | null;
}

/** Why a finding is raised, with what the reason names. */
export type Reason =
  | { code: 'conflict' }
  | { code: 'scope-differs' }
  | { code: 'horizon-differs' }
  | { code: 'unit-differs'; units: string[]; kinds: TargetChangeType[]; comparators: string[] }
  | { code: 'review'; where: 'same-document' | 'between-documents'; key: string | null; weakness: KeyWeakness }
  | { code: 'relation'; op: '≥' | '≤' | '='; expected: ValuePart; file: string; implements: string };

/** A finding's message as structured parts, rendered in either language by `renderMessage`. */
export interface MessageParts {
  /** Metric phrase. */
  metric: string;
  /** Kind of change to name (null, or a level: none). */
  change: TargetChangeType | null;
  /** Year to name, or null. */
  year: number | null;
  /** The values in groups (one group, or one per scope), each group capped at `cap` values. */
  groups: ValuePart[][];
  /** Values named per group before `and N more values` (Infinity: all). */
  cap: number;
  /** Reason code with its data. */
  reason: Reason;
}

/** How many places of one value a message names, and how many values, before `and N more`. */
export const MESSAGE_CAP = { places: 3, values: 6 } as const;

const WORDS = {
  en: {
    change: { level: 'level', increase: 'increase', decrease: 'decrease', rate: 'annual rate', ratio: 'multiple' },
    vs: ' vs ',
    morePlaces: (n: number) => ` and ${n} more`,
    moreValues: (n: number, places: number) => ` and ${n} more value${n === 1 ? '' : 's'} in ${places} place${places === 1 ? '' : 's'}`,
    yearUnknown: 'year unknown',
    year: (y: number) => String(y),
    span: (from: number, to: number) => `${from}–${to}`,
    paren: (text: string) => ` (${text})`,
    comma: ', ',
    noScope: '[no scope]',
    none: 'none',
    scopes: ': scopes differ',
    horizons: ': horizons differ',
    units: (list: string) => `units differ (${list})`,
    kinds: (list: string) => `kinds differ (${list})`,
    comparators: (list: string) => `comparators differ (${list})`,
    join: '; ',
    review: (why: string) => `: similar wording, review (${why})`,
    where: { 'same-document': 'within one document', 'between-documents': 'between documents' },
    weakness: {
      short: 'is too short to name a metric',
      generic: 'is a generic word',
      'function-word': 'begins or ends with a function word',
      verb: 'ends with a verb',
      'no-noun': 'names no thing',
    },
    weak: (where: string, key: string, why: string) => `${where}; the metric "${key}" ${why}`,
    relation: (op: string, expected: string, file: string, implemented: string) => ` must be ${op} ${expected}: ${file} implements ${implemented}`,
  },
  zh: {
    change: { level: '水平', increase: '增量', decrease: '降幅', rate: '年均增速', ratio: '倍数' },
    vs: ' 与 ',
    morePlaces: (n: number) => ` 等另${n}处`,
    moreValues: (n: number, places: number) => `，另有${n}个数值，共${places}处`,
    yearUnknown: '年份不明',
    year: (y: number) => `${y}年`,
    span: (from: number, to: number) => `${from}—${to}年`,
    paren: (text: string) => `（${text}）`,
    comma: '，',
    noScope: '[无范围]',
    none: '无单位',
    scopes: '：范围不同',
    horizons: '：年份不同',
    units: (list: string) => `单位不同（${list}）`,
    kinds: (list: string) => `变化类型不同（${list}）`,
    comparators: (list: string) => `比较方式不同（${list}）`,
    join: '；',
    review: (why: string) => `：措辞相近，请核对（${why}）`,
    where: { 'same-document': '同一文件内', 'between-documents': '文件之间' },
    weakness: {
      short: '过短，不足以指明指标',
      generic: '是泛指词',
      'function-word': '以虚词开头或结尾',
      verb: '以动词结尾',
      'no-noun': '未指明事物',
    },
    weak: (where: string, key: string, why: string) => `${where}；指标“${key}”${why}`,
    relation: (op: string, expected: string, file: string, implemented: string) => ` 应${op} ${expected}：${file} 落实 ${implemented}`,
  },
} as const;

const COMPARATOR_CLASS = { en: { point: 'point', ceiling: 'ceiling', range: 'range' }, zh: { point: '目标值', ceiling: '上限', range: '区间' } } as const;

/**
 * A finding's message in English or Chinese, from its structured parts: what it is about (metric, kind
 * of change, year), each value with its places (`20家 (a.txt:33) vs 达15家 (b.txt:17)`;
 * `20家（a.txt:33） 与 达15家（b.txt:17）`), and why.
 * @param parts the message parts
 * @param lang `en` (default) or `zh`
 * @returns the message
 */
export function renderMessage(parts: MessageParts, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const r = parts.reason;
  const series = r.code === 'horizon-differs';
  const label = (v: ValuePart): string => {
    const places = placesText(v.places, lang);
    if (series) {
      const when = v.year == null ? w.yearUnknown : v.since === undefined ? w.year(v.year) : w.span(v.since + 1, v.year);
      return `${formatAmount(v.amount)}${w.paren(`${when}${w.comma}${places}`)}`;
    }
    const scope = v.scope === undefined ? '' : ` ${v.scope ? `[${v.scope}]` : w.noScope}`;
    return `${formatAmount(v.amount)}${scope}${w.paren(places)}`;
  };
  const values = parts.groups.map((g) => entriesText(g, label, series ? ' → ' : w.vs, parts.cap, lang)).join(w.vs);
  return `${headText(parts, lang)}${lang === 'zh' ? '：' : ': '}${values}${tail(r, lang)}`;
}

/**
 * What a message begins with: the metric, with the kind of change unless a level and the year when
 * given (`联合实验室 (2027)`, `赤字率 (increase, 2025)`; `赤字率（增量，2025年）`).
 * @param parts metric, change and year
 * @param lang the language
 * @returns display text
 */
export function headText(parts: Pick<MessageParts, 'metric' | 'change' | 'year'>, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const tags = [...(parts.change !== null && parts.change !== 'level' ? [w.change[parts.change]] : []), ...(parts.year !== null ? [w.year(parts.year)] : [])];
  return tags.length > 0 ? `${parts.metric}${w.paren(tags.join(w.comma))}` : parts.metric;
}

/**
 * The places of one value: the first three, then `and N more` (`等另N处`).
 * @param places the places
 * @param lang the language
 * @returns display text
 */
export function placesText(places: readonly Place[], lang: Lang = 'en'): string {
  const shown = places.slice(0, MESSAGE_CAP.places).map(formatPlace).join(', ');
  const rest = places.length - MESSAGE_CAP.places;
  return rest > 0 ? `${shown}${WORDS[lang].morePlaces(rest)}` : shown;
}

function entriesText(values: readonly ValuePart[], label: (v: ValuePart) => string, separator: string, cap: number, lang: Lang): string {
  const shown = values.slice(0, cap).map(label).join(separator);
  const rest = values.slice(cap);
  if (rest.length === 0) return shown;
  return `${shown}${WORDS[lang].moreValues(rest.length, rest.reduce((n, v) => n + v.places.length, 0))}`;
}

function tail(r: Reason, lang: Lang): string {
  const w = WORDS[lang];
  const list = (items: readonly string[]) => [...new Set(items)].join(w.vs);
  switch (r.code) {
    case 'conflict':
      return '';
    case 'scope-differs':
      return w.scopes;
    case 'horizon-differs':
      return w.horizons;
    case 'unit-differs': {
      const reasons = [
        ...(r.units.length > 1 ? [w.units(list(r.units.map((u) => u || w.none)))] : []),
        ...(new Set(r.kinds).size > 1 ? [w.kinds(list(r.kinds.map((k) => w.change[k])))] : []),
        ...(new Set(r.comparators).size > 1 ? [w.comparators(list(r.comparators.map((c) => COMPARATOR_CLASS[lang][c as keyof (typeof COMPARATOR_CLASS)['en']] ?? c)))] : []),
      ];
      return `${lang === 'zh' ? '：' : ': '}${reasons.join(w.join)}`;
    }
    case 'review': {
      const where = w.where[r.where];
      return w.review(r.weakness === null || r.key === null ? where : w.weak(where, r.key, w.weakness[r.weakness]));
    }
    case 'relation':
      return w.relation(r.op, `${formatAmount(r.expected.amount)}${w.paren(placesText(r.expected.places, lang))}`, r.file, r.implements);
  }
}

/**
 * One value part per entry (a value and the targets stating it).
 * @param entries the values, each with its targets
 * @param extra what each step adds (year, scope)
 * @returns the value parts
 */
export function valueParts(entries: readonly Target[][], extra: (t: Target) => Partial<ValuePart> = () => ({})): ValuePart[] {
  return entries.map((e) => ({ amount: e[0], places: e, ...extra(e[0]) }));
}
