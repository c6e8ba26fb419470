import type { AnyReport, CheckReport, CompareReport, HistoryReport, TargetsReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { compareHtml } from './html/compare.js';
import { checkHtml } from './html/check.js';
import { targetsHtml } from './html/targets.js';
import { historyHtml } from './html/history.js';

/** HTML renderers by report schema. */
const pages: Partial<Record<AnyReport['schema'], (report: never, options: FormatOptions) => string>> = {
  'plan-diff/compare@1': (report: CompareReport, options: FormatOptions) => compareHtml(report, options),
  'plan-diff/check@1': (report: CheckReport, options: FormatOptions) => checkHtml(report, options),
  'plan-diff/targets@2': (report: TargetsReport, options: FormatOptions) => targetsHtml(report, options.lang ?? 'zh'),
  'plan-diff/history@1': (report: HistoryReport, options: FormatOptions) => historyHtml(report, options),
};

/**
 * Self-contained HTML report: one file with inline CSS and script and no external resource; side by
 * side with word highlights for compare, findings and matches for check, a table for targets.
 */
export const html: Formatter = {
  description: 'Self-contained HTML report (side by side for compare)',
  extensions: ['html', 'htm'],
  supports: Object.keys(pages) as AnyReport['schema'][],
  format(report, options) {
    const render = pages[report.schema] as (r: AnyReport, o: FormatOptions) => string;
    return render(report, options);
  },
};
