import type { Issuer, PlanDocument } from '../types.js';
import { toHalfWidthDigits } from './numbers.js';
import { BODY_SUFFIX, NATIONAL, NATIONAL_BODIES, REGIONAL_ORGANS, REGIONS, type RegionEntry } from './issuers-data.js';

/** How many non-empty lines at the top (and bottom) of a document are read for who issued it. */
const HEAD_LINES = 40;
const TAIL_LINES = 15;

const REGION_NAMES = REGIONS.flatMap((r) => [r.name, ...r.short].map((n) => [n, r] as const)).toSorted((a, b) => b[0].length - a[0].length);
const REGION_WORD = new RegExp(REGION_NAMES.map(([n]) => n).join('|'), 'u');
const BODY_NAMES = NATIONAL_BODIES.flatMap((b) => [b.name, ...b.aliases].map((n) => [n, b.name] as const)).toSorted((a, b) => b[0].length - a[0].length);
const NATIONAL_PREFIXES = NATIONAL_BODIES.flatMap((b) => b.prefixes.map((p) => [p, b.name] as const)).toSorted((a, b) => b[0].length - a[0].length);

/** A document number: `国科发规〔2023〕41号`, `沪府办发〔2023〕19号`, `工信部联科〔2024〕12号`. */
const DOC_NUMBER = /(\p{Script=Han}{1,10})\s*[〔[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d{1,4}\s*号/u;
/** A scraper's metadata line: `**发布机构**: 上海市科学技术委员会`. */
const METADATA = /^\**发布机构\**\s*[:：]\s*(.*)$/u;
/** The report's delivery line or an adoption line, dated: `2025年1月20日在…会议上`, `2017年12月1日 山东省第十二届…修订`. */
const DATED = /^[—－-]*\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
const DATED_EVENT = /会议|通过|修订|修正|公布|印发|发布|日\s*在/u;
/** A title line that begins with its year: `2025年浙江省政府工作报告`. */
const YEAR_TITLE = /^((?:19|20)\d{2})\s*年\S{2,40}(?:报告|规划|计划|方案|意见|纲要)$/u;
const PUBLISHED = /^\**发布日期\**\s*[:：]\s*((?:19|20)\d{2})/u;

/**
 * Who issued a document and when: the issuing body and its region (`浙江省人民政府`, `浙江省`), joint
 * issuers, and the year, read from the document number (国科发规〔2023〕41号 → 科学技术部), the first lines
 * (`我代表国务院`, `在浙江省第十四届人民代表大会…上`, `…人民代表大会常务委员会…通过`, `发布机构`), the title
 * (`2025年浙江省政府工作报告`, `工业和信息化部等七部门关于…`) and signature lines (bodies alone on a line).
 * Note: when only the region is named (`北京市…行动计划`), the issuer is that region's 人民政府 (`source`
 * says `region`), so that plans of one region are compared with each other and not with another's.
 * @param text the document's text as read
 * @param doc its title and period
 * @returns the issuer, or null when nothing names one
 */
export function detectIssuer(text: string, doc: Pick<PlanDocument, 'title' | 'period'>): Issuer | null {
  const lines = cleanLines(text);
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.length > HEAD_LINES ? lines.slice(-TAIL_LINES) : [];
  const title = toHalfWidthDigits((doc.title ?? '').replace(/\s+/gu, ''));
  const region = regionOf(title, head);
  const found = byNumber(head) ?? byMetadata(head) ?? byLines(head, region) ?? byTitle(title, region);
  const signatures = [...head, ...tail].flatMap(signatureBodies);
  let issuer: Omit<Issuer, 'coIssuers' | 'year'> | null = found;
  if (issuer === null && signatures.length > 0) issuer = { ...regionalOrNational(signatures[0]), source: 'signature' };
  if (issuer === null && region !== null) issuer = { name: `${region.name}人民政府`, region: region.name, source: 'region' };
  if (issuer === null) return null;
  const name = issuer.name;
  const coIssuers = [...new Set(signatures.filter((s) => s !== name))];
  // Note: a fixed key order (name, region, coIssuers, year, source): the outline JSON is byte-stable.
  return { name, region: issuer.region, coIssuers, year: yearOf(head, title, doc.period), source: issuer.source };
}

/** Non-empty lines, trimmed of spaces, zero-width characters and Markdown heading and bold marks; half-width digits. */
function cleanLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = toHalfWidthDigits(raw.replace(/[\u200b\ufeff]/gu, '').replace(/^#+\s*/u, '').trim());
    if (line !== '') out.push(line);
  }
  return out;
}

/** A place whose government or congress a line names: a province-level region or a city, prefecture or county (`杭州市`). */
const PLACE = String.raw`\p{Script=Han}{2,10}?(?:省|自治区|市|自治州|州|盟|县|区)`;
const PLACE_IN_TITLE = new RegExp(`^(?:(?:19|20)\\d{2}年)?(${PLACE})(?:人民)?政府工作报告`, 'u');
const PLACE_LEADS_TITLE = /^(\p{Script=Han}{2,6}?(?:省|自治区|市|自治州))/u;
const PLACE_CONGRESS = new RegExp(`(?:^|在|[—\\s：:])(${PLACE})(?=第.{1,4}届人民代表大会)`, 'u');
const LOCAL_COMMITTEE = new RegExp(`(?:^|日|\\s)\\s*(${PLACE})(?=第.{1,4}届人民代表大会常务委员会)`, 'u');
const PLACE_OFFICER = new RegExp(`^(${PLACE})(?:人民政府)?(?:代)?(?:省长|市长|州长|县长|区长|主席)`, 'u');

/**
 * The region (or city, prefecture, county) a document is of: a province-level region named in the
 * title, a place the title leads with or whose work report it is (`2025年杭州市政府工作报告`), else the
 * place of a delivery or adoption line (`在广东省第十四届人民代表大会…`) or of the officer delivering it
 * (`广东省省长 孟凡利`) among the first lines. A province-level name is written in full (`浙江` → `浙江省`).
 */
function regionOf(title: string, head: readonly string[]): { name: string } | null {
  const inTitle = PLACE_IN_TITLE.exec(title) ?? REGION_WORD.exec(title) ?? PLACE_LEADS_TITLE.exec(title);
  if (inTitle) return place(inTitle[1] ?? inTitle[0]);
  for (const line of head) {
    const m = PLACE_IN_TITLE.exec(line) ?? PLACE_CONGRESS.exec(line) ?? PLACE_OFFICER.exec(line);
    if (m) return place(m[1]);
  }
  return null;
}

function place(name: string): { name: string } {
  return { name: regionByName(name)?.name ?? name };
}

function regionByName(name: string): RegionEntry | null {
  return REGION_NAMES.find(([n]) => n === name)?.[1] ?? null;
}

/** The body a document number names: a national prefix, or a region's abbreviation and an organ. */
function byNumber(head: readonly string[]): Omit<Issuer, 'coIssuers' | 'year'> | null {
  for (const line of head) {
    const m = DOC_NUMBER.exec(line);
    if (!m) continue;
    const prefix = m[1];
    const national = NATIONAL_PREFIXES.find(([p]) => prefix.startsWith(p));
    if (national) return { name: national[1], region: NATIONAL, source: 'number' };
    const region = REGIONS.find((r) => prefix.startsWith(r.abbr));
    const organ = region && REGIONAL_ORGANS.find((o) => prefix.slice(region.abbr.length).startsWith(o.prefix));
    if (region && organ) return { name: region.name + (region.city ? organ.city : organ.province), region: region.name, source: 'number' };
  }
  return null;
}

/** The body a scraper's `发布机构` line names, when it names one (not a region alone, not a stray word). */
function byMetadata(head: readonly string[]): Omit<Issuer, 'coIssuers' | 'year'> | null {
  for (const line of head) {
    const m = METADATA.exec(line);
    if (!m) continue;
    const value = m[1].replace(/\*/gu, '').trim();
    const known = bodyByName(value);
    if (known) return { name: known, region: NATIONAL, source: 'metadata' };
    const region = REGION_NAMES.find(([n]) => value.startsWith(n));
    if (region && BODY_SUFFIX.test(value)) return { name: region[1].name + value.slice(region[0].length).replace(/^(?:省|市|自治区)/u, ''), region: region[1].name, source: 'metadata' };
  }
  return null;
}

/** Cues in the first lines: `我代表国务院`, `我代表省人民政府`, `国务院总理`, `…人民代表大会常务委员会…通过`. */
function byLines(head: readonly string[], region: { name: string } | null): Omit<Issuer, 'coIssuers' | 'year'> | null {
  for (const line of head) {
    if (/我代表国务院|国务院总理|国务院令|国务院第\d+次常务会议/u.test(line)) return { name: '国务院', region: NATIONAL, source: 'lines' };
    if (/我代表(?:省|市|自治区)人民政府/u.test(line) && region) return { name: `${region.name}人民政府`, region: region.name, source: 'lines' };
    if (/全国人民代表大会常务委员会/u.test(line) && DATED.test(line)) return { name: '全国人民代表大会常务委员会', region: NATIONAL, source: 'lines' };
    // Note: a city's regulation is adopted by its own standing committee and approved (批准) by the
    // province's: the adopting one issues it.
    const local = LOCAL_COMMITTEE.exec(line);
    if (local && DATED.test(line) && !/批准/u.test(line)) {
      const r = place(local[1]).name;
      return { name: `${r}人民代表大会常务委员会`, region: r, source: 'lines' };
    }
    if (/在第.{1,4}届全国人民代表大会.{0,12}会议上/u.test(line)) return { name: '国务院', region: NATIONAL, source: 'lines' };
  }
  return null;
}

/** A title that begins with a body (`工业和信息化部等七部门关于…`), or a work report of a region or the nation. */
function byTitle(title: string, region: { name: string } | null): Omit<Issuer, 'coIssuers' | 'year'> | null {
  const body = BODY_NAMES.find(([n]) => title.replace(/^(?:19|20)\d{2}年/u, '').startsWith(n));
  if (body) return { name: body[1], region: NATIONAL, source: 'title' };
  if (/政府工作报告/u.test(title)) {
    // Note: a work report whose place nothing names is not assumed national: 国务院 needs its own cue
    // (我代表国务院, 全国人民代表大会), or a city's report would be checked against the nation's.
    return region ? { name: `${region.name}人民政府`, region: region.name, source: 'title' } : null;
  }
  return null;
}

/** The bodies of a line that holds nothing but bodies (`科技部 北京市人民政府 国家发展改革委 教育部`). */
function signatureBodies(line: string): string[] {
  const parts = line.split(/[\s\u3000、]+/u).filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => p.length > 20)) return [];
  const names = parts.map((p) => bodyByName(p) ?? regionalBody(p));
  return names.every((n) => n !== null) ? (names as string[]) : [];
}

