import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { HistoryReport, Lang } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { changedInLabel, historyRows, needsYear, quantity, sectionTitle, versionLabel } from '../comparison/history.js';
import { markedRuns, MARK, sectionRow, tableCell } from './table.js';
import { landscapeDocument, TEXT_WIDTH } from './page.js';
import { messages } from '../../i18n/messages.js';

/** Width of the 说明 column in twentieths of a point (the versions share the rest). */
const NOTES_WIDTH = 2770;

/**
 * Render a history report as a Word 多稿对照表 on A4 landscape: the versions, one line per step, a
 * table with one column per version (each marked against the previous column: deletions struck in red,
 * insertions underlined) and a 说明 column, a shaded row per section, then the target evolution.
 * Note: rows default to the lineages that changed in some version; `only: 'all'` keeps every one.
 * @param report the history report
 * @param options `only` (changed or all rows) and `lang` (default `zh`)
 * @returns the .docx bytes
 */
export async function historyDocx(report: HistoryReport, options: FormatOptions): Promise<Uint8Array> {
  const lang: Lang = options.lang ?? 'zh';
  const w = messages(lang).history;
  const rows = historyRows(report, options.only ?? 'changed', lang);
  const labels = report.versions.map((_, k) => versionLabel(k, lang));
  const n = labels.length;
  const widths = [...new Array<number>(n).fill(Math.floor((TEXT_WIDTH - NOTES_WIDTH) / n)), NOTES_WIDTH];
  const small = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 18 })] });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [...labels, w.notes].map((label, i) =>
      tableCell(
        [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: label, bold: true })] }), ...(i < n ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.versions[i]!.path, size: 16 })] })] : [])],
        widths[i]!,
        MARK.header,
      ),
    ),
  });
  const body: TableRow[] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push(sectionRow(sectionTitle(section, lang), n + 1));
    }
    body.push(
      new TableRow({
        children: [
          ...row.columns.map((ops, k) => tableCell([new Paragraph({ children: ops === null ? [] : markedRuns(ops) })], widths[k]!)),
          tableCell(row.notes.length > 0 ? row.notes.map((note) => new Paragraph({ children: [new TextRun({ text: note, size: 18 })] })) : [small(w.unchanged)], NOTES_WIDTH),
        ],
      }),
    );
  }
  const table = new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...body] });
  return landscapeDocument({
    title: w.title,
    description: report.versions.map((v) => v.path).join(' → '),
    children: [
      ...report.steps.map((s) => small(w.step(labels[s.from]!, labels[s.to]!, s.summary))),
      new Paragraph({
        spacing: { before: 120, after: 120 },
        children: [
          new TextRun({ text: messages(lang).history.legendWord[0], size: 18 }),
          new TextRun({ text: messages(lang).history.legendWord[1], size: 18, strike: true, color: MARK.deleted }),
          new TextRun({ text: messages(lang).history.legendWord[2], size: 18 }),
          new TextRun({ text: messages(lang).history.legendWord[3], size: 18, underline: {}, bold: true, color: MARK.inserted }),
          new TextRun({ text: messages(lang).history.legendWord[4], size: 18 }),
        ],
      }),
      rows.length > 0 ? table : new Paragraph(w.none),
      ...targetTable(report, labels, lang),
    ],
  });
}

function targetTable(report: HistoryReport, labels: string[], lang: Lang): Array<Paragraph | Table> {
  const w = messages(lang).history;
  const moving = report.targets.filter((t) => t.changedIn.length > 0);
  if (moving.length === 0) return [];
  const n = labels.length;
  const metricWidth = 4570;
  const widths = [metricWidth, ...new Array<number>(n + 1).fill(Math.floor((TEXT_WIDTH - metricWidth) / (n + 1)))];
  const row = (cells: Paragraph[][], header = false) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((children, i) => tableCell(children, widths[i]!, header ? MARK.header : undefined)) });
  const text = (value: string, bold = false) => [new Paragraph({ children: [new TextRun({ text: value, bold })] })];
  return [
    new Paragraph({ spacing: { before: 360, after: 120 }, children: [new TextRun({ text: w.targets, bold: true, size: 28 })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        row([text(w.metric, true), ...labels.map((l) => text(l, true)), text(w.changedIn, true)], true),
        ...moving.map((t) =>
          row([
            text(t.metric),
            ...t.values.map((v, k) => [new Paragraph({ children: markedRuns([{ op: t.changedIn.includes(k) && v !== null ? 'insert' : 'equal', text: quantity(v, needsYear(t)) }]) })]),
            text(changedInLabel(t, lang)),
          ]),
        ),
      ],
    }),
  ];
}
