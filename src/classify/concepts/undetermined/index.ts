import type { ConceptSpec } from '../types';
import { VAGUE } from './vague';
import { VAGUE_SHORT } from './vague-short';
import { NO_REASON } from './no-reason';
import { HEDGE } from './hedge';
import { MIXED } from './mixed';
import { COMPETITOR } from './competitor';
import { NEUTRAL } from './neutral';

/** Undetermined (no decisive cause): every cause concept that points here when nothing in the clause changes it. */
export const UNDETERMINED: readonly ConceptSpec[] = [
  ...VAGUE,
  ...VAGUE_SHORT,
  ...NO_REASON,
  ...HEDGE,
  ...MIXED,
  ...COMPETITOR,
  ...NEUTRAL,
];
