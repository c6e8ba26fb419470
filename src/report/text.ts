import type { AnyReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { outlineText } from './text/outline.js';
import { targetsText } from './text/targets.js';
import { compareText } from './text/compare.js';
import { checkText } from './text/check.js';

/** Terminal renderers by report schema; a missing entry means the report has no terminal form yet. */
const renderers: Partial<Record<AnyReport['schema'], (report: never, options: FormatOptions) => string>> = {
  'plan-diff/outline@1': outlineText,
  'plan-diff/targets@1': targetsText,
  'plan-diff/compare@1': compareText,
  'plan-diff/check@1': checkText,
};

/** Terminal output: a tree for outline, tables for targets and check, a coloured word diff for compare. */
export const text: Formatter = {
  description: 'terminal output (tree for outline, tables for targets/check, coloured word diff for compare)',
  extensions: ['txt'],
  supports: Object.keys(renderers) as AnyReport['schema'][],
  format(report, options) {
    const render = renderers[report.schema] as (r: AnyReport, o: FormatOptions) => string;
    return render(report, options);
  },
};
