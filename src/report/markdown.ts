import type { Formatter } from './types.js';

/** GitHub-flavoured Markdown (新旧对照表 for compare). Note: supports no report until its formatter lands. */
export const markdown: Formatter = {
  description: 'GitHub-flavoured Markdown (新旧对照表 for compare)',
  extensions: ['md'],
  supports: [],
  format() {
    return '';
  },
};
