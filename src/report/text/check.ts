import type { CheckReport } from '../../types.js';
import type { FormatOptions } from '../types.js';

/**
 * Render a check report for the terminal.
 * @param report the report
 * @param options colour and width
 * @returns the text, ending in a newline
 */
export function checkText(report: CheckReport, options: FormatOptions): string {
  void options;
  return JSON.stringify(report, null, 2) + '\n';
}
