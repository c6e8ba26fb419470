import type { Paragraph, SourceFile, Target } from '../../types.js';
import { eachLine, makeLocator } from '../lines.js';
import { findTables } from '../tables.js';
import { readTableRow, type TableContext } from './table.js';

/** Reads the paragraphs that are rows of an indicator table. */
export interface TableReader {
  /**
   * The targets of a paragraph that is an indicator table's row (`[]` for its header or a row without
   * values), or null when the paragraph is no part of a table.
   * @param paragraph a paragraph of the outline
   */
  row(paragraph: Pick<Paragraph, 'offset'>): Array<Omit<Target, 'id' | 'file' | 'nodeId'>> | null;
}

/**
 * Find the indicator tables of a source (`findTables`) and read their rows as targets, placed in the
 * original file.
 * @param source the decoded file
 * @param context the document's period and units
 * @returns the reader
 */
export function tableReader(source: SourceFile, context: TableContext): TableReader {
  const tables = findTables(eachLine(source));
  if (tables.length === 0) return { row: () => null };
  const locate = makeLocator(eachLine(source));
  const parts = tables.flatMap((table) => [
    { start: table.header.start, end: table.header.end, read: () => [] },
    ...table.rows.map((row) => ({ start: row.start, end: row.end, read: () => readTableRow(table, row, context) })),
  ]);
  return {
    row(paragraph) {
      const part = parts.find((p) => p.start <= paragraph.offset && paragraph.offset <= p.end);
      if (part === undefined) return null;
      return part.read().map((q) => {
        const place = locate(q.offset);
        return {
          line: place.line,
          column: place.column,
          ...(place.page === undefined ? {} : { page: place.page }),
          metric: q.metric,
          metricKey: q.metricKey,
          action: q.action,
          scope: null,
          value: q.value,
          high: q.high,
          unit: q.unit,
          comparator: q.comparator,
          comparatorText: q.comparatorText,
          year: q.year,
          yearSource: q.year === null ? 'none' : 'text',
          ...(q.since === null ? {} : { since: q.since }),
          kind: q.kind,
          change: q.change,
          ...(q.attribute === undefined ? {} : { attribute: q.attribute }),
          text: q.text,
          sentence: q.context,
        };
      });
    },
  };
}
