import type { CompareReport } from '../../types.js';
import type { FormatOptions } from '../types.js';

/**
 * Render a compare report for the terminal.
 * @param report the report
 * @param options colour and width
 * @returns the text, ending in a newline
 */
export function compareText(report: CompareReport, options: FormatOptions): string {
  void options;
  return JSON.stringify(report, null, 2) + '\n';
}
