import type { OutlineNode, PlanDocument } from '../../types.js';
import { toHalfWidthDigits } from '../numbers.js';

const YEAR = String.raw`((?:19|20|21)\d{2})\s*年`;

/** The delivery line of a report: `——2024年3月5日在第十四届全国人民代表大会第二次会议上`. */
const DELIVERED = new RegExp(String.raw`${YEAR}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^，。]{0,40}(?:会议|大会)上`, 'u');

/**
 * A title about one year's work (`关于做好2023年全面推进乡村振兴重点工作的意见`, `2025年安徽省政府工作报告`,
 * `2024年工作要点`): the year, then the kind of document.
 */
const TITLE_YEAR = new RegExp(String.raw`${YEAR}(?:度)?[^（(《]{0,40}?(?:工作|要点|计划|安排|报告|预算)`, 'u');

/** Top-level headings of a yearly report, with the offset from the year they name to the report's year. */
const HEADINGS: ReadonlyArray<readonly [RegExp, number]> = [
  // 一、2023年工作回顾: the report looks back on the previous year.
  [new RegExp(String.raw`^${YEAR}(?:年)?工作回顾$`, 'u'), 1],
  // 二、2024年经济社会发展总体要求和政策取向 / 三、2024年政府工作任务
  [new RegExp(String.raw`^${YEAR}(?:经济社会发展总体要求|政府工作任务|工作总体要求|主要任务|重点工作)`, 'u'), 0],
];

/**
 * The year of a yearly report (a government work report) or of a document about one year's work, as a
 * one-year period, read from its delivery line (`——2024年3月5日在…会议上`), a title naming one year's
 * work (`关于做好2023年…工作的意见`), or its top-level headings (`一、2023年工作回顾` is the
 * previous year; `三、2024年政府工作任务` the report's own year).
 * Note: a plan whose title names a period (`（2024-2027年）`, `"十四五"`) keeps that period; this is
 * only the fallback for documents that are about one year, so that `今年` and the default horizon
 * resolve to it.
 * @param doc the parsed document's title and top-level outline nodes
 * @returns `{start: Y, end: Y}`, or null when the document does not read as a yearly report
 */
export function yearlyPeriod(doc: Pick<PlanDocument, 'title'> & { nodes: readonly OutlineNode[] }): PlanDocument['period'] {
  const title = toHalfWidthDigits(doc.title ?? '');
  const delivered = DELIVERED.exec(title);
  if (delivered) return one(Number(delivered[1]));
  const named = TITLE_YEAR.exec(title);
  if (named && !/(?:19|20)\d{2}\s*年?\s*[-—–～~至到]\s*(?:19|20)\d{2}/u.test(title)) return one(Number(named[1]));
  const years = new Set<number>();
  for (const node of doc.nodes) {
    const heading = toHalfWidthDigits(node.title).replace(/\s+/gu, '');
    for (const [re, offset] of HEADINGS) {
      const m = re.exec(heading);
      if (m) years.add(Number(m[1]) + offset);
    }
  }
  // Note: headings that disagree (a review of 2023 in a report on 2025) make the year unknown.
  return years.size === 1 ? one([...years][0]!) : null;
}

function one(year: number): { start: number; end: number } {
  return { start: year, end: year };
}
