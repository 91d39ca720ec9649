/** Regain's domain core: the Liu, Leach & Chugh (2015) reacquisition framework as pure functions. */
export * from './types';
export * from './settings';
export { classifyDefection, collectDefectionSignals, decideSegment, isLostProspect } from './classify/classify-defection';
export { assessAttribution, NO_HINTS, type AttributionHints } from './attribution/assess-attribution';
export { assessWorthiness } from './worthiness/assess-worthiness';
export { analyseDefection, attributionHints, describeTiming } from './analyse-defection';
export { buildReacquisitionPlan, planItemKey } from './plan/build-reacquisition-plan';
export { scheduleActiveWaiting } from './plan/schedule-active-waiting';
