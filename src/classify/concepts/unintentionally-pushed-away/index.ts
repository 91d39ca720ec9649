import type { ConceptSpec } from '../types';
import { OUR_FAILURE } from './our-failure';
import { NEGLECT } from './neglect';
import { MAKE_GOOD } from './make-good';
import { BROKEN_PROMISE } from './broken-promise';
import { POOR_SERVICE } from './poor-service';
import { STAFF_CONDUCT } from './staff-conduct';
import { BILLING_ERROR } from './billing-error';
import { OUR_FAILURE_LATE } from './our-failure-late';
import { OUR_FAILURE_TOLD } from './our-failure-told';
import { NEGLECT_TOLD } from './neglect-told';
import { FAILURE_SHORT } from './failure-short';

/** Unintentionally pushed away (our failure): every cause concept that points here when nothing in the clause changes it. */
export const UNINTENTIONALLY_PUSHED_AWAY: readonly ConceptSpec[] = [
  ...OUR_FAILURE,
  ...NEGLECT,
  ...MAKE_GOOD,
  ...BROKEN_PROMISE,
  ...POOR_SERVICE,
  ...STAFF_CONDUCT,
  ...BILLING_ERROR,
  ...OUR_FAILURE_LATE,
  ...OUR_FAILURE_TOLD,
  ...NEGLECT_TOLD,
  ...FAILURE_SHORT,
];
