import type { Formatter } from './types.js';

/** Self-contained HTML report (side by side for compare). Note: supports no report until its formatter lands. */
export const html: Formatter = {
  description: 'Self-contained HTML report (side by side for compare)',
  extensions: ['html', 'htm'],
  supports: [],
  format() {
    return '';
  },
};
