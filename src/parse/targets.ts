import type { PlanDocument, SourceFile, Target } from '../types.js';

/**
 * Find every quantified statement of a parsed plan, with metric, value, unit, comparator, horizon and kind.
 * Note: placeholder signature; the targets work replaces the body.
 * @param doc the parsed plan without targets
 * @param source the source it was parsed from
 * @returns targets in document order
 */
export function extractTargets(doc: Omit<PlanDocument, 'targets'>, source: SourceFile): Target[] {
  void doc;
  void source;
  return [];
}
