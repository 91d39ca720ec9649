import type { ConceptSpec } from '../types';
import { ACQUIRED } from './acquired';
import { CLOSED } from './closed';
import { RELOCATED } from './relocated';
import { INSOURCED } from './insourced';
import { NEED_GONE } from './need-gone';
import { BUDGET_CUT } from './budget-cut';
import { REGULATION } from './regulation';
import { PROJECT_CANCELLED } from './project-cancelled';
import { NEED_GONE_TOLD } from './need-gone-told';

/** Moved away (their need, owner or location changed): every cause concept that points here when nothing in the clause changes it. */
export const MOVED_AWAY: readonly ConceptSpec[] = [
  ...ACQUIRED,
  ...CLOSED,
  ...RELOCATED,
  ...INSOURCED,
  ...NEED_GONE,
  ...BUDGET_CUT,
  ...REGULATION,
  ...PROJECT_CANCELLED,
  ...NEED_GONE_TOLD,
];