function bodyByName(text: string): string | null {
  return BODY_NAMES.find(([n]) => n === text)?.[1] ?? null;
}

/** A regional body written out (`北京市人民政府`, `上海市科学技术委员会`), or null. */
function regionalBody(text: string): string | null {
  const region = REGION_NAMES.find(([n]) => text.startsWith(n));
  if (!region || !BODY_SUFFIX.test(text) || text.length <= region[0].length + 1) return null;
  const rest = text.slice(region[0].length).replace(/^(?:省|市|自治区)/u, '');
  return region[1].name + rest;
}

function regionalOrNational(name: string): { name: string; region: string } {
  const region = REGIONS.find((r) => name.startsWith(r.name));
  return { name, region: region ? region.name : NATIONAL };
}

/** The year the document was delivered, adopted or issued: the latest dated line at the top, else the title, 发布日期, number, or a yearly report's period. */
function yearOf(head: readonly string[], title: string, period: PlanDocument['period']): number | null {
  const dated = head.flatMap((line) => {
    const m = (DATED_EVENT.test(line) ? DATED.exec(line) : null) ?? PUBLISHED.exec(line);
    return m ? [Number(m[1])] : [];
  });
  if (dated.length > 0) return Math.max(...dated);
  const inTitle = /^((?:19|20)\d{2})年/u.exec(title) ?? head.map((line) => YEAR_TITLE.exec(line)).find((m) => m !== null);
  if (inTitle) return Number(inTitle[1]);
  for (const line of head) {
    const m = DOC_NUMBER.exec(line);
    if (m) return Number(m[2]);
  }
  return period !== null && period.start === period.end ? period.start : null;
}
