import type { Check } from './types.js';
import { targetConflict } from './target-conflict.js';
import { targetScopeDiffers } from './target-scope-differs.js';
import { targetHorizonDiffers } from './target-horizon-differs.js';
import { targetUnitDiffers } from './target-unit-differs.js';
import { targetReview } from './target-review.js';
import { targetRelation } from './target-relation.js';

export type { Check, CheckContext, Cluster, Draft } from './types.js';

/** Every consistency check, by rule id. */
export const checks = {
  'target-conflict': targetConflict,
  'target-scope-differs': targetScopeDiffers,
  'target-horizon-differs': targetHorizonDiffers,
  'target-unit-differs': targetUnitDiffers,
  'target-review': targetReview,
  'target-relation': targetRelation,
} as const satisfies { [Id in string]: Check<Id> };

/** Rule id of a check. */
export type CheckId = keyof typeof checks;
