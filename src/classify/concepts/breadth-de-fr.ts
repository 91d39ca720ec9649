import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (de-fr): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts.
 */
export const BREADTH_DE_FR_CONCEPTS: ConceptSpec[] = [];
