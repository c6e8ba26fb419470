import type { OutlineReport } from '../../types.js';
import type { FormatOptions } from '../types.js';

/**
 * Render a outline report for the terminal.
 * @param report the report
 * @param options colour and width
 * @returns the text, ending in a newline
 */
export function outlineText(report: OutlineReport, options: FormatOptions): string {
  void options;
  return JSON.stringify(report, null, 2) + '\n';
}
