import type { Formatter } from './types.js';

/** Word 新旧对照表 (three-column table). Note: supports no report until its formatter lands. */
export const docx: Formatter = {
  description: 'Word 新旧对照表 (three-column table)',
  extensions: ['docx'],
  supports: [],
  format() {
    return '';
  },
};
