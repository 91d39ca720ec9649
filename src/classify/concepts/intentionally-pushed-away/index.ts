import type { ConceptSpec } from '../types';
import { OUR_DECISION } from './our-decision';
import { DELIBERATE } from './deliberate';
import { UNPROFITABLE } from './unprofitable';
import { BAD_PAYER } from './bad-payer';
import { RESTRICTION } from './restriction';
import { CHANNEL_MOVE } from './channel-move';
import { ABUSIVE } from './abusive';
import { POLICY_BREACH } from './policy-breach';
import { SCOPE_CREEP } from './scope-creep';
import { REFERRED } from './referred';
import { EXIT_NAMED } from './exit-named';

/** Intentionally pushed away (our decision): every cause concept that points here when nothing in the clause changes it. */
export const INTENTIONALLY_PUSHED_AWAY: readonly ConceptSpec[] = [
  ...OUR_DECISION,
  ...DELIBERATE,
  ...UNPROFITABLE,
  ...BAD_PAYER,
  ...RESTRICTION,
  ...CHANNEL_MOVE,
  ...ABUSIVE,
  ...POLICY_BREACH,
  ...SCOPE_CREEP,
  ...REFERRED,
  ...EXIT_NAMED,
];
