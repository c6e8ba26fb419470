/** plan-diff public API: re-exports only. */
export { parsePlan } from './parse/index.js';
export type { ParseOptions } from './parse/index.js';
export { readSource } from './parse/readers/index.js';
export { formatReport, formatters, formatsFor } from './report/index.js';
export type { FormatName, FormatOptions, Formatter } from './report/index.js';
export { PlanDiffError, InternalError, EXIT } from './errors.js';
export type * from './types.js';
