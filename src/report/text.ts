import type { AnyReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { inertStrings } from './inert.js';

type Render = (report: never, options: FormatOptions) => string;

// Note: each renderer is imported when it renders, so a command loads only its own (compare's word
// diff, targets' and check's tables); chalk loads with the first of them.
/** Terminal renderers by report schema; a missing entry means the report has no terminal form yet. */
const renderers: Partial<Record<AnyReport['schema'], () => Promise<Render>>> = {
  'plan-diff/outline@1': async () => (await import('./text/outline.js')).outlineText,
  'plan-diff/targets@2': async () => (await import('./text/targets.js')).targetsText,
  'plan-diff/compare@1': async () => (await import('./text/compare.js')).compareText,
  'plan-diff/check@1': async () => (await import('./text/check.js')).checkText,
  'plan-diff/history@1': async () => (await import('./text/history.js')).historyText,
};

/** Terminal output: a tree for outline, tables for targets and check, a coloured word diff for compare. */
export const text: Formatter = {
  description: 'terminal output (tree for outline, tables for targets/check, coloured word diff for compare)',
  extensions: ['txt'],
  supports: Object.keys(renderers) as AnyReport['schema'][],
  async format(report, options) {
    const render = (await renderers[report.schema]!()) as (r: AnyReport, o: FormatOptions) => string;
    // Note: document text and paths reach the terminal inert (no ESC, OSC or lone CR from the document).
    return render(inertStrings(report), options);
  },
};
