import type { AnyReport, Lang } from '../types.js';

/** Options every formatter receives. */
export interface FormatOptions {
  /** Use ANSI colours (decided once by the CLI from --color, NO_COLOR and isTTY). */
  color: boolean;
  /** For compare: show only changed pairs (`changed`) or all pairs (`all`). */
  only?: 'changed' | 'all';
  /** For compare (text): unchanged words kept before and after each change; Infinity for all. */
  context?: number;
  /**
   * For compare (text): cuts text into the words `context` counts (the CLI passes its jieba
   * segmenter's); without it, words are cut by `Intl.Segmenter` (ICU's Chinese dictionary).
   */
  words?: (text: string) => readonly string[];
  /** For CSV/TSV: prefix a UTF-8 byte order mark so Excel reads Chinese correctly. */
  bom?: boolean;
  /** For compare (tracked changes): author of the revisions; default `plan-diff`. */
  author?: string;
  /** For compare (tracked changes): date of the revisions, ISO 8601 (`2026-12-04T10:00:00Z`); default now. */
  date?: string;
  /** Terminal width in columns, when known (tables and wrapped text fit it; 80 when not given). */
  width?: number;
  /** Language of labels, headers and sentences (default: English for the terminal, Chinese for HTML, Word and Markdown). */
  lang?: Lang;
}

/** Schema ids of the reports, used to say which reports a formatter supports. */
export type ReportSchema = AnyReport['schema'];

/** A pure formatter: report in, file content out (text, or bytes for .docx). */
export interface Formatter {
  /** One line for `--help`. */
  description: string;
  /** File extensions that select this format with `-o FILE` (without the dot). */
  extensions: readonly string[];
  /** Reports this formatter can render. */
  supports: readonly ReportSchema[];
  /** A binary file format that is only written with `-o FILE`, never to stdout (a workbook). */
  fileOnly?: boolean;
  /** Render a report. */
  format(report: AnyReport, options: FormatOptions): string | Uint8Array | Promise<string | Uint8Array>;
}
